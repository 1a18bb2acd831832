//! The widget's configuration: the JS object given to `mount()` (or built from the script tag's
//! `data-` attributes), its validation, and the per-platform presets.
//!
//! Two steps, as in "parse, don't validate": serde reads the object into `Raw*` structs
//! (camelCase, unknown fields rejected, the path of a wrong type reported by
//! `serde_path_to_error`); then [`Config::validate`] checks every value and reports **every**
//! problem at once, each under its field path.

use std::fmt;

use chrono::{DateTime, TimeZone, Utc};
use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;

use crate::core::error::{Error, FieldError, Problems};
use crate::core::helplines::{self, Channel, Helpline, RawHelpline};
use crate::core::schedule::{self, Instant, RawSchedule, Schedule};
use crate::core::texts::{self, TextOverrides, Texts};

/// A platform preset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Platform {
    /// Call button when the phone line is open (as Instagram does).
    Instagram,
    /// Call button when the phone line is open (as Messenger does).
    Messenger,
    /// Call button when the phone line is open.
    Facebook,
    /// A link to the 3018 site, never a call button (as TikTok does).
    Tiktok,
    /// `auto`: call button on devices that can call, else the number large plus the links.
    Generic,
}

impl Platform {
    const NAMES: &'static [(&'static str, Platform)] = &[
        ("instagram", Platform::Instagram),
        ("messenger", Platform::Messenger),
        ("facebook", Platform::Facebook),
        ("tiktok", Platform::Tiktok),
        ("generic", Platform::Generic),
    ];

    /// The action this preset uses when the config gives none.
    pub fn default_action(self) -> Action {
        match self {
            Platform::Instagram | Platform::Messenger | Platform::Facebook => Action::Call,
            Platform::Tiktok => Action::Link,
            Platform::Generic => Action::Auto,
        }
    }
}

/// What the main control is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// A `tel:` call link while the phone line is open (absent when closed); site link beside it.
    Call,
    /// A link to the site (to the chat while the chat is open); never a call link.
    Link,
    /// A call link (while open) and the site/chat link, side by side.
    Both,
    /// `Call` + links on devices that can call; otherwise the number large and the links.
    Auto,
}

impl Action {
    const NAMES: &'static [(&'static str, Action)] =
        &[("call", Action::Call), ("link", Action::Link), ("both", Action::Both), ("auto", Action::Auto)];
}

/// The widget's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Locale {
    /// French (default).
    Fr,
    /// English.
    En,
}

impl Locale {
    const NAMES: &'static [(&'static str, Locale)] = &[("fr", Locale::Fr), ("en", Locale::En)];

    /// BCP 47 tag for `lang`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::Fr => "fr",
            Locale::En => "en",
        }
    }
}

/// Who sent the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Role {
    /// The person harassed (default).
    #[default]
    Victim,
    /// Someone who saw it.
    Witness,
}

/// Which DOM event opens the widget.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Trigger {
    /// Listen for this event name on `document`.
    Event(String),
    /// Listen to nothing (`trigger: false`): the platform calls `show()` itself.
    None,
}

/// The default event name.
pub const DEFAULT_TRIGGER: &str = "bouton3018:report";

/// Report categories that open the widget by default.
pub const DEFAULT_CATEGORIES: &[&str] =
    &["harassment", "bullying", "hate", "threats", "sexual-harassment", "sextortion", "doxxing", "impersonation"];

/// A validated configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// The preset.
    pub platform: Platform,
    /// The action (the config's, else the preset's).
    pub action: Action,
    /// The language.
    pub locale: Locale,
    /// Categories that open the widget.
    pub categories: Vec<String>,
    /// The strings for `locale`, overrides applied.
    pub texts: Texts,
    /// The helplines, built-ins first (overridden where the config says so), then added ones.
    pub helplines: Vec<Helpline>,
    /// The event to listen for.
    pub trigger: Trigger,
    /// Whether the device can call, if the platform knows; detected by the shell otherwise.
    pub can_call: Option<bool>,
    /// A fixed instant for demos; the live clock otherwise.
    pub now: Option<Instant>,
    /// CSS selector to return focus to when the opener is gone.
    pub return_focus: Option<String>,
}

