//! The help that fits what was reported: every topic × line open/closed × victim/witness ×
//! fr/en, pinning the main action, the order of the sections, what each section links to and
//! the step texts, written out here from docs/facts.md rather than read back from the code.

use super::*;
use crate::core::test_support::{at, config, DESKTOP, NIGHT, OPEN, PHONE};

fn hrefs(rungs: &[AlternativeView]) -> Vec<&str> {
    rungs.iter().flat_map(|r| r.actions.iter().map(|a| a.href.as_str())).collect()
}

fn order(v: &View) -> Vec<&'static str> {
    v.order.iter().map(|s| s.as_str()).collect()
}

fn plain(s: &str) -> String {
    s.replace('\u{a0}', " ")
}

/// (fr victim, fr witness, en victim, en witness)
type Steps = [&'static [&'static str]; 4];

struct Expected {
    topic: &'static str,
    /// The main action while the 3018 is open: (href, fr label, en label).
    open_main: (&'static str, &'static str, &'static str),
    /// ... and at night.
    night_main: (&'static str, &'static str, &'static str),
    open_order: &'static [&'static str],
    night_order: &'static [&'static str],
    urgent: &'static [&'static str],
    /// Services (open, night).
    services: (&'static [&'static str], &'static [&'static str]),
    /// Alternatives (open, night).
    alternatives: (&'static [&'static str], &'static [&'static str]),
    steps: Steps,
}

const CALL_3018: (&str, &str, &str) = ("tel:3018", "Appeler le 3018", "Call 3018");
const SITE_3018: (&str, &str, &str) = ("https://3018.fr", "Aller sur le site du 3018", "Go to the 3018 website");
const EMERGENCY: &[&str] = &["tel:17", "tel:112", "sms:114"];
const MINORS_CHAT: &str = "https://masecurite.interieur.gouv.fr/fr/demarches-en-ligne/mineurs";
const NIGHT_LADDER: &[&str] = &["tel:3114", "tel:119", "tel:17", "tel:112", "sms:114"];
const NIGHT_LADDER_WITH_CHAT: &[&str] = &[MINORS_CHAT, "tel:3114", "tel:119", "tel:17", "tel:112", "sms:114"];
const OPEN_ORDER: &[&str] = &["actions", "channels", "steps", "alternatives"];
const OPEN_ORDER_SERVICES: &[&str] = &["actions", "channels", "steps", "services", "alternatives"];
const NIGHT_ORDER: &[&str] = &["actions", "alternatives", "channels", "steps"];
const NIGHT_ORDER_SERVICES: &[&str] = &["actions", "alternatives", "channels", "steps", "services"];

const EVIDENCE: [&str; 2] = [
    "Garde des captures d'écran et les liens : ce sont des preuves.",
    "Keep screenshots and links: they are evidence.",
];

const HARASSMENT_STEPS: Steps = [
    &[
        "Ne réponds pas et ne te venge pas.",
        "Bloque le compte et signale-le.",
        "Verrouille tes paramètres de confidentialité.",
        EVIDENCE[0],
        "Parles-en à un adulte de confiance.",
    ],
    &[
        "Ne réponds pas et ne te venge pas.",
        "Bloque le compte et signale-le.",
        "Dis à la personne visée qu'elle peut verrouiller ses paramètres de confidentialité.",
        EVIDENCE[0],
        "Parles-en à un adulte de confiance.",
    ],
    &[
        "Don't reply or hit back.",
        "Block the account and report it.",
        "Lock your privacy settings.",
        EVIDENCE[1],
        "Talk to an adult you trust.",
    ],
    &[
        "Don't reply or hit back.",
        "Block the account and report it.",
        "Tell the person targeted they can lock their privacy settings.",
        EVIDENCE[1],
        "Talk to an adult you trust.",
    ],
];

const BULLYING_STEPS: Steps = [
    &[
        "Ne réponds pas et ne te venge pas.",
        "Bloque le compte et signale-le.",
        "Verrouille tes paramètres de confidentialité.",
        EVIDENCE[0],
        "Parles-en à un adulte de confiance, et aussi à l'école, au collège ou au lycée.",
    ],
    &[
        "Ne réponds pas et ne te venge pas.",
        "Bloque le compte et signale-le.",
        "Dis à la personne visée qu'elle peut verrouiller ses paramètres de confidentialité.",
        EVIDENCE[0],
        "Parles-en à un adulte de confiance, et aussi à l'école, au collège ou au lycée.",
    ],
    &[
        "Don't reply or hit back.",
        "Block the account and report it.",
        "Lock your privacy settings.",
        EVIDENCE[1],
        "Talk to an adult you trust, at school too.",
    ],
    &[
        "Don't reply or hit back.",
        "Block the account and report it.",
        "Tell the person targeted they can lock their privacy settings.",
        EVIDENCE[1],
        "Talk to an adult you trust, at school too.",
    ],
];

