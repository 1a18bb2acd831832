// Generated from src/core/texts.rs and helplines.rs by src/core/early.rs
// (`BOUTON3018_WRITE=1 cargo test early`): do not edit. The script tag's own early dialog says
// what the widget says and links where it links (js/early.js).
export default {
  titleVictim: "Ce n'est pas de ta faute",
  titleWitness: "Merci d'avoir signalé",
  body: "Ton signalement est envoyé. Que tu sois victime ou témoin, le 3018 t'écoute : c'est gratuit, anonyme et confidentiel, sans jugement. Il peut aussi aider à faire retirer des contenus.",
  call: "Appeler le 3018",
  chat: "Discuter en ligne avec le 3018",
  site: "Aller sur le site du 3018",
  statusOpen: "Ouvert maintenant, jusqu'à 23 h",
  statusClosed: "Fermé pour le moment — rouvre {day} à 9 h, dans {in}",
  today: "aujourd'hui",
  tomorrow: "demain",
  alternativesClosed: "En attendant, ces services répondent 24 h/24",
  alternativesOpen: "En cas d'urgence",
  reason3114: "Si tu penses à te faire du mal : 3114, confidentiel",
  reason119: "Si un enfant ou un ado est en danger : 119",
  reasonEmergency: "Si tu es en danger immédiat : 17 ou 112",
  reason114: "Pour les personnes sourdes ou malentendantes, en cas d'urgence : le 114 par SMS, gratuit",
  reasonMinorsChat: "Le tchat de la police et de la gendarmerie pour les mineurs répond 24 h/24, avec un ou une psychologue ; seul un code postal est demandé",
  minorsChat: "Ouvrir le tchat Espace Mineurs",
  callNumber: "Appeler le {number}",
  smsNumber: "Envoyer un SMS au {number}",
  css: "dialog{color-scheme:light dark;width:min(28em,100% - 1em);max-height:calc(100% - 1em);border:0;border-radius:12px;font:16px/1.5 system-ui,sans-serif}div{display:flex;gap:.5em;align-items:center}h2{margin:0;flex:1}ul{list-style:none;padding:0}a,button{display:flex;align-items:center;justify-content:center;min-width:44px;margin-top:.5em;padding:0 1em;border:2px solid;border-radius:8px;font:inherit;font-weight:600;text-decoration:none}.call{color:#fff;background:#0b57d0}button{margin:0;color:inherit;background:none}:focus-visible{outline:3px solid;outline-offset:2px}:host([data-theme=light]) dialog{color-scheme:light}:host([data-theme=dark]) dialog{color-scheme:dark}",
};
