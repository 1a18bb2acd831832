//! The widget's configuration: the JS object given to `mount()` (or built from the script tag's
//! `data-` attributes), its validation, and the per-platform presets.
//!
//! Two steps, as in "parse, don't validate": serde reads the JS object into a
//! [`Value`](crate::core::value::Value) tree (see that module for why not derive), then
//! [`Config::from_value`] decodes it — camelCase names, unknown fields rejected at every level —
//! and reports **every** problem at once, each under its field path.

use chrono::{DateTime, TimeZone, Utc};
use serde::de::Deserializer;
use serde::Deserialize;

use crate::core::error::{Error, FieldError, Problems};
use crate::core::helplines::{self, Channel, Helpline};
use crate::core::schedule::{self, Instant, Schedule};
use crate::core::texts::{self, TextOverrides, Texts};
use crate::core::topics::{self, Topic, TopicTexts};
use crate::core::value::{array, join, string, unknown_field, Obj, Value};

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
    /// The platform's own category names mapped to topics (`"harcelement-scolaire"` →
    /// bullying); a category named as a topic needs no entry.
    pub topics: Vec<(String, Topic)>,
    /// Each topic's text overrides for `locale` (only the topics the config overrides).
    pub topic_texts: Vec<(Topic, TopicTexts)>,
}

/// Milliseconds since the epoch as an instant, if in chrono's range and finite.
pub fn instant_from_millis(ms: f64) -> Option<Instant> {
    // ±8.64e15 ms is the range of JS `Date`.
    if !ms.is_finite() || ms.abs() > 8.64e15 {
        return None;
    }
    Utc.timestamp_millis_opt(ms.floor() as i64).single()
}

/// The top-level fields, as written in JS.
const FIELDS: &[&str] = &[
    "platform",
    "action",
    "locale",
    "categories",
    "texts",
    "helplines",
    "trigger",
    "canCall",
    "now",
    "returnFocus",
    "topics",
];
const HELPLINE_FIELDS: &[&str] =
    &["id", "name", "number", "sms", "url", "chatUrl", "timeZone", "schedule", "chatSchedule", "channels"];
const CHANNEL_FIELDS: &[&str] = &["id", "name", "url", "number", "schedule"];

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

/// Digits, an optional leading `+`, single spaces between digits; 2 to 15 digits (E.164
/// maximum): what a `tel:` or `sms:` link can take.
fn dialable(number: &str) -> bool {
    let body = number.strip_prefix('+').unwrap_or(number);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    let shape = body.starts_with(|c: char| c.is_ascii_digit())
        && body.ends_with(|c: char| c.is_ascii_digit())
        && body.chars().all(|c| c.is_ascii_digit() || c == ' ')
        && !body.contains("  ");
    shape && (2..=15).contains(&digits)
}

/// What a `tel:` link can dial ([`dialable`]).
pub(crate) fn check_number(number: &str, path: &str, problems: &mut Problems) -> bool {
    check_dialable(number, "a phone number a tel: link can dial", path, problems)
}

/// What an `sms:` link can text ([`dialable`]): SMS-only services such as the 114.
fn check_sms(number: &str, path: &str, problems: &mut Problems) -> bool {
    check_dialable(number, "a number an sms: link can text", path, problems)
}

fn check_dialable(number: &str, what: &str, path: &str, problems: &mut Problems) -> bool {
    if dialable(number) {
        return true;
    }
    let shown: String = number.chars().take(40).collect();
    problems.push(path, format!("expected {what} (2 to 15 digits, optional leading +, spaces allowed), got {shown:?}"));
    false
}

// ---------------------------------------------------------------------------------------------

