// Generated from src/core/texts.rs and helplines.rs by src/core/early.rs
// (`BOUTON3018_WRITE=1 cargo test early`): do not edit. The script tag's own early dialog says
// what the widget says and links where it links (js/early.js).
export const LINKS = {
  "site": "https://3018.fr",
  "minors-chat": "https://masecurite.interieur.gouv.fr/fr/demarches-en-ligne/mineurs",
};
export default {
  fr: {
    titleVictim: "Ce n'est pas de ta faute",
    call: "Appeler le 3018",
    callNumber: "Appeler le {number}",
    smsNumber: "Envoyer un SMS au {number}",
    close: "Fermer",
  },
  en: {
    titleVictim: "It's not your fault",
    call: "Call 3018",
    callNumber: "Call {number}",
    smsNumber: "Text {number}",
    close: "Close",
  },
};
