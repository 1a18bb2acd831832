//! Browser tests of the shell, driving the public API from Rust as a host page's JS would.
//!
//! Run with `wasm-pack test --headless --chrome --mode no-install -- --test web`. Every test
//! destroys its widget (a mounted widget keeps listening for reports on the shared document)
//! and awaits a tick after closing (the dialog's `close` event is asynchronous).
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;

use bouton_3018::Widget;

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
use web_sys::{
    CustomEvent, CustomEventInit, Document, Element, Event, EventInit, HtmlDialogElement, HtmlElement, KeyboardEvent,
    KeyboardEventInit, MouseEvent, MouseEventInit, ShadowRoot,
};

wasm_bindgen_test_configure!(run_in_browser);

/// Saturday 28 November 2026, Paris: the 3018 is open 09:00-23:00.
const OPEN: &str = "2026-11-28T10:00:00+01:00";
const CLOSED: &str = "2026-11-28T23:30:00+01:00";
/// One second before the 3018 closes (the clock starts there and runs).
const JUST_BEFORE_CLOSING: &str = "2026-11-28T22:59:59+01:00";

fn document() -> Document {
    web_sys::window().expect("window").document().expect("document")
}

fn json(text: &str) -> JsValue {
    JSON::parse(text).expect("valid JSON in the test")
}

fn mount_json(text: &str) -> Widget {
    match mount(json(text)) {
        Ok(widget) => widget,
        Err(err) => panic!("mount failed: {}", message(err.into())),
    }
}

fn message(err: JsValue) -> String {
    err.dyn_into::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default()
}

fn host_count() -> u32 {
    document().query_selector_all("[data-bouton3018-host]").expect("selector").length()
}

fn root() -> ShadowRoot {
    let host = document().query_selector("[data-bouton3018-host]").expect("selector").expect("a host node");
    host.shadow_root().expect("an open shadow root")
}

fn find(root: &ShadowRoot, selector: &str) -> Option<Element> {
    root.query_selector(selector).expect("selector")
}

fn count(root: &ShadowRoot, selector: &str) -> u32 {
    root.query_selector_all(selector).expect("selector").length()
}

fn dialog(root: &ShadowRoot) -> HtmlDialogElement {
    find(root, "dialog").expect("a dialog").unchecked_into()
}

fn button(id: &str) -> HtmlElement {
    let button: HtmlElement = document().create_element("button").expect("button").unchecked_into();
    button.set_id(id);
    button.set_text_content(Some(id));
    document().body().expect("body").append_child(&button).expect("append");
    button
}

fn active() -> Option<Element> {
    document().active_element()
}

/// The deepest focused element inside our shadow root.
fn active_inside(root: &ShadowRoot) -> Option<Element> {
    root.active_element()
}

async fn tick(ms: u32) {
    TimeoutFuture::new(ms).await;
}

/// A Tab (or Shift+Tab) keydown on the focused element inside our shadow root. Synthetic: the
/// browser moves no focus for it, so whatever focus does is the widget's own doing. Returns
/// whether the widget took the key (`preventDefault`); when it did not, a real Tab is the
/// browser's: the next control in DOM order (the end-to-end suite presses real keys, B02/B03).
fn tab(root: &ShadowRoot, shift: bool) -> bool {
    let init = KeyboardEventInit::new();
    init.set_key("Tab");
    init.set_shift_key(shift);
    init.set_bubbles(true);
    init.set_cancelable(true);
    let key = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    !active_inside(root).expect("focus inside").dispatch_event(&key).expect("dispatch")
}

/// The dialog's controls in DOM order, the order a real Tab follows.
fn controls(root: &ShadowRoot) -> Vec<Element> {
    let list = root.query_selector_all("a[href], button").expect("selector");
    (0..list.length()).filter_map(|i| list.item(i)).filter_map(|n| n.dyn_into::<Element>().ok()).collect()
}

/// From the dialog itself a Tab is left to the browser, whose next control in DOM order is
/// "Fermer"/"Close", then `main`: the peers' order (docs/accessibility.md, behaviour 22).
fn assert_tab_from_the_dialog_reaches_close_then(root: &ShadowRoot, main: &Element) {
    assert_dialog_focused(root);
    assert!(!tab(root, false), "Tab from the dialog is the browser's, not taken by the widget");
    assert_eq!(
        active_inside(root).as_ref(),
        Some(dialog(root).unchecked_ref::<Element>()),
        "a synthetic Tab moves nothing"
    );
    let controls = controls(root);
    assert_eq!(
        controls.first().map(|c| c.get_attribute("data-bouton3018-close").is_some()),
        Some(true),
        "first: the close button"
    );
    assert_eq!(controls.get(1), Some(main), "second: the main action");
}

/// Focus is on the dialog itself (where it lands on open: a screen reader then reads the
/// title and the text, docs/accessibility.md "What is heard"), which Tab alone cannot reach.
fn assert_dialog_focused(root: &ShadowRoot) {
    let dialog = dialog(root);
    assert_eq!(active_inside(root).as_ref(), Some(dialog.unchecked_ref::<Element>()), "focus on the dialog itself");
    assert_eq!(active().map(|a| a.has_attribute("data-bouton3018-host")), Some(true));
    assert_eq!(dialog.get_attribute("tabindex").as_deref(), Some("-1"), "focusable by script, not by Tab");
}

