//! Where the widget was mounted, and what to tell the platform about it: in a frame, the dialog
//! covers only the frame; in a sandboxed frame, links and calls need sandbox keywords
//! (docs/iframes.md, which cites each engine's rule).
//!
//! The shell finds out what it can (a frame or the top page; the `<iframe>`'s `sandbox`
//! attribute when the frame is same-origin; an opaque origin, which means a sandbox without
//! `allow-same-origin` whose keywords cannot be read from inside); this module decides what is
//! missing and words the console warning and the `bouton3018:error`.

/// Where the widget runs, as far as the page can tell.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Frame {
    /// The top-level document: nothing to say.
    Top,
    /// A same-origin frame: its `<iframe>`'s `sandbox` attribute, `None` when it has none.
    SameOrigin(Option<String>),
    /// A frame with an opaque origin: sandboxed without `allow-same-origin`; its keywords cannot
    /// be read from inside.
    Opaque,
    /// A cross-origin frame: whether it is sandboxed cannot be read from inside.
    CrossOrigin,
}

/// What the frame's sandbox may lack, and what goes wrong without each keyword.
const NEEDS: &[(&str, &str)] = &[
    ("allow-popups", "links cannot open"),
    ("allow-popups-to-escape-sandbox", "sites open sandboxed"),
    ("allow-top-navigation-by-user-activation", "tel: and sms: cannot reach the phone"),
];

/// Any of these lets a tapped `tel:`/`sms:` link out of a sandbox, in Chromium, Firefox and
/// Safari (docs/iframes.md, "tel: and sms: links").
const LETS_CALLS_OUT: &[&str] = &[
    "allow-popups",
    "allow-top-navigation",
    "allow-top-navigation-to-custom-protocols",
    "allow-top-navigation-by-user-activation",
];

const COVERS_ONLY: &str =
    "bouton-3018: in an iframe, the dialog covers only the frame: mount the widget in the top page (docs/iframes.md).";
const FLAGS_NEEDED: &str =
    "allow-scripts allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation";

/// What to say at mount: the console warning, and the `bouton3018:error` when the frame is known
/// to lack sandbox keywords.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    /// For `console.warn`.
    pub warning: String,
    /// For `bouton3018:error`, naming the missing keywords.
    pub error: Option<String>,
    /// The missing keywords, in the order of the advice.
    pub missing: Vec<&'static str>,
}

/// The keywords of `NEEDS` a `sandbox` attribute lacks.
pub fn missing(sandbox: &str) -> Vec<&'static str> {
    let has = |k: &str| sandbox.split_ascii_whitespace().any(|w| w.eq_ignore_ascii_case(k));
    NEEDS
        .iter()
        .map(|(k, _)| *k)
        .filter(|k| match *k {
            "allow-top-navigation-by-user-activation" => !LETS_CALLS_OUT.iter().any(|k| has(k)),
            k => !has(k),
        })
        .collect()
}

/// What to tell the platform when the widget is mounted in `frame`.
pub fn at_mount(frame: &Frame) -> Option<Advice> {
    let warning = |more: &str| [COVERS_ONLY, more].concat();
    match frame {
        Frame::Top => None,
        Frame::SameOrigin(None) => Some(Advice { warning: warning(""), error: None, missing: Vec::new() }),
        Frame::SameOrigin(Some(sandbox)) => {
            let missing = missing(sandbox);
            let error = (!missing.is_empty()).then(|| {
                let why: Vec<String> = NEEDS
                    .iter()
                    .filter(|(k, _)| missing.contains(k))
                    .map(|(k, why)| [k, " (", why, ")"].concat())
                    .collect();
                ["bouton-3018: the iframe's sandbox lacks ", &why.join(", "), " (docs/iframes.md)"].concat()
            });
            let more = if error.is_some() { " Its sandbox lacks keywords: see bouton3018:error." } else { "" };
            Some(Advice { warning: warning(more), error, missing })
        }
        Frame::Opaque => Some(Advice {
            warning: warning(
                &[" Its sandbox cannot be read from inside; it needs sandbox=\"", FLAGS_NEEDED, "\"."].concat(),
            ),
            error: None,
            missing: Vec::new(),
        }),
        Frame::CrossOrigin => Some(Advice {
            warning: warning(&[" If it is sandboxed, it needs sandbox=\"", FLAGS_NEEDED, "\"."].concat()),
            error: None,
            missing: Vec::new(),
        }),
    }
}

