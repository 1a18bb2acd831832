//! The texts of the script tag's own early dialog (`js/early.js`): the dialog the loader shows
//! when a report comes before the wasm is ready, or when the wasm cannot load. They are the
//! widget's own texts (`texts.rs`), the opening and closing times written as the widget writes
//! them, so that both dialogs say the same thing. The loader cannot run Rust, so they are
//! written into JS modules, which this test keeps in step: `cargo test` fails when a file differs
//! from what the texts give, and `BOUTON3018_WRITE=1 cargo test early` rewrites them.
//!
//! Two parts, for the entry's 3 KB budget: the entry (`js/early-texts.js`) holds the links and
//! the close button's name in both locales, which a dialog that still calls needs (and the
//! widget's default report categories and event, which the front door listens for); the rest (the status line, the body, the site and chat, why each line, and the
//! look: `js/early.css`) comes in one small module per locale and register
//! (`js/texts.<locale>.js`, `js/texts.<locale>-easy.js`), which the loader fetches with the glue
//! and the wasm. The easy register's module also carries that register's whole set of texts
//! (src/core/easy.json) for the widget: one file fetched, for both.

use chrono::{FixedOffset, TimeZone};

use crate::core::config::{Locale, DEFAULT_CATEGORIES, DEFAULT_TRIGGER};
use crate::core::helplines::{
    self, CHILD_IN_DANGER, EMERGENCY_SMS, EUROPEAN_EMERGENCY, MAIN, MINORS_CHAT, POLICE, SUICIDE_PREVENTION,
};
use crate::core::texts::{fill, Texts};
use crate::core::view::clock;

/// The keys of the entry's part; every other key of [`strings`] is in the module. Only the close
/// button's name: if the module cannot arrive, the dialog still shows every number, each link
/// named by its number, and can be closed (js/early.js).
const IN_ENTRY: &[&str] = &["close"];

/// One locale's strings, by the name `js/early.js` reads them with. The 3018 opens at 09:00 and
/// closes at 23:00 (`docs/facts.md`); `statusClosed` keeps `{day}` and `{in}`, which the loader
/// fills from the time in Paris (`today`/`tomorrow`, the countdown).
fn strings(t: &Texts, locale: Locale) -> Vec<(&'static str, String)> {
    let at =
        |h| clock(locale, FixedOffset::east_opt(3600).expect("+01:00").with_ymd_and_hms(2026, 1, 1, h, 0, 0).unwrap());
    vec![
        ("titleVictim", t.title_victim().to_owned()),
        ("titleWitness", t.title_witness().to_owned()),
        // The witness's body says "whether you are a victim or a witness": right for both.
        ("body", t.body_witness().to_owned()),
        ("call", t.call().to_owned()),
        ("chat", t.chat().to_owned()),
        ("site", t.site().to_owned()),
        ("statusOpen", fill(t.status_open(), &[("close", &at(23))])),
        ("statusClosed", fill(t.status_closed(), &[("time", &at(9))])),
        ("today", t.today().to_owned()),
        ("tomorrow", t.tomorrow().to_owned()),
        ("alternativesClosed", t.alternatives_closed_chat().to_owned()),
        ("alternativesOpen", t.alternatives_open().to_owned()),
        ("reason3114", t.reason_3114().to_owned()),
        ("reason119", t.reason_119().to_owned()),
        ("reasonEmergency", t.reason_emergency().to_owned()),
        ("reason114", t.reason_114().to_owned()),
        ("reasonMinorsChat", t.reason_minors_chat().to_owned()),
        ("minorsChat", t.minors_chat().to_owned()),
        ("callNumber", t.call_number().to_owned()),
        ("smsNumber", t.sms_number().to_owned()),
        ("close", t.close().to_owned()),
    ]
}

/// A JS string literal (JSON's escapes).
fn literal(s: &str) -> String {
    serde_json::to_string(s).expect("a string")
}

/// The built-in sites the early dialog links to, by the id `js/early.js` names them with: the
/// same as the widget's (`helplines.rs`, from `docs/facts.md`). Its numbers it writes itself,
/// `tel:` + the id (the 114: `sms:114`), which the test below checks against the built-ins.
fn links() -> Vec<(&'static str, String)> {
    let lines = helplines::builtin();
    let line = |id: &str| lines.iter().find(|h| h.id == id).expect("built in");
    for id in [MAIN, SUICIDE_PREVENTION, CHILD_IN_DANGER, POLICE, EUROPEAN_EMERGENCY] {
        assert_eq!(line(id).tel_href(), Some(["tel:", id].concat()), "js/early.js writes tel:{id}");
    }
    assert_eq!(line(EMERGENCY_SMS).sms_href(), Some(["sms:", EMERGENCY_SMS].concat()), "js/early.js writes sms:114");
    vec![
        ("site", line(MAIN).url.clone().expect("a site")),
        (MINORS_CHAT, line(MINORS_CHAT).url.clone().expect("a site")),
    ]
}

/// `js/early.css` as one line: its opening comment and the line breaks dropped.
fn css() -> String {
    let source = include_str!("../../js/early.css");
    let rules = &source[source.find("*/").expect("the opening comment") + 2..];
    rules.lines().map(str::trim).collect()
}

const HEADER: &str = "// Generated from src/core/texts.rs and helplines.rs by src/core/early.rs\n// (`BOUTON3018_WRITE=1 cargo test early`): do not edit. The script tag's own early dialog says\n// what the widget says and links where it links (js/early.js).\n";