impl Config {
    /// Reads and validates a config from any serde deserializer (serde_json in the tests, fuzz
    /// targets and benches; the browser reads the JS value directly, `src/shell/js_value.rs`).
    pub fn from_deserializer<'de, D: Deserializer<'de>>(d: D) -> Result<Config, Error> {
        let value = Value::deserialize(d)
            .map_err(|e| Error::InvalidConfig(vec![FieldError::new("config", format!("cannot be read: {e}"))]))?;
        Config::from_value(&value)
    }

    /// Checks every field of `value`; reports every problem at once, each under its path.
    pub fn from_value(value: &Value) -> Result<Config, Error> {
        let mut p = Problems::default();
        let Some(o) = Obj::new(value, "", FIELDS, &mut p) else { return Err(Error::InvalidConfig(p.0)) };

        let platform = match o.get("platform") {
            None => {
                let list: Vec<String> = Platform::NAMES.iter().map(|(n, _)| format!("{n:?}")).collect();
                p.push("platform", format!("required; expected one of {}", list.join(", ")));
                None
            }
            Some(_) => o.string("platform", &mut p).and_then(|v| one_of(Platform::NAMES, &v, "platform", &mut p)),
        };
        let action = o.string("action", &mut p).and_then(|a| one_of(Action::NAMES, &a, "action", &mut p));
        let locale = match o.get("locale") {
            None => Some(Locale::Fr),
            Some(_) => o.string("locale", &mut p).and_then(|l| one_of(Locale::NAMES, &l, "locale", &mut p)),
        };

        let categories = match o.array("categories", &mut p) {
            None => DEFAULT_CATEGORIES.iter().map(|c| (*c).to_owned()).collect(),
            Some(list) => {
                if list.is_empty() {
                    p.push("categories", "expected at least one category (to listen to nothing, set trigger: false)");
                }
                if list.len() > 100 {
                    p.push("categories", format!("expected at most 100 categories, got {}", list.len()));
                }
                list.iter()
                    .take(100)
                    .filter_map(|(v, path)| string(v, path, &mut p).filter(|c| short_text(c, 100, path, &mut p)))
                    .collect()
            }
        };

        let (texts, topic_texts) = {
            let mut overrides = [TextOverrides::default(), TextOverrides::default()];
            let mut topic_overrides: [Vec<(Topic, TopicTexts)>; 2] = Default::default();
            if let Some((v, path)) = o.get("texts") {
                if let Some(t) = Obj::new(v, &path, &["fr", "en"], &mut p) {
                    for ((slot, topic_slot), lang) in overrides.iter_mut().zip(&mut topic_overrides).zip(["fr", "en"]) {
                        let Some((v, lpath)) = t.get(lang) else { continue };
                        let Some(lo) = Obj::open(v, &lpath, &mut p) else { continue };
                        for key in lo.keys().filter(|k| !texts::KEYS.contains(k)) {
                            match key.split_once('.') {
                                Some((topic, text)) => topic_text(&lo, key, topic, text, topic_slot, &mut p),
                                None => p.push(
                                    join(&lpath, key),
                                    unknown_field(key, texts::KEYS) + ", or a topic's text such as `sextortion.steps`",
                                ),
                            }
                        }
                        for key in texts::KEYS {
                            let Some(value) = lo.string(key, &mut p) else { continue };
                            let path = join(&lpath, key);
                            let n = value.chars().count();
                            if n > texts::MAX_LEN {
                                p.push(path, format!("expected at most {} characters, got {n}", texts::MAX_LEN));
                            } else if *key == "weekdays"
                                && value.split(',').filter(|d| !d.trim().is_empty()).count() != 7
                            {
                                p.push(path, "expected 7 comma-separated day names, Monday first");
                            } else {
                                slot.set(key, value);
                            }
                        }
                    }
                }
            }
            let [fr, en] = overrides;
            let [topics_fr, topics_en] = topic_overrides;
            match locale {
                Some(Locale::En) => (Texts::en_with(en), topics_en),
                _ => (Texts::fr_with(fr), topics_fr),
            }
        };

        let helplines = validate_helplines(o.array("helplines", &mut p).unwrap_or_default(), &mut p);

        let trigger = match o.get("trigger") {
            None => Trigger::Event(DEFAULT_TRIGGER.to_owned()),
            Some((Value::Bool(false), _)) => Trigger::None,
            Some((Value::String(n), _)) => {
                if short_text(n, 100, "trigger", &mut p) && n.chars().any(char::is_whitespace) {
                    p.push("trigger", format!("expected an event name without spaces, got {n:?}"));
                }
                Trigger::Event(n.clone())
            }
            Some((v, _)) => {
                p.push("trigger", format!("expected an event name string, or false, got {}", v.kind()));
                Trigger::None
            }
        };

        let can_call = o.bool("canCall", &mut p);

        let now = match o.get("now") {
            None => None,
            Some((Value::Number(ms), _)) => {
                let t = instant_from_millis(*ms);
                if t.is_none() {
                    p.push("now", "expected milliseconds since the epoch within the range of Date (±8.64e15)");
                }
                t
            }
            Some((Value::String(s), _)) => {
                let t = DateTime::parse_from_rfc3339(s).ok().map(|t| t.with_timezone(&Utc));
                if t.is_none() {
                    p.push("now", format!("expected an ISO 8601 date-time with an offset, such as \"2026-11-28T21:30:00+01:00\" or \"2026-11-28T20:30:00Z\", got {}", Value::String(s.clone()).kind()));
                }
                t
            }
            Some((v, _)) => {
                p.push("now", format!("expected milliseconds since the epoch or an ISO 8601 string, got {}", v.kind()));
                None
            }
        };

        let return_focus = o.string("returnFocus", &mut p);
        if let Some(sel) = &return_focus {
            short_text(sel, 500, "returnFocus", &mut p);
        }

        let topics = match o.get("topics") {
            None => Vec::new(),
            Some((v, path)) => decode_topics(v, &path, &mut p),
        };

        match (platform, locale, helplines) {
            (Some(platform), Some(locale), Some(helplines)) if p.0.is_empty() => Ok(Config {
                platform,
                action: action.unwrap_or(platform.default_action()),
                locale,
                categories,
                texts,
                helplines,
                trigger,
                can_call,
                now,
                return_focus,
                topics,
                topic_texts,
            }),
            _ => Err(Error::InvalidConfig(p.0)),
        }
    }