fn report(detail: &str) {
    let init = CustomEventInit::new();
    init.set_detail(&json(detail));
    let event = CustomEvent::new_with_event_init_dict("bouton3018:report", &init).expect("event");
    document().dispatch_event(&event).expect("dispatch");
}

fn get(object: &JsValue, key: &str) -> JsValue {
    Reflect::get(object, &JsValue::from_str(key)).expect("get")
}

type Log = Rc<RefCell<Vec<(String, JsValue)>>>;
type Handler = Closure<dyn FnMut(Event)>;

/// Records the `detail` of the widget's events on `document` while alive.
struct Recorder {
    log: Log,
    listeners: Vec<(&'static str, Handler)>,
}

impl Recorder {
    fn new() -> Recorder {
        let log = Rc::new(RefCell::new(Vec::new()));
        let listeners = ["bouton3018:show", "bouton3018:close", "bouton3018:action", "bouton3018:error"]
            .into_iter()
            .map(|name| {
                let log = Rc::clone(&log);
                let closure = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
                    let detail = event.unchecked_into::<CustomEvent>().detail();
                    log.borrow_mut().push((name.to_owned(), detail));
                });
                document().add_event_listener_with_callback(name, closure.as_ref().unchecked_ref()).expect("listen");
                (name, closure)
            })
            .collect();
        Recorder { log, listeners }
    }

    fn of(&self, name: &str) -> Vec<JsValue> {
        let full = format!("bouton3018:{name}");
        self.log.borrow().iter().filter(|(n, _)| *n == full).map(|(_, d)| d.clone()).collect()
    }

    fn vias(&self) -> Vec<String> {
        self.of("close").iter().map(|d| get(d, "via").as_string().unwrap_or_default()).collect()
    }
}

impl Drop for Recorder {
    fn drop(&mut self) {
        for (name, closure) in &self.listeners {
            let _ = document().remove_event_listener_with_callback(name, closure.as_ref().unchecked_ref());
        }
    }
}

/// Removes what an earlier, failed test left behind (a panicking test never reaches its
/// `destroy()`), so one failure does not cascade.
fn fresh() {
    let leftovers = document().query_selector_all("[data-bouton3018-host]").expect("selector");
    for i in 0..leftovers.length() {
        if let Some(node) = leftovers.item(i) {
            node.unchecked_into::<Element>().remove();
        }
    }
}

async fn destroy(widget: Widget) {
    widget.destroy();
    tick(20).await;
    assert_eq!(host_count(), 0, "destroy() leaves no host node");
}

