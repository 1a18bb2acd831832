//! The DOM events the widget emits on `document` (docs/contract.md, "Events the widget emits").
//!
//! Every event bubbles and is `composed` (Shoelace does the same), so a listener on `document`
//! or `window` hears it. Details never carry personal data: no report category, no role;
//! `bouton3018:show` carries the topic the widget picked (one of its ten fixed ids), never the
//! platform's own category name.

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;
use web_sys::{CustomEvent, CustomEventInit};

/// `bouton3018:show`.
pub(crate) const SHOW: &str = "bouton3018:show";
/// `bouton3018:action`.
pub(crate) const ACTION: &str = "bouton3018:action";
/// `bouton3018:close`.
pub(crate) const CLOSE: &str = "bouton3018:close";
/// `bouton3018:error`.
pub(crate) const ERROR: &str = "bouton3018:error";

/// How the dialog was closed: `detail.via` of `bouton3018:close`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Via {
    /// Escape, or any other close request of the browser (Android back, CloseWatcher).
    Escape,
    /// The visible "Fermer" button.
    Button,
    /// A click on the backdrop.
    Backdrop,
    /// One of the action links was activated.
    Action,
    /// `widget.close()` or `widget.destroy()`.
    Api,
}

impl Via {
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Via::Escape => "escape",
            Via::Button => "button",
            Via::Backdrop => "backdrop",
            Via::Action => "action",
            Via::Api => "api",
        }
    }
}

/// A plain object `{ key: value, ... }` for an event's `detail`.
pub(crate) fn detail(fields: &[(&str, JsValue)]) -> Object {
    let object = Object::new();
    for (key, value) in fields {
        // `Reflect.set` on a fresh plain object cannot fail.
        let _ = Reflect::set(&object, &JsValue::from_str(key), value);
    }
    object
}

/// Dispatches `name` on `document` with `detail`. Host listeners run synchronously inside this
/// call and may call back into the widget: callers hold no `RefCell` borrow here.
pub(crate) fn emit(name: &str, detail: &Object) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let init = CustomEventInit::new();
    init.set_bubbles(true);
    init.set_composed(true);
    init.set_detail(detail);
    if let Ok(event) = CustomEvent::new_with_event_init_dict(name, &init) {
        let _ = document.dispatch_event(&event);
    }
}

/// `bouton3018:error` with `detail.message`.
pub(crate) fn error(message: &str) {
    emit(ERROR, &detail(&[("message", JsValue::from_str(message))]));
}