// ---------------------------------------------------------------------------------------------
// Raw (serde) form.

/// The config as written (camelCase, unknown fields rejected). Values are checked in
/// [`Config::validate`], so that every problem is reported at once.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields, expecting = "an object such as { platform: \"generic\" }")]
pub struct RawConfig {
    /// Required.
    pub platform: String,
    /// Optional fields, see CONTRACT.md.
    pub action: Option<String>,
    #[allow(missing_docs)]
    pub locale: Option<String>,
    #[allow(missing_docs)]
    pub categories: Option<Vec<String>>,
    #[allow(missing_docs)]
    pub texts: Option<RawTexts>,
    #[allow(missing_docs)]
    pub helplines: Option<Vec<RawHelpline>>,
    #[allow(missing_docs)]
    pub trigger: Option<RawTrigger>,
    #[allow(missing_docs)]
    pub can_call: Option<bool>,
    #[allow(missing_docs)]
    pub now: Option<RawNow>,
    #[allow(missing_docs)]
    pub return_focus: Option<String>,
}

/// `texts: { fr: {...}, en: {...} }`.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawTexts {
    #[allow(missing_docs)]
    pub fr: Option<TextOverrides>,
    #[allow(missing_docs)]
    pub en: Option<TextOverrides>,
}

/// `trigger`: an event name, or `false`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawTrigger {
    /// An event name (checked later).
    Name(String),
    /// `false`.
    Off,
}

impl<'de> Deserialize<'de> for RawTrigger {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = RawTrigger;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an event name string, or false")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<RawTrigger, E> {
                Ok(RawTrigger::Name(s.to_owned()))
            }
            fn visit_bool<E: de::Error>(self, b: bool) -> Result<RawTrigger, E> {
                if b {
                    Err(E::invalid_value(de::Unexpected::Bool(true), &self))
                } else {
                    Ok(RawTrigger::Off)
                }
            }
        }
        d.deserialize_any(V)
    }
}

/// `now`: milliseconds since the epoch, or an ISO 8601 / RFC 3339 string with an offset.
#[derive(Debug, Clone, PartialEq)]
pub enum RawNow {
    /// Milliseconds since the epoch.
    Millis(f64),
    /// A date-time string (checked later).
    Text(String),
}

impl<'de> Deserialize<'de> for RawNow {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl Visitor<'_> for V {
            type Value = RawNow;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("milliseconds since the epoch, or an ISO 8601 date-time string with an offset")
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawNow, E> {
                Ok(RawNow::Millis(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawNow, E> {
                Ok(RawNow::Millis(v as f64))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawNow, E> {
                Ok(RawNow::Millis(v as f64))
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<RawNow, E> {
                Ok(RawNow::Text(s.to_owned()))
            }
        }
        d.deserialize_any(V)
    }
}

/// Reads `T` only from a map/object. serde's derived structs also accept a sequence as a
/// positional struct (`["generic"]` would be read as `{ platform: "generic" }`); a platform
/// passing an array by mistake deserves an error instead.
struct ObjectOnly<T>(T);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for ObjectOnly<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V<T>(std::marker::PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
            type Value = T;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an object")
            }
            fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<T, A::Error> {
                T::deserialize(de::value::MapAccessDeserializer::new(map))
            }
        }
        d.deserialize_map(V(std::marker::PhantomData)).map(ObjectOnly)
    }
}

/// Milliseconds since the epoch as an instant, if in chrono's range and finite.
pub fn instant_from_millis(ms: f64) -> Option<Instant> {
    // ±8.64e15 ms is the range of JS `Date`.
    if !ms.is_finite() || ms.abs() > 8.64e15 {
        return None;
    }
    Utc.timestamp_millis_opt(ms.floor() as i64).single()
}

// ---------------------------------------------------------------------------------------------
// Validation helpers, shared with helplines and texts.