const COMPLAINT_FR: &str = "Tu peux porter plainte : une victime, même mineure, peut le faire seule.";
const COMPLAINT_EN: &str = "You can file a complaint, even on your own: a victim under 18 has that right.";

const TABLE: &[Expected] = &[
    Expected {
        topic: "harassment",
        open_main: CALL_3018,
        night_main: SITE_3018,
        open_order: OPEN_ORDER,
        night_order: NIGHT_ORDER,
        urgent: &[],
        services: (&[], &[]),
        alternatives: (EMERGENCY, NIGHT_LADDER_WITH_CHAT),
        steps: HARASSMENT_STEPS,
    },
    Expected {
        topic: "bullying",
        open_main: CALL_3018,
        night_main: SITE_3018,
        open_order: OPEN_ORDER,
        night_order: NIGHT_ORDER,
        urgent: &[],
        services: (&[], &[]),
        alternatives: (EMERGENCY, NIGHT_LADDER_WITH_CHAT),
        steps: BULLYING_STEPS,
    },
    Expected {
        topic: "hate",
        open_main: CALL_3018,
        night_main: SITE_3018,
        open_order: OPEN_ORDER_SERVICES,
        night_order: NIGHT_ORDER_SERVICES,
        urgent: &[],
        services: (&["https://www.internet-signalement.gouv.fr"], &["https://www.internet-signalement.gouv.fr"]),
        alternatives: (EMERGENCY, NIGHT_LADDER),
        steps: [
            &["Ne partage pas ce contenu.", "Signale-le à Pharos avec le lien et la date."],
            &["Ne partage pas ce contenu.", "Signale-le à Pharos avec le lien et la date."],
            &["Don't share it.", "Report it to Pharos with the link and the date."],
            &["Don't share it.", "Report it to Pharos with the link and the date."],
        ],
    },
    Expected {
        topic: "threats",
        open_main: CALL_3018,
        night_main: SITE_3018,
        open_order: &["urgent", "actions", "channels", "steps", "services"],
        night_order: &["urgent", "actions", "alternatives", "channels", "steps"],
        urgent: EMERGENCY,
        // The minors' chat: a service by day, first of the ladder at night (never twice).
        services: (&[MINORS_CHAT], &[]),
        alternatives: (&[], &[MINORS_CHAT, "tel:3114", "tel:119"]),
        steps: [
            &[EVIDENCE[0], "Signale chaque message menaçant.", COMPLAINT_FR],
            &[
                EVIDENCE[0],
                "Signale chaque message menaçant.",
                "La personne menacée peut porter plainte, même seule et même mineure.",
            ],
            &[EVIDENCE[1], "Report every threatening message.", COMPLAINT_EN],
            &[
                EVIDENCE[1],
                "Report every threatening message.",
                "The person threatened can file a complaint, even alone and even under 18.",
            ],
        ],
    },
    Expected {
        topic: "sexual-harassment",
        open_main: CALL_3018,
        night_main: SITE_3018,
        open_order: OPEN_ORDER_SERVICES,
        night_order: NIGHT_ORDER_SERVICES,
        urgent: &[],
        services: (&["https://www.internet-signalement.gouv.fr", MINORS_CHAT], &["https://www.internet-signalement.gouv.fr"]),
        alternatives: (EMERGENCY, NIGHT_LADDER_WITH_CHAT),
        steps: [
            &[
                EVIDENCE[0],
                "Bloque le compte.",
                "Signale-le ; si c'est un adulte qui te fait des propositions sexuelles, signale-le aussi à Pharos ou au tchat de la police pour les mineurs.",
            ],
            &[
                EVIDENCE[0],
                "Bloque le compte.",
                "Signale-le ; si c'est un adulte qui fait des propositions sexuelles à une personne mineure, signale-le aussi à Pharos ou au tchat de la police pour les mineurs.",
            ],
            &[
                EVIDENCE[1],
                "Block the account.",
                "Report it; if an adult is making sexual advances to you, also report it to Pharos or to the police chat for minors.",
            ],
            &[
                EVIDENCE[1],
                "Block the account.",
                "Report it; if an adult is making sexual advances to a minor, also report it to Pharos or to the police chat for minors.",
            ],
        ],
    },
    Expected {
        topic: "sextortion",
        open_main: CALL_3018,
        night_main: SITE_3018,
        open_order: OPEN_ORDER_SERVICES,
        // "Don't pay" before any number.
        night_order: &["actions", "steps", "services", "alternatives", "channels"],
        urgent: &[],
        services: (&["https://takeitdown.ncmec.org"], &["https://takeitdown.ncmec.org"]),
        alternatives: (EMERGENCY, NIGHT_LADDER_WITH_CHAT),
        steps: [
            &[
                "Ne paie pas : le maître-chanteur en demande toujours plus.",
                "Arrête tout contact et bloque le compte.",
                "Garde toutes les preuves : messages, captures d'écran, liens.",
                COMPLAINT_FR,
            ],
            &[
                "Dis-lui de ne pas payer : le maître-chanteur en demande toujours plus.",
                "Dis-lui d'arrêter tout contact et de bloquer le compte.",
                "Garde toutes les preuves : messages, captures d'écran, liens.",
                "La victime peut porter plainte, même seule et même mineure.",
            ],
            &[
                "Don't pay: the blackmailer always asks for more.",
                "Stop all contact and block the account.",
                "Keep every piece of evidence: messages, screenshots, links.",
                COMPLAINT_EN,
            ],
            &[
                "Tell them not to pay: the blackmailer always asks for more.",
                "Tell them to stop all contact and block the account.",
                "Keep every piece of evidence: messages, screenshots, links.",
                "The victim can file a complaint, even alone and even under 18.",
            ],
        ],
    },
    Expected {
        topic: "doxxing",
        open_main: CALL_3018,
        night_main: SITE_3018,
        open_order: OPEN_ORDER_SERVICES,
        night_order: NIGHT_ORDER_SERVICES,
        urgent: &[],
        services: (&["https://www.cnil.fr"], &["https://www.cnil.fr"]),
        alternatives: (EMERGENCY, NIGHT_LADDER),
        steps: [
            &[
                "Garde d'abord des preuves : captures d'écran et liens.",
                "Demande au site d'effacer tes données : il doit le faire sous un mois, et « collectées avant mes 18 ans » est un motif valable.",
                "S'il ne le fait pas, tu peux te plaindre à la CNIL.",
            ],
            &[
                "Garde d'abord des preuves : captures d'écran et liens.",
                "La personne concernée peut demander au site d'effacer ses données : il doit le faire sous un mois, et « collectées avant mes 18 ans » est un motif valable.",
                "S'il ne le fait pas, elle peut se plaindre à la CNIL.",
            ],
            &[
                "First keep evidence: screenshots and links.",
                "Ask the site to erase your data: it must do so within one month, and \u{201c}collected while I was a minor\u{201d} is a valid reason.",
                "If it does not, you can complain to the CNIL.",
            ],
            &[
                "First keep evidence: screenshots and links.",
                "The person concerned can ask the site to erase their data: it must do so within one month, and \u{201c}collected while I was a minor\u{201d} is a valid reason.",
                "If it does not, they can complain to the CNIL.",
            ],
        ],
    },
    Expected {
        topic: "impersonation",
        open_main: CALL_3018,
        night_main: SITE_3018,
        open_order: OPEN_ORDER,
        night_order: NIGHT_ORDER,
        urgent: &[],
        services: (&[], &[]),
        alternatives: (EMERGENCY, NIGHT_LADDER),
        steps: [
            &[EVIDENCE[0], "Signale le faux compte.", COMPLAINT_FR],
            &[
                EVIDENCE[0],
                "Signale le faux compte.",
                "La personne dont l'identité est usurpée peut porter plainte, même seule et même mineure.",
            ],
            &[EVIDENCE[1], "Report the fake account.", COMPLAINT_EN],
            &[
                EVIDENCE[1],
                "Report the fake account.",
                "The person being impersonated can file a complaint, even alone and even under 18.",
            ],
        ],
    },
    // The 3114 leads at any hour: a call, 15/112 for a life in immediate danger, no steps.
    Expected {
        topic: "self-harm",
        open_main: ("tel:3114", "Appeler le 3114", "Call 3114"),
        night_main: ("tel:3114", "Appeler le 3114", "Call 3114"),
        open_order: &["actions", "alternatives"],
        night_order: &["actions", "alternatives"],
        urgent: &[],
        services: (&[], &[]),
        alternatives: (&["tel:15", "tel:112", "sms:114"], &["tel:15", "tel:112", "sms:114"]),
        steps: [&[], &[], &[], &[]],
    },
    // The 119 leads at any hour.
    Expected {
        topic: "child-abuse",
        open_main: ("tel:119", "Appeler le 119", "Call 119"),
        night_main: ("tel:119", "Appeler le 119", "Call 119"),
        open_order: &["actions", "alternatives"],
        night_order: &["actions", "alternatives"],
        urgent: &[],
        services: (&[], &[]),
        alternatives: (EMERGENCY, EMERGENCY),
        steps: [&[], &[], &[], &[]],
    },
];

