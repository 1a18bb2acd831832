//! [`Listener`]: a DOM event listener that is removed when dropped (gloo-events'
//! `EventListener` is the model), so every listener has an owner and none outlives the widget.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{AddEventListenerOptions, Event, EventTarget};

use crate::shell::panic;

/// Which phase of an event's dispatch a listener hears (gloo-events' `EventListenerPhase`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Phase {
    /// On the way up from the target (`addEventListener`'s default).
    Bubble,
    /// On the way down to the target, before any listener of the target or its ancestors.
    Capture,
}

/// Whether a listener may cancel the event. Browsers treat `touchmove` and `wheel` listeners on
/// `document` as passive unless told otherwise (Chromium's intervention), so a listener that
/// calls `preventDefault()` on those must say [`Passive::No`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Passive {
    /// The browser's default for this event and target.
    Default,
    /// `{ passive: false }`: `preventDefault()` works.
    No,
}

/// An event listener registered on `target` for as long as this value lives.
///
/// The callback is `Fn`, not `FnMut`: a listener may run again inside its own call (our
/// `focusin` guard calls `focus()`, and WebKit dispatches the resulting `focusin` synchronously,
/// into the same listener), and wasm-bindgen throws "closure invoked recursively or after being
/// dropped" when an `FnMut` closure is re-entered. State a callback changes lives in `Cell`s.
///
/// `Drop` removes the listener from the target **before** the closure is dropped, so JS never
/// calls a freed closure ("closure invoked recursively or after being dropped",
/// wasm-bindgen#1140). Dropping a `Listener` from inside its own callback is fine: wasm-bindgen
/// reference-counts closures and frees this one when the call returns.
#[must_use = "the listener is removed as soon as this value is dropped"]
pub(crate) struct Listener {
    target: EventTarget,
    kind: String,
    phase: Phase,
    closure: Option<Closure<dyn Fn(Event)>>,
}

impl Listener {
    /// Listens for `kind` on `target`, in the bubbling phase.
    pub(crate) fn new(target: &EventTarget, kind: &str, callback: impl Fn(&Event) + 'static) -> Listener {
        Listener::with_options(target, kind, Phase::Bubble, Passive::Default, callback)
    }

    /// Listens for `kind` on `target`, in `phase`; [`Passive::No`] for a listener that cancels
    /// `touchmove` or `wheel`.
    pub(crate) fn with_options(
        target: &EventTarget,
        kind: &str,
        phase: Phase,
        passive: Passive,
        callback: impl Fn(&Event) + 'static,
    ) -> Listener {
        // Through the panic guard: a panic in a listener disables the widget instead of
        // reaching the host page as an uncaught exception (shell/panic.rs).
        let closure = Closure::<dyn Fn(Event)>::new(move |event: Event| {
            panic::guard_and_report(|| callback(&event));
        });
        let options = AddEventListenerOptions::new();
        options.set_capture(phase == Phase::Capture);
        if passive == Passive::No {
            options.set_passive(false);
        }
        // `addEventListener` only throws for a non-callable listener, which this is not.
        let _ = target.add_event_listener_with_callback_and_add_event_listener_options(
            kind,
            closure.as_ref().unchecked_ref(),
            &options,
        );
        Listener { target: target.clone(), kind: kind.to_owned(), phase, closure: Some(closure) }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        if let Some(closure) = self.closure.take() {
            let _ = self.target.remove_event_listener_with_callback_and_bool(
                &self.kind,
                closure.as_ref().unchecked_ref(),
                self.phase == Phase::Capture,
            );
            drop(closure);
        }
    }
}
