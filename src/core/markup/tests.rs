//! The dialog's tree, asserted natively: the markup the renderer will build, for real views.

use super::*;
use crate::core::config::Role;
use crate::core::test_support::{at, config, DESKTOP, NIGHT, OPEN, PHONE};
use crate::core::topics::Topic;
use crate::core::view::{view, DeviceFacts, View};

fn view_of(json: &str, topic: Option<Topic>, now: &str, device: &DeviceFacts) -> View {
    view(&config(json), topic, Role::Victim, at(now), device)
}

/// The tree as markup, the way `outerHTML` writes it (tests only: the renderer never parses).
fn html(node: &Node) -> String {
    let escape = |s: &str| s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;");
    match node {
        Node::Text(text) => escape(text),
        Node::Element(e) => {
            let attrs: String = e.attrs.iter().map(|(n, v)| format!(" {n}=\"{}\"", escape(v))).collect();
            let children: String = e.children.iter().map(html).collect();
            format!("<{tag}{attrs}>{children}</{tag}>", tag = e.tag)
        }
    }
}

/// Every element of the tree, depth first.
fn all(element: &Element) -> Vec<&Element> {
    let mut out = vec![element];
    for child in element.elements() {
        out.extend(all(child));
    }
    out
}

fn by_class<'a>(element: &'a Element, class: &str) -> Option<&'a Element> {
    all(element).into_iter().find(|e| e.get("class").is_some_and(|c| c.split(' ').any(|c| c == class)))
}

fn links(element: &Element) -> Vec<&Element> {
    all(element).into_iter().filter(|e| e.tag == "a").collect()
}

