// Generated from src/core/texts.rs and helplines.rs by src/core/early.rs
// (`BOUTON3018_WRITE=1 cargo test early`): do not edit. The script tag's own early dialog says
// what the widget says and links where it links (js/early.js).
export default {
  titleVictim: "Ce n'est pas de ta faute",
  titleWitness: "Merci, tu as bien fait de signaler",
  body: "Ton signalement est bien envoyé. Tu as vu ce qui arrive à quelqu'un. Tu peux en parler au 3018. Le 3018 aide aussi les témoins. C'est gratuit. C'est anonyme : tu n'as pas besoin de dire ton nom. C'est confidentiel : ce que tu dis reste secret. Personne ne va te juger. Le 3018 peut aussi faire supprimer des messages ou des photos.",
  call: "Appeler le 3018",
  chat: "Écrire au 3018 sur son tchat",
  site: "Aller sur le site du 3018",
  statusOpen: "Ouvert maintenant, jusqu'à 23 h",
  statusClosed: "Fermé pour le moment. Ça rouvre {day} à 9 h",
  today: "aujourd'hui",
  tomorrow: "demain",
  alternativesClosed: "En attendant, ces services répondent jour et nuit",
  alternativesOpen: "Si c'est urgent",
  reason3114: "Si tu penses à te faire du mal, appelle le 3114. C'est confidentiel.",
  reason119: "Si un enfant ou un adolescent est en danger, appelle le 119.",
  reasonEmergency: "Si tu es en danger maintenant, appelle le 17 ou le 112.",
  reason114: "Tu entends mal ou pas du tout ? Si c'est urgent, envoie un SMS au 114. C'est gratuit.",
  reasonMinorsChat: "La police a un tchat pour les moins de 18 ans. Il est ouvert jour et nuit. Tu écris à un ou une psychologue. On te demande seulement un code postal.",
  minorsChat: "Ouvrir le tchat Espace Mineurs de la police",
  callNumber: "Appeler le {number}",
  smsNumber: "Envoyer un SMS au {number}",
  close: "Fermer",
  css: "dialog{color-scheme:light dark;width:min(28em,100% - 1em);max-height:calc(100% - 1em);border:0;border-radius:12px;font:16px/1.5 system-ui,sans-serif}div{display:flex;gap:.5em;align-items:center}h2{margin:0;flex:1}ul{list-style:none;padding:0}a,button{display:flex;align-items:center;justify-content:center;min-width:44px;margin-top:.5em;padding:0 1em;border:2px solid;border-radius:8px;font:inherit;font-weight:600;text-decoration:none}.call{color:#fff;background:#0b57d0}button{margin:0;color:inherit;background:none}:focus-visible{outline:3px solid;outline-offset:2px}:host([data-theme=light]) dialog{color-scheme:light}:host([data-theme=dark]) dialog{color-scheme:dark}",
};
// The easy register (src/core/easy.json), laid under the platform's own overrides.
export const easy = {
  "alternativesClosed": "En attendant, ces numéros gratuits répondent jour et nuit",
  "alternativesClosedChat": "En attendant, ces services répondent jour et nuit",
  "alternativesOpen": "Si c'est urgent",
  "announceClosed": "Le {name} est fermé maintenant.",
  "announceOpen": "Le {name} est ouvert maintenant.",
  "bodyVictim": "Ton signalement est bien envoyé. Tu peux parler au 3018 de ce qui t'arrive. C'est gratuit. C'est anonyme : tu n'as pas besoin de dire ton nom. C'est confidentiel : ce que tu dis reste secret. Personne ne va te juger. Au 3018, des personnes t'écoutent et t'aident. Elles peuvent aussi faire supprimer des messages ou des photos.",
  "bodyWitness": "Ton signalement est bien envoyé. Tu as vu ce qui arrive à quelqu'un. Tu peux en parler au 3018. Le 3018 aide aussi les témoins. C'est gratuit. C'est anonyme : tu n'as pas besoin de dire ton nom. C'est confidentiel : ce que tu dis reste secret. Personne ne va te juger. Le 3018 peut aussi faire supprimer des messages ou des photos.",
  "bullying.steps": [
    "Ne réponds pas. Ne te venge pas.",
    "Bloque le compte. Signale-le aussi.",
    "Mets ton compte en privé dans les réglages.",
    "Garde des captures d'écran et les liens. Ce sont des preuves.",
    "Parles-en à un adulte en qui tu as confiance. Parles-en aussi à l'école, au collège ou au lycée."
  ],
  "bullying.stepsWitness": [
    "Ne réponds pas. Ne te venge pas.",
    "Bloque le compte. Signale-le aussi.",
    "Dis à la personne harcelée qu'elle peut mettre son compte en privé.",
    "Garde des captures d'écran et les liens. Ce sont des preuves.",
    "Parles-en à un adulte en qui tu as confiance. Parles-en aussi à l'école, au collège ou au lycée."
  ],
  "call": "Appeler le 3018",
  "callHint": "Gratuit, anonyme et confidentiel",
  "callNumber": "Appeler le {number}",
  "channelDeaf": "Pour les personnes sourdes ou qui entendent mal : écrit ou langue des signes",
  "channelsTitle": "D'autres façons de contacter le {name}",
  "chat": "Écrire au 3018 sur son tchat",
  "child-abuse.bodyVictim": "Ton signalement est bien envoyé. Tu peux appeler le 119, Allô Enfance en Danger. C'est gratuit. Quelqu'un te répond jour et nuit. L'appel ne se voit pas sur la facture de téléphone.",
  "child-abuse.bodyWitness": "Ton signalement est bien envoyé. Si un enfant ou un adolescent est en danger, appelle le 119. C'est Allô Enfance en Danger. C'est gratuit. Quelqu'un te répond jour et nuit. L'appel ne se voit pas sur la facture de téléphone.",
  "child-abuse.callHint": "Gratuit, jour et nuit, ne se voit pas sur la facture",
  "close": "Fermer",
  "cnil": "Aller sur le site de la CNIL",
  "copied": "Le numéro est copié",
  "copyNumber": "Copier le numéro",
  "copySelected": "Le numéro est surligné. Tu peux le copier.",
  "doxxing.steps": [
    "D'abord, garde des preuves : des captures d'écran et les liens.",
    "Demande au site d'effacer tes informations personnelles. Le site doit le faire en 1 mois. Dis que le site a eu ces informations avant tes 18 ans. C'est une raison valable.",
    "Le site ne les efface pas ? Tu peux te plaindre à la CNIL."
  ],
  "doxxing.stepsWitness": [
    "D'abord, garde des preuves : des captures d'écran et les liens.",
    "La victime peut demander au site d'effacer ses informations personnelles. Le site doit le faire en 1 mois. Une raison valable : le site a eu ces informations avant ses 18 ans.",
    "Le site ne les efface pas ? La victime peut se plaindre à la CNIL."
  ],
  "harassment.steps": [
    "Ne réponds pas. Ne te venge pas.",
    "Bloque le compte. Signale-le aussi.",
    "Mets ton compte en privé dans les réglages.",
    "Garde des captures d'écran et les liens. Ce sont des preuves.",
    "Parles-en à un adulte en qui tu as confiance."
  ],
  "harassment.stepsWitness": [
    "Ne réponds pas. Ne te venge pas.",
    "Bloque le compte. Signale-le aussi.",
    "Dis à la personne harcelée qu'elle peut mettre son compte en privé.",
    "Garde des captures d'écran et les liens. Ce sont des preuves.",
    "Parles-en à un adulte en qui tu as confiance."
  ],
  "hate.steps": [
    "Ne partage pas ce que tu as vu.",
    "Signale-le sur Pharos. Donne le lien et la date."
  ],
  "hate.stepsWitness": [
    "Ne partage pas ce que tu as vu.",
    "Signale-le sur Pharos. Donne le lien et la date."
  ],
  "impersonation.steps": [
    "Garde des captures d'écran et les liens. Ce sont des preuves.",
    "Signale le faux compte.",
    "Tu peux porter plainte à la police, même sans adulte. C'est ton droit, même avant 18 ans."
  ],
  "impersonation.stepsWitness": [
    "Garde des captures d'écran et les liens. Ce sont des preuves.",
    "Signale le faux compte.",
    "La victime peut porter plainte à la police. Elle peut le faire sans adulte, même avant 18 ans."
  ],
  "localTime": " (il sera {time} chez toi)",
  "minorsChat": "Ouvrir le tchat Espace Mineurs de la police",
  "missedCall": "L'appel n'a pas marché ? Tape le {number} sur ton téléphone.",
  "missedSms": "Le SMS ne s'est pas ouvert ? Envoie un SMS au {number} avec ton téléphone.",
  "numberCaption": "Appelle le {number} avec un téléphone. C'est gratuit.",
  "onDate": "le {date}",
  "onWeekday": "{weekday}",
  "pharos": "Signaler sur Pharos",
  "qrAlt": "Code à scanner pour appeler le {number}",
  "qrCaption": "Tu es sur un ordinateur ? Scanne ce code avec ton téléphone pour appeler le {number}.",
  "reason114": "Tu entends mal ou pas du tout ? Si c'est urgent, envoie un SMS au 114. C'est gratuit.",
  "reason119": "Si un enfant ou un adolescent est en danger, appelle le 119.",
  "reason15": "Si une vie est en danger maintenant, appelle le 15 ou le 112.",
  "reason3114": "Si tu penses à te faire du mal, appelle le 3114. C'est confidentiel.",
  "reasonCnil": "Le site a 1 mois pour effacer les informations. Sinon, on peut se plaindre à la CNIL. La CNIL protège les informations sur les personnes.",
  "reasonEmergency": "Si tu es en danger maintenant, appelle le 17 ou le 112.",
  "reasonMinorsChat": "La police a un tchat pour les moins de 18 ans. Il est ouvert jour et nuit. Tu écris à un ou une psychologue. On te demande seulement un code postal.",
  "reasonPharos": "Pharos est un site de la police. Il sert à signaler ce qui est interdit sur internet. Tu peux l'utiliser même si tu as moins de 18 ans. La police lit les signalements jour et nuit.",
  "reasonTakeItDown": "Take It Down peut empêcher le partage des images. Cela marche seulement sur les sites qui participent. C'est pour les moins de 18 ans. L'image ne quitte jamais le téléphone. Le site ne te demande pas qui tu es.",
  "self-harm.bodyVictim": "Ton signalement est bien envoyé. Si tu penses à te faire du mal, tu peux appeler le 3114. C'est gratuit. C'est confidentiel : ce que tu dis reste secret. Quelqu'un te répond jour et nuit. Personne ne va te juger.",
  "self-harm.bodyWitness": "Ton signalement est bien envoyé. Tu t'inquiètes pour quelqu'un ? Tu peux appeler le 3114. C'est gratuit. C'est confidentiel : ce que tu dis reste secret. Quelqu'un te répond jour et nuit.",
  "self-harm.callHint": "Gratuit et confidentiel, jour et nuit",
  "self-harm.titleVictim": "Des personnes sont là pour toi",
  "servicesTitle": "D'autres services pour t'aider",
  "sextortion.steps": [
    "Ne paie pas. Sinon, la personne qui te menace va demander encore plus.",
    "Ne parle plus à cette personne. Bloque son compte.",
    "Garde toutes les preuves : les messages, les captures d'écran et les liens.",
    "Tu peux porter plainte à la police, même sans adulte. C'est ton droit, même avant 18 ans."
  ],
  "sextortion.stepsWitness": [
    "Dis à la victime de ne pas payer. Sinon, la personne qui la menace va demander encore plus.",
    "Dis à la victime d'arrêter de parler à la personne qui la menace. Dis-lui aussi de bloquer le compte de cette personne.",
    "Garde toutes les preuves : les messages, les captures d'écran et les liens.",
    "La victime peut porter plainte à la police. Elle peut le faire sans adulte, même avant 18 ans."
  ],
  "sexual-harassment.steps": [
    "Garde des captures d'écran et les liens. Ce sont des preuves.",
    "Bloque le compte.",
    "Signale le compte. C'est un adulte qui te propose des choses sexuelles ? Signale-le aussi sur Pharos ou au tchat de la police."
  ],
  "sexual-harassment.stepsWitness": [
    "Garde des captures d'écran et les liens. Ce sont des preuves.",
    "Bloque le compte.",
    "Signale le compte. Un adulte propose des choses sexuelles à quelqu'un de moins de 18 ans ? Signale-le aussi sur Pharos ou au tchat de la police."
  ],
  "site": "Aller sur le site du 3018",
  "smsNumber": "Envoyer un SMS au {number}",
  "statusAlwaysOpen": "Ouvert jour et nuit, 7 jours sur 7",
  "statusClosed": "Fermé pour le moment. Ça rouvre {day} à {time}",
  "statusClosedUnknown": "Fermé pour le moment",
  "statusClosingSoon": "Ouvert, mais ça ferme bientôt, à {close}",
  "statusOpen": "Ouvert maintenant, jusqu'à {close}",
  "stepBlock": "Bloque le compte.",
  "stepDontReply": "Ne réponds pas.",
  "stepEvidence": "Garde des captures d'écran et les liens. Ce sont des preuves.",
  "stepTalk": "Parles-en à un adulte en qui tu as confiance.",
  "stepsTitle": "Ce que tu peux faire maintenant",
  "takeItDown": "Aller sur le site Take It Down, en français",
  "threats.steps": [
    "Garde des captures d'écran et les liens. Ce sont des preuves.",
    "Signale chaque message de menace.",
    "Tu peux porter plainte à la police, même sans adulte. C'est ton droit, même avant 18 ans."
  ],
  "threats.stepsWitness": [
    "Garde des captures d'écran et les liens. Ce sont des preuves.",
    "Signale chaque message de menace.",
    "La personne menacée peut porter plainte à la police. Elle peut le faire sans adulte, même avant 18 ans."
  ],
  "titleVictim": "Ce n'est pas de ta faute",
  "titleWitness": "Merci, tu as bien fait de signaler",
  "today": "aujourd'hui",
  "tomorrow": "demain",
  "visitSite": "Aller sur le site du {name}",
  "weekdays": "lundi,mardi,mercredi,jeudi,vendredi,samedi,dimanche"
};