    /// Whether a report of `category` opens the widget.
    pub fn accepts(&self, category: &str) -> bool {
        self.categories.iter().any(|c| c == category)
    }

    /// The helpline with this id.
    pub fn helpline(&self, id: &str) -> Option<&Helpline> {
        self.helplines.iter().find(|h| h.id == id)
    }

    /// The topic a report of `category` is about: the config's `topics` entry for it, else the
    /// topic of that name; `None` (the general help) for any other category, or none.
    pub fn topic_of(&self, category: Option<&str>) -> Option<Topic> {
        let category = category?;
        self.topics.iter().find(|(c, _)| c == category).map(|(_, t)| *t).or_else(|| Topic::from_name(category))
    }

    /// The config's overrides of `topic`'s texts, if any.
    pub fn topic_texts(&self, topic: Topic) -> Option<&TopicTexts> {
        self.topic_texts.iter().find(|(t, _)| *t == topic).map(|(_, texts)| texts)
    }
}

/// `topics`: `{ "<platform category>": "<topic>" }`, at most 100 entries.
fn decode_topics(v: &Value, path: &str, p: &mut Problems) -> Vec<(String, Topic)> {
    let Some(map) = Obj::open(v, path, p) else { return Vec::new() };
    let n = map.keys().count();
    if n > 100 {
        p.push(path, format!("expected at most 100 categories, got {n}"));
        return Vec::new();
    }
    let mut topics = Vec::new();
    for category in map.keys() {
        let cpath = join(path, category);
        if !short_text(category, 100, &cpath, p) {
            continue;
        }
        if let Some(topic) = map.string(category, p).and_then(|name| one_of(Topic::NAMES, &name, &cpath, p)) {
            topics.push((category.to_owned(), topic));
        }
    }
    topics
}

