//! The widget's configuration: the JS object given to `mount()` (or built from the script tag's
//! `data-` attributes), its validation, and the per-platform presets.
//!
//! Two steps, as in "parse, don't validate": serde reads the JS object into a
//! [`Value`](crate::core::value::Value) tree (see that module for why not derive), then
//! [`Config::from_value`] decodes it — camelCase names, unknown fields rejected at every level —
//! and reports **every** problem at once, each under its field path.
//!
//! This file holds the public types and the top-level decoding. The rest lives by job: the
//! shared field checks in `checks.rs`, the `helplines` list in `helplines/decode.rs`, schedules
//! in `schedule/decode.rs`, text overrides in `texts.rs`, a report's `detail` in `report.rs`.

use chrono::{TimeZone, Utc};
use serde::de::Deserializer;

use crate::core::checks::{at_most, choice, one_of, short_text};
use crate::core::error::{Error, Problems};
use crate::core::helplines::{self, Helpline};
use crate::core::rfc3339;
use crate::core::schedule::Instant;
use crate::core::texts::{self, TextOverrides, Texts};
use crate::core::theme::{self, Colors, Font, Theme};
use crate::core::topics::{self, Topic, TopicTexts};
use crate::core::value::{self, array, expected, join, string, unknown_field, Obj, Value};
use crate::core::words::{quoted, quoted_list};

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

/// Which texts: the standard register, or the easy-to-read one (for younger children and readers
/// with learning disabilities: src/core/easy.json, docs/easy-read.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Register {
    /// The widget's texts (default).
    #[default]
    Standard,
    /// The easy-to-read texts, laid under the platform's own overrides.
    Easy,
}

impl Register {
    /// The names the config accepts.
    pub const NAMES: &'static [(&'static str, Register)] =
        &[("standard", Register::Standard), ("easy", Register::Easy)];
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
    /// Light, dark, or the device's scheme (`widget.setTheme()` changes it while mounted).
    pub theme: Theme,
    /// The standard or the easy-to-read texts (already applied to `texts` and `topic_texts`).
    pub register: Register,
    /// The system's font or the host page's.
    pub font: Font,
    /// The platform's colours, validated (ours where it gave none).
    pub colors: Colors,
    /// Whether the config gave a `dial` function when mounted (the shell reads it at each
    /// activation of a `tel:` link and calls it instead of navigating).
    pub dial: bool,
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
    "dial",
    "theme",
    "colors",
    "font",
    "register",
];
// ---------------------------------------------------------------------------------------------

impl Config {
    /// Reads and validates a config from any serde deserializer (serde_json in the tests, fuzz
    /// targets and benches; the browser reads the JS value directly, `src/shell/js_value.rs`).
    pub fn from_deserializer<'de, D: Deserializer<'de>>(d: D) -> Result<Config, Error> {
        Config::from_value(&value::read(d, "config").map_err(Error::InvalidConfig)?)
    }

    /// Checks every field of `value`; reports every problem at once, each under its path.
    pub fn from_value(value: &Value) -> Result<Config, Error> {
        Config::from_values(value, None)
    }

