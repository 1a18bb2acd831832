// Generated from src/core/texts.rs and helplines.rs by src/core/early.rs
// (`BOUTON3018_WRITE=1 cargo test early`): do not edit. The script tag's own early dialog says
// what the widget says and links where it links (js/early.js).
export default {
  titleVictim: "It is not your fault",
  titleWitness: "Thank you for reporting this",
  body: "Your report has been sent. You saw what is happening to someone. You can talk to the 3018 about it. The 3018 helps witnesses too. It is free. It is anonymous: you do not have to say your name. It is confidential: what you say stays secret. Nobody will judge you. The 3018 can also help remove messages or pictures.",
  call: "Call 3018",
  chat: "Chat with the 3018 online",
  site: "Go to the 3018 website",
  statusOpen: "Open now, until 11 pm",
  statusClosed: "Closed right now. It opens again {day} at 9 am",
  today: "today",
  tomorrow: "tomorrow",
  alternativesClosed: "Until then, these services answer day and night",
  alternativesOpen: "If it is urgent",
  reason3114: "If you are thinking of hurting yourself, call 3114. It is confidential.",
  reason119: "If a child or teenager is in danger, call 119.",
  reasonEmergency: "If you are in danger right now, call 17 or 112.",
  reason114: "Are you deaf or hard of hearing? If it is urgent, send a text to 114. It is free.",
  reasonMinorsChat: "The police have a chat for people under 18. It is open day and night. You write to a psychologist. They only ask for a postcode.",
  minorsChat: "Open the Espace Mineurs police chat",
  callNumber: "Call {number}",
  smsNumber: "Send a text to {number}",
  close: "Close",
  css: "dialog{color-scheme:light dark;width:min(28em,100% - 1em);max-height:calc(100% - 1em);border:0;border-radius:12px;font:16px/1.5 system-ui,sans-serif}div{display:flex;gap:.5em;align-items:center}h2{margin:0;flex:1}ul{list-style:none;padding:0}a,button{display:flex;align-items:center;justify-content:center;min-width:44px;margin-top:.5em;padding:0 1em;border:2px solid;border-radius:8px;font:inherit;font-weight:600;text-decoration:none}.call{color:#fff;background:#0b57d0}button{margin:0;color:inherit;background:none}:focus-visible{outline:3px solid;outline-offset:2px}:host([data-theme=light]) dialog{color-scheme:light}:host([data-theme=dark]) dialog{color-scheme:dark}",
};
// The easy register (src/core/easy.json), laid under the platform's own overrides.
export const easy = {
  "alternativesClosed": "Until then, these free numbers answer day and night",
  "alternativesClosedChat": "Until then, these services answer day and night",
  "alternativesOpen": "If it is urgent",
  "announceClosed": "The {name} is closed now.",
  "announceOpen": "The {name} is open now.",
  "bodyVictim": "Your report has been sent. You can talk to the 3018 about what is happening to you. It is free. It is anonymous: you do not have to say your name. It is confidential: what you say stays secret. Nobody will judge you. At the 3018, people listen to you and help you. They can also help remove messages or pictures.",
  "bodyWitness": "Your report has been sent. You saw what is happening to someone. You can talk to the 3018 about it. The 3018 helps witnesses too. It is free. It is anonymous: you do not have to say your name. It is confidential: what you say stays secret. Nobody will judge you. The 3018 can also help remove messages or pictures.",
  "bullying.steps": [
    "Do not reply. Do not take revenge.",
    "Block the account. Report it too.",
    "Make your account private in the settings.",
    "Keep screenshots and links. They are proof.",
    "Talk to an adult you trust. Tell an adult at school too."
  ],
  "bullying.stepsWitness": [
    "Do not reply. Do not take revenge.",
    "Block the account. Report it too.",
    "Tell the person being bullied they can make their account private.",
    "Keep screenshots and links. They are proof.",
    "Talk to an adult you trust. Tell an adult at school too."
  ],
  "call": "Call 3018",
  "callHint": "Free, anonymous and confidential",
  "callNumber": "Call {number}",
  "channelDeaf": "If you are deaf or hard of hearing: text or French Sign Language",
  "channelsTitle": "Other ways to contact the {name}",
  "chat": "Chat with the 3018 online",
  "child-abuse.bodyVictim": "Your report has been sent. You can call 119. It is the line for children in danger. It is free. Someone answers day and night. The call does not show on the phone bill.",
  "child-abuse.bodyWitness": "Your report has been sent. If a child or teenager is in danger, call 119. It is the line for children in danger. It is free. Someone answers day and night. The call does not show on the phone bill.",
  "child-abuse.callHint": "Free, day and night, not shown on the phone bill",
  "close": "Close",
  "cnil": "Go to the CNIL website",
  "copied": "The number is copied",
  "copyNumber": "Copy the number",
  "copySelected": "The number is highlighted. You can copy it.",
  "doxxing.steps": [
    "First, keep proof: screenshots and the links.",
    "Ask the website to erase your personal information. It must do it within 1 month. Say the website got this information before you were 18. That is a valid reason.",
    "The website does not erase it? You can complain to the CNIL."
  ],
  "doxxing.stepsWitness": [
    "First, keep proof: screenshots and the links.",
    "The victim can ask the website to erase their personal information. It must do it within 1 month. They can say the website got it before they were 18. That is a valid reason.",
    "The website does not erase it? The victim can complain to the CNIL."
  ],
  "harassment.steps": [
    "Do not reply. Do not take revenge.",
    "Block the account. Report it too.",
    "Make your account private in the settings.",
    "Keep screenshots and links. They are proof.",
    "Talk to an adult you trust."
  ],
  "harassment.stepsWitness": [
    "Do not reply. Do not take revenge.",
    "Block the account. Report it too.",
    "Tell the person being bullied they can make their account private.",
    "Keep screenshots and links. They are proof.",
    "Talk to an adult you trust."
  ],
  "hate.steps": [
    "Do not share what you saw.",
    "Report it on Pharos. Give the link and the date."
  ],
  "hate.stepsWitness": [
    "Do not share what you saw.",
    "Report it on Pharos. Give the link and the date."
  ],
  "impersonation.steps": [
    "Keep screenshots and links. They are proof.",
    "Report the fake account.",
    "You can make a complaint to the police, even without an adult. It is your right, even if you are under 18."
  ],
  "impersonation.stepsWitness": [
    "Keep screenshots and links. They are proof.",
    "Report the fake account.",
    "The victim can make a complaint to the police. They can do it without an adult, even if they are under 18."
  ],
  "localTime": " ({time} where you are)",
  "minorsChat": "Open the Espace Mineurs police chat",
  "missedCall": "The call did not work? Dial {number} on your phone.",
  "missedSms": "The text did not open? Send a text to {number} from your phone.",
  "numberCaption": "Call {number} from a phone. It is free.",
  "onDate": "on {date}",
  "onWeekday": "on {weekday}",
  "pharos": "Report on Pharos",
  "qrAlt": "Code you can scan to call {number}",
  "qrCaption": "Are you on a computer? Scan this code with your phone to call {number}.",
  "reason114": "Are you deaf or hard of hearing? If it is urgent, send a text to 114. It is free.",
  "reason119": "If a child or teenager is in danger, call 119.",
  "reason15": "If a life is in danger right now, call 15 or 112.",
  "reason3114": "If you are thinking of hurting yourself, call 3114. It is confidential.",
  "reasonCnil": "The website has 1 month to erase the information. If it does not, you can complain to the CNIL. The CNIL protects information about people.",
  "reasonEmergency": "If you are in danger right now, call 17 or 112.",
  "reasonMinorsChat": "The police have a chat for people under 18. It is open day and night. You write to a psychologist. They only ask for a postcode.",
  "reasonPharos": "Pharos is a police website. It is for reporting things on the internet that are against the law. You can use it even if you are under 18. The police read the reports day and night.",
  "reasonTakeItDown": "Take It Down can stop the images from being shared. It only works on the websites that take part. It is for people under 18. The image never leaves the phone. The website does not ask who you are.",
  "self-harm.bodyVictim": "Your report has been sent. If you are thinking of hurting yourself, you can call 3114. It is free. It is confidential: what you say stays secret. Someone answers day and night. Nobody will judge you.",
  "self-harm.bodyWitness": "Your report has been sent. Are you worried about someone? You can call 3114. It is free. It is confidential: what you say stays secret. Someone answers day and night.",
  "self-harm.callHint": "Free and confidential, day and night",
  "self-harm.titleVictim": "You are not alone",
  "servicesTitle": "Other services that can help",
  "sextortion.steps": [
    "Do not pay. The person who threatens you will only ask for more.",
    "Stop talking to this person. Block their account.",
    "Keep all the proof: the messages, the screenshots and the links.",
    "You can make a complaint to the police, even without an adult. It is your right, even if you are under 18."
  ],
  "sextortion.stepsWitness": [
    "Tell the victim not to pay. The person who threatens them will only ask for more.",
    "Tell the victim to stop talking to the person who threatens them. Tell them to block that person's account too.",
    "Keep all the proof: the messages, the screenshots and the links.",
    "The victim can make a complaint to the police. They can do it without an adult, even if they are under 18."
  ],
  "sexual-harassment.steps": [
    "Keep screenshots and links. They are proof.",
    "Block the account.",
    "Report the account. Is an adult asking you for sexual things? Report it to Pharos or to the police chat too."
  ],
  "sexual-harassment.stepsWitness": [
    "Keep screenshots and links. They are proof.",
    "Block the account.",
    "Report the account. Is an adult asking someone under 18 for sexual things? Report it to Pharos or to the police chat too."
  ],
  "site": "Go to the 3018 website",
  "smsNumber": "Send a text to {number}",
  "statusAlwaysOpen": "Open day and night, 7 days a week",
  "statusClosed": "Closed right now. It opens again {day} at {time}",
  "statusClosedUnknown": "Closed right now",
  "statusClosingSoon": "Open, but it closes soon, at {close}",
  "statusOpen": "Open now, until {close}",
  "stepBlock": "Block the account.",
  "stepDontReply": "Do not reply.",
  "stepEvidence": "Keep screenshots and links. They are proof.",
  "stepTalk": "Talk to an adult you trust.",
  "stepsTitle": "What you can do now",
  "takeItDown": "Go to the Take It Down website",
  "threats.steps": [
    "Keep screenshots and links. They are proof.",
    "Report every message with a threat.",
    "You can make a complaint to the police, even without an adult. It is your right, even if you are under 18."
  ],
  "threats.stepsWitness": [
    "Keep screenshots and links. They are proof.",
    "Report every message with a threat.",
    "The person being threatened can make a complaint to the police. They can do it without an adult, even if they are under 18."
  ],
  "titleVictim": "It is not your fault",
  "titleWitness": "Thank you for reporting this",
  "today": "today",
  "tomorrow": "tomorrow",
  "visitSite": "Go to the {name} website",
  "weekdays": "Monday,Tuesday,Wednesday,Thursday,Friday,Saturday,Sunday"
};