/// The `bouton3018:error` when a call link connected nothing in `frame` and its sandbox may be
/// why (once per mount); `None` when the frame is known not to block calls.
pub fn after_missed_call(frame: &Frame) -> Option<String> {
    let lacks_calls = |s: &str| missing(s).contains(&"allow-top-navigation-by-user-activation");
    match frame {
        Frame::Top | Frame::SameOrigin(None) => None,
        Frame::SameOrigin(Some(s)) if !lacks_calls(s) => None,
        _ => Some(
            "bouton-3018: a call in an iframe connected nothing: its sandbox may lack allow-top-navigation-by-user-activation (docs/iframes.md)"
                .to_owned(),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sandbox_lacks_what_its_keywords_do_not_give() {
        assert_eq!(
            missing(""),
            ["allow-popups", "allow-popups-to-escape-sandbox", "allow-top-navigation-by-user-activation"]
        );
        assert_eq!(missing("allow-scripts"), missing(""));
        // allow-popups also lets calls out (Chromium, Firefox, Safari).
        assert_eq!(missing("allow-scripts allow-popups"), ["allow-popups-to-escape-sandbox"]);
        assert_eq!(missing("allow-scripts allow-popups allow-popups-to-escape-sandbox"), Vec::<&str>::new());
        assert_eq!(missing(FLAGS_NEEDED), Vec::<&str>::new());
        for calls in [
            "allow-top-navigation",
            "allow-top-navigation-to-custom-protocols",
            "ALLOW-TOP-NAVIGATION-BY-USER-ACTIVATION",
        ] {
            assert_eq!(
                missing(&["allow-scripts\t", calls].concat()),
                ["allow-popups", "allow-popups-to-escape-sandbox"],
                "{calls}"
            );
        }
        // A keyword is a whole word.
        assert_eq!(
            missing("allow-popups-to-escape-sandbox"),
            ["allow-popups", "allow-top-navigation-by-user-activation"]
        );
    }

    #[test]
    fn what_each_frame_is_told() {
        assert_eq!(at_mount(&Frame::Top), None);
        let plain = at_mount(&Frame::SameOrigin(None)).unwrap();
        assert_eq!((plain.warning.as_str(), plain.error.as_deref()), (COVERS_ONLY, None));
        let bare = at_mount(&Frame::SameOrigin(Some("allow-scripts allow-same-origin".into()))).unwrap();
        assert_eq!(
            bare.error.as_deref(),
            Some("bouton-3018: the iframe's sandbox lacks allow-popups (links cannot open), allow-popups-to-escape-sandbox (sites open sandboxed), allow-top-navigation-by-user-activation (tel: and sms: cannot reach the phone) (docs/iframes.md)")
        );
        assert!(bare.warning.ends_with("see bouton3018:error."), "{}", bare.warning);
        let some = at_mount(&Frame::SameOrigin(Some("allow-scripts allow-same-origin allow-popups".into()))).unwrap();
        assert_eq!(some.missing, ["allow-popups-to-escape-sandbox"]);
        assert_eq!(
            some.error.as_deref(),
            Some("bouton-3018: the iframe's sandbox lacks allow-popups-to-escape-sandbox (sites open sandboxed) (docs/iframes.md)")
        );
        let full = at_mount(&Frame::SameOrigin(Some(["allow-same-origin ", FLAGS_NEEDED].concat()))).unwrap();
        assert_eq!((full.error, full.warning.as_str()), (None, COVERS_ONLY));
        for frame in [Frame::Opaque, Frame::CrossOrigin] {
            let advice = at_mount(&frame).unwrap();
            assert!(advice.error.is_none(), "keywords that cannot be read are not reported as missing");
            assert!(
                advice.warning.starts_with(COVERS_ONLY) && advice.warning.contains(FLAGS_NEEDED),
                "{}",
                advice.warning
            );
        }
    }

    #[test]
    fn a_missed_call_in_a_frame_that_may_block_calls_is_reported() {
        assert_eq!(after_missed_call(&Frame::Top), None);
        assert_eq!(after_missed_call(&Frame::SameOrigin(None)), None);
        assert_eq!(after_missed_call(&Frame::SameOrigin(Some("allow-scripts allow-popups".into()))), None);
        for frame in [Frame::SameOrigin(Some("allow-scripts".into())), Frame::Opaque, Frame::CrossOrigin] {
            assert!(
                after_missed_call(&frame).unwrap().contains("allow-top-navigation-by-user-activation"),
                "{frame:?}"
            );
        }
    }
}