fn one_of<T: Copy>(names: &[(&str, T)], value: &str, path: &str, problems: &mut Problems) -> Option<T> {
    match names.iter().find(|(n, _)| *n == value) {
        Some((_, v)) => Some(*v),
        None => {
            let list: Vec<String> = names.iter().map(|(n, _)| format!("{n:?}")).collect();
            problems.push(path, format!("expected one of {}, got {value:?}", list.join(", ")));
            None
        }
    }
}

/// A short, non-empty, single-line string of at most `max` characters.
fn short_text(value: &str, max: usize, path: &str, problems: &mut Problems) -> bool {
    let n = value.chars().count();
    if value.trim().is_empty() {
        problems.push(path, "expected a non-empty string");
        false
    } else if n > max {
        problems.push(path, format!("expected at most {max} characters, got {n}"));
        false
    } else if value.chars().any(char::is_control) {
        problems.push(path, "expected text without control characters (line breaks, tabs...)");
        false
    } else {
        true
    }
}

/// An absolute `https:` URL with a host and nothing that browsers would reinterpret: written in
/// lowercase `https://`, no white space, control characters, backslashes or credentials.
pub(crate) fn check_https_url(url: &str, path: &str, problems: &mut Problems) -> bool {
    let bad = |problems: &mut Problems| {
        let shown: String = url.chars().take(80).collect();
        problems.push(path, format!("expected an https: URL such as \"https://3018.fr\", got {shown:?}"));
        false
    };
    let Some(rest) = url.strip_prefix("https://") else { return bad(problems) };
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..host_end];
    let host_ok = !host.is_empty()
        && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
        && host.chars().any(|c| c.is_ascii_alphanumeric());
    let rest_ok = !url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '\\');
    if url.len() > 2000 {
        problems.push(path, format!("expected a URL of at most 2000 characters, got {}", url.len()));
        return false;
    }
    if host_ok && rest_ok {
        true
    } else {
        bad(problems)
    }
}

/// What a `tel:` link can dial: digits, an optional leading `+`, single spaces between digits;
/// 2 to 15 digits (E.164 maximum).
pub(crate) fn check_number(number: &str, path: &str, problems: &mut Problems) -> bool {
    let body = number.strip_prefix('+').unwrap_or(number);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    let shape = body.starts_with(|c: char| c.is_ascii_digit())
        && body.ends_with(|c: char| c.is_ascii_digit())
        && body.chars().all(|c| c.is_ascii_digit() || c == ' ')
        && !body.contains("  ");
    if shape && (2..=15).contains(&digits) {
        true
    } else {
        let shown: String = number.chars().take(40).collect();
        problems.push(
            path,
            format!("expected a phone number a tel: link can dial (2 to 15 digits, optional leading +, spaces allowed), got {shown:?}"),
        );
        false
    }
}

// ---------------------------------------------------------------------------------------------

impl Config {
    /// Reads and validates a config from any serde deserializer (serde-wasm-bindgen in the
    /// browser, serde_json in tests).
    pub fn from_deserializer<'de, D: Deserializer<'de>>(d: D) -> Result<Config, Error> {
        let ObjectOnly(raw): ObjectOnly<RawConfig> = serde_path_to_error::deserialize(d).map_err(|e| {
            let path = e.path().to_string();
            let path = if path == "." { "config".to_owned() } else { path };
            Error::InvalidConfig(vec![FieldError::new(path, e.into_inner().to_string())])
        })?;
        Config::validate(&raw)
    }