#[wasm_bindgen_test]
async fn a_bad_config_is_rejected_with_its_path_and_leaves_nothing() {
    fresh();
    let err = mount(json(r#"{"platform": "myspace", "helplines": [{"id": "3018", "url": "http://3018.fr"}]}"#))
        .err()
        .expect("rejected");
    let text = message(err.into());
    assert!(text.starts_with("bouton-3018: invalid config (2 problems): "), "{text}");
    assert!(text.contains("platform: expected one of"), "{text}");
    assert!(text.contains("helplines[0].url"), "{text}");
    assert_eq!(host_count(), 0);

    let err = mount(json(r##"{"platform": "tiktok", "returnFocus": "#a[["}"##)).err().expect("rejected");
    assert_eq!(
        message(err.into()),
        r##"bouton-3018: invalid config (1 problem): returnFocus: expected a valid CSS selector, got "#a[[""##
    );
    assert_eq!(host_count(), 0);

    let err = mount(JsValue::UNDEFINED).err().expect("rejected");
    assert!(message(err.into()).starts_with("bouton-3018: invalid config"));
    assert_eq!(host_count(), 0);
}

#[wasm_bindgen_test]
async fn open_line_shows_one_labelled_modal_focused_with_the_call_link_after_close() {
    fresh();
    let events = Recorder::new();
    let widget = mount_json(&format!(r#"{{"platform": "instagram", "now": "{OPEN}", "trigger": false}}"#));
    assert_eq!(host_count(), 1);
    let root = root();
    assert_eq!(count(&root, "dialog[open]"), 0, "closed until shown");
    widget.show(JsValue::UNDEFINED).expect("show");

    assert_eq!(count(&root, "dialog[open]"), 1);
    let dialog = dialog(&root);
    assert!(dialog.matches(":modal").expect("selector"), "opened with showModal()");
    assert_eq!(dialog.get_attribute("role").as_deref(), Some("dialog"));
    assert_eq!(dialog.get_attribute("aria-modal").as_deref(), Some("true"));
    assert_eq!(dialog.get_attribute("lang").as_deref(), Some("fr"));
    let title_id = dialog.get_attribute("aria-labelledby").expect("aria-labelledby");
    assert!(title_id.starts_with("bouton3018-"));
    let title = root.get_element_by_id(&title_id).expect("the title is in the same root");
    assert_eq!(title.tag_name(), "H2");
    assert_eq!(title.text_content().as_deref(), Some("Ce n'est pas de ta faute"));

    let call = find(&root, r#"a[href="tel:3018"]"#).expect("a call link while the line is open");
    assert!(call.text_content().unwrap_or_default().contains("3018"));
    assert_dialog_focused(&root);
    let close = find(&root, "button[type=button]").expect("a Fermer button");
    assert_eq!(close.text_content().as_deref(), Some("Fermer"));
    // From the dialog, Tab goes to "Fermer" (first in the DOM), then the call link; Shift+Tab
    // goes to the last control, where the browser would leave the dialog.
    assert_tab_from_the_dialog_reaches_close_then(&root, &call);
    assert!(tab(&root, true), "Shift+Tab from the dialog is the widget's");
    assert_eq!(active_inside(&root).as_ref(), controls(&root).last(), "Shift+Tab from the dialog: the last control");
    assert_eq!(count(&root, r#"[role="status"][aria-live="polite"]"#), 1);
    // Followed by the device's local time when it is not on Paris time: "(22 h chez toi)".
    let status = find(&root, ".status").and_then(|s| s.text_content()).unwrap_or_default();
    assert!(status.starts_with("Ouvert maintenant, jusqu'à 23\u{a0}h"), "{status}");

    // A second show() does not stack a second dialog.
    widget.show(JsValue::UNDEFINED).expect("show");
    assert_eq!(count(&root, "dialog[open]"), 1);
    let shows = events.of("show");
    assert_eq!(shows.len(), 1);
    assert_eq!(get(&shows[0], "platform").as_string().as_deref(), Some("instagram"));
    assert_eq!(get(&shows[0], "locale").as_string().as_deref(), Some("fr"));
    assert_eq!(get(&shows[0], "open").as_bool(), Some(true));
    assert!(get(&shows[0], "role").is_undefined(), "no personal data in events");
    destroy(widget).await;
}

#[wasm_bindgen_test]
async fn closed_line_has_no_call_link_but_the_3114() {
    fresh();
    let widget =
        mount_json(&format!(r#"{{"platform": "instagram", "now": "{CLOSED}", "trigger": false, "canCall": true}}"#));
    widget.show(json(r#"{"role": "witness"}"#)).expect("show");
    let root = root();
    assert_eq!(count(&root, "dialog[open]"), 1);
    assert!(find(&root, r#"a[href="tel:3018"]"#).is_none(), "absent, not disabled, when closed");
    assert!(find(&root, r#"a[href="tel:3114"]"#).is_some());
    assert!(find(&root, ".status-closed").is_some());
    assert_eq!(find(&root, "h2").and_then(|t| t.text_content()).as_deref(), Some("Merci d'avoir signalé"));
    // Closed: the numbers that answer now come right after the actions, before the channels.
    assert_eq!(region_order(&root), ["actions", "alternatives", "channels", "steps"]);
    // Focus still lands on the dialog, never on body; after "Fermer", the site link (absent a
    // call link).
    let site = find(&root, r#"a[href="https://3018.fr"]"#).expect("the site link");
    assert_tab_from_the_dialog_reaches_close_then(&root, &site);
    destroy(widget).await;
}

/// The order of the dialog's main regions, by class.
fn region_order(root: &ShadowRoot) -> Vec<String> {
    let regions = root
        .query_selector_all(".content > .actions, .content > .alternatives, .content > .channels, .content > .steps");
    let regions = regions.expect("a valid selector");
    (0..regions.length())
        .filter_map(|i| regions.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .map(|e| e.class_name())
        .collect()
}

#[wasm_bindgen_test]
async fn tiktok_links_to_the_site_and_never_calls() {
    fresh();
    let widget = mount_json(&format!(
        r#"{{"platform": "tiktok", "now": "{OPEN}", "trigger": false, "canCall": true, "locale": "en"}}"#
    ));
    widget.show(JsValue::UNDEFINED).expect("show");
    let root = root();
    assert!(find(&root, r#"a[href="tel:3018"]"#).is_none());
    let link = find(&root, r#"a[href^="https://3018.fr"]"#).expect("a link to the 3018");
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(link.get_attribute("rel").as_deref(), Some("noopener noreferrer"));
    assert_tab_from_the_dialog_reaches_close_then(&root, &link);
    assert_eq!(dialog(&root).get_attribute("lang").as_deref(), Some("en"));
    destroy(widget).await;
}

#[wasm_bindgen_test]
async fn reports_open_it_only_for_listed_categories_and_only_once() {
    fresh();
    let events = Recorder::new();
    let widget = mount_json(&format!(r#"{{"platform": "messenger", "now": "{OPEN}"}}"#));
    let root = root();

    report(r#"{"category": "spam"}"#);
    report(r#"{}"#);
    assert_eq!(count(&root, "dialog[open]"), 0, "not a listed category");

    report(r#"{"category": "harassment", "role": "boss"}"#);
    assert_eq!(count(&root, "dialog[open]"), 0, "an invalid detail shows nothing");
    let errors = events.of("error");
    assert_eq!(errors.len(), 1);
    assert!(get(&errors[0], "message").as_string().unwrap_or_default().contains("detail.role"));

    report(r#"{"category": "harassment"}"#);
    report(r#"{"category": "harassment", "role": "witness"}"#);
    assert_eq!(count(&root, "dialog[open]"), 1);
    assert_eq!(count(&root, "dialog"), 1, "never a second dialog");
    assert_eq!(events.of("show").len(), 1);

    assert!(widget.show(json(r#"{"role": "boss"}"#)).is_err(), "show() rejects a bad detail");
    destroy(widget).await;
}

#[wasm_bindgen_test]
async fn escape_closes_once_and_focus_returns_to_the_opener() {
    fresh();
    let events = Recorder::new();
    let opener = button("opener-escape");
    opener.focus().expect("focus");
    let widget = mount_json(&format!(r#"{{"platform": "facebook", "now": "{OPEN}"}}"#));
    report(r#"{"category": "bullying"}"#);
    let root = root();
    let dialog = dialog(&root);
    assert!(dialog.open());

    // What the browser does on Escape: a cancelable `cancel` event on the dialog.
    let init = EventInit::new();
    init.set_cancelable(true);
    let cancel = Event::new_with_event_init_dict("cancel", &init).expect("event");
    dialog.dispatch_event(&cancel).expect("dispatch");
    assert!(cancel.default_prevented(), "the native close is replaced by ours");
    assert!(!dialog.open());
    tick(20).await; // the native `close` event arrives later: it must not close twice
    assert_eq!(events.vias(), ["escape"]);
    assert_eq!(active().as_ref(), Some(opener.unchecked_ref::<Element>()));

    // The Escape key itself, on the focused control.
    report(r#"{"category": "bullying"}"#);
    assert!(dialog.open());
    let init = KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    init.set_cancelable(true);
    let key = KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("event");
    active_inside(&root).expect("focus inside").dispatch_event(&key).expect("dispatch");
    tick(20).await;
    assert!(!dialog.open());
    assert_eq!(events.vias(), ["escape", "escape"]);
    assert_eq!(active().as_ref(), Some(opener.unchecked_ref::<Element>()));

    destroy(widget).await;
    opener.remove();
}

#[wasm_bindgen_test]
async fn close_button_backdrop_and_api_each_close_once() {
    fresh();
    let events = Recorder::new();
    let opener = button("opener-routes");
    opener.focus().expect("focus");
    let widget = mount_json(&format!(r#"{{"platform": "generic", "now": "{OPEN}", "trigger": false}}"#));
    let root = root();
    let dialog = dialog(&root);

    widget.show(JsValue::UNDEFINED).expect("show");
    find(&root, "button.close").expect("close button").unchecked_into::<HtmlElement>().click();
    tick(20).await;
    assert!(!dialog.open());
    assert_eq!(active().as_ref(), Some(opener.unchecked_ref::<Element>()));

    // A click inside the card does not close it.
    widget.show(JsValue::UNDEFINED).expect("show");
    find(&root, "h2").expect("title").unchecked_into::<HtmlElement>().click();
    assert!(dialog.open());
    // A press and click on the backdrop (the dialog element, outside its box) does.
    let rect = dialog.get_bounding_client_rect();
    assert!(rect.left() > 2.0 || rect.top() > 2.0, "the test viewport leaves some backdrop at (1, 1)");
    for kind in ["mousedown", "click"] {
        let init = MouseEventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        init.set_client_x(1);
        init.set_client_y(1);
        let event = MouseEvent::new_with_mouse_event_init_dict(kind, &init).expect("event");
        dialog.dispatch_event(&event).expect("dispatch");
    }
    tick(20).await;
    assert!(!dialog.open());

    widget.show(JsValue::UNDEFINED).expect("show");
    widget.close();
    widget.close(); // already closed: nothing
    tick(20).await;
    assert_eq!(events.vias(), ["button", "backdrop", "api"]);
    assert_eq!(active().as_ref(), Some(opener.unchecked_ref::<Element>()));
    destroy(widget).await;
    opener.remove();
}

/// A call link reports and navigates, and keeps the dialog (the person comes back to it, or
/// needs the "didn't connect?" help); a site link reports, navigates (a new tab) and closes.
#[wasm_bindgen_test]
async fn an_action_link_reports_and_navigates_a_site_link_also_closes() {
    fresh();
    let events = Recorder::new();
    let widget = mount_json(&format!(r#"{{"platform": "instagram", "now": "{OPEN}", "trigger": false}}"#));
    widget.show(JsValue::UNDEFINED).expect("show");
    let root = root();
    // Stand in for the navigation: the host's own listener on document runs after ours, and
    // would see `defaultPrevented` if we had cancelled the link.
    let prevented_by_widget = Rc::new(RefCell::new(Vec::new()));
    let seen = Rc::clone(&prevented_by_widget);
    let stop = Closure::<dyn FnMut(Event)>::new(move |event: Event| {
        seen.borrow_mut().push(event.default_prevented());
        event.prevent_default(); // keep the test page where it is
    });
    document().add_event_listener_with_callback("click", stop.as_ref().unchecked_ref()).expect("listen");
    find(&root, r#"a[href="tel:3018"]"#).expect("call link").unchecked_into::<HtmlElement>().click();
    tick(20).await;
    assert!(dialog(&root).open(), "a call keeps the dialog");
    assert_eq!(events.vias(), Vec::<String>::new());
    let site = find(&root, ".actions a.secondary").expect("the chat or site link");
    let kind = site.get_attribute("data-bouton3018-kind");
    site.unchecked_into::<HtmlElement>().click();
    document().remove_event_listener_with_callback("click", stop.as_ref().unchecked_ref()).expect("unlisten");
    tick(20).await;

    assert_eq!(*prevented_by_widget.borrow(), [false, false], "both links navigate");
    let actions = events.of("action");
    assert_eq!(actions.len(), 2);
    assert_eq!(get(&actions[0], "kind").as_string().as_deref(), Some("call"));
    assert_eq!(get(&actions[0], "helpline").as_string().as_deref(), Some("3018"));
    assert_eq!(get(&actions[1], "kind").as_string(), kind);
    assert!(matches!(kind.as_deref(), Some("chat" | "link")), "{kind:?}");
    assert_eq!(events.vias(), ["action"]);
    assert!(!dialog(&root).open());
    destroy(widget).await;
}

#[wasm_bindgen_test]
async fn focus_goes_to_return_focus_when_the_opener_is_gone() {
    fresh();
    let opener = button("opener-gone");
    let fallback = button("fallback");
    opener.focus().expect("focus");
    let widget = mount_json(&format!(r##"{{"platform": "instagram", "now": "{OPEN}", "returnFocus": "#fallback"}}"##));
    report(r#"{"category": "threats"}"#);
    assert!(dialog(&root()).open());
    opener.remove();
    widget.close();
    tick(20).await;
    assert_eq!(active().as_ref(), Some(fallback.unchecked_ref::<Element>()));
    destroy(widget).await;
    fallback.remove();
}

#[wasm_bindgen_test]
async fn host_focus_stays_out_tab_wraps_and_scroll_is_restored_exactly() {
    fresh();
    let document = document();
    let tall: HtmlElement = document.create_element("div").expect("div").unchecked_into();
    tall.style().set_property("height", "5000px").expect("style");
    document.body().expect("body").append_child(&tall).expect("append");
    let window = web_sys::window().expect("window");
    window.scroll_to_with_x_and_y(0.0, 1234.0);
    let html = document.document_element().expect("html");
    let had_style = html.get_attribute("style");
    let host_button = button("host-button");

    let widget = mount_json(&format!(r#"{{"platform": "instagram", "now": "{OPEN}", "trigger": false}}"#));
    widget.show(JsValue::UNDEFINED).expect("show");
    let root = root();
    assert_eq!(window.scroll_y().expect("scrollY"), 1234.0, "opening does not scroll the page");
    let html_style = html.unchecked_ref::<HtmlElement>().style();
    assert_eq!(html_style.get_property_value("overflow-y").expect("value"), "hidden");

    // Host code focusing its own button does not take focus out of the dialog.
    host_button.focus().expect("focus");
    assert!(active_inside(&root).is_some(), "focus stays in the dialog");

    // Tab from the last control goes to the first (the close button, in the header row);
    // Shift+Tab from the first to the last.
    let controls = root.query_selector_all("a[href], button").expect("a valid selector");
    let last = controls.item(controls.length() - 1).expect("a last control").unchecked_into::<HtmlElement>();
    last.focus().expect("focus");
    tab(&root, false);
    let close = find(&root, "button.close").expect("close");
    assert_eq!(active_inside(&root).as_ref(), Some(&close), "the first control is the close button");
    tab(&root, true);
    assert_eq!(active_inside(&root).as_ref(), Some(last.unchecked_ref::<Element>()));

    widget.close();
    tick(20).await;
    assert_eq!(html.get_attribute("style"), had_style, "the html style is restored exactly");
    assert_eq!(window.scroll_y().expect("scrollY"), 1234.0);
    destroy(widget).await;
    tall.remove();
    host_button.remove();
    window.scroll_to_with_x_and_y(0.0, 0.0);
}

#[wasm_bindgen_test]
async fn destroy_removes_everything_and_later_calls_do_nothing() {
    fresh();
    let events = Recorder::new();
    let html = document().document_element().expect("html");
    let widget = mount_json(&format!(r#"{{"platform": "instagram", "now": "{OPEN}"}}"#));
    report(r#"{"category": "hate"}"#);
    assert!(dialog(&root()).open());
    widget.destroy();
    tick(20).await;
    assert_eq!(host_count(), 0);
    assert_eq!(events.vias(), ["api"], "closing on destroy is reported");
    assert_eq!(html.get_attribute("style"), None, "scroll lock released, no style=\"\" left");

    report(r#"{"category": "hate"}"#);
    widget.show(JsValue::UNDEFINED).expect("a no-op after destroy");
    widget.close();
    widget.destroy();
    tick(20).await;
    assert_eq!(host_count(), 0);
    assert_eq!(events.of("show").len(), 1);
}

/// A fresh Instagram widget on a phone, shown one second before the 3018 closes (its clock runs on).
fn shown_just_before_closing() -> (Widget, ShadowRoot) {
    fresh();
    let widget = mount_json(&format!(
        r#"{{"platform": "instagram", "now": "{JUST_BEFORE_CLOSING}", "trigger": false, "canCall": true}}"#
    ));
    widget.show(JsValue::UNDEFINED).expect("show");
    (widget, root())
}

#[wasm_bindgen_test]
async fn the_line_closing_while_open_is_announced_without_moving_focus() {
    let (widget, root) = shown_just_before_closing();
    let live = find(&root, r#"[aria-live="polite"]"#).expect("live region");
    assert_eq!(live.text_content().as_deref(), Some(""), "nothing announced on first render");
    assert!(find(&root, ".status-soon").is_some());
    assert!(find(&root, r#"a[href="tel:3018"]"#).is_some());
    assert_eq!(region_order(&root), ["actions", "channels", "steps", "alternatives"], "open: the ladder last");
    let close = find(&root, "button.close").expect("close").unchecked_into::<HtmlElement>();
    close.focus().expect("focus");

    tick(2000).await;
    assert!(find(&root, ".status-closed").is_some(), "re-rendered at 23:00");
    assert_eq!(region_order(&root), ["actions", "alternatives", "channels", "steps"], "closed: the ladder first");
    assert!(find(&root, r#"a[href="tel:3018"]"#).is_none());
    assert!(find(&root, r#"a[href="tel:3114"]"#).is_some());
    assert_eq!(live.text_content().as_deref(), Some("Le 3018 est maintenant fermé."));
    assert_eq!(active_inside(&root).as_ref(), Some(close.unchecked_ref::<Element>()), "focus unchanged");
    assert!(dialog(&root).open(), "never closes by itself");
    destroy(widget).await;
}

/// The ladder moves up when the line closes; a control focused inside it keeps the focus.
#[wasm_bindgen_test]
async fn focus_inside_the_ladder_survives_its_move() {
    let (widget, root) = shown_just_before_closing();
    let emergency = find(&root, r#"a[href="tel:17"]"#).expect("17 while open").unchecked_into::<HtmlElement>();
    emergency.focus().expect("focus");
    tick(2000).await;
    assert_eq!(region_order(&root), ["actions", "alternatives", "channels", "steps"]);
    let active = active_inside(&root).expect("focus inside");
    assert_eq!(active.get_attribute("href").as_deref(), Some("tel:17"), "focus stays on the 17");
    destroy(widget).await;
}

#[wasm_bindgen_test]
async fn focus_on_a_control_that_disappears_moves_to_the_close_button() {
    fresh();
    let widget =
        mount_json(&format!(r#"{{"platform": "instagram", "now": "{JUST_BEFORE_CLOSING}", "trigger": false}}"#));
    widget.show(JsValue::UNDEFINED).expect("show");
    let root = root();
    let call = find(&root, r#"a[href="tel:3018"]"#).expect("call link");
    call.unchecked_ref::<HtmlElement>().focus().expect("focus");
    assert_eq!(active_inside(&root).as_ref(), Some(&call));
    tick(2000).await;
    assert!(!call.is_connected());
    let close = find(&root, "button.close").expect("close");
    assert_eq!(active_inside(&root).as_ref(), Some(&close), "not body");
    destroy(widget).await;
}

#[wasm_bindgen_test]
async fn a_computer_gets_a_qr_code_of_the_number_and_the_deaf_access() {
    fresh();
    let widget =
        mount_json(&format!(r#"{{"platform": "instagram", "now": "{OPEN}", "trigger": false, "canCall": false}}"#));
    widget.show(JsValue::UNDEFINED).expect("show");
    let root = root();
    let svg = find(&root, r#"figure svg[role="img"]"#).expect("a QR code");
    assert!(svg.get_attribute("aria-label").unwrap_or_default().contains("3018"), "named by its text alternative");
    assert!(find(&root, "figure path[d^=M]").is_some());
    assert!(find(&root, "figcaption").and_then(|c| c.text_content()).unwrap_or_default().contains("3018"));
    // Saturday 10:00: the access for deaf and hard-of-hearing people is open too.
    let deaf = find(&root, r#"a[data-bouton3018-helpline="3018/deaf"]"#).expect("the deaf access link");
    assert_eq!(deaf.get_attribute("href").as_deref(), Some("https://3018.fr"));
    destroy(widget).await;

    let widget =
        mount_json(&format!(r#"{{"platform": "instagram", "now": "{CLOSED}", "trigger": false, "canCall": false}}"#));
    widget.show(JsValue::UNDEFINED).expect("show");
    let root = self::root();
    assert!(find(&root, "figure svg").is_none(), "no QR code of a closed line");
    assert!(find(&root, r#"a[data-bouton3018-helpline="3018/deaf"]"#).is_none());
    assert!(find(&root, ".channel-closed").is_some(), "its closed state is said");
    destroy(widget).await;
}

/// The visible sections of the dialog, in document order, by class (hidden ones left out).
fn visible_sections(root: &ShadowRoot) -> Vec<String> {
    let selector = [".urgent", ".actions", ".handoff", ".channels", ".steps", ".services", ".alternatives"]
        .map(|c| format!(".content > {c}"))
        .join(", ");
    let regions = root.query_selector_all(&selector).expect("a valid selector");
    (0..regions.length())
        .filter_map(|i| regions.item(i))
        .filter_map(|n| n.dyn_into::<Element>().ok())
        .filter(|e| !e.has_attribute("hidden") && e.child_element_count() > 0)
        .map(|e| e.class_name())
        .collect()
}

fn texts(root: &ShadowRoot, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).expect("selector");
    (0..nodes.length()).filter_map(|i| nodes.item(i)).filter_map(|n| n.text_content()).collect()
}

fn attr(element: &Option<Element>, name: &str) -> Option<String> {
    element.as_ref().and_then(|e| e.get_attribute(name))
}

/// A platform's own category name, mapped to sextortion, at 23:30: "don't pay" before the
/// numbers, Take It Down, the minors' chat first in the ladder, the 114 by SMS; the show event
/// names the topic and nothing else new.
#[wasm_bindgen_test]
async fn a_mapped_category_shows_its_topic_and_the_night_route() {
    fresh();
    let events = Recorder::new();
    let widget = mount_json(&format!(
        r#"{{"platform": "instagram", "now": "{CLOSED}", "canCall": true,
             "categories": ["chantage", "spam"], "topics": {{"chantage": "sextortion"}}}}"#
    ));
    let root = root();
    report(r#"{"category": "chantage", "role": "victim", "postId": "p-42"}"#);
    assert_eq!(count(&root, "dialog[open]"), 1);
    assert_eq!(visible_sections(&root), ["actions", "steps", "services", "alternatives", "channels"]);
    let steps = texts(&root, ".steps li");
    assert_eq!(steps[0], "Ne paie pas : le maître-chanteur en demande toujours plus.");
    let take_it_down = find(&root, r#".services a[href="https://takeitdown.ncmec.org"]"#);
    assert_eq!(attr(&take_it_down, "target").as_deref(), Some("_blank"));
    assert_eq!(attr(&take_it_down, "data-bouton3018-kind").as_deref(), Some("fallback"));
    assert_eq!(attr(&take_it_down, "data-bouton3018-helpline").as_deref(), Some("take-it-down"));
    let first_alternative = find(&root, ".alternatives a");
    assert_eq!(
        attr(&first_alternative, "href").as_deref(),
        Some("https://masecurite.interieur.gouv.fr/fr/demarches-en-ligne/mineurs")
    );
    let sms = find(&root, r#".alternatives a[href="sms:114"]"#);
    assert_eq!(sms.as_ref().and_then(|a| a.text_content()).as_deref(), Some("Envoyer un SMS au 114"));
    assert_eq!(attr(&sms, "target"), None, "an sms: link stays in the tab");

    let shows = events.of("show");
    assert_eq!(shows.len(), 1);
    assert_eq!(get(&shows[0], "topic").as_string().as_deref(), Some("sextortion"));
    let keys: Vec<String> =
        js_sys::Object::keys(shows[0].unchecked_ref::<js_sys::Object>()).iter().filter_map(|k| k.as_string()).collect();
    assert_eq!(keys, ["platform", "locale", "open", "topic"], "no category, role or post id");
    widget.close();
    tick(20).await;

    // A category accepted but no topic: the general help, and no `topic` in the event.
    report(r#"{"category": "spam"}"#);
    assert_eq!(visible_sections(&root), ["actions", "alternatives", "channels", "steps"]);
    assert_eq!(texts(&root, ".steps li")[0], "Garde des captures d'écran et les liens : ce sont des preuves.");
    assert!(find(&root, r#"a[href^="https://masecurite"]"#).is_none(), "no night route without a topic");
    assert!(find(&root, r#"a[href="sms:114"]"#).is_some(), "the 114 for everyone");
    assert!(get(&events.of("show")[1], "topic").is_undefined());
    destroy(widget).await;
}

/// `show()` picks the topic from the detail's category too: self-harm leads with the 3114 at
/// any hour, focused, on a preset that never calls the 3018.
#[wasm_bindgen_test]
async fn show_with_self_harm_calls_the_3114_first() {
    fresh();
    let events = Recorder::new();
    let widget =
        mount_json(&format!(r#"{{"platform": "tiktok", "now": "{CLOSED}", "trigger": false, "canCall": true}}"#));
    widget.show(json(r#"{"category": "self-harm", "role": "witness"}"#)).expect("show");
    let root = root();
    let call = find(&root, r#".actions a.primary[href="tel:3114"]"#).expect("a call to the 3114");
    assert_tab_from_the_dialog_reaches_close_then(&root, &call);
    assert!(find(&root, r#"a[href="tel:3018"]"#).is_none());
    assert!(find(&root, ".status-open").is_some(), "the 3114 is open 24/7");
    assert_eq!(visible_sections(&root), ["actions", "alternatives"]);
    let reasons = texts(&root, ".alternatives .reason");
    assert_eq!(reasons[0], "Si une vie est en danger immédiat : 15 ou 112");
    assert!(find(&root, r#"a[href="tel:15"]"#).is_some());
    assert_eq!(get(&events.of("show")[0], "topic").as_string().as_deref(), Some("self-harm"));
    destroy(widget).await;
}

/// Threats: the emergency line above the 3018; when the 3018 closes while the dialog shows,
/// the minors' chat moves from the services to the ladder, announced, focus kept.
#[wasm_bindgen_test]
async fn threats_keep_the_emergency_line_on_top_through_the_live_flip() {
    fresh();
    let widget = mount_json(&format!(
        r#"{{"platform": "instagram", "now": "{JUST_BEFORE_CLOSING}", "trigger": false, "canCall": true}}"#
    ));
    widget.show(json(r#"{"category": "threats"}"#)).expect("show");
    let root = root();
    assert_eq!(visible_sections(&root), ["urgent", "actions", "channels", "steps", "services"]);
    assert!(find(&root, r#".services a[href^="https://masecurite"]"#).is_some());
    let police = find(&root, r#".urgent a[href="tel:17"]"#).expect("17 on top").unchecked_into::<HtmlElement>();
    police.focus().expect("focus");
    tick(2000).await;
    assert_eq!(visible_sections(&root), ["urgent", "actions", "alternatives", "channels", "steps"]);
    assert!(find(&root, r#".alternatives a[href^="https://masecurite"]"#).is_some());
    assert_eq!(count(&root, r#"a[href^="https://masecurite"]"#), 1, "never twice");
    let live = find(&root, r#"[aria-live="polite"]"#).expect("live region");
    assert_eq!(live.text_content().as_deref(), Some("Le 3018 est maintenant fermé."));
    assert_eq!(active_inside(&root).and_then(|a| a.get_attribute("href")).as_deref(), Some("tel:17"));
    destroy(widget).await;
}

/// The dialog's content is kept between opens and patched: the same nodes, showing what the
/// new report asks for (witness, then victim; the line closed meanwhile), with no announcement
/// left from the last open and scrolled back to the top.
#[wasm_bindgen_test]
async fn a_second_report_patches_the_kept_dialog_to_what_it_asks_for() {
    let (widget, root) = shown_just_before_closing();
    let card = find(&root, ".card").expect("card");
    let title = find(&root, "h2").expect("title");
    assert_eq!(title.text_content().as_deref(), Some("Ce n'est pas de ta faute"));
    tick(2000).await;
    let live = find(&root, r#"[aria-live="polite"]"#).expect("live region");
    assert_eq!(live.text_content().as_deref(), Some("Le 3018 est maintenant fermé."));
    find(&root, ".content").expect("content").set_scroll_top(200);
    widget.close();
    tick(20).await;

    widget.show(json(r#"{"role": "witness"}"#)).expect("show");
    assert!(dialog(&root).open());
    assert_eq!(find(&root, ".card").as_ref(), Some(&card), "the same content node, patched");
    assert_eq!(title.text_content().as_deref(), Some("Merci d'avoir signalé"), "the witness's title");
    assert!(title.is_connected());
    assert!(find(&root, ".status-closed").is_some(), "the line's state now");
    assert!(find(&root, r#"a[href="tel:3018"]"#).is_none(), "no call link: closed");
    assert_eq!(live.text_content().as_deref(), Some(""), "no announcement left from the last open");
    assert_eq!(find(&root, ".content").expect("content").scroll_top(), 0, "scrolled back to the top");
    assert_eq!(count(&root, ".card"), 1);
    assert_dialog_focused(&root);
    widget.close();
    tick(20).await;

    widget.show(JsValue::UNDEFINED).expect("show");
    assert_eq!(title.text_content().as_deref(), Some("Ce n'est pas de ta faute"), "the victim's title again");
    destroy(widget).await;
}

/// The renderer's patch (src/shell/dom.rs) brings a kept dialog to exactly the markup a fresh
/// rendering gets, whatever came before: topics, roles, a desktop, the line open or closed. The
/// kept content box and its regions are the same nodes throughout (moved, never rebuilt).
#[wasm_bindgen_test]
async fn a_patched_dialog_is_the_markup_a_fresh_one_gets() {
    let reports = [
        r#"{"category": "sextortion", "role": "victim"}"#,
        r#"{"category": "threats", "role": "witness"}"#,
        r#"{"role": "victim"}"#,
        r#"{"category": "self-harm", "role": "witness"}"#,
        r#"{"category": "hate", "role": "victim"}"#,
        r#"{"category": "sextortion", "role": "witness"}"#,
    ];
    for (now, can_call) in [(OPEN, true), (CLOSED, true), (OPEN, false), (CLOSED, false)] {
        let config = format!(r#"{{"platform": "instagram", "now": "{now}", "trigger": false, "canCall": {can_call}}}"#);
        let markup = |widget: &Widget, report: &str| {
            widget.show(json(report)).expect("show");
            let card = find(&root(), ".card").expect("card");
            (card.outer_html(), card)
        };
        // One widget through every report, its dialog kept and patched between them.
        fresh();
        let kept = mount_json(&config);
        let mut patched = Vec::new();
        let mut regions: Option<Vec<Element>> = None;
        for report in reports {
            let (html, card) = markup(&kept, report);
            let now_regions: Vec<Element> = [".urgent", ".actions", ".handoff", ".steps", ".services", ".alternatives"]
                .iter()
                .map(|s| card.query_selector(s).unwrap().expect(s))
                .collect();
            if let Some(before) = &regions {
                assert_eq!(before, &now_regions, "{now} {report}: the same region nodes, patched");
            }
            regions = Some(now_regions);
            patched.push(html);
            kept.close();
            tick(20).await;
        }
        destroy(kept).await;
        // A fresh widget per report: what a first open renders.
        for (report, patched) in reports.iter().zip(&patched) {
            fresh();
            let widget = mount_json(&config);
            let (html, _) = markup(&widget, report);
            assert_eq!(patched, &html, "{now}, canCall {can_call}, {report}: patched = fresh");
            widget.close();
            tick(20).await;
            destroy(widget).await;
        }
    }
}
