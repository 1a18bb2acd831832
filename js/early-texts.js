// Generated from src/core/texts.rs and helplines.rs by src/core/early.rs
// (`BOUTON3018_WRITE=1 cargo test early`): do not edit. The script tag's own early dialog says
// what the widget says and links where it links (js/early.js).
export const LINKS = {
  "site": "https://3018.fr",
  "minors-chat": "https://masecurite.interieur.gouv.fr/fr/demarches-en-ligne/mineurs",
};
// The widget's defaults (src/core/config.rs): the reports the front door listens for.
export const CATEGORIES = ["harassment", "bullying", "hate", "threats", "sexual-harassment", "sextortion", "doxxing", "impersonation"];
export const TRIGGER = "bouton3018:report";
export default {
  fr: {
    close: "Fermer",
  },
  en: {
    close: "Close",
  },
};