    /// [`Config::from_value`], with the easy register's texts for the config's locale (`easy`:
    /// the `easy` export of `js/texts.<locale>-easy.js`), validated as the platform's overrides are and
    /// laid under them. Only read with `register: "easy"`.
    pub fn from_values(value: &Value, easy: Option<&Value>) -> Result<Config, Error> {
        let mut p = Problems::default();
        let Some(o) = Obj::new(value, "", FIELDS, &mut p) else { return Err(Error::InvalidConfig(p.0)) };

        let platform = match o.get("platform") {
            None => {
                let list = quoted_list(Platform::NAMES.iter().map(|(n, _)| *n));
                p.push("platform", ["required; expected one of ", &list].concat());
                None
            }
            Some(_) => o.string("platform", &mut p).and_then(|v| one_of(Platform::NAMES, &v, "platform", &mut p)),
        };
        let action = o.string("action", &mut p).and_then(|a| one_of(Action::NAMES, &a, "action", &mut p));
        let locale = choice(&o, "locale", Locale::NAMES, Locale::Fr, &mut p);

        let categories = match o.array("categories", &mut p) {
            None => DEFAULT_CATEGORIES.iter().map(|c| (*c).to_owned()).collect(),
            Some(list) => {
                if list.is_empty() {
                    p.push("categories", "expected at least one category (to listen to nothing, set trigger: false)");
                }
                if list.len() > 100 {
                    p.push("categories", at_most(100, "categories", list.len()));
                }
                list.iter()
                    .take(100)
                    .filter_map(|(v, path)| string(v, path, &mut p).filter(|c| short_text(c, 100, path, &mut p)))
                    .collect()
            }
        };

        let register = choice(&o, "register", Register::NAMES, Register::Standard, &mut p);

        let (texts, topic_texts) = {
            let mut overrides = [TextOverrides::default(), TextOverrides::default()];
            let mut topic_overrides: [Vec<(Topic, TopicTexts)>; 2] = Default::default();
            if let Some((v, path)) = o.get("texts") {
                if let Some(t) = Obj::new(v, &path, &["fr", "en"], &mut p) {
                    for ((slot, topic_slot), lang) in overrides.iter_mut().zip(&mut topic_overrides).zip(["fr", "en"]) {
                        let Some((v, lpath)) = t.get(lang) else { continue };
                        decode_locale_texts(v, &lpath, slot, topic_slot, &mut p);
                    }
                }
            }
            let k = usize::from(locale == Some(Locale::En));
            let mut mine = std::mem::take(&mut overrides[k]);
            let mut topics = std::mem::take(&mut topic_overrides[k]);
            // The easy register's texts, under the platform's own: read as overrides are, from
            // the file js/index.js (or the script tag) loads with the wasm (`easy`).
            match (register, easy) {
                (Some(Register::Easy), Some(v)) => {
                    let (mut easy, mut easy_topics) = (TextOverrides::default(), Vec::new());
                    decode_locale_texts(v, "easy", &mut easy, &mut easy_topics, &mut p);
                    mine = mine.over(easy);
                    topics = topics::merge(topics, easy_topics);
                }
                (Some(Register::Easy), None) => p.push(
                    "register",
                    "\"easy\" needs its texts, which js/index.js and the script tag load with the wasm; none were given",
                ),
                _ => {}
            }
            match locale {
                Some(Locale::En) => (Texts::en_with(mine), topics),
                _ => (Texts::fr_with(mine), topics),
            }
        };

        let helplines = helplines::decode_helplines(o.array("helplines", &mut p).unwrap_or_default(), &mut p);

        let trigger = match o.get("trigger") {
            None => Trigger::Event(DEFAULT_TRIGGER.to_owned()),
            Some((Value::Bool(false), _)) => Trigger::None,
            Some((Value::String(n), _)) => {
                if short_text(n, 100, "trigger", &mut p) && n.chars().any(char::is_whitespace) {
                    p.push("trigger", ["expected an event name without spaces, got ", &quoted(n)].concat());
                }
                Trigger::Event(n.clone())
            }
            Some((v, _)) => {
                p.push("trigger", expected("an event name string, or false", v));
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
                let t = rfc3339::parse(s);
                if t.is_none() {
                    p.push("now", expected("an ISO 8601 date-time with an offset, such as \"2026-11-28T21:30:00+01:00\" or \"2026-11-28T20:30:00Z\"", &Value::String(s.clone())));
                }
                t
            }
            Some((v, _)) => {
                p.push("now", expected("milliseconds since the epoch or an ISO 8601 string", v));
                None
            }
        };

        let return_focus = o.string("returnFocus", &mut p);
        if let Some(sel) = &return_focus {
            short_text(sel, 500, "returnFocus", &mut p);
        }

        // `dial` is read again by the shell at each activation (the script tag's
        // `window.bouton3018.dial` may be set later); here only its type is checked.
        let dial = match o.get("dial") {
            None => false,
            Some((Value::Function, _)) => true,
            Some((v, path)) => {
                p.push(path, expected("a function (href) => void, such as (href) => app.dial(href)", v));
                false
            }
        };

        // The look (src/core/theme.rs): a colour pair under WCAG's ratio is a problem like any
        // other, reported with the rest.
        let theme = choice(&o, "theme", Theme::NAMES, Theme::Auto, &mut p);
        let font = choice(&o, "font", Font::NAMES, Font::System, &mut p);
        let colors = match o.get("colors") {
            None => Some(Colors::default()),
            Some((v, path)) => theme::decode_colors(v, &path, &mut p),
        };

        let topics = match o.get("topics") {
            None => Vec::new(),
            Some((v, path)) => decode_topics(v, &path, &mut p),
        };

        match (platform, locale, helplines, theme, font, colors, register) {
            (Some(platform), Some(locale), Some(helplines), Some(theme), Some(font), Some(colors), Some(register))
                if p.0.is_empty() =>
            {
                Ok(Config {
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
                    dial,
                    theme,
                    font,
                    colors,
                    register,
                })
            }
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
        p.push(path, at_most(100, "categories", n));
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

/// One locale's text overrides (`texts.fr`, or the easy register's file): the general keys into
/// `slot`, the topics' (`"sextortion.steps"`) into `topic_slot`; every problem under `path`.
fn decode_locale_texts(
    v: &Value,
    path: &str,
    slot: &mut TextOverrides,
    topic_slot: &mut Vec<(Topic, TopicTexts)>,
    p: &mut Problems,
) {
    let Some(lo) = Obj::open(v, path, p) else { return };
    for key in lo.keys().filter(|k| !texts::KEYS.contains(k)) {
        match key.split_once('.') {
            Some((topic, text)) => topic_text(&lo, key, topic, text, topic_slot, p),
            None => p.push(
                join(path, key),
                unknown_field(key, texts::KEYS) + ", or a topic's text such as `sextortion.steps`",
            ),
        }
    }
    for key in texts::KEYS {
        let Some(value) = lo.string(key, p) else { continue };
        let path = join(path, key);
        let n = value.chars().count();
        if n > texts::MAX_LEN {
            p.push(path, at_most(texts::MAX_LEN, "characters", n));
        } else if *key == "weekdays" && value.split(',').filter(|d| !d.trim().is_empty()).count() != 7 {
            p.push(path, "expected 7 comma-separated day names, Monday first");
        } else {
            slot.set(key, value);
        }
    }
}

/// One topic text override, `texts.<locale>["<topic>.<text>"]`: a string of at most
/// [`texts::MAX_LEN`] characters, or for `steps` and `stepsWitness` a list of at most
/// [`topics::MAX_STEPS`] such strings, none empty (an empty list: no steps).
fn topic_text(lo: &Obj, key: &str, topic: &str, text: &str, into: &mut Vec<(Topic, TopicTexts)>, p: &mut Problems) {
    let path = join(&lo.path, key);
    let Some(topic) = Topic::from_name(topic) else {
        let list = quoted_list(Topic::NAMES.iter().map(|(n, _)| *n));
        return p.push(path, ["unknown topic ", &quoted(topic), "; expected one of ", &list].concat());
    };
    if !topics::KEYS.contains(&text) {
        let list = quoted_list(topics::KEYS.iter().copied());
        return p.push(path, ["unknown topic text ", &quoted(text), "; expected one of ", &list].concat());
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
            return p.push(path, at_most(topics::MAX_STEPS, "steps", items.len()));
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
            p.push(path, at_most(texts::MAX_LEN, "characters", n));
        } else {
            slot.set_text(text, value);
        }
    }
}

#[cfg(test)]
mod tests;
