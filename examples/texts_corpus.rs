//! Prints every visible text of both registers as the corpus `scripts/readability.py` reads:
//! `{"standard": {"fr": [...], "en": [...]}, "easy": {"fr": [...], "en": [...]}}`, one string a
//! visible text, its placeholders filled with realistic values.
//!
//! Standard: the general texts (`Texts::fr()`, `Texts::en()`) and every topic's wording. Easy:
//! every string of src/core/easy.json. The fragment keys are not texts of their own: they fill
//! `{day}` in the closed status (`tomorrow`, as in "rouvre demain à 9 h").
//!
//! Before printing, it checks easy.json as the widget would: through the config's validation of
//! a platform's `texts` overrides, and each general text against the standard one's placeholders.
//!
//! `cargo run --quiet --example texts_corpus > /tmp/corpus.json`

use bouton_3018::core::texts::{fill, Texts};
use bouton_3018::core::topics::{wording, Topic};
use bouton_3018::core::{Config, Locale};
use serde_json::{json, Map, Value};

/// Inserted into other sentences; never shown alone.
const FRAGMENTS: &[&str] = &["weekdays", "today", "tomorrow", "onWeekday", "onDate", "localTime"];

const EASY: &str = include_str!("../src/core/easy.json");

/// Fills the placeholders; `day` is the register's own `tomorrow`.
fn filled(template: &str, locale: &str, day: &str) -> String {
    let fr = locale == "fr";
    let values = [
        ("close", if fr { "23 h" } else { "11 pm" }),
        ("time", if fr { "9 h" } else { "9 am" }),
        ("in", "9 h 30 min"),
        ("day", day),
        ("number", "3018"),
        ("name", "3018"),
        ("weekday", if fr { "lundi" } else { "Monday" }),
        ("date", "24/12"),
    ];
    fill(template, &values)
}

fn standard(locale: Locale, code: &str) -> Vec<String> {
    let texts = if locale == Locale::Fr { Texts::fr() } else { Texts::en() };
    let mut out: Vec<String> = texts
        .entries()
        .filter(|(key, _)| !FRAGMENTS.contains(key))
        .map(|(_, text)| filled(text, code, texts.tomorrow()))
        .collect();
    for (_, topic) in Topic::NAMES {
        let w = wording(*topic, locale);
        let texts = [w.title_victim, w.body_victim, w.body_witness, w.call_hint].into_iter().flatten();
        out.extend(texts.chain(w.steps.iter().copied()).chain(w.steps_witness.iter().copied()).map(String::from));
    }
    out
}

fn easy(strings: &Map<String, Value>, code: &str) -> Vec<String> {
    let day = strings.get("tomorrow").and_then(Value::as_str).expect("easy.json: no `tomorrow`");
    let mut out = Vec::new();
    for (key, value) in strings.iter().filter(|(key, _)| !FRAGMENTS.contains(&key.as_str())) {
        match value {
            Value::String(s) => out.push(filled(s, code, day)),
            Value::Array(items) => out.extend(items.iter().map(|s| filled(s.as_str().expect(key), code, day))),
            _ => panic!("easy.json: {code}.{key} is neither a string nor a list"),
        }
    }
    out
}

/// The placeholders of `s`, sorted.
fn placeholders(s: &str) -> Vec<&str> {
    let mut v: Vec<&str> = s.split('{').skip(1).filter_map(|p| p.split_once('}').map(|(k, _)| k)).collect();
    v.sort_unstable();
    v
}

/// easy.json passes the checks of a platform's `texts` overrides, and each general text keeps
/// the placeholders of the standard one (it may drop the `{in}` countdown).
fn check(easy_json: &Value) {
    let config = json!({ "platform": "generic", "texts": easy_json });
    if let Err(e) = Config::from_deserializer(config) {
        panic!("src/core/easy.json is rejected as `texts`: {e}");
    }
    for (code, texts) in [("fr", Texts::fr()), ("en", Texts::en())] {
        for (key, standard) in texts.entries() {
            let easy = easy_json[code][key].as_str().unwrap_or_else(|| panic!("easy.json: no {code}.{key}"));
            let mut wanted = placeholders(standard);
            wanted.retain(|p| *p != "in" || easy.contains("{in}"));
            assert_eq!(placeholders(easy), wanted, "easy.json: {code}.{key}: placeholders differ from the standard");
        }
    }
}

fn main() {
    let easy_json: Value = serde_json::from_str(EASY).expect("src/core/easy.json is not JSON");
    check(&easy_json);
    let locale = |code: &str| easy_json.get(code).and_then(Value::as_object).expect("easy.json: no locale");
    let corpus = json!({
        "standard": { "fr": standard(Locale::Fr, "fr"), "en": standard(Locale::En, "en") },
        "easy": { "fr": easy(locale("fr"), "fr"), "en": easy(locale("en"), "en") },
    });
    println!("{}", serde_json::to_string_pretty(&corpus).expect("corpus"));
}
