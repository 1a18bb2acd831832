// Generated from src/core/texts.rs and helplines.rs by src/core/early.rs
// (`BOUTON3018_WRITE=1 cargo test early`): do not edit. The script tag's own early dialog says
// what the widget says and links where it links (js/early.js).
export default {
  titleVictim: "It is not your fault",
  titleWitness: "Thank you for your report",
  body: "The 3018 helps victims and witnesses, without judgement. It is free, anonymous and confidential.",
  call: "Call 3018",
  chat: "Chat with the 3018",
  site: "Visit the 3018 website",
  statusOpen: "Open until 11 pm",
  statusClosed: "Closed until 9 am {day}",
  today: "today",
  tomorrow: "tomorrow",
  alternativesClosed: "Help day and night",
  alternativesOpen: "If it is urgent",
  reason3114: "Thinking of hurting yourself? The 3114 is confidential.",
  reason119: "Is a child in danger?",
  reasonEmergency: "Are you in danger now?",
  reason114: "Cannot hear well? Is it urgent?",
  reasonMinorsChat: "Write to the police.",
  minorsChat: "Open the Espace Mineurs chat",
  callNumber: "Call {number}",
  smsNumber: "Text {number}",
  close: "Close",
  css: "dialog{color-scheme:light dark;width:min(28em,100% - 1em);max-height:calc(100% - 1em);border:0;border-radius:12px;font:16px/1.5 system-ui,sans-serif}div{display:flex;gap:.5em;align-items:center}h2{margin:0;flex:1}ul{list-style:none;padding:0}a,button{display:flex;align-items:center;justify-content:center;min-width:44px;margin-top:.5em;padding:0 1em;border:2px solid;border-radius:8px;font:inherit;font-weight:600;text-decoration:none}.call{color:#fff;background:#0b57d0}button{margin:0;color:inherit;background:none}:focus-visible{outline:3px solid;outline-offset:2px}:host([data-theme=light]) dialog{color-scheme:light}:host([data-theme=dark]) dialog{color-scheme:dark}",
};
// The easy register (src/core/easy.json), laid under the platform's own overrides.
export const easy = {
  "alternativesClosed": "Free help day and night",
  "alternativesClosedChat": "Help day and night",
  "alternativesOpen": "If it is urgent",
  "announceClosed": "The {name} is closed now.",
  "announceOpen": "The {name} is open now.",
  "bodyVictim": "The 3018 gives free, anonymous and confidential help, without judgement.",
  "bodyWitness": "The 3018 helps victims and witnesses, without judgement. It is free, anonymous and confidential.",
  "bullying.steps": [
    "Do not reply.",
    "Block the account.",
    "Make your account private.",
    "Keep screenshots.",
    "Tell an adult at your school."
  ],
  "bullying.stepsWitness": [
    "Do not reply.",
    "Block the account.",
    "Tell the person to make their account private.",
    "Keep screenshots.",
    "Tell an adult at your school."
  ],
  "call": "Call 3018",
  "callHint": "It is free",
  "callNumber": "Call {number}",
  "channelDeaf": "Sign language or writing",
  "channelsTitle": "Contact the {name} another way",
  "chat": "Chat with the 3018",
  "child-abuse.bodyVictim": "The 119 helps children in danger, day and night. It is free. The call is not on the phone bill.",
  "child-abuse.bodyWitness": "Is a child in danger? Call 119, day and night. It is free. The call is not on the phone bill.",
  "child-abuse.callHint": "The call is not on the phone bill",
  "close": "Close",
  "cnil": "Go to the CNIL website",
  "copied": "The number is copied",
  "copyNumber": "Copy the number",
  "copySelected": "The number is highlighted. You can copy it.",
  "doxxing.steps": [
    "First, keep proof.",
    "Ask the website to erase your information. It must do it within 1 month. Say it got it before you were 18.",
    "It does not do it? Complain to the CNIL."
  ],
  "doxxing.stepsWitness": [
    "First, keep proof.",
    "The victim can ask the website to erase their information. It must do it within 1 month. They can say it got it before they were 18.",
    "It does not do it? The victim can complain to the CNIL."
  ],
  "harassment.steps": [
    "Do not reply.",
    "Block the account.",
    "Make your account private.",
    "Keep screenshots.",
    "Tell an adult."
  ],
  "harassment.stepsWitness": [
    "Do not reply.",
    "Block the account.",
    "Tell the person to make their account private.",
    "Keep screenshots.",
    "Tell an adult."
  ],
  "hate.steps": [
    "Do not share it.",
    "Report it on Pharos with the link and the date."
  ],
  "hate.stepsWitness": [
    "Do not share it.",
    "Report it on Pharos with the link and the date."
  ],
  "impersonation.steps": [
    "Keep screenshots.",
    "Report the fake account.",
    "You can make a complaint without an adult, even under 18."
  ],
  "impersonation.stepsWitness": [
    "Keep screenshots.",
    "Report the fake account.",
    "The victim can make a complaint without an adult, even under 18."
  ],
  "localTime": " ({time} where you are)",
  "minorsChat": "Open the Espace Mineurs chat",
  "missedCall": "The call did not work? Dial {number} on your phone.",
  "missedSms": "The text did not open? Text {number} from your phone.",
  "numberCaption": "Call {number} from a phone.",
  "onDate": "on {date}",
  "onWeekday": "on {weekday}",
  "pharos": "Report on Pharos",
  "qrAlt": "Code to call {number}",
  "qrCaption": "Scan this code with your phone to call {number}.",
  "reason114": "Cannot hear well? Is it urgent?",
  "reason119": "Is a child in danger?",
  "reason15": "Is a life in danger now?",
  "reason3114": "Thinking of hurting yourself? The 3114 is confidential.",
  "reasonCnil": "Nothing erased after 1 month? You can complain to the CNIL. It protects personal information.",
  "reasonEmergency": "Are you in danger now?",
  "reasonMinorsChat": "Write to the police.",
  "reasonPharos": "Pharos is a police website. You can report things that break the law there.",
  "reasonTakeItDown": "Take It Down can stop people sharing your images. The image stays on your phone.",
  "self-harm.bodyVictim": "The 3114 listens to you, day and night. It is free and confidential.",
  "self-harm.bodyWitness": "Are you worried about someone? The 3114 listens, day and night. It is free and confidential.",
  "self-harm.callHint": "It is free and confidential",
  "self-harm.titleVictim": "You are not alone",
  "servicesTitle": "More help",
  "sextortion.steps": [
    "Do not pay. If you pay, the person who threatens you will ask for more.",
    "Stop talking to them. Block their account.",
    "Keep all the proof.",
    "You can make a complaint without an adult, even under 18."
  ],
  "sextortion.stepsWitness": [
    "Tell the victim not to pay. If they pay, the person who threatens them will ask for more.",
    "Tell the victim to block the account.",
    "Keep all the proof.",
    "The victim can make a complaint without an adult, even under 18."
  ],
  "sexual-harassment.steps": [
    "Keep screenshots.",
    "Block the account.",
    "Report the account. Is it an adult? Report it to Pharos or the police chat too."
  ],
  "sexual-harassment.stepsWitness": [
    "Keep screenshots.",
    "Block the account.",
    "Report the account. Is it an adult? Report it to Pharos or the police chat too."
  ],
  "site": "Visit the 3018 website",
  "smsNumber": "Text {number}",
  "statusAlwaysOpen": "Always open",
  "statusClosed": "Closed until {time} {day}",
  "statusClosedUnknown": "Closed now",
  "statusClosingSoon": "It closes soon, at {close}",
  "statusOpen": "Open until {close}",
  "stepBlock": "Block the account.",
  "stepDontReply": "Do not reply.",
  "stepEvidence": "Keep screenshots.",
  "stepTalk": "Tell an adult.",
  "stepsTitle": "What to do",
  "takeItDown": "Go to the Take It Down website",
  "threats.steps": [
    "Keep screenshots.",
    "Report every threat.",
    "You can make a complaint without an adult, even under 18."
  ],
  "threats.stepsWitness": [
    "Keep screenshots.",
    "Report every threat.",
    "The person threatened can make a complaint without an adult, even under 18."
  ],
  "titleVictim": "It is not your fault",
  "titleWitness": "Thank you for your report",
  "today": "today",
  "tomorrow": "tomorrow",
  "visitSite": "Visit the {name} website",
  "weekdays": "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday"
};
