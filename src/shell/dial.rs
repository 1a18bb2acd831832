//! The last mile of a call or SMS link: `dial` for hybrid apps, whether anything took the tap,
//! and the copy button of the "didn't connect?" help.
//!
//! A tap on `tel:3018` can end in nothing: an Android WebView that does not hand `tel:` to the
//! dialer, a cancelled system sheet, a tablet without a SIM, a computer without a calling app.
//! When something takes the tap, the page loses focus or is hidden (iOS's "Call 3018?" sheet
//! blurs the window; the dialer app hides the page). So after the tap the widget waits
//! [`DIAL_WAIT_MS`]; if the page is still visible and focused then, and was neither hidden nor
//! blurred meanwhile, the dialog adds the number in large text and a copy button under the link
//! (docs/accessibility.md, behaviour 26; docs/hybrid-apps.md).

use std::cell::Cell;
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use js_sys::{Function, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Window};

use super::listener::Listener;

/// How long after a tap the page must still be visible and focused for the tap to count as one
/// that connected nothing. Long enough for an old phone to bring up its dialer or the system's
/// confirmation sheet (which blur or hide the page at once when they come), short enough that
/// the person still looks at the dialog.
pub(super) const DIAL_WAIT_MS: u32 = 2000;

/// A tap on a `tel:`/`sms:` link being watched: it dropped, its listeners and timer go.
pub(super) struct PendingDial {
    /// The link tapped.
    pub(super) href: String,
    /// Set when the page was hidden or blurred after the tap: something took it.
    left: Rc<Cell<bool>>,
    /// Whether the document had focus at the tap (headless browsers may never have it; then
    /// only a blur or a hidden page says that something took the tap).
    focused: bool,
    _listeners: [Listener; 3],
    _timer: Timeout,
}

impl PendingDial {
    /// Starts watching a tap on `href`; `settled` runs after [`DIAL_WAIT_MS`].
    pub(super) fn watch(window: &Window, document: &Document, href: String, settled: impl FnOnce() + 'static) -> Self {
        let left = Rc::new(Cell::new(false));
        let on = |target: &web_sys::EventTarget, kind: &'static str| {
            let left = Rc::clone(&left);
            Listener::new(target, kind, move |_| left.set(true))
        };
        let hidden = {
            let left = Rc::clone(&left);
            let page = document.clone();
            Listener::new(document, "visibilitychange", move |_| {
                if page.hidden() {
                    left.set(true);
                }
            })
        };
        PendingDial {
            href,
            focused: document.has_focus().unwrap_or(false),
            _listeners: [on(window, "blur"), on(window, "pagehide"), hidden],
            left,
            _timer: Timeout::new(DIAL_WAIT_MS, settled),
        }
    }

    /// After the wait: whether the tap connected nothing (the page stayed visible, and focused
    /// if it was).
    pub(super) fn connected_nothing(&self, document: &Document) -> bool {
        !self.left.get() && !document.hidden() && (!self.focused || document.has_focus().unwrap_or(true))
    }
}

/// The `dial` function in `source` (the config object given to `mount()`: read at each
/// activation, as the script tag's `window.bouton3018.dial` may be set at any time). `Ok(None)`
/// when there is none; `Err` with the message when it is something else, or reading it threw.
pub(super) fn dial_function(source: &JsValue) -> Result<Option<Function>, String> {
    if !source.is_object() {
        return Ok(None);
    }
    let dial = Reflect::get(source, &JsValue::from_str("dial"))
        .map_err(|e| ["bouton-3018: reading dial threw: ", &super::js_text(&e)].concat())?;
    if dial.is_null() || dial.is_undefined() {
        return Ok(None);
    }
    dial.dyn_into::<Function>()
        .map(Some)
        .map_err(|_| "bouton-3018: dial: expected a function (href) => void; the link was followed instead".to_owned())
}

/// Calls `dial(href)`; a throw becomes `Err` with its message.
pub(super) fn call(dial: &Function, href: &str) -> Result<(), String> {
    dial.call1(&JsValue::UNDEFINED, &JsValue::from_str(href))
        .map(|_| ())
        .map_err(|e| ["bouton-3018: dial(\"", href, "\") threw: ", &super::js_text(&e)].concat())
}

/// How a copy ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Copied {
    /// The number is on the clipboard.
    Yes,
    /// The browser would not copy: the number is selected on screen instead.
    Selected,
}

/// Copies `number` with the Clipboard API; where it is missing (an insecure page, an old
/// browser) or refuses (a frame without the permission), selects the number's text in `digits`
/// instead, so that the person can copy it. `done` hears how it ended (at once, or when the
/// clipboard's promise settles).
pub(super) fn copy(window: &Window, number: &str, digits: Element, done: impl FnOnce(Copied) + 'static) {
    let navigator = window.navigator();
    let write = Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok().filter(JsValue::is_object).and_then(
        |clipboard| {
            let write = Reflect::get(&clipboard, &JsValue::from_str("writeText")).ok()?.dyn_into::<Function>().ok()?;
            write.call1(&clipboard, &JsValue::from_str(number)).ok()?.dyn_into::<js_sys::Promise>().ok()
        },
    );
    let window = window.clone();
    let Some(promise) = write else {
        return done(select(&window, &digits));
    };
    // One function for both outcomes: a promise settles once, so it is called once and then
    // freed (`once_into_js`; nothing owned by the widget outlives it, and a widget destroyed
    // meanwhile only misses the announcement). `writeText` resolves with `undefined`.
    let settled = Closure::once_into_js(move |outcome: JsValue| {
        done(if outcome.is_undefined() { Copied::Yes } else { select(&window, &digits) });
    });
    let then = Reflect::get(&promise, &JsValue::from_str("then")).ok().and_then(|t| t.dyn_into::<Function>().ok());
    if let Some(then) = then {
        let _ = then.call2(&promise, &settled, &settled);
    }
}

/// Selects the text of `digits`, so that a long press or Ctrl+C copies it. (The older
/// `execCommand("copy")` is not tried: 0.3 KB gz of wasm for a path every engine with
/// `<dialog>` also covers with the Clipboard API.)
fn select(window: &Window, digits: &Element) -> Copied {
    let _ = window.get_selection().ok().flatten().map(|s| s.select_all_children(digits));
    Copied::Selected
}