    /// Checks every value of `raw`; reports every problem at once.
    pub fn validate(raw: &RawConfig) -> Result<Config, Error> {
        let mut p = Problems::default();
        let platform = one_of(Platform::NAMES, &raw.platform, "platform", &mut p);
        let action = raw.action.as_deref().and_then(|a| one_of(Action::NAMES, a, "action", &mut p));
        let locale = raw.locale.as_deref().map_or(Some(Locale::Fr), |l| one_of(Locale::NAMES, l, "locale", &mut p));

        let categories = match &raw.categories {
            None => DEFAULT_CATEGORIES.iter().map(|c| (*c).to_owned()).collect(),
            Some(list) => {
                if list.is_empty() {
                    p.push("categories", "expected at least one category (to listen to nothing, set trigger: false)");
                }
                if list.len() > 100 {
                    p.push("categories", format!("expected at most 100 categories, got {}", list.len()));
                }
                for (i, c) in list.iter().enumerate().take(100) {
                    short_text(c, 100, &format!("categories[{i}]"), &mut p);
                }
                list.clone()
            }
        };

        let texts = {
            let empty = TextOverrides::default();
            let t = raw.texts.clone().unwrap_or_default();
            for (lang, o) in [("fr", &t.fr), ("en", &t.en)] {
                for (key, value) in o.as_ref().map(TextOverrides::given).unwrap_or_default() {
                    let path = format!("texts.{lang}.{key}");
                    let n = value.chars().count();
                    if n > texts::MAX_LEN {
                        p.push(path, format!("expected at most {} characters, got {n}", texts::MAX_LEN));
                    } else if key == "weekdays" && value.split(',').filter(|d| !d.trim().is_empty()).count() != 7 {
                        p.push(path, "expected 7 comma-separated day names, Monday first");
                    }
                }
            }
            match locale {
                Some(Locale::En) => Texts::en().with(t.en.as_ref().unwrap_or(&empty)),
                _ => Texts::fr().with(t.fr.as_ref().unwrap_or(&empty)),
            }
        };

        let helplines = validate_helplines(raw.helplines.as_deref().unwrap_or_default(), &mut p);

        let trigger = match &raw.trigger {
            None => Trigger::Event(DEFAULT_TRIGGER.to_owned()),
            Some(RawTrigger::Off) => Trigger::None,
            Some(RawTrigger::Name(n)) => {
                if short_text(n, 100, "trigger", &mut p) && n.chars().any(char::is_whitespace) {
                    p.push("trigger", format!("expected an event name without spaces, got {n:?}"));
                }
                Trigger::Event(n.clone())
            }
        };

        let now = match &raw.now {
            None => None,
            Some(RawNow::Millis(ms)) => {
                let t = instant_from_millis(*ms);
                if t.is_none() {
                    p.push(
                        "now",
                        format!("expected milliseconds since the epoch within the range of Date, got {ms:e}"),
                    );
                }
                t
            }
            Some(RawNow::Text(s)) => {
                let t = DateTime::parse_from_rfc3339(s).ok().map(|t| t.with_timezone(&Utc));
                if t.is_none() {
                    let shown: String = s.chars().take(60).collect();
                    p.push("now", format!("expected an ISO 8601 date-time with an offset, such as \"2026-11-28T21:30:00+01:00\" or \"2026-11-28T20:30:00Z\", got {shown:?}"));
                }
                t
            }
        };

        if let Some(sel) = &raw.return_focus {
            short_text(sel, 500, "returnFocus", &mut p);
        }

        if !p.0.is_empty() {
            return Err(Error::InvalidConfig(p.0));
        }
        let platform = platform.expect("checked above");
        Ok(Config {
            platform,
            action: action.unwrap_or(platform.default_action()),
            locale: locale.expect("checked above"),
            categories,
            texts,
            helplines: helplines.expect("no problems means helplines validated"),
            trigger,
            can_call: raw.can_call,
            now,
            return_focus: raw.return_focus.clone(),
        })
    }

    /// Whether a report of `category` opens the widget.
    pub fn accepts(&self, category: &str) -> bool {
        self.categories.iter().any(|c| c == category)
    }

    /// The helpline with this id.
    pub fn helpline(&self, id: &str) -> Option<&Helpline> {
        self.helplines.iter().find(|h| h.id == id)
    }
}

