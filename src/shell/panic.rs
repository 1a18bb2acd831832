//! A panic in the widget never reaches the host page as an exception.
//!
//! On wasm32 a panic aborts (`panic = "abort"`): once the hook has run, the instance traps
//! (`RuntimeError: unreachable`), and the trap unwinds every wasm frame without running a single
//! destructor — `RefCell` borrows stay taken, a half-built dialog stays half-built. The widget's
//! state can no longer be trusted, so the widget **disables itself**:
//!
//! 1. the hook first marks the instance *poisoned*, then closes and removes every widget host (an
//!    open modal `<dialog>` would leave the page inert) and releases the scroll lock, then
//!    dispatches `bouton3018:error` (a host listener calling back into the widget from there
//!    finds it poisoned: a no-op). The previous hook (a test harness's) still runs.
//! 2. every entry point from JS — the exported functions and methods, every DOM listener
//!    ([`Listener`](super::listener::Listener)), every timer — runs its body through [`guard`]:
//!    nothing at all once poisoned; otherwise through `Reflect.apply` imported with `catch`,
//!    which catches anything the body throws, the trap included. The trap stops at our own
//!    boundary: the host's `dispatchEvent()` or `widget.show()` returns normally, nothing
//!    reaches `window.onerror`, and the host's own handlers keep working.
//!
//! A JS exception that goes through the widget's frames without a panic (host code that a DOM
//! call of ours ran; a hostile getter or `Proxy` in a config or detail is caught earlier, by
//! `shell/js_value.rs`) is caught the same way and reported (a rejected `mount()`, or `bouton3018:error`), but does not
//! disable the widget: it skipped destructors too, which at worst leaks, or leaves a `RefCell`
//! borrowed — and the next use of that then panics, which disables the widget.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Once;

use js_sys::Array;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlDialogElement;

use crate::shell::events;
use crate::shell::host;
use crate::shell::scroll_lock::ScrollLock;

static INSTALL: Once = Once::new();
static POISONED: AtomicBool = AtomicBool::new(false);
/// Test-only: the next view computation panics ([`arm_test_panic`]).
static TEST_PANIC: AtomicBool = AtomicBool::new(false);

/// What `mount()` and `isOpen()` say once the widget has disabled itself.
pub(crate) const DISABLED: &str =
    "bouton-3018: disabled after an internal error (see the earlier bouton3018:error event)";

/// Installs the hook once per wasm instance.
///
/// The hook replaces std's default one rather than calling it after ours: on
/// `wasm32-unknown-unknown` the default hook writes to a stderr that does not exist, and merely
/// keeping it reachable (`take_hook()`) cost the wasm 6.7 KB raw, 2.8 KB gz (bench/BUDGET.md,
/// "Cuts"). The message is joined by hand, no `format!`: "bouton-3018: internal error: <the
/// panic's message> (src/…rs:<line>)".
pub(crate) fn install() {
    INSTALL.call_once(|| {
        std::panic::set_hook(Box::new(move |info| {
            // First: anything the host does from here on (even from the listeners of the event
            // below) finds the widget disabled.
            let first = !POISONED.swap(true, Ordering::SeqCst);
            if first {
                let payload = info.payload();
                let what = payload
                    .downcast_ref::<&str>()
                    .copied()
                    .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
                    .unwrap_or("a panic");
                let mut message = String::from("bouton-3018: internal error: ");
                message.push_str(what);
                if let Some(at) = info.location() {
                    message.push_str(" (");
                    message.push_str(at.file());
                    message.push(':');
                    push_decimal(&mut message, at.line());
                    message.push(')');
                }
                disable(&message);
            }
        }));
    });
}

/// Appends `n` in decimal, without the formatting machinery.
fn push_decimal(out: &mut String, n: u32) {
    if n >= 10 {
        push_decimal(out, n / 10);
    }
    out.push(char::from(b'0' + (n % 10) as u8));
}

/// Whether a panic (or an exception through our frames) has disabled the widget.
pub(crate) fn poisoned() -> bool {
    POISONED.load(Ordering::SeqCst)
}

#[wasm_bindgen]
extern "C" {
    /// `Reflect.apply(f, undefined, [])`: calls `f` synchronously; with `catch`, anything `f`
    /// throws — a trap included — comes back as `Err` instead of going on up the JS stack.
    #[wasm_bindgen(catch, js_namespace = Reflect, js_name = apply)]
    fn apply(f: &mut dyn FnMut(), this: &JsValue, args: &Array) -> Result<JsValue, JsValue>;
}

/// Why a guarded body did not complete.
pub(crate) enum Failure {
    /// The widget is disabled (by a panic, now or earlier).
    Disabled,
    /// A JS exception went through the body without a panic (e.g. a hostile getter or `Proxy`
    /// in a config or a report detail): the widget stays enabled; the caller reports it.
    Threw(JsValue),
}

impl Failure {
    /// The message to report.
    pub(crate) fn message(&self) -> String {
        match self {
            Failure::Disabled => DISABLED.to_owned(),
            Failure::Threw(value) => {
                let text = value
                    .dyn_ref::<js_sys::Error>()
                    .map(|e| [String::from(e.name()), String::from(e.message())].join(": "))
                    .or_else(|| value.as_string())
                    .unwrap_or_else(|| "a non-Error value".to_owned());
                text.chars().take(200).collect()
            }
        }
    }
}

/// Runs `f`, an entry point's body, so that a panic in it cannot escape to the caller (see the
/// module doc).
pub(crate) fn guard<R>(f: impl FnOnce() -> R) -> Result<R, Failure> {
    install();
    if poisoned() {
        return Err(Failure::Disabled);
    }
    let mut f = Some(f);
    let mut out = None;
    let result = apply(
        &mut || {
            if let Some(f) = f.take() {
                out = Some(f());
            }
        },
        &JsValue::UNDEFINED,
        &Array::new(),
    );
    match (out, result) {
        (Some(out), _) => Ok(out),
        // The hook has poisoned and cleaned up already.
        (None, _) if poisoned() => Err(Failure::Disabled),
        (None, Err(thrown)) => Err(Failure::Threw(thrown)),
        (None, Ok(_)) => Err(Failure::Disabled),
    }
}

/// [`guard`] for bodies that have no caller to answer (listeners, timers): a JS exception that
/// went through becomes `bouton3018:error`.
pub(crate) fn guard_and_report(f: impl FnOnce()) {
    if let Err(failure @ Failure::Threw(_)) = guard(f) {
        events::error(&["bouton-3018: ", &failure.message()].concat());
    }
}

/// Closes and removes every widget host, releases the scroll lock, then tells the host page.
/// Uses the DOM only: the widget's own state may be mid-borrow.
fn disable(message: &str) {
    if let Some(document) = web_sys::window().and_then(|w| w.document()) {
        let mut was_open = false;
        for (host, dialog) in host::host_dialogs(&document) {
            if let Some(dialog) = dialog.filter(HtmlDialogElement::open) {
                was_open = true;
                dialog.close();
            }
            host.remove();
        }
        if was_open {
            ScrollLock::force_release(&document);
        }
    }
    events::error(message);
}

/// Test-only (not exported to JS): makes the next view computation panic, to test the above.
pub(crate) fn arm_test_panic() {
    TEST_PANIC.store(true, Ordering::SeqCst);
}

/// Panics if [`arm_test_panic`] was called since the last call; a no-op otherwise.
pub(crate) fn test_panic_point() {
    if TEST_PANIC.swap(false, Ordering::SeqCst) {
        panic!("test panic (armed by the test-only bouton_3018::__arm_test_panic)");
    }
}
