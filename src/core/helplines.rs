//! The built-in helplines and services, from the facts in `docs/facts.md` only.

use chrono_tz::Tz;

use crate::core::schedule::{Interval, Schedule};

// The config's `helplines` list, decoded and merged with the built-ins.
mod decode;
pub(crate) use decode::decode_helplines;

/// The id of the main helpline (the one the modal is about).
pub const MAIN: &str = "3018";

/// One helpline, validated.
#[derive(Debug, Clone, PartialEq)]
pub struct Helpline {
    /// Stable id (`"3018"`, `"3114"`...), reported in `bouton3018:action`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// Digits to dial (`"3018"`; never rewritten to +33: short codes have no E.164 form).
    pub number: Option<String>,
    /// Digits to text, for SMS-only services (the 114): an `sms:` link.
    pub sms: Option<String>,
    /// Site (`https:` only).
    pub url: Option<String>,
    /// Live chat (`https:` only).
    pub chat_url: Option<String>,
    /// Phone opening hours.
    pub schedule: Schedule,
    /// Chat opening hours (`docs/facts.md`: "same as the phone line" is the working assumption).
    pub chat_schedule: Schedule,
    /// Further ways in, each with its own hours (the 3018's access for deaf and
    /// hard-of-hearing people).
    pub channels: Vec<Channel>,
}

/// A further channel of a helpline, shown with its own open/closed state.
#[derive(Debug, Clone, PartialEq)]
pub struct Channel {
    /// Stable id (`"deaf"`), reported in events as `helpline` `"3018/deaf"`.
    pub id: String,
    /// Display name; `None` for built-in channels, whose name comes from the locale's texts.
    pub name: Option<String>,
    /// Where to go (`https:`).
    pub url: Option<String>,
    /// Or a number to dial.
    pub number: Option<String>,
    /// Opening hours.
    pub schedule: Schedule,
}

/// The id of the built-in channel for deaf and hard-of-hearing people.
pub const DEAF_CHANNEL: &str = "deaf";

/// The helpline whose lead is shown for self-harm reports (FACTS: the 3114, 24/7, confidential).
pub const SUICIDE_PREVENTION: &str = "3114";
/// Allô Enfance en Danger, the lead for child-abuse reports.
pub const CHILD_IN_DANGER: &str = "119";
/// Police and gendarmerie.
pub const POLICE: &str = "17";
/// The European emergency number.
pub const EUROPEAN_EMERGENCY: &str = "112";
/// SAMU (medical emergency): only in the self-harm topic's emergency line, the one place the
/// facts name it ("15 / 112 if life is in immediate danger").
pub const MEDICAL_EMERGENCY: &str = "15";
/// Emergency by SMS for deaf and hard-of-hearing people.
pub const EMERGENCY_SMS: &str = "114";
/// The police and gendarmerie chat for minors ("Espace Mineurs"), 24/7.
pub const MINORS_CHAT: &str = "minors-chat";
/// Pharos, the official portal for illicit online content.
pub const PHAROS: &str = "pharos";
/// Take It Down (NCMEC): stops the spread of a minor's intimate images.
pub const TAKE_IT_DOWN: &str = "take-it-down";
/// The CNIL, where a refused erasure of personal data can be complained about.
pub const CNIL: &str = "cnil";

/// Every built-in id, in the order of [`builtin`]. A helpline with another id was added by the
/// platform and is listed in the alternatives while the main line is closed.
pub const BUILTIN_IDS: &[&str] = &[
    MAIN,
    SUICIDE_PREVENTION,
    CHILD_IN_DANGER,
    POLICE,
    EUROPEAN_EMERGENCY,
    MEDICAL_EMERGENCY,
    EMERGENCY_SMS,
    MINORS_CHAT,
    PHAROS,
    TAKE_IT_DOWN,
    CNIL,
];

/// `scheme` + the digits of `number`, spaces removed.
fn href(scheme: &str, number: &str) -> String {
    [scheme, &number.replace(' ', "")].concat()
}

impl Helpline {
    /// `tel:` + the digits (spaces removed), if the helpline has a number.
    pub fn tel_href(&self) -> Option<String> {
        self.number.as_deref().map(|n| href("tel:", n))
    }

    /// `sms:` + the digits (spaces removed), if the helpline takes SMS.
    pub fn sms_href(&self) -> Option<String> {
        self.sms.as_deref().map(|n| href("sms:", n))
    }
}

