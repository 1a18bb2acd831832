// Generated from src/core/texts.rs and helplines.rs by src/core/early.rs
// (`BOUTON3018_WRITE=1 cargo test early`): do not edit. The script tag's own early dialog says
// what the widget says and links where it links (js/early.js).
export default {
  titleVictim: "Ce n'est pas ta faute",
  titleWitness: "Merci pour ton signalement",
  body: "Le 3018 aide les victimes et les témoins, sans jugement. C'est gratuit, anonyme et confidentiel.",
  call: "Appeler le 3018",
  chat: "Écrire au 3018 sur le tchat",
  site: "Aller sur le site du 3018",
  statusOpen: "Ouvert jusqu'à 23 h",
  statusClosed: "Fermé jusqu'à 9 h {day}",
  today: "aujourd'hui",
  tomorrow: "demain",
  alternativesClosed: "De l'aide jour et nuit",
  alternativesOpen: "Si c'est urgent",
  reason3114: "Tu penses à te faire du mal ? Le 3114 est confidentiel.",
  reason119: "Un enfant est en danger ?",
  reasonEmergency: "Tu es en danger maintenant ?",
  reason114: "Tu entends mal et c'est urgent ?",
  reasonMinorsChat: "Écris à la police.",
  minorsChat: "Ouvrir le tchat Espace Mineurs",
  callNumber: "Appeler le {number}",
  smsNumber: "Envoyer un SMS au {number}",
  close: "Fermer",
  css: "dialog{color-scheme:light dark;width:min(28em,100% - 1em);max-height:calc(100% - 1em);border:0;border-radius:12px;font:16px/1.5 system-ui,sans-serif}div{display:flex;gap:.5em;align-items:center}h2{margin:0;flex:1}ul{list-style:none;padding:0}a,button{display:flex;align-items:center;justify-content:center;min-width:44px;margin-top:.5em;padding:0 1em;border:2px solid;border-radius:8px;font:inherit;font-weight:600;text-decoration:none}.call{color:#fff;background:#0b57d0}button{margin:0;color:inherit;background:none}:focus-visible{outline:3px solid;outline-offset:2px}:host([data-theme=light]) dialog{color-scheme:light}:host([data-theme=dark]) dialog{color-scheme:dark}",
};
// The easy register (src/core/easy.json), laid under the platform's own overrides.
export const easy = {
  "alternativesClosed": "De l'aide gratuite jour et nuit",
  "alternativesClosedChat": "De l'aide jour et nuit",
  "alternativesOpen": "Si c'est urgent",
  "announceClosed": "Le {name} est fermé maintenant.",
  "announceOpen": "Le {name} est ouvert maintenant.",
  "bodyVictim": "Le 3018 t'aide sans jugement. C'est gratuit, anonyme et confidentiel.",
  "bodyWitness": "Le 3018 aide les victimes et les témoins, sans jugement. C'est gratuit, anonyme et confidentiel.",
  "bullying.steps": [
    "Ne réponds pas.",
    "Bloque le compte.",
    "Mets ton compte en privé.",
    "Garde des captures d'écran.",
    "Parles-en à un adulte de ton école."
  ],
  "bullying.stepsWitness": [
    "Ne réponds pas.",
    "Bloque le compte.",
    "Dis à la personne de mettre son compte en privé.",
    "Garde des captures d'écran.",
    "Parles-en à un adulte de ton école."
  ],
  "call": "Appeler le 3018",
  "callHint": "C'est gratuit",
  "callNumber": "Appeler le {number}",
  "channelDeaf": "Langue des signes ou écrit",
  "channelsTitle": "Contacter le {name} autrement",
  "chat": "Écrire au 3018 sur le tchat",
  "child-abuse.bodyVictim": "Le 119 aide les enfants en danger, jour et nuit. C'est gratuit. L'appel n'est pas sur la facture.",
  "child-abuse.bodyWitness": "Un enfant est en danger ? Appelle le 119, jour et nuit. C'est gratuit. L'appel n'est pas sur la facture.",
  "child-abuse.callHint": "L'appel n'est pas sur la facture",
  "close": "Fermer",
  "cnil": "Aller sur le site de la CNIL",
  "copied": "Le numéro est copié",
  "copyNumber": "Copier le numéro",
  "copySelected": "Le numéro est surligné. Tu peux le copier.",
  "doxxing.steps": [
    "D'abord, garde des preuves.",
    "Demande au site d'effacer tes informations. Il doit le faire en 1 mois. Dis qu'il les a eues avant tes 18 ans.",
    "Le site ne le fait pas ? Plains-toi à la CNIL."
  ],
  "doxxing.stepsWitness": [
    "D'abord, garde des preuves.",
    "La victime peut demander au site d'effacer ses informations. Il doit le faire en 1 mois. Elle peut dire qu'il les a eues avant ses 18 ans.",
    "Le site ne le fait pas ? La victime peut se plaindre à la CNIL."
  ],
  "harassment.steps": [
    "Ne réponds pas.",
    "Bloque le compte.",
    "Mets ton compte en privé.",
    "Garde des captures d'écran.",
    "Parles-en à un adulte."
  ],
  "harassment.stepsWitness": [
    "Ne réponds pas.",
    "Bloque le compte.",
    "Dis à la personne de mettre son compte en privé.",
    "Garde des captures d'écran.",
    "Parles-en à un adulte."
  ],
  "hate.steps": [
    "Ne le partage pas.",
    "Signale-le sur Pharos avec le lien et la date."
  ],
  "hate.stepsWitness": [
    "Ne le partage pas.",
    "Signale-le sur Pharos avec le lien et la date."
  ],
  "impersonation.steps": [
    "Garde des captures d'écran.",
    "Signale le faux compte.",
    "Tu peux porter plainte sans adulte, même avant 18 ans."
  ],
  "impersonation.stepsWitness": [
    "Garde des captures d'écran.",
    "Signale le faux compte.",
    "La victime peut porter plainte sans adulte, même avant 18 ans."
  ],
  "localTime": " (il sera {time} chez toi)",
  "minorsChat": "Ouvrir le tchat Espace Mineurs",
  "missedCall": "L'appel n'a pas marché ? Tape le {number} sur ton téléphone.",
  "missedSms": "Le SMS ne s'est pas ouvert ? Envoie un SMS au {number}.",
  "numberCaption": "Appelle le {number} avec un téléphone.",
  "onDate": "le {date}",
  "onWeekday": "{weekday}",
  "pharos": "Signaler sur Pharos",
  "qrAlt": "Code pour appeler le {number}",
  "qrCaption": "Scanne ce code avec ton téléphone pour appeler le {number}.",
  "reason114": "Tu entends mal et c'est urgent ?",
  "reason119": "Un enfant est en danger ?",
  "reason15": "Une vie est en danger maintenant ?",
  "reason3114": "Tu penses à te faire du mal ? Le 3114 est confidentiel.",
  "reasonCnil": "Le site n'efface rien en 1 mois ? On peut se plaindre à la CNIL. Elle protège les informations personnelles.",
  "reasonEmergency": "Tu es en danger maintenant ?",
  "reasonMinorsChat": "Écris à la police.",
  "reasonPharos": "Pharos est un site de la police. Tu peux y signaler ce qui est interdit.",
  "reasonTakeItDown": "Take It Down peut bloquer le partage de tes images. L'image reste sur ton téléphone.",
  "self-harm.bodyVictim": "Le 3114 t'écoute, jour et nuit. C'est gratuit et confidentiel.",
  "self-harm.bodyWitness": "Tu t'inquiètes pour quelqu'un ? Le 3114 t'écoute, jour et nuit. C'est gratuit et confidentiel.",
  "self-harm.callHint": "C'est gratuit et confidentiel",
  "self-harm.titleVictim": "Des personnes sont là pour toi",
  "servicesTitle": "D'autres aides",
  "sextortion.steps": [
    "Ne paie pas. Si tu paies, la personne qui te menace demandera encore plus.",
    "Ne lui parle plus. Bloque son compte.",
    "Garde toutes les preuves.",
    "Tu peux porter plainte sans adulte, même avant 18 ans."
  ],
  "sextortion.stepsWitness": [
    "Dis à la victime de ne pas payer. Si elle paie, la personne qui la menace demandera encore plus.",
    "Dis à la victime de bloquer le compte.",
    "Garde toutes les preuves.",
    "La victime peut porter plainte sans adulte, même avant 18 ans."
  ],
  "sexual-harassment.steps": [
    "Garde des captures d'écran.",
    "Bloque le compte.",
    "Signale le compte. C'est un adulte ? Signale-le aussi à Pharos ou au tchat de la police."
  ],
  "sexual-harassment.stepsWitness": [
    "Garde des captures d'écran.",
    "Bloque le compte.",
    "Signale le compte. C'est un adulte ? Signale-le aussi à Pharos ou au tchat de la police."
  ],
  "site": "Aller sur le site du 3018",
  "smsNumber": "Envoyer un SMS au {number}",
  "statusAlwaysOpen": "Ouvert tout le temps",
  "statusClosed": "Fermé jusqu'à {time} {day}",
  "statusClosedUnknown": "Fermé maintenant",
  "statusClosingSoon": "Ça ferme bientôt, à {close}",
  "statusOpen": "Ouvert jusqu'à {close}",
  "stepBlock": "Bloque le compte.",
  "stepDontReply": "Ne réponds pas.",
  "stepEvidence": "Garde des captures d'écran.",
  "stepTalk": "Parles-en à un adulte.",
  "stepsTitle": "Que faire ?",
  "takeItDown": "Aller sur le site Take It Down",
  "threats.steps": [
    "Garde des captures d'écran.",
    "Signale chaque menace.",
    "Tu peux porter plainte sans adulte, même avant 18 ans."
  ],
  "threats.stepsWitness": [
    "Garde des captures d'écran.",
    "Signale chaque menace.",
    "La personne menacée peut porter plainte sans adulte, même avant 18 ans."
  ],
  "titleVictim": "Ce n'est pas ta faute",
  "titleWitness": "Merci pour ton signalement",
  "today": "aujourd'hui",
  "tomorrow": "demain",
  "visitSite": "Aller sur le site du {name}",
  "weekdays": "lundi,mardi,mercredi,jeudi,vendredi,samedi,dimanche"
};