fn validate_helplines(raw: &[RawHelpline], p: &mut Problems) -> Option<Vec<Helpline>> {
    let before = p.0.len();
    let mut lines = helplines::builtin();
    let builtin_count = lines.len();
    let mut seen: Vec<&str> = Vec::new();
    if raw.len() > 50 {
        p.push("helplines", format!("expected at most 50 helplines, got {}", raw.len()));
        return None;
    }
    for (i, r) in raw.iter().enumerate() {
        let path = format!("helplines[{i}]");
        let id_ok = short_text(&r.id, 40, &format!("{path}.id"), p);
        if id_ok && !r.id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            p.push(format!("{path}.id"), format!("expected letters, digits, - or _, got {:?}", r.id));
        }
        if seen.contains(&r.id.as_str()) {
            p.push(format!("{path}.id"), format!("helpline {:?} is given twice; expected each id once", r.id));
        }
        seen.push(&r.id);
        let existing = lines.iter().position(|h| h.id == r.id);
        if existing.is_none() {
            if r.name.is_none() {
                p.push(format!("{path}.name"), format!("a new helpline ({:?} is not built in) needs a name", r.id));
            }
            if r.number.is_none() && r.url.is_none() && r.chat_url.is_none() {
                p.push(
                    path.clone(),
                    format!("a new helpline ({:?} is not built in) needs a number, url or chatUrl", r.id),
                );
            }
        }
        if let Some(n) = &r.name {
            short_text(n, 100, &format!("{path}.name"), p);
        }
        if let Some(n) = &r.number {
            check_number(n, &format!("{path}.number"), p);
        }
        if let Some(u) = &r.url {
            check_https_url(u, &format!("{path}.url"), p);
        }
        if let Some(u) = &r.chat_url {
            check_https_url(u, &format!("{path}.chatUrl"), p);
        }
        let base = existing.map(|k| lines[k].clone());
        let zone = match &r.time_zone {
            Some(z) => schedule::parse_zone(z).or_else(|| {
                p.push(
                    format!("{path}.timeZone"),
                    format!("unsupported time zone {z:?}; expected one of {}", schedule::SUPPORTED_ZONES.join(", ")),
                );
                None
            }),
            None => Some(base.as_ref().map_or(chrono_tz::Europe::Paris, |b| b.schedule.zone())),
        };
        let Some(zone) = zone else { continue };
        let sched = |s: &Option<RawSchedule>, field: &str, fallback: Option<&Schedule>, p: &mut Problems| match s {
            Some(s) => Schedule::from_raw(s, zone, &format!("{path}.{field}"), p),
            None => Some(fallback.map_or_else(|| Schedule::always(zone), |f| f.clone().with_zone(zone))),
        };
        let schedule = sched(&r.schedule, "schedule", base.as_ref().map(|b| &b.schedule), p);
        // The chat follows the phone schedule unless given (for a built-in: unless the
        // built-in's chat hours were the same as its phone hours, which is the 3018's case).
        let chat_fallback = match (&base, &schedule) {
            (Some(b), _) if b.chat_schedule != b.schedule => Some(b.chat_schedule.clone()),
            (_, Some(s)) => Some(s.clone()),
            _ => None,
        };
        let chat_schedule = sched(&r.chat_schedule, "chatSchedule", chat_fallback.as_ref(), p);
        let channels = validate_channels(r, base.as_ref().map_or(&[][..], |b| &b.channels), zone, &path, p);
        let (Some(schedule), Some(chat_schedule), Some(channels)) = (schedule, chat_schedule, channels) else {
            continue;
        };
        let merged = Helpline {
            id: r.id.clone(),
            name: r.name.clone().or_else(|| base.as_ref().map(|b| b.name.clone())).unwrap_or_default(),
            number: r.number.clone().or_else(|| base.as_ref().and_then(|b| b.number.clone())),
            url: r.url.clone().or_else(|| base.as_ref().and_then(|b| b.url.clone())),
            chat_url: r.chat_url.clone().or_else(|| base.as_ref().and_then(|b| b.chat_url.clone())),
            schedule,
            chat_schedule,
            channels,
        };
        match existing {
            Some(k) => lines[k] = merged,
            None => lines.push(merged),
        }
    }
    debug_assert!(lines.len() >= builtin_count);
    (p.0.len() == before).then_some(lines)
}

