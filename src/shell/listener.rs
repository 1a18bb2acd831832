//! [`Listener`]: a DOM event listener that is removed when dropped (gloo-events'
//! `EventListener` is the model), so every listener has an owner and none outlives the widget.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Event, EventTarget};

use crate::shell::panic;

/// An event listener registered on `target` for as long as this value lives.
///
/// `Drop` removes the listener from the target **before** the closure is dropped, so JS never
/// calls a freed closure ("closure invoked recursively or after being dropped",
/// wasm-bindgen#1140). Dropping a `Listener` from inside its own callback is fine: wasm-bindgen
/// reference-counts closures and frees this one when the call returns.
#[must_use = "the listener is removed as soon as this value is dropped"]
pub(crate) struct Listener {
    target: EventTarget,
    kind: String,
    capture: bool,
    closure: Option<Closure<dyn FnMut(Event)>>,
}

impl Listener {
    /// Listens for `kind` on `target`, in the bubbling phase.
    pub(crate) fn new(target: &EventTarget, kind: &str, callback: impl FnMut(&Event) + 'static) -> Listener {
        Listener::with_capture(target, kind, false, callback)
    }

    /// Listens for `kind` on `target`, in the capture phase when `capture`.
    pub(crate) fn with_capture(
        target: &EventTarget,
        kind: &str,
        capture: bool,
        mut callback: impl FnMut(&Event) + 'static,
    ) -> Listener {
        // Through the panic guard: a panic in a listener disables the widget instead of
        // reaching the host page as an uncaught exception (shell/panic.rs).
        let closure = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
            panic::guard_and_report(|| callback(&event));
        });
        // `addEventListener` only throws for a non-callable listener, which this is not.
        let _ = target.add_event_listener_with_callback_and_bool(kind, closure.as_ref().unchecked_ref(), capture);
        Listener { target: target.clone(), kind: kind.to_owned(), capture, closure: Some(closure) }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(closure) = self.closure.take() {
            let _ = self.target.remove_event_listener_with_callback_and_bool(
                &self.kind,
                closure.as_ref().unchecked_ref(),
                self.capture,
            );
            drop(closure);
        }
    }
}
