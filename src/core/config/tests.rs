//! Config tests: presets, defaults, and every error message pinned word for word.

use super::*;
use crate::core::report::ReportDetail;
use crate::core::schedule::Schedule;

/// Parses through a `serde_json::Value`, which, like a JS object and unlike JSON text, has no
/// line/column to add to the messages.
fn parse(json: &str) -> Result<Config, Error> {
    Config::from_deserializer(serde_json::from_str::<serde_json::Value>(json).expect("test config is JSON"))
}

fn err(json: &str) -> String {
    parse(json).expect_err("expected the config to be rejected").to_string()
}

#[test]
fn presets_choose_the_action() {
    for (platform, action) in [
        ("instagram", Action::Call),
        ("messenger", Action::Call),
        ("facebook", Action::Call),
        ("tiktok", Action::Link),
        ("generic", Action::Auto),
    ] {
        let c = parse(&format!(r#"{{"platform": "{platform}"}}"#)).unwrap();
        assert_eq!(c.action, action, "{platform}");
    }
    let c = parse(r#"{"platform": "tiktok", "action": "both"}"#).unwrap();
    assert_eq!(c.action, Action::Both, "action overrides the preset");
}

#[test]
fn defaults_follow_the_contract_and_facts() {
    let c = parse(r#"{"platform": "generic"}"#).unwrap();
    assert_eq!(c.locale, Locale::Fr);
    assert_eq!(c.trigger, Trigger::Event("bouton3018:report".into()));
    assert_eq!(c.categories, DEFAULT_CATEGORIES);
    assert!(c.accepts("harassment") && c.accepts("sextortion") && !c.accepts("spam"));
    assert_eq!(c.can_call, None);
    assert_eq!(c.now, None);
    let main = c.helpline("3018").unwrap();
    assert_eq!(main.number.as_deref(), Some("3018"));
    assert_eq!(main.tel_href().as_deref(), Some("tel:3018"), "never rewritten to +33");
    assert_eq!(main.url.as_deref(), Some("https://3018.fr"));
    assert_eq!(main.chat_url.as_deref(), Some("https://3018.fr"));
    let ids: Vec<&str> = c.helplines.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(ids, ["3018", "3114", "119", "17", "112", "15", "114", "minors-chat", "pharos", "take-it-down", "cnil"]);
    assert_eq!(ids, helplines::BUILTIN_IDS);
    assert_eq!(c.texts.call(), "Appeler le 3018");
    assert_eq!(c.topics, []);
    assert_eq!(c.topic_texts, []);
}

/// The services' defaults, each from a row of docs/facts.md ("Help that fits what was
/// reported"): official pages only, never StopNCII (adults only) nor the online pre-complaint.
#[test]
fn built_in_services_follow_the_facts() {
    let c = parse(r#"{"platform": "generic"}"#).unwrap();
    let h = |id: &str| c.helpline(id).unwrap_or_else(|| panic!("{id} is built in"));
    let always = |id: &str| h(id).schedule == Schedule::always(chrono_tz::Europe::Paris);
    for id in ["3114", "119", "17", "112", "15", "114", "minors-chat", "pharos", "take-it-down", "cnil"] {
        assert!(always(id), "{id}: 24/7");
    }
    assert_eq!(
        (h("114").number.as_deref(), h("114").sms_href().as_deref()),
        (None, Some("sms:114")),
        "the 114 is SMS-only"
    );
    assert_eq!(h("15").tel_href().as_deref(), Some("tel:15"));
    assert_eq!(
        h("minors-chat").url.as_deref(),
        Some("https://masecurite.interieur.gouv.fr/fr/demarches-en-ligne/mineurs")
    );
    assert_eq!(
        h("pharos").url.as_deref(),
        Some("https://www.internet-signalement.gouv.fr"),
        "the site, not a deep path"
    );
    assert_eq!(h("take-it-down").url.as_deref(), Some("https://takeitdown.ncmec.org"));
    assert_eq!(h("cnil").url.as_deref(), Some("https://www.cnil.fr"));
    for helpline in &c.helplines {
        for url in [&helpline.url, &helpline.chat_url].into_iter().flatten() {
            assert!(!url.contains("stopncii") && !url.contains("plainte"), "{url}");
        }
    }
    // The message of an entry without an id lists every built-in id.
    let e = err(r#"{"platform": "generic", "helplines": [{"name": "x"}]}"#);
    let listed = crate::core::quoted_list(&e, "built-in id (", ')');
    assert_eq!(listed, helplines::BUILTIN_IDS, "{e}");
}

#[test]
fn topics_map_platform_categories() {
    let c = parse(
        r#"{"platform": "generic", "categories": ["harcelement-scolaire", "suicide", "hate", "spam"],
            "topics": {"harcelement-scolaire": "bullying", "suicide": "self-harm", "hate": "threats"}}"#,
    )
    .unwrap();
    assert_eq!(c.topic_of(Some("harcelement-scolaire")), Some(Topic::Bullying));
    assert_eq!(c.topic_of(Some("suicide")), Some(Topic::SelfHarm));
    assert_eq!(c.topic_of(Some("hate")), Some(Topic::Threats), "the platform's map comes first");
    assert_eq!(c.topic_of(Some("sextortion")), Some(Topic::Sextortion), "a topic's own name needs no entry");
    assert_eq!(c.topic_of(Some("spam")), None, "another category: the general help");
    assert_eq!(c.topic_of(Some("Sextortion")), None, "names are exact");
    assert_eq!(c.topic_of(None), None);
    assert_eq!(parse(r#"{"platform": "generic", "topics": {}}"#).unwrap().topics, []);

    assert_eq!(
        err(r#"{"platform": "generic", "topics": {"harcelement-scolaire": "bulying"}}"#),
        "bouton-3018: invalid config (1 problem): topics[\"harcelement-scolaire\"]: expected one of \"harassment\", \"bullying\", \"hate\", \"threats\", \"sexual-harassment\", \"sextortion\", \"doxxing\", \"impersonation\", \"self-harm\", \"child-abuse\", got \"bulying\""
    );
    assert_eq!(
        err(r#"{"platform": "generic", "topics": {"insulte": 3, "": "hate", "x": ["hate"]}}"#),
        "bouton-3018: invalid config (3 problems): topics[\"\"]: expected a non-empty string; topics.insulte: expected a string, got a number; topics.x: expected a string, got an array"
    );
    assert_eq!(
        err(r#"{"platform": "generic", "topics": ["bullying"]}"#),
        "bouton-3018: invalid config (1 problem): topics: expected an object, got an array"
    );
    let many: Vec<String> = (0..101).map(|i| format!("\"c{i}\": \"hate\"")).collect();
    assert_eq!(
        err(&format!(r#"{{"platform": "generic", "topics": {{{}}}}}"#, many.join(","))),
        "bouton-3018: invalid config (1 problem): topics: expected at most 100 categories, got 101"
    );
}

#[test]
fn topic_texts_override_per_locale() {
    let c = parse(
        r#"{"platform": "generic", "locale": "en", "texts": {
            "fr": {"sextortion.steps": ["Ne paie jamais."]},
            "en": {"sextortion.steps": ["Never pay.", "Talk to us."], "self-harm.bodyWitness": "Call 3114.",
                   "hate.stepsWitness": [], "close": "Dismiss", "bullying.titleVictim": null}}}"#,
    )
    .unwrap();
    assert_eq!(c.texts.close(), "Dismiss");
    let sextortion = c.topic_texts(Topic::Sextortion).expect("overridden");
    assert_eq!(sextortion.steps.as_deref(), Some(&["Never pay.".to_owned(), "Talk to us.".to_owned()][..]));
    assert_eq!(sextortion.steps_witness, None);
    assert_eq!(c.topic_texts(Topic::SelfHarm).unwrap().body_witness.as_deref(), Some("Call 3114."));
    assert_eq!(c.topic_texts(Topic::Hate).unwrap().steps_witness, Some(vec![]), "an empty list: no steps");
    assert_eq!(c.topic_texts(Topic::Doxxing), None);
}

#[test]
fn topic_text_errors_name_the_key() {
    let e = parse(
        r#"{"platform": "generic", "texts": {"fr": {
            "sextorsion.steps": ["x"],
            "sextortion.step": ["x"],
            "sextortion.steps": "Ne paie pas.",
            "hate.steps": ["ok", "", 3, "line\nbreak"],
            "doxxing.titleVictim": ["x"],
            "self-harm.callHint": "HINT",
            "threats.stepsWitness": ["1","2","3","4","5","6","7","8","9","10","11"],
            "titel": "x"}}}"#
            .replace("HINT", &"x".repeat(1001))
            .as_str(),
    )
    .unwrap_err();
    let got: Vec<String> = e.problems().iter().map(ToString::to_string).collect();
    // serde_json's map is sorted by key; a JS object keeps its own order.
    assert_eq!(
        got,
        [
            "texts.fr[\"doxxing.titleVictim\"]: expected a string, got an array",
            "texts.fr[\"hate.steps\"][1]: expected a non-empty string",
            "texts.fr[\"hate.steps\"][2]: expected a string, got a number",
            "texts.fr[\"hate.steps\"][3]: expected text without control characters (line breaks, tabs...)",
            "texts.fr[\"self-harm.callHint\"]: expected at most 1000 characters, got 1001",
            "texts.fr[\"sextorsion.steps\"]: unknown topic \"sextorsion\"; expected one of \"harassment\", \"bullying\", \"hate\", \"threats\", \"sexual-harassment\", \"sextortion\", \"doxxing\", \"impersonation\", \"self-harm\", \"child-abuse\"",
            "texts.fr[\"sextortion.step\"]: unknown topic text \"step\"; expected one of \"titleVictim\", \"titleWitness\", \"bodyVictim\", \"bodyWitness\", \"callHint\", \"steps\", \"stepsWitness\"",
            "texts.fr[\"sextortion.steps\"]: expected an array, got \"Ne paie pas.\"",
            "texts.fr[\"threats.stepsWitness\"]: expected at most 10 steps, got 11",
            "texts.fr.titel: unknown field `titel`, expected one of `titleVictim`, `titleWitness`, `bodyVictim`, `bodyWitness`, `call`, `callHint`, `chat`, `site`, `numberCaption`, `statusOpen`, `statusAlwaysOpen`, `statusClosingSoon`, `statusClosed`, `statusClosedUnknown`, `localTime`, `announceOpen`, `announceClosed`, `today`, `tomorrow`, `onWeekday`, `onDate`, `weekdays`, `stepsTitle`, `stepEvidence`, `stepDontReply`, `stepBlock`, `stepTalk`, `alternativesClosed`, `alternativesClosedChat`, `alternativesOpen`, `reason3114`, `reason119`, `reasonEmergency`, `reason15`, `reason114`, `reasonMinorsChat`, `minorsChat`, `servicesTitle`, `reasonPharos`, `pharos`, `reasonTakeItDown`, `takeItDown`, `reasonCnil`, `cnil`, `callNumber`, `smsNumber`, `visitSite`, `channelsTitle`, `channelDeaf`, `qrCaption`, `qrAlt`, `close`, `missedCall`, `missedSms`, `copyNumber`, `copied`, `copySelected`, or a topic's text such as `sextortion.steps`",
        ]
    );
}

/// `sms:` only for SMS-only services, through a helpline's `sms` field: never as a `url`.
#[test]
fn sms_numbers_are_checked_and_only_where_sms_goes() {
    let c = parse(r#"{"platform": "generic", "helplines": [{"id": "114", "sms": "+33 6 12 34 56 78"}, {"id": "relais", "name": "Relais", "sms": "38 018"}]}"#)
        .unwrap();
    assert_eq!(c.helpline("114").unwrap().sms_href().as_deref(), Some("sms:+33612345678"));
    assert_eq!(c.helpline("relais").unwrap().sms_href().as_deref(), Some("sms:38018"));
    assert_eq!(
        err(r#"{"platform": "generic", "helplines": [{"id": "114", "sms": "114?body=x"}]}"#),
        "bouton-3018: invalid config (1 problem): helplines[0].sms: expected a number an sms: link can text (2 to 15 digits, optional leading +, spaces allowed), got \"114?body=x\""
    );
    for field in ["url", "chatUrl"] {
        let json =
            serde_json::json!({"platform": "generic", "helplines": [{"id": "114", field: "sms:114"}]}).to_string();
        assert!(err(&json).contains("expected an https: URL"), "{field}: sms: is not a URL we link to");
    }
}

#[test]
fn now_accepts_millis_and_iso_with_offset() {
    let c = parse(r#"{"platform": "generic", "now": 1764322200000}"#).unwrap();
    assert_eq!(c.now.unwrap().to_rfc3339(), "2025-11-28T09:30:00+00:00");
    let c = parse(r#"{"platform": "generic", "now": "2026-11-28T21:30:00+01:00"}"#).unwrap();
    assert_eq!(c.now.unwrap().to_rfc3339(), "2026-11-28T20:30:00+00:00");
    assert_eq!(
        err(r#"{"platform": "generic", "now": "2026-11-28T21:30"}"#),
        "bouton-3018: invalid config (1 problem): now: expected an ISO 8601 date-time with an offset, such as \"2026-11-28T21:30:00+01:00\" or \"2026-11-28T20:30:00Z\", got \"2026-11-28T21:30\""
    );
    assert_eq!(
        err(r#"{"platform": "generic", "now": 1e300}"#),
        "bouton-3018: invalid config (1 problem): now: expected milliseconds since the epoch within the range of Date (±8.64e15)"
    );
}

#[test]
fn trigger_is_a_name_or_false() {
    assert_eq!(parse(r#"{"platform": "generic", "trigger": false}"#).unwrap().trigger, Trigger::None);
    assert_eq!(
        parse(r#"{"platform": "generic", "trigger": "app:reported"}"#).unwrap().trigger,
        Trigger::Event("app:reported".into())
    );
    assert_eq!(
        err(r#"{"platform": "generic", "trigger": true}"#),
        "bouton-3018: invalid config (1 problem): trigger: expected an event name string, or false, got true"
    );
}

#[test]
fn structural_errors_name_the_field_path() {
    assert_eq!(err("null"), "bouton-3018: invalid config (1 problem): config: expected an object, got null");
    assert_eq!(
        err("{}"),
        "bouton-3018: invalid config (1 problem): platform: required; expected one of \"instagram\", \"messenger\", \"facebook\", \"tiktok\", \"generic\""
    );
    assert_eq!(
        err(r#"{"platform": "generic", "plateform": "x"}"#),
        "bouton-3018: invalid config (1 problem): plateform: unknown field `plateform`, expected one of `platform`, `action`, `locale`, `categories`, `texts`, `helplines`, `trigger`, `canCall`, `now`, `returnFocus`, `topics`, `dial`, `theme`, `colors`, `font`, `register`"
    );
    assert_eq!(
        err(r#"{"platform": "generic", "canCall": "yes"}"#),
        "bouton-3018: invalid config (1 problem): canCall: expected a boolean, got \"yes\""
    );
    assert_eq!(
        err(r#"{"platform": "generic", "helplines": [{"id": "3018", "schedule": {"weekly": [{"days": ["mon"], "open": "09:00", "close": 23}]}}]}"#),
        "bouton-3018: invalid config (1 problem): helplines[0].schedule.weekly[0].close: expected a string, got a number"
    );
    assert_eq!(
        err(r#"{"platform": "generic", "texts": {"fr": {"titel": "x"}}}"#).split(", expected").next().unwrap(),
        "bouton-3018: invalid config (1 problem): texts.fr.titel: unknown field `titel`"
    );
}

/// serde-wasm-bindgen reads only the fields a derived struct declares, so in the browser a
/// derived `deny_unknown_fields` never fires below the top level. The hand decoder checks
/// every level; these typos must all be reported.
#[test]
fn unknown_fields_are_rejected_at_every_level() {
    let e = parse(
        r#"{"platform": "generic", "helplines": [{"id": "3018", "chatURL": "https://3018.fr",
            "schedule": {"weekly": [{"days": ["mon"], "open": "09:00", "close": "23:00", "tz": "x"}], "holidays": []},
            "channels": [{"id": "deaf", "link": "https://3018.fr"}]}],
            "texts": {"de": {}}}"#,
    )
    .unwrap_err();
    let got: Vec<String> = e.problems().iter().map(|p| p.path.clone()).collect();
    assert_eq!(
        got,
        [
            "texts.de",
            "helplines[0].chatURL",
            "helplines[0].schedule.holidays",
            "helplines[0].schedule.weekly[0].tz",
            "helplines[0].channels[0].link",
        ]
    );
}

/// A wrong type does not hide the other problems (the script tag's `data-can-call="maybe"`
/// next to `data-platform="myspace"` must report both).
#[test]
fn type_errors_and_value_errors_are_reported_together() {
    assert_eq!(
        err(r#"{"platform": "myspace", "canCall": "maybe", "now": [], "trigger": 3, "categories": ["hate", 4]}"#),
        "bouton-3018: invalid config (5 problems): platform: expected one of \"instagram\", \"messenger\", \"facebook\", \"tiktok\", \"generic\", got \"myspace\"; \
         categories[1]: expected a string, got a number; trigger: expected an event name string, or false, got a number; \
         canCall: expected a boolean, got \"maybe\"; now: expected milliseconds since the epoch or an ISO 8601 string, got an array"
    );
    assert_eq!(
        err(r#"{"platform": 42, "helplines": {"id": "3018"}, "texts": "hello"}"#),
        "bouton-3018: invalid config (3 problems): platform: expected a string, got a number; texts: expected an object, got \"hello\"; helplines: expected an array, got an object"
    );
}

#[test]
fn value_errors_are_all_reported_at_once() {
    let e = parse(
        r#"{"platform": "myspace", "action": "dial", "locale": "de", "categories": [],
            "trigger": "my event", "returnFocus": " ",
            "helplines": [{"id": "3018", "url": "http://3018.fr", "number": "30-18"},
                          {"id": "local", "name": "Écoute locale", "timeZone": "America/New_York"},
                          {"id": "3018"}]}"#,
    )
    .unwrap_err();
    let got: Vec<String> = e.problems().iter().map(ToString::to_string).collect();
    assert_eq!(
        got,
        [
            "platform: expected one of \"instagram\", \"messenger\", \"facebook\", \"tiktok\", \"generic\", got \"myspace\"",
            "action: expected one of \"call\", \"link\", \"both\", \"auto\", got \"dial\"",
            "locale: expected one of \"fr\", \"en\", got \"de\"",
            "categories: expected at least one category (to listen to nothing, set trigger: false)",
            "helplines[0].number: expected a phone number a tel: link can dial (2 to 15 digits, optional leading +, spaces allowed), got \"30-18\"",
            "helplines[0].url: expected an https: URL such as \"https://3018.fr\", got \"http://3018.fr\"",
            "helplines[1]: a new helpline (\"local\" is not built in) needs a number, sms, url or chatUrl",
            "helplines[1].timeZone: unsupported time zone \"America/New_York\"; expected one of Europe/Paris, Europe/Brussels, Europe/Luxembourg, Europe/Monaco, Europe/Zurich, Europe/London, America/Cayenne, America/Guadeloupe, America/Martinique, Indian/Reunion, Indian/Mayotte, Pacific/Noumea, Pacific/Tahiti, UTC",
            "helplines[2].id: helpline \"3018\" is given twice; expected each id once",
            "trigger: expected an event name without spaces, got \"my event\"",
            "returnFocus: expected a non-empty string",
        ]
    );
    assert!(e.to_string().starts_with("bouton-3018: invalid config (11 problems): platform: expected one of"));
}

#[test]
fn only_https_and_dialable_numbers_pass() {
    let bad_urls = [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        " javascript:alert(1)",
        "java\tscript:alert(1)",
        "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)",
        "http://3018.fr",
        "//3018.fr",
        "HTTPS://3018.fr",
        "https:3018.fr",
        "https:///3018.fr",
        "https://user:pw@evil.example/",
        "https://3018.fr\\@evil.example",
        "https://3018.fr/ path",
        "https://3018.fr/\u{0}",
        "tel:3018",
        "",
    ];
    for u in bad_urls {
        let json = serde_json::json!({"platform": "generic", "helplines": [{"id": "3018", "chatUrl": u}]}).to_string();
        let e = err(&json);
        assert!(e.contains("helplines[0].chatUrl: expected an https: URL"), "{u:?} was accepted: {e}");
    }
    for u in [
        "https://3018.fr",
        "https://e-enfance.org/numero-3018/",
        "https://3018.fr/?src=app#chat",
        "https://[::1]:8443/x",
    ] {
        let json = serde_json::json!({"platform": "generic", "helplines": [{"id": "3018", "url": u}]}).to_string();
        assert!(parse(&json).is_ok(), "{u:?} was rejected");
    }
    for n in ["3018", "+33 1 23 45 67 89", "119", "116 111"] {
        let json = serde_json::json!({"platform": "generic", "helplines": [{"id": "x", "name": "X", "number": n}]})
            .to_string();
        assert!(parse(&json).is_ok(), "{n:?} was rejected");
    }
    for n in ["1", "30 18 ", "+", "3018;ext=1", "tel:3018", "3018,1", "１１９", "+33  1", "12345678901234567"] {
        let json = serde_json::json!({"platform": "generic", "helplines": [{"id": "x", "name": "X", "number": n}]})
            .to_string();
        assert!(err(&json).contains("helplines[0].number: expected a phone number"), "{n:?} was accepted");
    }
}

#[test]
fn helplines_override_and_extend() {
    let c = parse(
        r#"{"platform": "generic", "helplines": [
            {"id": "3018", "url": "https://e-enfance.org/numero-3018/"},
            {"id": "ecoute", "name": "Écoute Réunion", "number": "0262 00 00 00", "timeZone": "Indian/Reunion",
             "schedule": {"weekly": [{"days": ["mon","tue","wed","thu","fri"], "open": "08:00", "close": "17:00"}]}}]}"#,
    )
    .unwrap();
    let main = c.helpline("3018").unwrap();
    assert_eq!(main.url.as_deref(), Some("https://e-enfance.org/numero-3018/"));
    assert_eq!(main.number.as_deref(), Some("3018"), "fields not given are kept");
    assert_eq!(main.schedule, helplines::builtin()[0].schedule, "hours kept");
    let extra = c.helpline("ecoute").unwrap();
    assert_eq!(extra.tel_href().as_deref(), Some("tel:0262000000"));
    assert_eq!(extra.schedule.zone().name(), "Indian/Reunion");
    assert_eq!(extra.chat_schedule, extra.schedule, "chat follows the phone schedule");
}

#[test]
fn texts_override_per_locale_and_are_bounded() {
    let c = parse(
        r#"{"platform": "generic", "locale": "en", "texts": {"en": {"close": "Dismiss"}, "fr": {"close": "Quitter"}}}"#,
    )
    .unwrap();
    assert_eq!(c.texts.close(), "Dismiss");
    assert_eq!(c.texts.call(), "Call 3018");
    let long = "x".repeat(1001);
    assert_eq!(
        err(&format!(r#"{{"platform": "generic", "texts": {{"fr": {{"title": "{long}"}}}}}}"#))
            .split(", expected")
            .next()
            .unwrap(),
        "bouton-3018: invalid config (1 problem): texts.fr.title: unknown field `title`"
    );
    assert_eq!(
        err(&format!(r#"{{"platform": "generic", "texts": {{"fr": {{"titleVictim": "{long}"}}, "en": {{"weekdays": "Mon,Tue"}}}}}}"#)),
        "bouton-3018: invalid config (2 problems): texts.fr.titleVictim: expected at most 1000 characters, got 1001; texts.en.weekdays: expected 7 comma-separated day names, Monday first"
    );
    // Markup in an override is kept as the literal text it is (the shell uses text nodes).
    let c =
        parse(r#"{"platform": "generic", "texts": {"fr": {"titleVictim": "<img src=x onerror=alert(1)>"}}}"#).unwrap();
    assert_eq!(c.texts.title_victim(), "<img src=x onerror=alert(1)>");
}

#[test]
fn huge_and_odd_inputs_are_rejected_cleanly() {
    let many: Vec<String> = (0..101).map(|i| format!("\"c{i}\"")).collect();
    assert_eq!(
        err(&format!(r#"{{"platform": "generic", "categories": [{}]}}"#, many.join(","))),
        "bouton-3018: invalid config (1 problem): categories: expected at most 100 categories, got 101"
    );
    assert_eq!(
        err(r#"{"platform": "generic", "categories": ["harassment", "line\nbreak"]}"#),
        "bouton-3018: invalid config (1 problem): categories[1]: expected text without control characters (line breaks, tabs...)"
    );
    assert_eq!(err(r#"[1, 2]"#), "bouton-3018: invalid config (1 problem): config: expected an object, got an array");
    assert_eq!(
        err(r#"{"platform": {"deep": {"deeper": [1, 2, 3]}}}"#),
        "bouton-3018: invalid config (1 problem): platform: expected a string, got an object"
    );
}

#[test]
fn report_detail_reads_role_and_category() {
    let d = |json: &str| ReportDetail::from_deserializer(serde_json::from_str::<serde_json::Value>(json).unwrap());
    assert_eq!(d("null").unwrap(), ReportDetail::default());
    assert_eq!(
        d(r#"{"category": "hate", "role": "witness", "postId": 42}"#).unwrap(),
        ReportDetail { category: Some("hate".into()), role: Role::Witness }
    );
    assert_eq!(
        d(r#"{"role": "bystander"}"#).unwrap_err().to_string(),
        "bouton-3018: invalid report detail (1 problem): detail.role: expected one of \"victim\", \"witness\", got \"bystander\""
    );
    assert_eq!(
        d(r#"{"category": 7}"#).unwrap_err().to_string(),
        "bouton-3018: invalid report detail (1 problem): detail.category: expected a string, got a number"
    );
}

/// The front door (js/front.js, for the script tag and the element) filters reports sent before
/// the wasm has loaded with the default categories written into js/early-texts.js
/// (src/core/early.rs): it must be this list.
#[test]
fn loader_default_categories_match() {
    let js = crate::core::quoted_list(include_str!("../../../js/early-texts.js"), "export const CATEGORIES = [", ']');
    assert_eq!(js, DEFAULT_CATEGORIES, "js/early-texts.js's default categories differ from DEFAULT_CATEGORIES");
}

/// `dial` (hybrid apps): a function, or nothing; anything else is named. A function is only
/// valid there: elsewhere it is a value of the wrong type.
#[test]
fn dial_takes_a_function_and_nothing_else() {
    let with = |dial: Value| {
        Config::from_value(&Value::Object(vec![
            ("platform".into(), Value::String("generic".into())),
            ("dial".into(), dial),
        ]))
    };
    assert!(with(Value::Function).unwrap().dial);
    assert!(!with(Value::Null).unwrap().dial, "null or undefined: no dial");
    let e = with(Value::String("tel:3018".into())).unwrap_err();
    assert_eq!(
        e.message(),
        "bouton-3018: invalid config (1 problem): dial: expected a function (href) => void, such as (href) => app.dial(href), got \"tel:3018\""
    );
    let e = Config::from_value(&Value::Object(vec![("platform".into(), Value::Function)])).unwrap_err();
    assert_eq!(e.message(), "bouton-3018: invalid config (1 problem): platform: expected a string, got a function");
}
