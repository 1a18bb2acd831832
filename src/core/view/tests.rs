//! View-model tests: the full table presets × open/closed × device × locale × role, and the
//! status sentences pinned for named moments.

use super::*;
use crate::core::test_support::{at, config, DESKTOP, PHONE};

fn hrefs(v: &View) -> Vec<&str> {
    v.primary.iter().chain(&v.secondary).map(|a| a.href.as_str()).collect()
}

/// The text with no-break spaces shown as spaces, for readable expectations.
fn plain(s: &str) -> String {
    s.replace('\u{a0}', " ")
}

fn alt_hrefs(v: &View) -> Vec<&str> {
    v.alternatives.iter().flat_map(|r| r.actions.iter().map(|a| a.href.as_str())).collect()
}

const PLATFORMS: [&str; 5] = ["instagram", "messenger", "facebook", "tiktok", "generic"];

/// (name, Paris local time on Saturday 2026-11-28, phone open?)
const MOMENTS: [(&str, &str, bool); 4] = [
    ("morning_open", "2026-11-28T10:00:00+01:00", true),
    ("closing_soon", "2026-11-28T22:45:00+01:00", true),
    ("night_closed", "2026-11-28T23:30:00+01:00", false),
    ("early_closed", "2026-11-28T07:00:00+01:00", false),
];