#[test]
fn the_header_row_comes_first_then_the_text_the_status_and_the_live_region_last() {
    let v = view_of(r#"{"platform": "instagram"}"#, None, OPEN, &PHONE);
    let card = card(&v);
    let markup = html(&Node::Element(card.clone()));
    let head = [
        r#"<div class="card"><div class="head"><h2 class="title" id="bouton3018-title">"#,
        &v.title,
        r#"</h2><button class="close" type="button" data-bouton3018-close=""><svg viewBox="0 0 16 16" aria-hidden="true" focusable="false" class="cross"><path d="M3 3L13 13M13 3L3 13"></path></svg><span>"#,
        "Fermer",
        r#"</span></button></div><div class="content" tabindex="-1"><p class="body" id="bouton3018-body">"#,
    ]
    .concat();
    assert!(markup.starts_with(&head), "{markup}");
    assert!(markup.contains(r#"<p class="status status-open">Ouvert"#), "{markup}");
    assert!(
        markup.ends_with(
            r#"<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true"></div></div>"#
        ),
        "the live region is last and empty: {markup}"
    );
    let classes: Vec<_> = card.elements().map(|e| e.get("class").unwrap()).collect();
    assert_eq!(classes, ["head", SCROLLER_CLASS, "visually-hidden"]);
    // The call is the first control under the header row, one Tab from the dialog.
    let first = links(&card)[0];
    assert_eq!(
        (first.get("href"), first.get(KIND_ATTR), first.get(HELPLINE_ATTR)),
        (Some("tel:3018"), Some("call"), Some("3018"))
    );
    assert_eq!(first.text_content(), "Appeler le 3018Gratuit, anonyme et confidentiel");
}

/// The regions under the status line follow the view's order, whatever the topic and the hour;
/// the others come after, hidden when they have a title to show and nothing else.
#[test]
fn regions_follow_the_view_order_for_every_topic_open_and_at_night() {
    let region_class = |s: Section| match s {
        Section::Urgent => "urgent",
        Section::Actions => "actions",
        Section::Qr => "handoff",
        Section::Channels => "channels",
        Section::Steps => "steps",
        Section::Services => "services",
        Section::Alternatives => "alternatives",
    };
    let topics = std::iter::once(None).chain(Topic::NAMES.iter().map(|(_, t)| Some(*t)));
    let mut n = 0;
    for topic in topics {
        for now in [OPEN, NIGHT] {
            for device in [PHONE, DESKTOP] {
                let v = view_of(r#"{"platform": "instagram"}"#, topic, now, &device);
                let card = card(&v);
                let content = card.elements().nth(1).unwrap();
                let regions: Vec<&Element> = content.elements().skip(2).collect();
                assert_eq!(regions.len(), 7, "{topic:?} {now}: every region once");
                let shown: Vec<_> = regions.iter().take(v.order.len()).map(|e| e.get("class").unwrap()).collect();
                let expected: Vec<_> = v.order.iter().map(|s| region_class(*s)).collect();
                assert_eq!(shown, expected, "{topic:?} {now}");
                for region in &regions[v.order.len()..] {
                    assert!(
                        region.get("hidden").is_some() || region.children.is_empty(),
                        "{topic:?} {now}: {} shows nothing",
                        html(&Node::Element((*region).clone()))
                    );
                }
                // Every action of the view is one link, keyed by its href, in reading order.
                let actions = v.urgent.len() + v.services.len() + v.alternatives.len();
                assert!(links(&card).len() >= actions, "{topic:?} {now}");
                for link in links(&card) {
                    let href = link.get("href").unwrap();
                    assert!(safe_href(href), "{href}");
                    assert_eq!(link.key.as_deref(), Some(href));
                    assert!(link.get(KIND_ATTR).is_some() && link.get(HELPLINE_ATTR).is_some());
                    assert_eq!(link.get("target").is_some(), href.starts_with("https:"), "{href}: new tab");
                }
                n += 1;
            }
        }
    }
    assert_eq!(n, 44);
}

#[test]
fn platform_texts_are_text_nodes_never_markup() {
    let evil = r#"<img src=x onerror=alert(1)>"#;
    let json = r#"{"platform": "generic", "texts": {"fr": {"titleVictim": "EVIL", "close": "EVIL"}}}"#
        .replace("EVIL", &evil.replace('"', "\\\""));
    let v = view_of(&json, None, OPEN, &PHONE);
    let card = card(&v);
    assert!(all(&card).iter().all(|e| e.tag != "img"));
    assert_eq!(by_class(&card, "title").unwrap().children, [Node::Text(evil.to_owned())]);
    assert!(html(&Node::Element(card)).contains("&lt;img src=x onerror=alert(1)&gt;"));
}

#[test]
fn a_link_whose_href_is_not_tel_https_or_sms_is_not_in_the_tree() {
    let mut v = view_of(r#"{"platform": "instagram"}"#, None, OPEN, &PHONE);
    let before = links(&card(&v)).len();
    v.primary.as_mut().unwrap().href = "javascript:alert(1)".to_owned();
    v.alternatives[0].actions[0].href = "http://3018.fr".to_owned();
    let card = card(&v);
    assert_eq!(links(&card).len(), before - 2);
    assert!(links(&card).iter().all(|l| safe_href(l.get("href").unwrap())));
}

#[test]
fn a_computer_gets_the_qr_code_as_an_svg_image_and_a_bad_path_hides_it() {
    let mut v = view_of(r#"{"platform": "instagram"}"#, None, OPEN, &DESKTOP);
    let qr = v.qr.clone().expect("a QR code on a desktop while open");
    let tree = card(&v);
    let region = by_class(&tree, "handoff").unwrap();
    assert_eq!(region.get("hidden"), None);
    let svg = all(region).into_iter().find(|e| e.tag == "svg").unwrap();
    assert_eq!(svg.ns, Ns::Svg);
    let size = qr.code.size.to_string();
    assert_eq!(svg.get("viewBox"), Some(["0 0 ", &size, " ", &size].concat().as_str()));
    assert_eq!((svg.get("role"), svg.get("aria-label")), (Some("img"), Some(qr.code.alt.as_str())));
    assert_eq!(svg.elements().next().unwrap().get("d"), Some(qr.code.path.as_str()));
    assert_eq!(by_class(&tree, "qr").unwrap().elements().nth(1).unwrap().text_content(), qr.caption);

    v.qr.as_mut().unwrap().code.path.push_str("\"/><script>");
    let tree = card(&v);
    let region = by_class(&tree, "handoff").unwrap();
    assert_eq!((region.get("hidden"), region.children.len()), (Some(""), 0));
}

/// The kept rendering is patched from one tree to the next: the tree of an unchanged view is the
/// same tree, and a minute later only the status line differs.
#[test]
fn a_minute_later_only_the_status_text_changes() {
    let c = config(r#"{"platform": "instagram"}"#);
    let one = card(&view(&c, None, Role::Victim, at("2026-11-28T22:40:00+01:00"), &PHONE));
    let same = card(&view(&c, None, Role::Victim, at("2026-11-28T22:40:00+01:00"), &PHONE));
    let next = card(&view(&c, None, Role::Victim, at("2026-11-28T22:41:00+01:00"), &PHONE));
    assert_eq!(one, same);
    let (a, b) = (html(&Node::Element(one)), html(&Node::Element(next)));
    assert_ne!(a, b);
    let (a_status, b_status) = (a.find("status status-soon").unwrap(), b.find("status status-soon").unwrap());
    assert_eq!(a[..a_status], b[..b_status], "the same up to the status line");
    let tail = |s: &str| s[s.find("</p>").unwrap()..].to_owned();
    assert_eq!(tail(&a[a_status..]), tail(&b[b_status..]), "and the same after it");
}

/// "Didn't connect?" (docs/accessibility.md, behaviour 26): under the link that dialled nothing,
/// nothing removed, nothing else moved; the number large, what to do, a copy button; the QR code of
/// that call on a computer (unless the dialog already shows it), none for an SMS.
#[test]
fn a_call_that_connected_nothing_gets_its_help_right_under_its_link() {
    use crate::core::view::{view_with, Interaction};
    let c = config(r#"{"platform": "instagram"}"#);
    let plain = view(&c, None, Role::Victim, at(NIGHT), &PHONE);
    let missed = Interaction { missed: vec!["tel:3114".into(), "sms:114".into()], copied: vec![] };
    let v = view_with(&c, None, Role::Victim, at(NIGHT), &PHONE, &missed);
    assert_eq!(
        v.missed.iter().map(|m| (m.href.as_str(), m.number.as_str())).collect::<Vec<_>>(),
        [("tel:3114", "3114"), ("sms:114", "114")]
    );
    assert_eq!(v.missed[0].text, "L'appel ne s'est pas lancé ? Compose le 3114 sur ton téléphone.");
    assert_eq!(v.missed[1].text, "Le SMS ne s'est pas ouvert ? Envoie un SMS au 114 depuis ton téléphone.");
    assert!(v.missed.iter().all(|m| m.qr.is_none() && m.copy_label == "Copier le numéro"), "a phone: no QR code");

    let (before, after) = (card(&plain), card(&v));
    let helps: Vec<&Element> = all(&after).into_iter().filter(|e| e.get("class") == Some(MISSED_CLASS)).collect();
    assert_eq!(helps.len(), 2);
    // Each right after its link, in the link's own container.
    for (help, href) in helps.iter().zip(["tel:3114", "sms:114"]) {
        let parent = all(&after)
            .into_iter()
            .find(|e| e.children.iter().any(|c| matches!(c, Node::Element(x) if std::ptr::eq(x, *help))))
            .unwrap();
        let i = parent.children.iter().position(|c| matches!(c, Node::Element(x) if std::ptr::eq(x, *help))).unwrap();
        assert!(
            matches!(&parent.children[i - 1], Node::Element(a) if a.tag == "a" && a.get("href") == Some(href)),
            "{href}"
        );
        assert_eq!(help.key.as_deref(), Some(["missed:", href].concat().as_str()));
        let button = all(help).into_iter().find(|e| e.tag == "button").unwrap();
        assert_eq!((button.get("type"), button.get(COPY_ATTR)), (Some("button"), Some(&href[4..])));
        assert_eq!(by_class(help, "digits").unwrap().text_content(), &href[4..]);
    }
    // Nothing removed: without the helps, the tree is the one before.
    fn strip(e: &Element) -> Element {
        let mut e = e.clone();
        e.children.retain(|c| !matches!(c, Node::Element(x) if x.get("class") == Some(MISSED_CLASS)));
        for c in &mut e.children {
            if let Node::Element(x) = c {
                *x = strip(x);
            }
        }
        e
    }
    assert_eq!(strip(&after), before);

    // A computer: the QR code of the 3114 in its help; the 3018's own is already on screen by day.
    let day = Interaction { missed: vec!["tel:3018".into(), "tel:17".into()], copied: vec!["17".into()] };
    let v = view_with(&config(r#"{"platform": "instagram"}"#), None, Role::Victim, at(OPEN), &DESKTOP, &day);
    assert_eq!(v.missed.len(), 2);
    assert!(v.missed[0].qr.is_none(), "the dialog's own QR code shows the 3018 already");
    assert_eq!(v.missed[1].qr.as_ref().map(|q| q.code.text.as_str()), Some("tel:17"));
    assert_eq!(
        (v.missed[0].copy_label.as_str(), v.missed[1].copy_label.as_str()),
        ("Copier le numéro", "Numéro copié")
    );
    // A link the view no longer shows has no help (the 3018's call at night).
    let gone = view_with(
        &c,
        None,
        Role::Victim,
        at(NIGHT),
        &PHONE,
        &Interaction { missed: vec!["tel:3018".into()], copied: vec![] },
    );
    assert!(gone.missed.is_empty());
    // A channel's number is shown as the config writes it.
    let c = config(
        r#"{"platform": "instagram", "helplines": [{"id": "3018", "channels": [{"id": "x", "name": "Ligne", "number": "01 23 45 67 89", "schedule": {"weekly": [{"days": ["sat"], "open": "09:00", "close": "18:00"}]}}]}]}"#,
    );
    let v = view_with(
        &c,
        None,
        Role::Victim,
        at(OPEN),
        &PHONE,
        &Interaction { missed: vec!["tel:0123456789".into()], copied: vec![] },
    );
    assert_eq!(v.missed[0].number, "01 23 45 67 89");
}

/// Every action link starts with one picture of what it does (easy-to-read guidance), hidden from
/// assistive technology, so its name stays its words; in both registers, every kind of action.
#[test]
fn every_action_link_shows_what_it_does_with_a_hidden_icon() {
    let views = [
        view_of(r#"{"platform": "instagram"}"#, None, OPEN, &PHONE),
        view_of(r#"{"platform": "instagram"}"#, Some(Topic::Threats), NIGHT, &DESKTOP),
        view_of(r#"{"platform": "tiktok"}"#, Some(Topic::Hate), OPEN, &PHONE),
    ];
    let mut seen = std::collections::BTreeSet::new();
    for v in &views {
        for link in links(&card(v)) {
            let label = link.elements().next().unwrap();
            assert_eq!(label.get("class"), Some("label"));
            let svg = label.elements().next().expect("an icon first");
            assert_eq!((svg.tag, svg.get("aria-hidden"), svg.get("focusable")), ("svg", Some("true"), Some("false")));
            let class = svg.get("class").unwrap();
            let href = link.get("href").unwrap();
            let expected = if href.starts_with("tel:") {
                "icon icon-call"
            } else if href.starts_with("sms:") {
                "icon icon-sms"
            } else if link.get(KIND_ATTR) == Some("chat") {
                "icon icon-chat"
            } else {
                "icon icon-site"
            };
            assert_eq!(class, expected, "{href}");
            seen.insert(class.to_owned());
            assert_eq!(svg.text_content(), "", "the icon adds no words to the name");
        }
    }
    assert_eq!(seen.len(), 4, "every kind of icon was checked: {seen:?}");
}