fn validate_channels(
    r: &RawHelpline,
    base: &[Channel],
    zone: chrono_tz::Tz,
    path: &str,
    p: &mut Problems,
) -> Option<Vec<Channel>> {
    let before = p.0.len();
    let mut channels = base.to_vec();
    let raw = r.channels.as_deref().unwrap_or_default();
    if raw.len() > 10 {
        p.push(format!("{path}.channels"), format!("expected at most 10 channels, got {}", raw.len()));
        return None;
    }
    for (j, c) in raw.iter().enumerate() {
        let cpath = format!("{path}.channels[{j}]");
        if short_text(&c.id, 40, &format!("{cpath}.id"), p)
            && !c.id.chars().all(|ch| ch.is_ascii_alphanumeric() || ch == '-' || ch == '_')
        {
            p.push(format!("{cpath}.id"), format!("expected letters, digits, - or _, got {:?}", c.id));
        }
        if raw[..j].iter().any(|o| o.id == c.id) {
            p.push(format!("{cpath}.id"), format!("channel {:?} is given twice; expected each id once", c.id));
        }
        let existing = channels.iter().position(|b| b.id == c.id);
        if existing.is_none() {
            if c.name.is_none() {
                p.push(format!("{cpath}.name"), format!("a new channel ({:?} is not built in) needs a name", c.id));
            }
            if c.url.is_none() && c.number.is_none() {
                p.push(cpath.clone(), format!("a new channel ({:?} is not built in) needs a url or number", c.id));
            }
            if c.schedule.is_none() {
                p.push(
                    format!("{cpath}.schedule"),
                    format!("a new channel ({:?} is not built in) needs a schedule", c.id),
                );
            }
        }
        if let Some(n) = &c.name {
            short_text(n, 100, &format!("{cpath}.name"), p);
        }
        if let Some(u) = &c.url {
            check_https_url(u, &format!("{cpath}.url"), p);
        }
        if let Some(n) = &c.number {
            check_number(n, &format!("{cpath}.number"), p);
        }
        let base = existing.map(|k| channels[k].clone());
        let schedule = match (&c.schedule, &base) {
            (Some(s), _) => Schedule::from_raw(s, zone, &format!("{cpath}.schedule"), p),
            (None, Some(b)) => Some(b.schedule.clone().with_zone(zone)),
            (None, None) => None,
        };
        let Some(schedule) = schedule else { continue };
        let merged = Channel {
            id: c.id.clone(),
            name: c.name.clone().or_else(|| base.as_ref().and_then(|b| b.name.clone())),
            url: c.url.clone().or_else(|| base.as_ref().and_then(|b| b.url.clone())),
            number: c.number.clone().or_else(|| base.as_ref().and_then(|b| b.number.clone())),
            schedule,
        };
        match existing {
            Some(k) => channels[k] = merged,
            None => channels.push(merged),
        }
    }
    (p.0.len() == before).then_some(channels)
}

/// The `detail` of a report event or of `show(detail)`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ReportDetail {
    /// The report category, if given.
    pub category: Option<String>,
    /// Victim (default) or witness.
    pub role: Role,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase", expecting = "an object such as { category: \"harassment\", role: \"victim\" }")]
struct RawDetail {
    category: Option<String>,
    role: Option<String>,
}

impl ReportDetail {
    /// Reads a detail; unknown extra fields are ignored (platforms attach their own data), but
    /// `category` and `role` must be what the contract says.
    pub fn from_deserializer<'de, D: Deserializer<'de>>(d: D) -> Result<ReportDetail, Error> {
        let raw: Option<ObjectOnly<RawDetail>> = serde_path_to_error::deserialize(d).map_err(|e| {
            let path = e.path().to_string();
            let path = if path == "." { "detail".to_owned() } else { format!("detail.{path}") };
            Error::InvalidDetail(vec![FieldError::new(path, e.into_inner().to_string())])
        })?;
        let Some(ObjectOnly(raw)) = raw else { return Ok(ReportDetail::default()) };
        let mut p = Problems::default();
        let role = match raw.role.as_deref() {
            None => Some(Role::Victim),
            Some(r) => one_of(&[("victim", Role::Victim), ("witness", Role::Witness)], r, "detail.role", &mut p),
        };
        if !p.0.is_empty() {
            return Err(Error::InvalidDetail(p.0));
        }
        Ok(ReportDetail { category: raw.category, role: role.expect("checked above") })
    }
}

#[cfg(test)]
mod tests;