/// The whole table: 5 presets × 4 moments × 2 devices × 2 locales × 2 roles = 160 views, each
/// checked against the preset and opening-hours rules, restated here.
#[test]
fn table_presets_moments_devices_locales_roles() {
    let mut n = 0;
    for platform in PLATFORMS {
        for (moment, now, open) in MOMENTS {
            for (device_name, device) in [("phone", PHONE), ("desktop", DESKTOP)] {
                for locale in ["fr", "en"] {
                    for (role, role_name) in [(Role::Victim, "victim"), (Role::Witness, "witness")] {
                        let case = format!("{platform}/{moment}/{device_name}/{locale}/{role_name}");
                        let c = config(&format!(r#"{{"platform": "{platform}", "locale": "{locale}"}}"#));
                        let v = view(&c, None, role, at(now), &device);
                        let calls_on_this_device = match platform {
                            "tiktok" => false,
                            "generic" => device.can_call,
                            _ => true,
                        };
                        // The call link: present only when open and the preset calls; absent otherwise.
                        let has_call = hrefs(&v).contains(&"tel:3018");
                        assert_eq!(has_call, open && calls_on_this_device, "{case}: tel:3018");
                        if has_call {
                            assert_eq!(v.primary.as_ref().unwrap().kind, ActionKind::Call, "{case}: call is primary");
                            assert_eq!(
                                v.primary.as_ref().unwrap().label,
                                if locale == "fr" { "Appeler le 3018" } else { "Call 3018" }
                            );
                        }
                        // The site or chat is always reachable.
                        assert!(hrefs(&v).contains(&"https://3018.fr"), "{case}: link to 3018.fr");
                        let web = v.primary.iter().chain(&v.secondary).find(|a| a.href.starts_with("https:")).unwrap();
                        assert_eq!(
                            web.kind,
                            if open { ActionKind::Chat } else { ActionKind::Link },
                            "{case}: chat while open"
                        );
                        assert!(web.new_tab);
                        // The number shown large: generic on a device that cannot call, while open.
                        assert_eq!(
                            v.number.is_some(),
                            open && platform == "generic" && !device.can_call,
                            "{case}: big number"
                        );
                        // Status.
                        assert_eq!(v.status.open, open, "{case}: status");
                        let place = |section| v.order.iter().position(|s| *s == section);
                        assert_eq!(
                            place(Section::Alternatives) < place(Section::Steps),
                            !open,
                            "{case}: the ladder first when closed"
                        );
                        assert_eq!(v.status.tone == StatusTone::Closed, !open, "{case}: tone");
                        assert_eq!(
                            v.status.tone == StatusTone::ClosingSoon,
                            moment == "closing_soon",
                            "{case}: closing soon"
                        );
                        // Alternatives: full ladder when closed, emergency only when open.
                        let expected: &[&str] =
                            if open { &["tel:17", "tel:112"] } else { &["tel:3114", "tel:119", "tel:17", "tel:112"] };
                        let tels: Vec<&str> = alt_hrefs(&v).into_iter().filter(|h| h.starts_with("tel:")).collect();
                        assert_eq!(tels, expected, "{case}: ladder");
                        let sites: Vec<&str> = alt_hrefs(&v).into_iter().filter(|h| h.starts_with("https:")).collect();
                        let expected_sites: &[&str] =
                            if !open && !device.can_call { &["https://3114.fr"] } else { &[] };
                        assert_eq!(sites, expected_sites, "{case}: the 3114 site on computers");
                        assert!(v
                            .alternatives
                            .iter()
                            .all(|r| r.actions.iter().all(|a| a.kind == ActionKind::Fallback)));
                        // Language, role, steps, close.
                        assert_eq!(v.lang, locale);
                        let (victim_title, witness_title) = if locale == "fr" {
                            ("Ce n'est pas de ta faute", "Merci d'avoir signalé")
                        } else {
                            ("It's not your fault", "Thank you for reporting this")
                        };
                        assert_eq!(v.title, if role == Role::Victim { victim_title } else { witness_title }, "{case}");
                        assert_eq!(v.steps.len(), 4);
                        assert_eq!(v.close_label, if locale == "fr" { "Fermer" } else { "Close" });
                        // Every href is tel: or https:, and the view says when to look again.
                        for a in
                            v.primary.iter().chain(&v.secondary).chain(v.alternatives.iter().flat_map(|r| &r.actions))
                        {
                            assert!(
                                a.href.starts_with("tel:") || a.href.starts_with("https://") || a.href == "sms:114",
                                "{case}: {}",
                                a.href
                            );
                        }
                        assert!(v.recompute_at.unwrap() > at(now), "{case}: recompute");
                        n += 1;
                    }
                }
            }
        }
    }
    assert_eq!(n, 160);
}

#[test]
fn action_modes_override_the_preset() {
    let open = at("2026-11-28T10:00:00+01:00");
    let v = view(&config(r#"{"platform": "tiktok", "action": "call"}"#), None, Role::Victim, open, &DESKTOP);
    assert_eq!(hrefs(&v), ["tel:3018", "https://3018.fr"], "call mode calls even on a desktop: the platform asked");
    let v = view(&config(r#"{"platform": "instagram", "action": "link"}"#), None, Role::Victim, open, &PHONE);
    assert_eq!(hrefs(&v), ["https://3018.fr"]);
    let v = view(&config(r#"{"platform": "instagram", "action": "both"}"#), None, Role::Victim, open, &DESKTOP);
    assert_eq!(hrefs(&v), ["tel:3018", "https://3018.fr"]);
    let v = view(&config(r#"{"platform": "instagram", "action": "auto"}"#), None, Role::Victim, open, &DESKTOP);
    assert_eq!(hrefs(&v), ["https://3018.fr"]);
    assert_eq!(v.number.as_ref().unwrap().number, "3018");
    assert_eq!(v.number.as_ref().unwrap().caption, "Appelle le 3018 depuis un téléphone, c'est gratuit.");
}

/// (name, now, device offset, locale, status sentence, recompute at)
const SENTENCES: &[(&str, &str, i32, &str, &str, &str)] = &[
    (
        "open_morning",
        "2026-11-28T10:00:00+01:00",
        60,
        "fr",
        "Ouvert maintenant, jusqu'à 23 h",
        "2026-11-28T22:30:00+01:00",
    ),
    (
        "closing_soon",
        "2026-11-28T22:45:00+01:00",
        60,
        "fr",
        "Ouvert, ferme bientôt : à 23 h (dans 15 min)",
        "2026-11-28T22:46:00+01:00",
    ),
    (
        "last_seconds",
        "2026-11-28T22:59:30+01:00",
        60,
        "fr",
        "Ouvert, ferme bientôt : à 23 h (dans 1 min)",
        "2026-11-28T23:00:00+01:00",
    ),
    (
        "night",
        "2026-11-28T23:30:00+01:00",
        60,
        "fr",
        "Fermé pour le moment — rouvre demain à 9 h, dans 9 h 30 min",
        "2026-11-28T23:31:00+01:00",
    ),
    (
        "early_morning",
        "2026-11-28T07:00:00+01:00",
        60,
        "fr",
        "Fermé pour le moment — rouvre aujourd'hui à 9 h, dans 2 h",
        "2026-11-28T07:01:00+01:00",
    ),
    (
        "after_midnight",
        "2026-11-29T00:10:20+01:00",
        60,
        "fr",
        "Fermé pour le moment — rouvre aujourd'hui à 9 h, dans 8 h 50 min",
        "2026-11-29T00:11:00+01:00",
    ),
    (
        "night_en",
        "2026-11-28T23:30:00+01:00",
        60,
        "en",
        "Closed right now — opens again tomorrow at 9 am, in 9 h 30 min",
        "2026-11-28T23:31:00+01:00",
    ),
    ("open_en", "2026-11-28T10:00:00+01:00", 60, "en", "Open now, until 11 pm", "2026-11-28T22:30:00+01:00"),
    // Réunion (UTC+4): the local time is added.
    (
        "night_from_reunion",
        "2026-11-28T23:30:00+01:00",
        240,
        "fr",
        "Fermé pour le moment — rouvre demain à 9 h, dans 9 h 30 min (12 h chez toi)",
        "2026-11-28T23:31:00+01:00",
    ),
    (
        "open_from_montreal",
        "2026-11-28T10:00:00+01:00",
        -300,
        "en",
        "Open now, until 11 pm (5 pm your time)",
        "2026-11-28T22:30:00+01:00",
    ),
    // Same offset as Paris (Brussels): nothing added.
    (
        "open_from_brussels",
        "2026-11-28T10:00:00+01:00",
        60,
        "fr",
        "Ouvert maintenant, jusqu'à 23 h",
        "2026-11-28T22:30:00+01:00",
    ),
    // Spring forward: the night is an hour shorter.
    (
        "spring_forward_night",
        "2026-03-28T23:30:00+01:00",
        60,
        "fr",
        "Fermé pour le moment — rouvre demain à 9 h, dans 8 h 30 min",
        "2026-03-28T23:31:00+01:00",
    ),
    (
        "autumn_back_night",
        "2026-10-24T23:30:00+02:00",
        120,
        "fr",
        "Fermé pour le moment — rouvre demain à 9 h, dans 10 h 30 min",
        "2026-10-24T23:31:00+02:00",
    ),
];

/// The deaf-access channel made 24/7, so that recompute instants depend on the main line only.
const DEAF_ALWAYS: &str = r#"{"id": "deaf", "schedule": {"weekly": [{"days": ["mon","tue","wed","thu","fri","sat","sun"], "open": "00:00", "close": "24:00"}]}}"#;

#[test]
fn status_sentences_for_named_moments() {
    for (name, now, offset, locale, text, recompute) in SENTENCES {
        let c = config(&format!(
            r#"{{"platform": "instagram", "locale": "{locale}", "helplines": [{{"id": "3018", "channels": [{DEAF_ALWAYS}]}}]}}"#
        ));
        let v =
            view(&c, None, Role::Victim, at(now), &DeviceFacts { can_call: true, utc_offset_minutes: Some(*offset) });
        assert_eq!(plain(&v.status.text), *text, "{name}");
        assert_eq!(v.recompute_at, Some(at(recompute)), "{name}: recompute");
    }
}

#[test]
fn reopening_days_away_names_the_day_or_date() {
    let c = config(
        r#"{"platform": "instagram", "helplines": [{"id": "3018", "schedule": {
            "weekly": [{"days": ["mon","tue","wed","thu","fri","sat","sun"], "open": "09:00", "close": "23:00"}],
            "exceptions": [{"date": "2026-12-24", "hours": [{"open": "09:00", "close": "18:00"}]},
                           {"date": "2026-12-25", "hours": []}, {"date": "2026-12-26", "hours": []}]}},
            {"id": "x", "name": "Ligne du soir", "number": "0800 00 00 00"}]}"#,
    );
    let v = view(&c, None, Role::Victim, at("2026-12-24T19:00:00+01:00"), &PHONE);
    assert_eq!(plain(&v.status.text), "Fermé pour le moment — rouvre dimanche à 9 h, dans 2 j 14 h");
    assert!(
        v.alternatives.iter().any(|r| r.reason == "Ligne du soir" && r.actions[0].href == "tel:0800000000"),
        "added helpline in the ladder"
    );
    let c = config(
        r#"{"platform": "instagram", "helplines": [{"id": "3018", "schedule": {"weekly": [{"days": ["mon"], "open": "09:00", "close": "10:00"}],
            "exceptions": [{"date": "2026-11-30", "hours": []}, {"date": "2026-12-07", "hours": []}]}}]}"#,
    );
    let v = view(&c, None, Role::Victim, at("2026-11-28T10:00:00+01:00"), &PHONE);
    assert_eq!(plain(&v.status.text), "Fermé pour le moment — rouvre le 14/12 à 9 h, dans 15 j 23 h");
}

#[test]
fn chat_with_its_own_hours() {
    let c = config(
        &r#"{"platform": "tiktok", "helplines": [{"id": "3018", "channels": [DEAF], "chatSchedule":
            {"weekly": [{"days": ["mon","tue","wed","thu","fri","sat","sun"], "open": "14:00", "close": "20:00"}]}}]}"#
            .replace("DEAF", DEAF_ALWAYS),
    );
    let morning = view(&c, None, Role::Victim, at("2026-11-28T10:00:00+01:00"), &PHONE);
    assert_eq!(morning.primary.as_ref().unwrap().kind, ActionKind::Link);
    assert_eq!(morning.recompute_at, Some(at("2026-11-28T14:00:00+01:00")), "recompute when the chat opens");
    let afternoon = view(&c, None, Role::Victim, at("2026-11-28T15:00:00+01:00"), &PHONE);
    assert_eq!(afternoon.primary.as_ref().unwrap().kind, ActionKind::Chat);
    assert_eq!(afternoon.primary.as_ref().unwrap().label, "Discuter en ligne avec le 3018");
}