/// One topic text override, `texts.<locale>["<topic>.<text>"]`: a string of at most
/// [`texts::MAX_LEN`] characters, or for `steps` and `stepsWitness` a list of at most
/// [`topics::MAX_STEPS`] such strings, none empty (an empty list: no steps).
fn topic_text(lo: &Obj, key: &str, topic: &str, text: &str, into: &mut Vec<(Topic, TopicTexts)>, p: &mut Problems) {
    let path = join(&lo.path, key);
    let quoted = |names: &mut dyn Iterator<Item = &str>| names.map(|n| format!("{n:?}")).collect::<Vec<_>>().join(", ");
    let Some(topic) = Topic::from_name(topic) else {
        let list = quoted(&mut Topic::NAMES.iter().map(|(n, _)| *n));
        return p.push(path, format!("unknown topic {topic:?}; expected one of {list}"));
    };
    if !topics::KEYS.contains(&text) {
        let list = quoted(&mut topics::KEYS.iter().copied());
        return p.push(path, format!("unknown topic text {text:?}; expected one of {list}"));
    }
    let Some((v, _)) = lo.get(key) else { return };
    let k = into.iter().position(|(t, _)| *t == topic).unwrap_or_else(|| {
        into.push((topic, TopicTexts::default()));
        into.len() - 1
    });
    let slot = &mut into[k].1;
    if text.starts_with("steps") {
        let Some(items) = array(v, &path, p) else { return };
        if items.len() > topics::MAX_STEPS {
            return p.push(path, format!("expected at most {} steps, got {}", topics::MAX_STEPS, items.len()));
        }
        let steps: Vec<String> = items
            .iter()
            .filter_map(|(v, ipath)| string(v, ipath, p).filter(|s| short_text(s, texts::MAX_LEN, ipath, p)))
            .collect();
        if steps.len() == items.len() {
            slot.set_steps(text, steps);
        }
    } else if let Some(value) = string(v, &path, p) {
        let n = value.chars().count();
        if n > texts::MAX_LEN {
            p.push(path, format!("expected at most {} characters, got {n}", texts::MAX_LEN));
        } else {
            slot.set_text(text, value);
        }
    }
}

/// The `id` of a helpline or channel entry: required, short, letters/digits/-/_, and not given
/// twice in its list (`seen`). `None` when absent or not a string (already reported).
fn entry_id(o: &Obj, kind: &str, required: &str, seen: &mut Vec<String>, p: &mut Problems) -> Option<String> {
    let id_path = join(&o.path, "id");
    if o.get("id").is_none() {
        p.push(id_path, required);
        return None;
    }
    let id = o.string("id", p)?;
    if short_text(&id, 40, &id_path, p) && !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        p.push(id_path.clone(), format!("expected letters, digits, - or _, got {id:?}"));
    }
    if seen.contains(&id) {
        p.push(id_path, format!("{kind} {id:?} is given twice; expected each id once"));
    }
    seen.push(id.clone());
    Some(id)
}

/// The message of a helpline entry without an id; lists [`helplines::BUILTIN_IDS`] (a test
/// checks).
const REQUIRED_ID: &str = "required: a built-in id (\"3018\", \"3114\", \"119\", \"17\", \"112\", \"15\", \"114\", \"minors-chat\", \"pharos\", \"take-it-down\", \"cnil\") or a new one";