/// 10 topics × open/night × victim/witness × fr/en = 80 views, Instagram on a phone.
#[test]
fn table_topics_moments_roles_locales() {
    assert_eq!(TABLE.len(), Topic::NAMES.len(), "every topic is in the table");
    let mut n = 0;
    for e in TABLE {
        let topic = Topic::from_name(e.topic).expect(e.topic);
        for (moment, now) in [("open", OPEN), ("night", NIGHT)] {
            for (k, (locale, role)) in
                [("fr", Role::Victim), ("fr", Role::Witness), ("en", Role::Victim), ("en", Role::Witness)]
                    .into_iter()
                    .enumerate()
            {
                let case = format!("{}/{moment}/{locale}/{role:?}", e.topic);
                let c = config(&format!(r#"{{"platform": "instagram", "locale": "{locale}"}}"#));
                let v = view(&c, Some(topic), role, at(now), &PHONE);
                let night = moment == "night";
                assert_eq!(v.topic, Some(topic), "{case}");

                let (href, fr, en) = if night { e.night_main } else { e.open_main };
                let main = v.primary.as_ref().unwrap_or_else(|| panic!("{case}: a main action"));
                assert_eq!(main.href, href, "{case}: main action");
                assert_eq!(main.label, if locale == "fr" { fr } else { en }, "{case}: main label");
                let kind = if href.starts_with("tel:") { ActionKind::Call } else { ActionKind::Link };
                assert_eq!(main.kind, kind, "{case}: main kind");
                assert_eq!(main.helpline, href.trim_start_matches("tel:").replace("https://3018.fr", "3018"), "{case}");

                assert_eq!(order(&v), if night { e.night_order } else { e.open_order }, "{case}: order of sections");
                assert_eq!(hrefs(&v.urgent), e.urgent, "{case}: urgent");
                assert_eq!(hrefs(&v.services), if night { e.services.1 } else { e.services.0 }, "{case}: services");
                assert_eq!(
                    hrefs(&v.alternatives),
                    if night { e.alternatives.1 } else { e.alternatives.0 },
                    "{case}: alternatives"
                );
                assert_eq!(v.steps, e.steps[k], "{case}: steps");
                assert_eq!(v.steps_title.is_some(), !v.steps.is_empty(), "{case}: steps title");
                // Titles follow their lists; every other line is a fallback.
                assert_eq!(v.urgent_title.is_some(), !v.urgent.is_empty(), "{case}");
                assert_eq!(v.services_title.is_some(), !v.services.is_empty(), "{case}");
                assert_eq!(v.alternatives_title.is_some(), !v.alternatives.is_empty(), "{case}");
                for a in v.urgent.iter().chain(&v.services).chain(&v.alternatives).flat_map(|r| &r.actions) {
                    assert_eq!(a.kind, ActionKind::Fallback, "{case}: {}", a.href);
                    assert!(
                        a.href.starts_with("tel:") || a.href.starts_with("https://") || a.href == "sms:114",
                        "{case}: {}",
                        a.href
                    );
                    assert_eq!(a.new_tab, a.href.starts_with("https:"), "{case}: {}", a.href);
                }
                n += 1;
            }
        }
    }
    assert_eq!(n, 80);
}

/// The issue's definition of done, in both locales: sextortion at 23:30 reads, in this order,
/// the 3018's reopening and site, "don't pay" first among the steps, Take It Down, the minors'
/// 24/7 chat, then 3114, 119, 17/112 (and the 114 by SMS).
#[test]
fn sextortion_at_night_reads_dont_pay_before_any_number() {
    for (locale, reopen, site, dont_pay, take_it_down, chat) in [
        (
            "fr",
            "Fermé pour le moment — rouvre demain à 9 h, dans 9 h 30 min",
            "Aller sur le site du 3018",
            "Ne paie pas : le maître-chanteur en demande toujours plus.",
            "Aller sur Take It Down (en français)",
            "Ouvrir le tchat Espace Mineurs",
        ),
        (
            "en",
            "Closed right now — opens again tomorrow at 9 am, in 9 h 30 min",
            "Go to the 3018 website",
            "Don't pay: the blackmailer always asks for more.",
            "Go to Take It Down",
            "Open the Espace Mineurs chat",
        ),
    ] {
        let c = config(&format!(r#"{{"platform": "instagram", "locale": "{locale}"}}"#));
        let v = view(&c, Some(Topic::Sextortion), Role::Victim, at(NIGHT), &PHONE);
        // Reading order: what each section says, flattened.
        let mut read: Vec<String> = vec![plain(&v.status.text)];
        for section in &v.order {
            match section {
                Section::Actions => read.extend(v.primary.iter().chain(&v.secondary).map(|a| a.label.clone())),
                Section::Steps => read.extend(v.steps.iter().cloned()),
                Section::Services => {
                    read.extend(v.services.iter().flat_map(|r| r.actions.iter().map(|a| a.label.clone())))
                }
                Section::Alternatives => {
                    read.extend(v.alternatives.iter().flat_map(|r| r.actions.iter().map(|a| a.href.clone())))
                }
                _ => {}
            }
        }
        let pos =
            |needle: &str| read.iter().position(|r| r == needle).unwrap_or_else(|| panic!("{needle} in {read:?}"));
        let sequence =
            [reopen, site, dont_pay, take_it_down, MINORS_CHAT, "tel:3114", "tel:119", "tel:17", "tel:112", "sms:114"];
        let positions: Vec<usize> = sequence.iter().map(|s| pos(s)).collect();
        assert!(positions.windows(2).all(|w| w[0] < w[1]), "{locale}: {read:?}");
        assert_eq!(pos(dont_pay), pos(site) + 1, "{locale}: 'don't pay' is the first step");
        let chat_rung = &v.alternatives[0];
        assert_eq!(chat_rung.actions[0].label, chat, "{locale}");
        assert!(chat_rung.reason.contains("24"), "{locale}: the chat's own reason says 24/7: {}", chat_rung.reason);
        assert_eq!(
            v.alternatives_title.as_deref().map(plain).as_deref(),
            Some(if locale == "fr" {
                "En attendant, ces services répondent 24 h/24"
            } else {
                "Meanwhile, these services answer 24/7"
            }),
            "{locale}: a chat is not a free number"
        );
    }
}

/// Self-harm leads with a `tel:3114` call at any hour and on every preset (TikTok's "never a
/// call button" is its choice for the 3018), with its own status and wording; child abuse with
/// `tel:119`.
#[test]
fn other_leads_call_at_any_hour_on_every_preset() {
    for platform in ["instagram", "messenger", "facebook", "tiktok", "generic"] {
        for now in [OPEN, NIGHT, "2026-11-29T04:00:00+01:00"] {
            for device in [PHONE, DESKTOP] {
                let c = config(&format!(r#"{{"platform": "{platform}"}}"#));
                let case = format!("{platform}/{now}/{}", device.can_call);
                let v = view(&c, Some(Topic::SelfHarm), Role::Witness, at(now), &device);
                let main = v.primary.as_ref().unwrap();
                assert_eq!((main.kind, main.href.as_str()), (ActionKind::Call, "tel:3114"), "{case}");
                assert_eq!(plain(main.hint.as_deref().unwrap()), "Gratuit et confidentiel, 24 h/24", "{case}");
                assert_eq!(v.secondary.iter().map(|a| a.href.as_str()).collect::<Vec<_>>(), ["https://3114.fr"]);
                assert_eq!(v.secondary[0].label, "Site du 3114", "{case}");
                assert_eq!(plain(&v.status.text), "Ouvert 24 h/24, 7 j/7", "{case}");
                assert!(v.status.open && v.channels.is_empty() && v.number.is_none(), "{case}");
                assert_eq!(v.qr.is_some(), !device.can_call, "{case}: the QR code of tel:3114 on a computer");
                if let Some(qr) = &v.qr {
                    assert_eq!(qr.code.text, "tel:3114", "{case}");
                }
                assert!(!hrefs(&v.alternatives).contains(&"tel:3018"), "{case}: the 3114 first, not the 3018");
                assert_eq!(v.alternatives[0].reason, "Si une vie est en danger immédiat : 15 ou 112", "{case}");
                assert_eq!(v.recompute_at, None, "{case}: nothing changes for a 24/7 lead");

                let v = view(&c, Some(Topic::ChildAbuse), Role::Victim, at(now), &device);
                let main = v.primary.as_ref().unwrap();
                assert_eq!(
                    (main.kind, main.href.as_str(), main.label.as_str()),
                    (ActionKind::Call, "tel:119", "Appeler le 119")
                );
                assert!(v.secondary.is_empty(), "{case}: no 119 site in the facts");
                assert_eq!(v.alternatives[0].reason, "Si tu es en danger immédiat : 17 ou 112", "{case}");
            }
        }
    }
    let c = config(r#"{"platform": "tiktok"}"#);
    let v = view(&c, Some(Topic::SelfHarm), Role::Victim, at(NIGHT), &PHONE);
    assert_eq!(v.title, "Des personnes sont là pour toi");
    assert!(v.body.contains("3114") && v.body.contains("confidentiel") && !v.body.contains("anonyme"), "{}", v.body);
    let w = view(&c, Some(Topic::SelfHarm), Role::Witness, at(NIGHT), &PHONE);
    assert_eq!(w.title, "Merci d'avoir signalé");
    assert!(w.body.contains("Si tu t'inquiètes pour quelqu'un"), "{}", w.body);
    let v = view(
        &config(r#"{"platform": "tiktok", "locale": "en"}"#),
        Some(Topic::ChildAbuse),
        Role::Victim,
        at(NIGHT),
        &PHONE,
    );
    assert_eq!(v.title, "It's not your fault");
    assert!(v.body.contains("119") && v.body.contains("does not show on phone bills"), "{}", v.body);
    assert_eq!(v.primary.unwrap().hint.as_deref(), Some("Free, 24/7, not shown on phone bills"));
}

/// For the 3018's topics the preset decides the main control, as without a topic.
#[test]
fn the_3018_topics_keep_the_preset_rule() {
    for topic in Topic::NAMES.iter().map(|(_, t)| *t).filter(|t| t.help().lead == "3018") {
        for (platform, device, open_main) in [
            ("instagram", DESKTOP, "tel:3018"),
            ("tiktok", PHONE, "https://3018.fr"),
            ("generic", PHONE, "tel:3018"),
            ("generic", DESKTOP, "https://3018.fr"),
        ] {
            let c = config(&format!(r#"{{"platform": "{platform}"}}"#));
            let general = view(&c, None, Role::Victim, at(OPEN), &device);
            let v = view(&c, Some(topic), Role::Victim, at(OPEN), &device);
            assert_eq!(v.primary.as_ref().unwrap().href, open_main, "{topic:?}/{platform}");
            assert_eq!(
                (&v.primary, &v.secondary, &v.number, &v.qr),
                (&general.primary, &general.secondary, &general.number, &general.qr)
            );
            assert_eq!((&v.title, &v.body, &v.status), (&general.title, &general.body, &general.status), "{topic:?}");
        }
    }
}

/// Threats: the 17/112 line (and the 114) above the 3018, at any hour, and never twice.
#[test]
fn threats_show_the_emergency_line_first() {
    let c = config(r#"{"platform": "tiktok", "locale": "en"}"#);
    for now in [OPEN, NIGHT] {
        let v = view(&c, Some(Topic::Threats), Role::Victim, at(now), &PHONE);
        assert_eq!(v.order[0], Section::Urgent);
        assert_eq!(v.urgent_title.as_deref(), Some("In an emergency"));
        assert_eq!(v.urgent[0].reason, "If you are in immediate danger: 17 or 112");
        assert_eq!(v.urgent[1].reason, "Deaf or hard of hearing, in an emergency: text 114, free");
        assert_eq!(v.urgent[1].actions[0].label, "Text 114");
        let all: Vec<&str> =
            hrefs(&v.urgent).into_iter().chain(hrefs(&v.alternatives)).chain(hrefs(&v.services)).collect();
        assert_eq!(all.iter().filter(|h| **h == "tel:17").count(), 1, "{now}");
        assert_eq!(all.iter().filter(|h| **h == MINORS_CHAT).count(), 1, "{now}");
    }
}

/// The 114 by SMS in the emergency section on every preset, open or closed, fr and en.
#[test]
fn the_114_by_sms_is_in_every_emergency_section() {
    for platform in ["instagram", "messenger", "facebook", "tiktok", "generic"] {
        for locale in ["fr", "en"] {
            for now in [OPEN, NIGHT] {
                for device in [PHONE, DESKTOP] {
                    let c = config(&format!(r#"{{"platform": "{platform}", "locale": "{locale}"}}"#));
                    let v = view(&c, None, Role::Victim, at(now), &device);
                    let rung = v.alternatives.iter().find(|r| r.actions.iter().any(|a| a.href == "sms:114"));
                    let rung = rung.unwrap_or_else(|| panic!("{platform}/{locale}/{now}: the 114"));
                    assert_eq!(rung.actions.len(), 1);
                    assert_eq!(rung.actions[0].helpline, "114");
                    assert!(!rung.actions[0].new_tab);
                    let (reason, label) = if locale == "fr" {
                        (
                            "Pour les personnes sourdes ou malentendantes, en cas d'urgence : le 114 par SMS, gratuit",
                            "Envoyer un SMS au 114",
                        )
                    } else {
                        ("Deaf or hard of hearing, in an emergency: text 114, free", "Text 114")
                    };
                    assert_eq!((rung.reason.as_str(), rung.actions[0].label.as_str()), (reason, label));
                    // Right after the emergency numbers.
                    let k = v.alternatives.iter().position(|r| std::ptr::eq(r, rung)).unwrap();
                    assert_eq!(v.alternatives[k - 1].actions[0].href, "tel:17");
                }
            }
        }
    }
}

/// The 15 only where the facts give it: self-harm.
#[test]
fn the_15_only_for_self_harm() {
    let c = config(r#"{"platform": "instagram"}"#);
    for topic in Topic::NAMES.iter().map(|(_, t)| Some(*t)).chain([None]) {
        for now in [OPEN, NIGHT] {
            let v = view(&c, topic, Role::Victim, at(now), &PHONE);
            let all: Vec<&str> = hrefs(&v.urgent).into_iter().chain(hrefs(&v.alternatives)).collect();
            assert_eq!(all.contains(&"tel:15"), topic == Some(Topic::SelfHarm), "{topic:?}");
            assert_eq!(all.contains(&"tel:17"), topic != Some(Topic::SelfHarm), "{topic:?}");
        }
    }
}

/// An unknown category gets the general help, unchanged; `topics` maps platform categories.
#[test]
fn categories_pick_topics_through_the_config() {
    let c = config(r#"{"platform": "instagram", "topics": {"chantage": "sextortion"}}"#);
    let general = view(&c, None, Role::Victim, at(NIGHT), &PHONE);
    assert_eq!(general.topic, None);
    assert_eq!(c.topic_of(Some("spam")), None);
    assert_eq!(general.steps[0], "Garde des captures d'écran et les liens : ce sont des preuves.");
    assert!(!hrefs(&general.alternatives).contains(&MINORS_CHAT), "no night route without a topic");
    assert_eq!(order(&general), NIGHT_ORDER);
    let v = view(&c, c.topic_of(Some("chantage")), Role::Victim, at(NIGHT), &PHONE);
    assert_eq!(v.topic, Some(Topic::Sextortion));
    assert_eq!(v.steps[0], "Ne paie pas : le maître-chanteur en demande toujours plus.");
}

/// Texts per topic and per locale, and the services' URLs, are overridable.
#[test]
fn topic_texts_and_services_are_overridable() {
    let c = config(
        r#"{"platform": "instagram", "locale": "en",
            "texts": {"en": {"sextortion.steps": ["Never pay."], "sextortion.stepsWitness": ["Tell them: never pay."],
                             "self-harm.titleVictim": "We are here", "self-harm.callHint": "Free",
                             "reasonTakeItDown": "Take It Down", "takeItDown": "Stop the images",
                             "hate.titleWitness": "Thanks"},
                      "fr": {"sextortion.steps": ["Ne paie jamais."]}},
            "helplines": [{"id": "take-it-down", "url": "https://takeitdown.ncmec.org/fr/"},
                          {"id": "minors-chat", "url": "https://example.gouv.fr/mineurs"}]}"#,
    );
    let v = view(&c, Some(Topic::Sextortion), Role::Victim, at(NIGHT), &PHONE);
    assert_eq!(v.steps, ["Never pay."]);
    assert_eq!(v.services[0].reason, "Take It Down");
    assert_eq!(v.services[0].actions[0].label, "Stop the images");
    assert_eq!(v.services[0].actions[0].href, "https://takeitdown.ncmec.org/fr/");
    assert_eq!(v.alternatives[0].actions[0].href, "https://example.gouv.fr/mineurs");
    let w = view(&c, Some(Topic::Sextortion), Role::Witness, at(NIGHT), &PHONE);
    assert_eq!(w.steps, ["Tell them: never pay."]);
    let v = view(&c, Some(Topic::SelfHarm), Role::Victim, at(NIGHT), &PHONE);
    assert_eq!((v.title.as_str(), v.primary.unwrap().hint.as_deref()), ("We are here", Some("Free")));
    assert_eq!(view(&c, Some(Topic::Hate), Role::Witness, at(NIGHT), &PHONE).title, "Thanks");
    assert_eq!(view(&c, Some(Topic::Hate), Role::Victim, at(NIGHT), &PHONE).title, "It's not your fault");
    // An empty list removes the steps, and their title.
    let c = config(r#"{"platform": "instagram", "texts": {"fr": {"hate.steps": []}}}"#);
    let v = view(&c, Some(Topic::Hate), Role::Victim, at(OPEN), &PHONE);
    assert_eq!((v.steps.len(), v.steps_title.is_none()), (0, true));
    assert!(!v.order.contains(&Section::Steps));
}

/// The night route follows the minors' chat's own hours when a platform gives it some, and the
/// view is recomputed when it opens.
#[test]
fn the_night_route_follows_the_chat_hours() {
    let c = config(
        r#"{"platform": "instagram", "helplines": [{"id": "minors-chat", "schedule": {"weekly": [
            {"days": ["mon","tue","wed","thu","fri","sat","sun"], "open": "23:45", "close": "24:00"}]}}]}"#,
    );
    let v = view(&c, Some(Topic::Harassment), Role::Victim, at(NIGHT), &PHONE);
    assert!(!hrefs(&v.alternatives).contains(&MINORS_CHAT), "closed at 23:30");
    assert_eq!(
        plain(v.alternatives_title.as_deref().unwrap()),
        "En attendant, ces numéros répondent 24 h/24, gratuitement"
    );
    assert_eq!(v.recompute_at, Some(at("2026-11-28T23:31:00+01:00")), "the countdown's next minute comes first");
    let v = view(&c, Some(Topic::Harassment), Role::Victim, at("2026-11-28T23:44:30+01:00"), &PHONE);
    assert_eq!(v.recompute_at, Some(at("2026-11-28T23:45:00+01:00")));
    let v = view(&c, Some(Topic::Harassment), Role::Victim, at("2026-11-28T23:50:00+01:00"), &PHONE);
    assert_eq!(hrefs(&v.alternatives)[0], MINORS_CHAT);
}

/// The leading line's open/closed logic, reopening sentence and live flip work for the 3114
/// too, when a platform gives it hours.
#[test]
fn a_leading_line_with_hours_says_when_it_reopens() {
    let c = config(
        r#"{"platform": "instagram", "helplines": [{"id": "3114", "schedule": {"weekly": [
            {"days": ["mon","tue","wed","thu","fri","sat","sun"], "open": "08:00", "close": "23:00"}]}}]}"#,
    );
    let v = view(&c, Some(Topic::SelfHarm), Role::Victim, at(NIGHT), &PHONE);
    assert!(!v.status.open);
    assert_eq!(plain(&v.status.text), "Fermé pour le moment — rouvre demain à 8 h, dans 8 h 30 min");
    assert_eq!(v.status.announcement, "Le 3114 est maintenant fermé.");
    assert_eq!(v.primary.as_ref().unwrap().href, "https://3114.fr", "no call while closed: the site");
    assert!(!hrefs(&v.alternatives).contains(&"tel:3114"), "never the lead among its alternatives");
    assert_eq!(&hrefs(&v.alternatives)[..2], ["tel:119", "tel:15"]);
    let open = view(&c, Some(Topic::SelfHarm), Role::Victim, at("2026-11-28T22:45:00+01:00"), &PHONE);
    assert_eq!(open.status.tone, StatusTone::ClosingSoon);
    assert_eq!(open.status.announcement, "Le 3114 est maintenant ouvert.");
}
