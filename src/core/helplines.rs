//! The built-in helplines, from ../shared/FACTS.md only, and the config form that overrides
//! or extends them.

use chrono_tz::Tz;

use crate::core::schedule::{Interval, Schedule};

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
    /// Site (`https:` only).
    pub url: Option<String>,
    /// Live chat (`https:` only).
    pub chat_url: Option<String>,
    /// Phone opening hours.
    pub schedule: Schedule,
    /// Chat opening hours (FACTS.md: "same as the phone line" is the working assumption).
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

impl Helpline {
    /// `tel:` + the digits (spaces removed), if the helpline has a number.
    pub fn tel_href(&self) -> Option<String> {
        self.number.as_ref().map(|n| format!("tel:{}", n.replace(' ', "")))
    }
}

fn paris() -> Tz {
    chrono_tz::Europe::Paris
}

fn line(id: &str, name: &str, number: &str, url: Option<&str>) -> Helpline {
    Helpline {
        id: id.into(),
        name: name.into(),
        number: Some(number.into()),
        url: url.map(Into::into),
        chat_url: None,
        schedule: Schedule::always(paris()),
        chat_schedule: Schedule::always(paris()),
        channels: Vec::new(),
    }
}

/// The 3018's access for deaf and hard-of-hearing people (transcription, LSF video):
/// Mon–Fri 09:00–17:30, Sat 09:00–12:30 (FACTS.md: a single source, so configurable). Its
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

/// The built-in helplines. The 3018: every day 09:00–23:00 Europe/Paris, public holidays
/// included (verified since Feb 2023); chat on https://3018.fr with the same hours (working
/// assumption, *unverified*: configurable); https://3018.fr as the site (which of 3018.fr and
/// e-enfance.org is canonical is *unverified*: configurable). The others are 24/7.
pub fn builtin() -> Vec<Helpline> {
    let hours = Schedule::daily(paris(), Interval::new(9 * 60, 23 * 60).expect("09:00-23:00 is valid"));
    vec![
        Helpline {
            id: MAIN.into(),
            name: "3018".into(),
            number: Some("3018".into()),
            url: Some("https://3018.fr".into()),
            chat_url: Some("https://3018.fr".into()),
            schedule: hours.clone(),
            chat_schedule: hours,
            channels: vec![deaf_channel()],
        },
        line("3114", "3114", "3114", Some("https://3114.fr")),
        line("119", "119", "119", None),
        line("17", "17", "17", None),
        line("112", "112", "112", None),
    ]
}