fn validate_helplines(raw: Vec<(&Value, String)>, p: &mut Problems) -> Option<Vec<Helpline>> {
    let before = p.0.len();
    let mut lines = helplines::builtin();
    if raw.len() > 50 {
        p.push("helplines", format!("expected at most 50 helplines, got {}", raw.len()));
        return None;
    }
    let mut seen: Vec<String> = Vec::new();
    for (v, path) in raw {
        let Some(o) = Obj::new(v, &path, HELPLINE_FIELDS, p) else { continue };
        let Some(id) = entry_id(&o, "helpline", REQUIRED_ID, &mut seen, p) else { continue };
        let name = o.string("name", p);
        let number = o.string("number", p);
        let sms = o.string("sms", p);
        let url = o.string("url", p);
        let chat_url = o.string("chatUrl", p);
        let existing = lines.iter().position(|h| h.id == id);
        if existing.is_none() {
            if name.is_none() {
                p.push(join(&path, "name"), format!("a new helpline ({id:?} is not built in) needs a name"));
            }
            if number.is_none() && sms.is_none() && url.is_none() && chat_url.is_none() {
                p.push(
                    path.clone(),
                    format!("a new helpline ({id:?} is not built in) needs a number, sms, url or chatUrl"),
                );
            }
        }
        if let Some(n) = &name {
            short_text(n, 100, &join(&path, "name"), p);
        }
        if let Some(n) = &number {
            check_number(n, &join(&path, "number"), p);
        }
        if let Some(n) = &sms {
            check_sms(n, &join(&path, "sms"), p);
        }
        if let Some(u) = &url {
            check_https_url(u, &join(&path, "url"), p);
        }
        if let Some(u) = &chat_url {
            check_https_url(u, &join(&path, "chatUrl"), p);
        }
        let base = existing.map(|k| lines[k].clone());
        let zone = match o.string("timeZone", p) {
            Some(z) => schedule::parse_zone(&z).or_else(|| {
                p.push(
                    join(&path, "timeZone"),
                    format!("unsupported time zone {z:?}; expected one of {}", schedule::SUPPORTED_ZONES.join(", ")),
                );
                None
            }),
            None if o.get("timeZone").is_some() => None,
            None => Some(base.as_ref().map_or(chrono_tz::Europe::Paris, |b| b.schedule.zone())),
        };
        let Some(zone) = zone else { continue };
        let sched = |field: &str, fallback: Option<&Schedule>, p: &mut Problems| match o.get(field) {
            Some((v, spath)) => Schedule::decode(v, zone, &spath, p),
            None => Some(fallback.map_or_else(|| Schedule::always(zone), |f| f.clone().with_zone(zone))),
        };
        let schedule = sched("schedule", base.as_ref().map(|b| &b.schedule), p);
        // The chat follows the phone schedule unless given (for a built-in: unless the
        // built-in's chat hours differ from its phone hours).
        let chat_fallback = match (&base, &schedule) {
            (Some(b), _) if b.chat_schedule != b.schedule => Some(b.chat_schedule.clone()),
            (_, Some(s)) => Some(s.clone()),
            _ => None,
        };
        let chat_schedule = sched("chatSchedule", chat_fallback.as_ref(), p);
        let channels = validate_channels(&o, base.as_ref().map_or(&[][..], |b| &b.channels), zone, p);
        let (Some(schedule), Some(chat_schedule), Some(channels)) = (schedule, chat_schedule, channels) else {
            continue;
        };
        let merged = Helpline {
            id: id.clone(),
            name: name.or_else(|| base.as_ref().map(|b| b.name.clone())).unwrap_or_default(),
            number: number.or_else(|| base.as_ref().and_then(|b| b.number.clone())),
            sms: sms.or_else(|| base.as_ref().and_then(|b| b.sms.clone())),
            url: url.or_else(|| base.as_ref().and_then(|b| b.url.clone())),
            chat_url: chat_url.or_else(|| base.as_ref().and_then(|b| b.chat_url.clone())),
            schedule,
            chat_schedule,
            channels,
        };
        match existing {
            Some(k) => lines[k] = merged,
            None => lines.push(merged),
        }
    }
    (p.0.len() == before).then_some(lines)
}

