// Generated from src/core/texts.rs and helplines.rs by src/core/early.rs
// (`BOUTON3018_WRITE=1 cargo test early`): do not edit. The script tag's own early dialog says
// what the widget says and links where it links (js/early.js).
export default {
  titleVictim: "It's not your fault",
  titleWitness: "Thank you for reporting this",
  body: "Your report has been sent. Whether you are a victim or a witness, the 3018 is there for you: free, anonymous and confidential, with no judgement. It can also help get content taken down.",
  call: "Call 3018",
  chat: "Chat online with the 3018",
  site: "Go to the 3018 website",
  statusOpen: "Open now, until 11 pm",
  statusClosed: "Closed right now — opens again {day} at 9 am, in {in}",
  today: "today",
  tomorrow: "tomorrow",
  alternativesClosed: "Meanwhile, these services answer 24/7",
  alternativesOpen: "In an emergency",
  reason3114: "If you are thinking of hurting yourself: 3114, confidential",
  reason119: "If a child or teenager is in danger: 119",
  reasonEmergency: "If you are in immediate danger: 17 or 112",
  reason114: "Deaf or hard of hearing, in an emergency: text 114, free",
  reasonMinorsChat: "The police and gendarmerie chat for minors answers 24/7, with a psychologist; only a postcode is asked",
  minorsChat: "Open the Espace Mineurs chat",
  callNumber: "Call {number}",
  smsNumber: "Text {number}",
  css: "dialog{color-scheme:light dark;width:min(28em,100% - 1em);max-height:calc(100% - 1em);border:0;border-radius:12px;font:16px/1.5 system-ui,sans-serif}div{display:flex;gap:.5em;align-items:center}h2{margin:0;flex:1}ul{list-style:none;padding:0}a,button{display:flex;align-items:center;justify-content:center;min-width:44px;margin-top:.5em;padding:0 1em;border:2px solid;border-radius:8px;font:inherit;font-weight:600;text-decoration:none}.call{color:#fff;background:#0b57d0}button{margin:0;color:inherit;background:none}:focus-visible{outline:3px solid;outline-offset:2px}:host([data-theme=light]) dialog{color-scheme:light}:host([data-theme=dark]) dialog{color-scheme:dark}",
};