#[test]
fn wording_follows_the_facts() {
    let fr = config(r#"{"platform": "generic"}"#);
    let v = view(&fr, None, Role::Victim, at("2026-11-28T23:30:00+01:00"), &PHONE);
    assert!(v.body.contains("gratuit, anonyme et confidentiel"));
    assert!(v.body.contains("personne ne te jugera"), "not judged");
    assert_eq!(v.title, "Ce n'est pas de ta faute");
    let w = view(&fr, None, Role::Witness, at("2026-11-28T23:30:00+01:00"), &PHONE);
    assert!(w.body.contains("Que tu sois victime ou témoin"));
    let r3114 = &v.alternatives[0].reason;
    assert!(
        r3114.contains("3114") && r3114.contains("confidentiel") && !r3114.contains("anonyme"),
        "3114 says confidential, not anonymous"
    );
    assert_eq!(v.steps[0], "Garde des captures d'écran et les liens : ce sont des preuves.");
    assert!(v.steps.iter().any(|s| s.contains("adulte de confiance")));
}

#[test]
fn texts_are_overridden_as_plain_text() {
    let c = config(
        r#"{"platform": "instagram", "texts": {"fr": {"call": "Appeler <b>{number}</b>", "statusOpen": "Dispo jusqu'à {close} !"}}}"#,
    );
    let v = view(&c, None, Role::Victim, at("2026-11-28T10:00:00+01:00"), &PHONE);
    assert_eq!(v.primary.unwrap().label, "Appeler <b>3018</b>");
    assert_eq!(plain(&v.status.text), "Dispo jusqu'à 23 h !");
}

#[test]
fn a_24_7_main_line_never_needs_a_recompute() {
    let c = config(&format!(
        r#"{{"platform": "instagram", "helplines": [{{"id": "3018", "channels": [{DEAF_ALWAYS}], "schedule": {{"weekly": [{{"days": ["mon","tue","wed","thu","fri","sat","sun"], "open": "00:00", "close": "24:00"}}]}}}}]}}"#
    ));
    let v = view(&c, None, Role::Victim, at("2026-11-28T03:00:00+01:00"), &PHONE);
    assert_eq!(plain(&v.status.text), "Ouvert 24 h/24, 7 j/7");
    assert_eq!(v.recompute_at, None);
    assert_eq!(hrefs(&v)[0], "tel:3018");
}

#[test]
fn deaf_access_channel_has_its_own_hours() {
    let c = config(r#"{"platform": "instagram"}"#);
    // Saturday: 09:00–12:30.
    let v = view(&c, None, Role::Victim, at("2026-11-28T10:00:00+01:00"), &PHONE);
    assert_eq!(v.channels_title.as_deref(), Some("Autres façons de joindre le 3018"));
    let deaf = &v.channels[0];
    assert_eq!(deaf.label, "Accès sourds et malentendants (transcription, LSF)");
    assert!(deaf.open);
    assert_eq!(plain(&deaf.status), "Ouvert maintenant, jusqu'à 12 h 30");
    let a = deaf.action.as_ref().unwrap();
    assert_eq!((a.kind, a.helpline.as_str(), a.href.as_str()), (ActionKind::Link, "3018/deaf", "https://3018.fr"));
    assert_eq!(v.recompute_at, Some(at("2026-11-28T12:30:00+01:00")), "recompute when the channel closes");
    // Saturday afternoon: closed until Monday 09:00, no link while closed.
    let v = view(&c, None, Role::Victim, at("2026-11-28T13:00:00+01:00"), &PHONE);
    assert!(!v.channels[0].open);
    assert_eq!(plain(&v.channels[0].status), "Fermé pour le moment — rouvre lundi à 9 h, dans 1 j 20 h");
    assert_eq!(v.channels[0].action, None);
    assert!(v.status.open, "the phone line keeps its own state");
    // Friday 17:29 open, 17:30 closed.
    assert!(view(&c, None, Role::Victim, at("2026-11-27T17:29:00+01:00"), &PHONE).channels[0].open);
    assert!(!view(&c, None, Role::Victim, at("2026-11-27T17:30:00+01:00"), &PHONE).channels[0].open);
}

#[test]
fn platforms_add_channels_with_their_own_schedule() {
    let c = config(
        r#"{"platform": "instagram", "helplines": [{"id": "3018", "channels": [
            {"id": "sms", "name": "Par SMS", "number": "06 00 00 00 00", "schedule": {"weekly": [{"days": ["sat"], "open": "08:00", "close": "12:00"}]}}]}]}"#,
    );
    let v = view(&c, None, Role::Victim, at("2026-11-28T10:00:00+01:00"), &PHONE);
    assert_eq!(v.channels.len(), 2);
    let sms = &v.channels[1];
    assert_eq!(sms.label, "Par SMS");
    assert_eq!(sms.action.as_ref().unwrap().href, "tel:0600000000");
    assert_eq!(sms.action.as_ref().unwrap().kind, ActionKind::Call);
    let e = Config::from_deserializer(
        serde_json::json!({"platform": "generic", "helplines": [{"id": "3018", "channels": [{"id": "x"}]}]}),
    )
    .unwrap_err()
    .to_string();
    assert_eq!(
        e,
        "bouton-3018: invalid config (3 problems): helplines[0].channels[0].name: a new channel (\"x\" is not built in) needs a name; \
         helplines[0].channels[0]: a new channel (\"x\" is not built in) needs a url or number; \
         helplines[0].channels[0].schedule: a new channel (\"x\" is not built in) needs a schedule"
    );
}