fn paris() -> Tz {
    chrono_tz::Europe::Paris
}

/// A 24/7 entry; `number` to call, `sms` to text, `url` to visit.
fn always(id: &str, name: &str, number: Option<&str>, sms: Option<&str>, url: Option<&str>) -> Helpline {
    Helpline {
        id: id.into(),
        name: name.into(),
        number: number.map(Into::into),
        sms: sms.map(Into::into),
        url: url.map(Into::into),
        chat_url: None,
        schedule: Schedule::always(paris()),
        chat_schedule: Schedule::always(paris()),
        channels: Vec::new(),
    }
}

/// The 3018's access for deaf and hard-of-hearing people (transcription, LSF video):
/// Mon–Fri 09:00–17:30, Sat 09:00–12:30 (`docs/facts.md`: a single source, so configurable). Its
/// entry point is on the 3018 site.
fn deaf_channel() -> Channel {
    let iv = |o, c| Interval::new(o, c).expect("valid built-in interval");
    let mut weekly: [Vec<Interval>; 7] = Default::default();
    for day in weekly.iter_mut().take(5) {
        day.push(iv(9 * 60, 17 * 60 + 30));
    }
    weekly[5].push(iv(9 * 60, 12 * 60 + 30));
    Channel {
        id: DEAF_CHANNEL.into(),
        name: None,
        url: Some("https://3018.fr".into()),
        number: None,
        schedule: Schedule::weekly(paris(), weekly),
    }
}

/// The built-in helplines and services, each overridable by its id (`docs/facts.md`).
///
/// - The 3018: every day 09:00–23:00 Europe/Paris, public holidays included (verified since Feb
///   2023); chat on https://3018.fr with the same hours (working assumption, *unverified*:
///   configurable); https://3018.fr as the site (which of 3018.fr and e-enfance.org is
///   canonical is *unverified*: configurable).
/// - 3114 (https://3114.fr), 119, 17, 112: 24/7, free ("Night-time and emergency alternatives").
/// - 15: 24/7; from the self-harm row only ("15 / 112 if life is in immediate danger").
/// - 114: emergency by SMS for deaf and hard-of-hearing people, 24/7, free: `sms:114`, no
///   voice number.
/// - The police and gendarmerie minors' chat ("Espace Mineurs"): 24/7, with a psychologist,
///   only a postcode asked (verified, two interieur.gouv.fr pages, Nov 2025).
/// - Pharos: the site, not a deep path (the form's path changed in 2025).
/// - Take It Down (NCMEC): for anyone under 18; never StopNCII, which is for adults only.
/// - The CNIL: the facts give the route (ask the site to erase, then complain to the CNIL) from a
///   single source and no page of it, so the default is the CNIL's home page: configurable.
///
/// Never the online pre-complaint ("Plainte en ligne": adults only).
pub fn builtin() -> Vec<Helpline> {
    let hours = Schedule::daily(paris(), Interval::new(9 * 60, 23 * 60).expect("09:00-23:00 is valid"));
    vec![
        Helpline {
            id: MAIN.into(),
            name: "3018".into(),
            number: Some("3018".into()),
            sms: None,
            url: Some("https://3018.fr".into()),
            chat_url: Some("https://3018.fr".into()),
            schedule: hours.clone(),
            chat_schedule: hours,
            channels: vec![deaf_channel()],
        },
        always(SUICIDE_PREVENTION, "3114", Some("3114"), None, Some("https://3114.fr")),
        always(CHILD_IN_DANGER, "119", Some("119"), None, None),
        always(POLICE, "17", Some("17"), None, None),
        always(EUROPEAN_EMERGENCY, "112", Some("112"), None, None),
        always(MEDICAL_EMERGENCY, "15", Some("15"), None, None),
        always(EMERGENCY_SMS, "114", None, Some("114"), None),
        always(
            MINORS_CHAT,
            "Espace Mineurs",
            None,
            None,
            Some("https://masecurite.interieur.gouv.fr/fr/demarches-en-ligne/mineurs"),
        ),
        always(PHAROS, "Pharos", None, None, Some("https://www.internet-signalement.gouv.fr")),
        always(TAKE_IT_DOWN, "Take It Down", None, None, Some("https://takeitdown.ncmec.org")),
        always(CNIL, "CNIL", None, None, Some("https://www.cnil.fr")),
    ]
}