/// `{ key: "…", … }` of `pairs`, indented by `indent`.
fn object(pairs: impl Iterator<Item = (&'static str, String)>, indent: &str) -> String {
    let mut out = String::from("{\n");
    for (key, value) in pairs {
        out.push_str(&[indent, "  ", key, ": ", &literal(&value), ",\n"].concat());
    }
    out + indent + "}"
}

fn locales() -> [(Locale, Texts); 2] {
    [(Locale::Fr, Texts::fr()), (Locale::En, Texts::en())]
}

/// The easy register's texts of `locale`: src/core/easy.json's part, as a JSON object.
fn easy_json(locale: Locale) -> serde_json::Value {
    let all: serde_json::Value = serde_json::from_str(include_str!("easy.json")).expect("src/core/easy.json");
    all[locale.tag()].clone()
}

/// The easy register's texts of `locale`, read as the widget reads them (the config's validation
/// of overrides, under no platform override).
fn easy_texts(locale: Locale) -> Texts {
    let easy = crate::core::value::read(easy_json(locale), "easy").expect("easy.json reads");
    let config = crate::core::value::read(
        serde_json::json!({ "platform": "generic", "locale": locale.tag(), "register": "easy" }),
        "config",
    )
    .expect("a config");
    match crate::core::Config::from_values(&config, Some(&easy)) {
        Ok(config) => config.texts,
        Err(e) => panic!("src/core/easy.json is refused: {e}"),
    }
}

/// Each file, by its path from the crate's root: the entry's part and the links, then one
/// module per locale and register (`js/texts.<locale>.js`, `js/texts.<locale>-easy.js`): the
/// early dialog's texts and look, and for the easy register also its whole set of texts
/// (`export const easy`), which the widget lays under the platform's overrides.
fn files() -> Vec<(String, String)> {
    let mut entry = [HEADER, "export const LINKS = {\n"].concat();
    for (id, href) in links() {
        entry.push_str(&["  ", &literal(id), ": ", &literal(&href), ",\n"].concat());
    }
    entry.push_str("};\n");
    // The widget's default report categories and event: what the front door (js/front.js)
    // listens for before the widget is mounted, for the script tag and the element alike.
    entry.push_str("// The widget's defaults (src/core/config.rs): the reports the front door listens for.\nexport const CATEGORIES = [");
    let categories: Vec<String> = DEFAULT_CATEGORIES.iter().map(|c| literal(c)).collect();
    entry.push_str(&[&categories.join(", "), "];\nexport const TRIGGER = ", &literal(DEFAULT_TRIGGER), ";\n"].concat());
    entry.push_str("export default {\n");
    let mut out = Vec::new();
    for (locale, texts) in locales() {
        let all = strings(&texts, locale);
        let (mine, rest): (Vec<_>, Vec<_>) = all.into_iter().partition(|(k, _)| IN_ENTRY.contains(k));
        entry.push_str(&["  ", locale.tag(), ": ", &object(mine.into_iter(), "  "), ",\n"].concat());
        // The look comes with the texts (js/early.css, without its comment and line breaks).
        let rest = rest.into_iter().chain([("css", css())]);
        out.push((
            ["js/texts.", locale.tag(), ".js"].concat(),
            [HEADER, "export default ", &object(rest, ""), ";\n"].concat(),
        ));
        // The easy register: every early string in its own words (the entry's too), the look,
        // and the whole register for the widget.
        let early = strings(&easy_texts(locale), locale).into_iter().chain([("css", css())]);
        let whole = serde_json::to_string_pretty(&easy_json(locale)).expect("JSON");
        out.push((
            ["js/texts.", locale.tag(), "-easy.js"].concat(),
            [HEADER, "export default ", &object(early, ""), ";\n// The easy register (src/core/easy.json), laid under the platform's own overrides.\nexport const easy = ", &whole, ";\n"].concat(),
        ));
    }
    entry.push_str("};\n");
    out.insert(0, ("js/early-texts.js".to_owned(), entry));
    out
}

#[test]
fn early_texts_are_the_widgets_own() {
    let write = std::env::var_os("BOUTON3018_WRITE").is_some();
    for (file, want) in files() {
        let path = [env!("CARGO_MANIFEST_DIR"), "/", &file].concat();
        if write {
            std::fs::write(&path, &want).expect("write the early texts");
        }
        let have = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(have == want, "{file} is stale: run `BOUTON3018_WRITE=1 cargo test early` and commit it");
    }
    // What the loader fills in is there to fill.
    for (locale, t) in locales() {
        let s = strings(&t, locale);
        let closed = &s.iter().find(|(k, _)| *k == "statusClosed").unwrap().1;
        assert!(closed.contains("{day}") && closed.contains("{in}") && !closed.contains("{time}"), "{closed}");
        assert!(!s
            .iter()
            .any(|(k, v)| *k != "statusClosed" && *k != "callNumber" && *k != "smsNumber" && v.contains('{')));
        assert!(
            IN_ENTRY.iter().all(|k| s.iter().any(|(key, _)| key == k)),
            "every key of the entry's part is a string"
        );
    }
    let files = files();
    let file = |name: &str| &files.iter().find(|(f, _)| f == name).unwrap().1;
    assert!(
        file("js/texts.fr.js").contains("jusqu'à 23\u{a0}h") && file("js/texts.en.js").contains("until 11\u{a0}pm")
    );
    assert!(file("js/texts.fr-easy.js").contains("export const easy = {"));
}
