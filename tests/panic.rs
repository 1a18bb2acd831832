//! A panic inside the widget disables it without reaching the host page (src/shell/panic.rs).
//!
//! Its own test binary, so its own wasm instance: once a panic has disabled the widget, it stays
//! disabled for the life of the instance, which would fail every test that came after it in
//! `tests/web.rs`. The panic is armed with the test-only `__arm_test_panic` (a Rust function,
//! not exported to JS) and fires in the view computation, inside a `RefCell` borrow, from a
//! timer: the hardest place (nobody to return an error to, state mid-borrow, dialog open).
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use bouton_3018::{__arm_test_panic, is_open, Widget};

/// `mount()` with the standard texts (its second argument is the easy register's texts).
fn mount(config: JsValue) -> Result<Widget, wasm_bindgen::JsError> {
    bouton_3018::mount(config, JsValue::UNDEFINED)
}
use gloo_timers::future::TimeoutFuture;
use js_sys::{Reflect, JSON};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{CustomEvent, CustomEventInit, Document, Event, HtmlDialogElement, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window().expect("window").document().expect("document")
}

fn json(text: &str) -> JsValue {
    JSON::parse(text).expect("valid JSON in the test")
}

fn message(err: JsValue) -> String {
    err.dyn_into::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default()
}

fn hosts() -> u32 {
    document().query_selector_all("[data-bouton3018-host]").expect("selector").length()
}

fn report() {
    let init = CustomEventInit::new();
    init.set_detail(&json(r#"{"category":"harassment"}"#));
    let event = CustomEvent::new_with_event_init_dict("bouton3018:report", &init).expect("event");
    document().dispatch_event(&event).expect("dispatch returns normally");
}

/// What [`record`] saw, and the listener (kept alive as long as this is).
type Recorded = (Rc<RefCell<Vec<String>>>, Closure<dyn FnMut(Event)>);

/// Records `type` events on `target` (their `detail.message`, or the event's `message`/`reason`).
fn record(target: &web_sys::EventTarget, kind: &str) -> Recorded {
    let seen = Rc::new(RefCell::new(Vec::new()));
    let sink = Rc::clone(&seen);
    let closure = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
        let text = ["detail", "message", "reason", "error"]
            .iter()
            .map(|k| Reflect::get(&event, &JsValue::from_str(k)).unwrap_or(JsValue::UNDEFINED))
            .find(|v| !v.is_undefined() && !v.is_null())
            .and_then(|v| {
                Reflect::get(&v, &JsValue::from_str("message")).ok().and_then(|m| m.as_string()).or(v.as_string())
            })
            .unwrap_or_else(|| "?".into());
        sink.borrow_mut().push(text);
    });
    target.add_event_listener_with_callback(kind, closure.as_ref().unchecked_ref()).expect("listen");
    (seen, closure)
}

#[wasm_bindgen_test]
async fn a_panic_while_open_disables_the_widget_and_the_host_keeps_working() {
    let window = web_sys::window().expect("window");
    let (errors, _e) = record(&document(), "bouton3018:error");
    let (uncaught, _u) = record(&window, "error");
    let (rejections, _r) = record(&window, "unhandledrejection");
    // The host's own button and handler.
    let button: HtmlElement = document().create_element("button").expect("button").unchecked_into();
    button.set_text_content(Some("host button"));
    document().body().expect("body").append_child(&button).expect("append");
    let clicks = Rc::new(RefCell::new(0));
    let counter = Rc::clone(&clicks);
    let on_click = Closure::<dyn FnMut(Event)>::new(move |_| *counter.borrow_mut() += 1);
    button.add_event_listener_with_callback("click", on_click.as_ref().unchecked_ref()).expect("listen");

    // One second before 23:00 Paris: the view is recomputed (and panics) when the line closes.
    let widget =
        mount(json(r#"{"platform":"instagram","canCall":true,"now":"2026-11-28T22:59:59+01:00"}"#)).expect("mount");
    report();
    let html: HtmlElement = document().document_element().expect("html").unchecked_into();
    assert_eq!(html.style().get_property_value("overflow-y").expect("style"), "hidden", "scroll locked while open");
    let dialog: HtmlDialogElement = document()
        .query_selector("[data-bouton3018-host]")
        .expect("selector")
        .expect("host")
        .shadow_root()
        .expect("root")
        .query_selector("dialog")
        .expect("selector")
        .expect("dialog")
        .unchecked_into();
    assert!(dialog.open(), "the report opened the dialog");

    __arm_test_panic();
    TimeoutFuture::new(1_500).await; // the re-render at 23:00 panics
    TimeoutFuture::new(50).await;

    assert_eq!(errors.borrow().len(), 1, "one bouton3018:error: {:?}", errors.borrow());
    assert!(errors.borrow()[0].contains("internal error") && errors.borrow()[0].contains("test panic"));
    assert!(!dialog.open(), "the modal dialog is closed (an open one would leave the page inert)");
    assert_eq!(hosts(), 0, "the widget removed itself");
    assert_eq!(html.get_attribute("style"), None, "the scroll lock is released");
    assert_eq!(uncaught.borrow().len(), 0, "nothing reached window.onerror: {:?}", uncaught.borrow());

    // The host keeps working.
    button.click();
    assert_eq!(*clicks.borrow(), 1, "the host's own handler runs");
    // Every entry point survives: no exception, nothing shown.
    report();
    widget.show(JsValue::UNDEFINED).expect("show() after the panic does not throw");
    widget.close();
    widget.destroy();
    assert_eq!(hosts(), 0);
    let again = mount(json(r#"{"platform":"generic"}"#)).err().map(|e| message(e.into())).unwrap_or_default();
    assert!(again.contains("disabled after an internal error"), "mount() after the panic: {again}");
    let open = is_open(json(r#"{"platform":"generic"}"#), 0.0).err().map(|e| message(e.into())).unwrap_or_default();
    assert!(open.contains("disabled"), "isOpen() after the panic: {open}");
    TimeoutFuture::new(50).await;
    assert_eq!(errors.borrow().len(), 1, "still one bouton3018:error");
    assert_eq!(uncaught.borrow().len(), 0, "nothing reached window.onerror: {:?}", uncaught.borrow());
    assert_eq!(rejections.borrow().len(), 0, "no unhandled rejection: {:?}", rejections.borrow());
    button.remove();
}