fn validate_channels(o: &Obj, base: &[Channel], zone: chrono_tz::Tz, p: &mut Problems) -> Option<Vec<Channel>> {
    let before = p.0.len();
    let mut channels = base.to_vec();
    let Some(raw) = o.array("channels", p) else {
        return (o.get("channels").is_none()).then_some(channels);
    };
    if raw.len() > 10 {
        p.push(join(&o.path, "channels"), format!("expected at most 10 channels, got {}", raw.len()));
        return None;
    }
    let mut seen: Vec<String> = Vec::new();
    for (v, cpath) in raw {
        let Some(c) = Obj::new(v, &cpath, CHANNEL_FIELDS, p) else { continue };
        let Some(id) = entry_id(&c, "channel", "required: \"deaf\" or a new channel id", &mut seen, p) else {
            continue;
        };
        let name = c.string("name", p);
        let url = c.string("url", p);
        let number = c.string("number", p);
        let existing = channels.iter().position(|b| b.id == id);
        if existing.is_none() {
            if name.is_none() {
                p.push(join(&cpath, "name"), format!("a new channel ({id:?} is not built in) needs a name"));
            }
            if url.is_none() && number.is_none() {
                p.push(cpath.clone(), format!("a new channel ({id:?} is not built in) needs a url or number"));
            }
            if c.get("schedule").is_none() {
                p.push(join(&cpath, "schedule"), format!("a new channel ({id:?} is not built in) needs a schedule"));
            }
        }
        if let Some(n) = &name {
            short_text(n, 100, &join(&cpath, "name"), p);
        }
        if let Some(u) = &url {
            check_https_url(u, &join(&cpath, "url"), p);
        }
        if let Some(n) = &number {
            check_number(n, &join(&cpath, "number"), p);
        }
        let base = existing.map(|k| channels[k].clone());
        let schedule = match (c.get("schedule"), &base) {
            (Some((v, spath)), _) => Schedule::decode(v, zone, &spath, p),
            (None, Some(b)) => Some(b.schedule.clone().with_zone(zone)),
            (None, None) => None,
        };
        let Some(schedule) = schedule else { continue };
        let merged = Channel {
            id: id.clone(),
            name: name.or_else(|| base.as_ref().and_then(|b| b.name.clone())),
            url: url.or_else(|| base.as_ref().and_then(|b| b.url.clone())),
            number: number.or_else(|| base.as_ref().and_then(|b| b.number.clone())),
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

impl ReportDetail {
    /// Reads a detail; unknown extra fields are ignored (platforms attach their own data), but
    /// `category` and `role` must be what the contract says. `null`/`undefined`: a victim.
    pub fn from_deserializer<'de, D: Deserializer<'de>>(d: D) -> Result<ReportDetail, Error> {
        let value = Value::deserialize(d)
            .map_err(|e| Error::InvalidDetail(vec![FieldError::new("detail", format!("cannot be read: {e}"))]))?;
        ReportDetail::from_value(&value)
    }

    /// Checks a detail already read into a [`Value`] (the shell reads JS values by hand).
    pub fn from_value(value: &Value) -> Result<ReportDetail, Error> {
        if *value == Value::Null {
            return Ok(ReportDetail::default());
        }
        let mut p = Problems::default();
        let Some(o) = Obj::open(value, "detail", &mut p) else { return Err(Error::InvalidDetail(p.0)) };
        let category = o.string("category", &mut p);
        let role = match o.string("role", &mut p) {
            None => Role::Victim,
            Some(r) => one_of(&[("victim", Role::Victim), ("witness", Role::Witness)], &r, "detail.role", &mut p)
                .unwrap_or_default(),
        };
        if p.0.is_empty() {
            Ok(ReportDetail { category, role })
        } else {
            Err(Error::InvalidDetail(p.0))
        }
    }
}

#[cfg(test)]
mod tests;