#[test]
fn qr_hand_off_on_devices_that_cannot_call() {
    let open = at("2026-11-28T10:00:00+01:00");
    let generic = config(r#"{"platform": "generic"}"#);
    let v = view(&generic, None, Role::Victim, open, &DESKTOP);
    let qr = v.qr.as_ref().expect("desktop, line open: QR code");
    assert_eq!(qr.code.text, "tel:3018");
    assert_eq!(qr.code.alt, "QR code qui lance un appel au 3018");
    assert_eq!(qr.caption, "Sur ordinateur ? Scanne ce code avec ton téléphone pour appeler le 3018.");
    assert!(v.number.is_some(), "the number is shown large too");
    assert_eq!(v.primary.as_ref().unwrap().kind, ActionKind::Chat, "and the chat link while the chat is open");
    // Instagram on a laptop: the call link stays (phone-link apps can place it) and the QR is added.
    let v = view(&config(r#"{"platform": "instagram"}"#), None, Role::Victim, open, &DESKTOP);
    assert!(v.qr.is_some() && hrefs(&v).contains(&"tel:3018"));
    // Not on phones, not in link mode, not while closed.
    assert!(view(&generic, None, Role::Victim, open, &PHONE).qr.is_none());
    assert!(view(&config(r#"{"platform": "tiktok"}"#), None, Role::Victim, open, &DESKTOP).qr.is_none());
    assert!(view(&generic, None, Role::Victim, at("2026-11-28T23:30:00+01:00"), &DESKTOP).qr.is_none());
}

#[test]
fn times_and_durations_never_break_inside() {
    let c = config(r#"{"platform": "instagram"}"#);
    let v = view(&c, None, Role::Victim, at("2026-11-28T23:30:00+01:00"), &PHONE);
    assert_eq!(v.status.text, "Fermé pour le moment — rouvre demain à 9\u{a0}h, dans 9\u{a0}h\u{a0}30\u{a0}min");
    let c = config(r#"{"platform": "instagram", "locale": "en"}"#);
    let v = view(&c, None, Role::Victim, at("2026-11-28T10:00:00+01:00"), &PHONE);
    assert_eq!(v.status.text, "Open now, until 11\u{a0}pm");
}
