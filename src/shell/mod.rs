//! The browser shell: the only code that touches the DOM, timers, `Date` and events.
//!
//! It renders the core's [`View`] in a native modal `<dialog>` inside an open shadow root
//! (A11Y.md "Construction"), wires keyboard, focus and scroll, re-renders in place when the
//! view says it will change, and cleans up after itself.
//!
//! ## Ownership and re-entrancy
//! State lives in [`Inner`] behind `Rc<RefCell<…>>`; the exported `Widget` holds an [`Shell`].
//! Every listener and timer is owned by that state ([`Listener`], gloo's `Timeout`) and goes
//! away when dropped: no `Closure::forget`. The report listener (and, while the dialog is open,
//! the focus guard) holds a strong reference, so a widget mounted and never stored by the host
//! stays alive until `destroy()`, like any DOM listener; every other closure holds a `Weak`.
//!
//! Dispatching an event, `showModal()` and `focus()` run host JavaScript synchronously (event
//! listeners, `focusin` handlers), which may call back into the widget (`widget.close()` from a
//! `bouton3018:show` listener). So no `RefCell` borrow is ever held across those calls: each
//! method borrows, copies out what it needs, releases, then acts.

mod dom;
mod events;
mod focus;
pub(crate) mod js_value;
mod listener;
pub(crate) mod panic;

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use gloo_timers::callback::Timeout;
use js_sys::{Array, Date};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{
    CssStyleSheet, Document, Element, Event, HtmlDialogElement, HtmlElement, KeyboardEvent, MouseEvent, ShadowRoot,
    ShadowRootInit, ShadowRootMode, Window,
};

use crate::core::config::instant_from_millis;
use crate::core::view::DeviceFacts;
use crate::core::{Config, Error, FieldError, Instant, Platform, Role, Trigger, View};
use events::Via;
use listener::Listener;

/// The attribute that marks the host element (`[data-bouton3018-host]`).
const HOST_ATTR: &str = "data-bouton3018-host";

/// The widget's stylesheet, adopted by the shadow root: `style.css` minified by `build.rs`.
const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/style.min.css"));

/// The longest delay `setTimeout` honours (2^31 - 1 ms, about 24.8 days); longer ones fire at once.
const MAX_DELAY_MS: f64 = 2_147_483_647.0;

/// The handle the exported `Widget` holds.
pub(crate) struct Shell {
    inner: Rc<Inner>,
}

struct Inner {
    /// `None` once destroyed: every later call is a no-op.
    state: RefCell<Option<Mounted>>,
    /// Whether the last `mousedown` on the dialog hit the dialog element itself (the backdrop).
    /// A click closes via the backdrop only if the press started there too: a text selection
    /// dragged from the card and released over the backdrop fires `click` on the dialog (the
    /// common ancestor), and must not close it.
    backdrop_press: Cell<bool>,
    /// Set while the focus guard pulls focus back, so a host `focusin` handler that pulls it the
    /// other way cannot start an endless tug of war.
    refocusing: Cell<bool>,
}

struct Mounted {
    config: Config,
    clock: Clock,
    can_call: bool,
    window: Window,
    document: Document,
    host: HtmlElement,
    dialog: HtmlDialogElement,
    /// Dialog listeners and the report listener, for the whole mount.
    _listeners: Vec<Listener>,
    open: Option<Open>,
}

/// Everything that exists only while the dialog is open.
struct Open {
    role: Role,
    view: View,
    parts: dom::Parts,
    /// The element that had focus before opening, for focus return.
    opener: Option<HtmlElement>,
    scroll: ScrollLock,
    /// The control inside the dialog that last had focus, where the focus guard returns to.
    last_focus: Option<HtmlElement>,
    /// `focusin` on `document`: pulls focus back if host code focuses one of its elements.
    _focus_guard: Listener,
    /// The next re-render.
    timer: Option<Timeout>,
}

/// The widget's clock. With `config.now` it **starts at that instant and runs**:
/// `now + (Date.now() - mount time)`. A demo can so jump to "22:59:50" and watch the line close,
/// and the shell's live re-render is testable in a browser without mocking `Date`. Without
/// `config.now`, it is `Date.now()`.
struct Clock {
    start: Option<f64>,
    mounted_at: f64,
}

impl Clock {
    fn new(start: Option<Instant>) -> Clock {
        Clock { start: start.map(|s| s.timestamp_millis() as f64), mounted_at: Date::now() }
    }

    fn now_ms(&self) -> f64 {
        let wall = Date::now();
        match self.start {
            Some(start) => start + (wall - self.mounted_at),
            None => wall,
        }
    }

    fn now(&self) -> Instant {
        instant_from_millis(self.now_ms()).expect_throw("bouton-3018: the clock left the range of Date")
    }
}

/// The page's scroll position and the inline `overflow` of `<html>` and `<body>`, saved on
/// open and restored exactly on close (A11Y.md behaviour 8). Longhands are saved, because the
/// `overflow` shorthand reads as "" when they differ; CSSOM (`style.setProperty`) is used, which
/// a strict `style-src` CSP allows, unlike writing the `style` attribute.
struct ScrollLock {
    window: Window,
    x: f64,
    y: f64,
    saved: Vec<SavedStyle>,
}

struct SavedStyle {
    element: HtmlElement,
    had_style_attribute: bool,
    /// `(property, value, priority)`.
    values: Vec<(&'static str, String, String)>,
}

const OVERFLOW: [&str; 2] = ["overflow-x", "overflow-y"];

impl ScrollLock {
    fn engage(window: &Window, document: &Document) -> ScrollLock {
        let html = document.document_element().and_then(|e| e.dyn_into::<HtmlElement>().ok());
        let saved: Vec<SavedStyle> = html
            .iter()
            .cloned()
            .chain(document.body())
            .map(|element| {
                let style = element.style();
                let values = OVERFLOW
                    .iter()
                    .map(|p| (*p, style.get_property_value(p).unwrap_or_default(), style.get_property_priority(p)))
                    .collect();
                SavedStyle { had_style_attribute: element.has_attribute("style"), element, values }
            })
            .collect();
        let lock = ScrollLock {
            window: window.clone(),
            x: window.scroll_x().unwrap_or(0.0),
            y: window.scroll_y().unwrap_or(0.0),
            saved,
        };
        // `!important`, so a host stylesheet's `html { overflow: auto !important }` cannot win.
        if let Some(html) = html {
            for p in OVERFLOW {
                let _ = html.style().set_property_with_priority(p, "hidden", "important");
            }
        }
        lock
    }

    /// Restores the styles; the scroll position is restored by [`ScrollLock::restore_position`]
    /// after focus return (focusing may scroll).
    fn release_styles(&self) {
        for saved in &self.saved {
            let style = saved.element.style();
            for (p, value, priority) in &saved.values {
                let _ = if value.is_empty() {
                    style.remove_property(p).map(drop)
                } else {
                    style.set_property_with_priority(p, value, priority)
                };
            }
            if !saved.had_style_attribute {
                remove_empty_style_attribute(&saved.element);
            }
        }
    }

    /// Undoes what [`ScrollLock::engage`] sets on `<html>` without the saved values, which the
    /// panic hook cannot trust: `overflow-x/y: hidden !important` goes, and an empty `style`
    /// attribute with it.
    fn force_release(document: &Document) {
        let Some(html) = document.document_element().and_then(|e| e.dyn_into::<HtmlElement>().ok()) else { return };
        let style = html.style();
        for p in OVERFLOW {
            let locked = style.get_property_value(p).ok().as_deref() == Some("hidden")
                && style.get_property_priority(p) == "important";
            if locked {
                let _ = style.remove_property(p);
            }
        }
        remove_empty_style_attribute(&html);
    }

    fn restore_position(&self) {
        let (x, y) = (self.window.scroll_x().unwrap_or(0.0), self.window.scroll_y().unwrap_or(0.0));
        if (x, y) != (self.x, self.y) {
            self.window.scroll_to_with_x_and_y(self.x, self.y);
        }
    }
}

/// A JS exception or DOM failure as a `JsError` with our prefix.
fn js_error(what: &str, err: JsValue) -> JsError {
    let detail = err
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| err.as_string())
        .unwrap_or_else(|| "unknown error".to_owned());
    JsError::new(&format!("bouton-3018: {what}: {detail}"))
}

fn platform_name(platform: Platform) -> &'static str {
    match platform {
        Platform::Instagram => "instagram",
        Platform::Messenger => "messenger",
        Platform::Facebook => "facebook",
        Platform::Tiktok => "tiktok",
        Platform::Generic => "generic",
    }
}

/// Whether this device can place a phone call: a touch-first device (coarse pointer, no hover),
/// and a mobile one when the browser says (`navigator.userAgentData.mobile`, Chromium): a tablet
/// has a coarse pointer but usually no phone line.
fn detect_can_call(window: &Window) -> bool {
    let matches = |query: &str| window.match_media(query).ok().flatten().is_some_and(|m| m.matches());
    let touch = matches("(pointer: coarse)") && matches("(hover: none)");
    let mobile = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("userAgentData"))
        .ok()
        .filter(JsValue::is_object)
        .and_then(|data| js_sys::Reflect::get(&data, &JsValue::from_str("mobile")).ok())
        .and_then(|m| m.as_bool());
    touch && mobile.unwrap_or(true)
}

impl Mounted {
    fn device(&self, now_ms: f64) -> DeviceFacts {
        // `getTimezoneOffset` is minutes *behind* UTC, at that instant (DST included).
        let offset = Date::new(&JsValue::from_f64(now_ms)).get_timezone_offset();
        let utc_offset_minutes = offset.is_finite().then(|| -(offset as i32));
        DeviceFacts { can_call: self.can_call, utc_offset_minutes }
    }

    fn view(&self, role: Role) -> View {
        panic::test_panic_point();
        let now_ms = self.clock.now_ms();
        let now = self.clock.now();
        crate::core::view(&self.config, role, now, &self.device(now_ms))
    }
}

impl Shell {
    /// Validates `config`, builds the (closed) dialog and starts listening for reports.
    pub(crate) fn mount(config: JsValue) -> Result<Shell, JsError> {
        let config = js_value::config(&config).map_err(|e| JsError::new(&e.to_string()))?;
        let window = web_sys::window().ok_or_else(|| JsError::new("bouton-3018: mount() needs a browser window"))?;
        let document = window.document().ok_or_else(|| JsError::new("bouton-3018: mount() needs a document"))?;
        if let Some(selector) = &config.return_focus {
            // `querySelector` throws a SyntaxError on an invalid selector: catch it now rather
            // than when focus has to go somewhere.
            if document.query_selector(selector).is_err() {
                let problem =
                    FieldError::new("returnFocus", format!("expected a valid CSS selector, got {selector:?}"));
                return Err(JsError::new(&Error::InvalidConfig(vec![problem]).to_string()));
            }
        }
        let body =
            document.body().ok_or_else(|| JsError::new("bouton-3018: mount() needs a document with a <body>"))?;
        panic::install();

        // Build everything detached, then append once: a failure leaves nothing in the page.
        let (host, dialog) = build_host(&document, &config).map_err(|e| js_error("could not build the dialog", e))?;
        let can_call = config.can_call.unwrap_or_else(|| detect_can_call(&window));
        let inner = Rc::new(Inner {
            state: RefCell::new(None),
            backdrop_press: Cell::new(false),
            refocusing: Cell::new(false),
        });
        let mut listeners = dialog_listeners(&inner, &dialog);
        if let Trigger::Event(name) = &config.trigger {
            let strong = Rc::clone(&inner);
            listeners.push(Listener::new(&document, name, move |event| Rc::clone(&strong).on_report(event)));
        }
        body.append_child(&host).map_err(|e| js_error("could not add the dialog to the page", e))?;
        *inner.state.borrow_mut() = Some(Mounted {
            clock: Clock::new(config.now),
            config,
            can_call,
            window,
            document,
            host,
            dialog,
            _listeners: listeners,
            open: None,
        });
        Ok(Shell { inner })
    }

    /// Opens the dialog for `detail` (no category check). A no-op if already open or destroyed.
    pub(crate) fn show(&self, detail: JsValue) -> Result<(), JsError> {
        let detail = js_value::detail(&detail).map_err(|e| JsError::new(&e.to_string()))?;
        self.inner.open(detail.role);
        Ok(())
    }

    /// Closes the dialog (`via: "api"`). A no-op if closed or destroyed.
    pub(crate) fn close(&self) {
        self.inner.close(Via::Api);
    }

    /// Closes (if open), then removes the host node, every listener and the timer.
    pub(crate) fn destroy(&self) {
        self.inner.close(Via::Api);
        let mounted = self.inner.state.borrow_mut().take();
        if let Some(mounted) = mounted {
            mounted.host.remove();
            // Dropping `mounted` removes the listeners (and so drops the report listener's
            // strong reference to `Inner`).
            drop(mounted);
        }
    }
}

/// The host `div`, its open shadow root with the adopted stylesheet, and the empty dialog.
fn build_host(document: &Document, config: &Config) -> Result<(HtmlElement, HtmlDialogElement), JsValue> {
    let host: HtmlElement = document.create_element("div")?.unchecked_into();
    host.set_attribute(HOST_ATTR, "")?;
    host.set_attribute("lang", config.locale.tag())?;
    // Both locales are left-to-right; without `dir`, a right-to-left host page (`<html
    // dir="rtl">`) would flip the French text through the shadow boundary (`direction` inherits
    // and `all: initial` does not reset it).
    host.set_attribute("dir", "ltr")?;
    // Open, not closed: a closed root defeats axe-core and test locators (A11Y.md).
    let root = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    // A constructable stylesheet: a `<style>` element or `style` attribute would be blocked by a
    // strict `style-src 'self'` CSP (TOOLCHAIN.md). Without support (Safari < 16.4) the dialog
    // still works, with the browser's default look.
    if let Ok(sheet) = CssStyleSheet::new() {
        if sheet.replace_sync(STYLE).is_ok() {
            root.set_adopted_style_sheets(&Array::of1(&sheet));
        }
    }
    let dialog: HtmlDialogElement = document.create_element("dialog")?.unchecked_into();
    // Explicit role: axe's `aria-dialog-name` only checks explicit roles (A11Y.md behaviour 1).
    dialog.set_attribute("role", "dialog")?;
    dialog.set_attribute("aria-modal", "true")?;
    dialog.set_attribute("aria-labelledby", dom::TITLE_ID)?;
    dialog.set_attribute("aria-describedby", dom::BODY_ID)?;
    // Focusable by script only, never by Tab: focus lands on the dialog itself when it opens
    // (`dom::initial_focus`).
    dialog.set_attribute("tabindex", "-1")?;
    dialog.set_attribute("lang", config.locale.tag())?;
    dialog.set_attribute("dir", "ltr")?;
    dialog.set_class_name("bouton3018");
    root.append_child(&dialog)?;
    Ok((host, dialog))
}

/// Removes `element`'s `style` attribute if no declaration is left in it.
fn remove_empty_style_attribute(element: &HtmlElement) {
    if element.style().length() == 0 {
        // Chromium writes CSSOM changes back to the `style` attribute lazily, on the next read of
        // it: read it now, or that pending write brings back `style=""` after the removal.
        let _ = element.get_attribute("style");
        let _ = element.remove_attribute("style");
    }
}

/// Every bouton-3018 host in `document` (of any widget or wasm instance, or the script tag's
/// fallback), with the dialog in its shadow root. Reads the DOM only, so the panic hook can use
/// it while the widgets' own state may be mid-borrow.
fn host_dialogs(document: &Document) -> Vec<(HtmlElement, Option<HtmlDialogElement>)> {
    let Ok(hosts) = document.query_selector_all(&format!("[{HOST_ATTR}]")) else { return Vec::new() };
    (0..hosts.length())
        .filter_map(|i| hosts.item(i)?.dyn_into::<HtmlElement>().ok())
        .map(|host| {
            let dialog = host
                .shadow_root()
                .and_then(|root| root.query_selector("dialog").ok().flatten())
                .and_then(|d| d.dyn_into::<HtmlDialogElement>().ok());
            (host, dialog)
        })
        .collect()
}

/// Whether a bouton-3018 dialog (see [`host_dialogs`]) is open in `document`.
fn another_widget_open(document: &Document) -> bool {
    host_dialogs(document).iter().any(|(_, dialog)| dialog.as_ref().is_some_and(HtmlDialogElement::open))
}

/// The dialog's listeners, for the whole mount; each checks whether the dialog is open.
fn dialog_listeners(inner: &Rc<Inner>, dialog: &HtmlDialogElement) -> Vec<Listener> {
    let on = |kind: &'static str, handler: fn(&Rc<Inner>, &Event)| {
        let weak: Weak<Inner> = Rc::downgrade(inner);
        Listener::new(dialog, kind, move |event| {
            if let Some(inner) = weak.upgrade() {
                handler(&inner, event);
            }
        })
    };
    vec![
        // Escape (and any browser close request): cancel the native close, close our way, so
        // `bouton3018:close` fires once with our clean-up.
        on("cancel", |inner, event| {
            event.prevent_default();
            inner.close(Via::Escape);
        }),
        // Chromium's CloseWatcher does not let a page cancel a second Escape without user
        // activation in between (https://github.com/whatwg/html/issues/10046): the dialog then
        // closes natively. Run our close path too. A `close` event still queued from an earlier
        // close is ignored when the dialog is open again.
        on("close", |inner, _| {
            let natively_closed = inner.with_mounted(|m| m.open.is_some() && !m.dialog.open()).unwrap_or(false);
            if natively_closed {
                inner.close(Via::Escape);
            }
        }),
        on("keydown", Inner::on_keydown),
        on("mousedown", |inner, event| {
            let on_dialog = inner
                .with_mounted(|m| event.target().as_ref() == Some(m.dialog.unchecked_ref::<web_sys::EventTarget>()))
                .unwrap_or(false);
            inner.backdrop_press.set(on_dialog);
        }),
        on("click", Inner::on_click),
        on("focusin", |inner, event| {
            let target = event.target().and_then(|t| t.dyn_into::<HtmlElement>().ok());
            inner.with_mounted(|m| {
                if let (Some(open), Some(target)) = (m.open.as_mut(), target) {
                    open.last_focus = Some(target);
                }
            });
        }),
    ]
}

impl Inner {
    /// Runs `f` on the mounted state, `None` once destroyed. Never call out to JS inside `f`.
    fn with_mounted<R>(&self, f: impl FnOnce(&mut Mounted) -> R) -> Option<R> {
        self.state.borrow_mut().as_mut().map(f)
    }

    /// The trigger event: parse the detail, check the category, open.
    fn on_report(self: Rc<Self>, event: &Event) {
        let detail = event.dyn_ref::<web_sys::CustomEvent>().map_or(JsValue::UNDEFINED, |e| e.detail());
        match js_value::detail(&detail) {
            Err(err) => events::error(&err.to_string()),
            Ok(detail) => {
                let accepted = detail
                    .category
                    .as_deref()
                    .and_then(|category| self.with_mounted(|m| m.config.accepts(category)))
                    .unwrap_or(false);
                if accepted {
                    self.open(detail.role);
                }
            }
        }
    }

    fn open(self: &Rc<Self>, role: Role) {
        let prepared = self.with_mounted(|m| {
            if m.open.is_some() || another_widget_open(&m.document) {
                // Never a second dialog: not from this widget, nor from another one mounted on
                // the same page (a second mount(), or the script tag beside the npm module).
                return None;
            }
            Some(self.prepare(m, role))
        });
        let (dialog, show_detail) = match prepared.flatten() {
            None => return,
            Some(Err(err)) => return events::error(&format!("bouton-3018: could not render the dialog: {err:?}")),
            Some(Ok(ready)) => ready,
        };
        if let Err(err) = dialog.show_modal() {
            // E.g. the host page made our node inert or moved it into a closed <dialog>.
            self.abort_open();
            let message = err.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default();
            return events::error(&format!("bouton-3018: could not open the dialog: {message}"));
        }
        // `showModal()` focused the first focusable element; put it where we mean it to be.
        if let Some(target) = self.with_mounted(|m| m.open.as_ref().map(|_| dom::initial_focus(&m.dialog))).flatten() {
            let _ = target.focus();
        }
        // A host `focusin` listener may have closed or destroyed the widget during `showModal()`
        // or `focus()`: it has had its `bouton3018:close`; no `show` after that.
        if !self.with_mounted(|m| m.open.is_some()).unwrap_or(false) {
            return;
        }
        self.schedule();
        events::emit(events::SHOW, &show_detail);
    }

    /// Renders, locks scroll, records the opener: everything before `showModal()`. Runs inside
    /// a borrow, so it calls no host JS (DOM construction in our detached-or-closed shadow tree
    /// dispatches no events).
    fn prepare(self: &Rc<Self>, m: &mut Mounted, role: Role) -> Result<(HtmlDialogElement, js_sys::Object), JsValue> {
        let view = m.view(role);
        // The host page may have replaced its <body> content (single-page apps do): come back.
        if !m.host.is_connected() {
            if let Some(body) = m.document.body() {
                body.append_child(&m.host)?;
            }
        }
        let parts = dom::build(&m.document, &m.dialog, &view)?;
        let opener = focus::deep_active(&m.document);
        let scroll = ScrollLock::engage(&m.window, &m.document);
        let guard = {
            // Strong: while open, the widget stays alive even if the host dropped its handle.
            let strong = Rc::clone(self);
            Listener::with_capture(&m.document, "focusin", true, move |event| strong.on_focus_outside(event))
        };
        let show_detail = events::detail(&[
            ("platform", JsValue::from_str(platform_name(m.config.platform))),
            ("locale", JsValue::from_str(m.config.locale.tag())),
            ("open", JsValue::from_bool(view.status.open)),
        ]);
        m.open = Some(Open { role, view, parts, opener, scroll, last_focus: None, _focus_guard: guard, timer: None });
        Ok((m.dialog.clone(), show_detail))
    }

    /// Undoes [`Inner::prepare`] when `showModal()` failed: no close event, nothing was shown.
    fn abort_open(&self) {
        let open = self.with_mounted(|m| m.open.take()).flatten();
        if let Some(open) = open {
            open.scroll.release_styles();
        }
    }

    /// Closes the dialog if open: clean up, restore scroll, return focus, then tell the host.
    fn close(self: &Rc<Self>, via: Via) {
        let taken = self.with_mounted(|m| {
            m.open.take().map(|open| (open, m.dialog.clone(), m.document.clone(), m.config.return_focus.clone()))
        });
        let Some((open, dialog, document, fallback)) = taken.flatten() else { return };
        let Open { opener, scroll, timer, _focus_guard, .. } = open;
        drop(timer);
        drop(_focus_guard);
        if dialog.open() {
            dialog.close();
        }
        scroll.release_styles();
        // Back to the opener; if it is gone or hidden, to `returnFocus`; never left on body when
        // either exists (A11Y.md behaviour 6). A host <dialog> under ours is interactive again
        // now that ours is closed, so an opener inside it gets focus back (behaviour 17).
        let fallback = fallback
            .and_then(|selector| document.query_selector(&selector).ok().flatten())
            .and_then(|e| e.dyn_into::<HtmlElement>().ok());
        focus::focus_first(&document, opener.into_iter().chain(fallback));
        scroll.restore_position();
        events::emit(events::CLOSE, &events::detail(&[("via", JsValue::from_str(via.as_str()))]));
    }

    /// Schedules the next re-render at `view.recompute_at`, if any.
    fn schedule(self: &Rc<Self>) {
        let weak = Rc::downgrade(self);
        self.with_mounted(|m| {
            let now_ms = m.clock.now_ms();
            let Some(open) = m.open.as_mut() else { return };
            open.timer = open.view.recompute_at.map(|at| {
                let delay = (at.timestamp_millis() as f64 - now_ms).clamp(0.0, MAX_DELAY_MS);
                let weak = weak.clone();
                Timeout::new(delay as u32, move || {
                    // Through the panic guard, as every entry from JS (shell/panic.rs).
                    panic::guard_and_report(|| {
                        if let Some(inner) = weak.upgrade() {
                            inner.rerender();
                        }
                    });
                })
            });
        });
    }

    /// Recomputes the view and updates the dialog in place, keeping focus where it is when the
    /// focused control survives; announces an open/closed flip; schedules the next one.
    ///
    /// The DOM is updated outside any borrow: removing a focused control makes some browsers
    /// fire `blur`/`focusout`, and a host listener for those may call back into the widget.
    fn rerender(self: &Rc<Self>) {
        let prepared = self.with_mounted(|m| {
            let open = m.open.as_ref()?;
            let view = m.view(open.role);
            Some((view, open.view.clone(), open.parts.clone(), m.document.clone(), m.dialog.clone()))
        });
        let Some(Some((view, old, parts, document, dialog))) = prepared else { return };
        let focused = dialog.get_root_node().dyn_into::<ShadowRoot>().ok().and_then(|r| r.active_element());
        let focused_href = focused.as_ref().and_then(|f| f.get_attribute("href"));
        if let Err(err) = dom::update(&document, &parts, &old, &view) {
            events::error(&format!("bouton-3018: could not update the dialog: {err:?}"));
        }
        if view.status.open != old.status.open {
            dom::announce(&parts, &view.status.announcement);
        }
        let still_open = self.with_mounted(|m| m.open.as_mut().map(|open| open.view = view).is_some()).unwrap_or(false);
        if !still_open {
            return;
        }
        match focused.and_then(|f| f.dyn_into::<HtmlElement>().ok()) {
            Some(focused) if !focused.is_connected() => {
                drop(focused);
                let _ = dom::equivalent(&parts, focused_href.as_deref()).focus();
            }
            // Still there but moved (the ladder goes first when the line closes): moving a node
            // drops the focus inside it, so put it back where it was.
            Some(focused) if focus::deep_active(&document).as_ref() != Some(&focused) => {
                let _ = focused.focus();
            }
            _ => {}
        }
        self.schedule();
    }

    /// `keydown` in the dialog: Escape closes; Tab wraps from the last control to the first and
    /// back (a11y-dialog does the same: without it, Tab from the last control leaves the page
    /// for the browser's toolbar, and `document.activeElement` becomes `<body>`). From the dialog
    /// itself (where focus lands on open), Tab goes to the first control and Shift+Tab to the
    /// last: the browser would otherwise move Shift+Tab out of the page.
    fn on_keydown(self: &Rc<Self>, event: &Event) {
        let Some(key) = event.dyn_ref::<KeyboardEvent>() else { return };
        if key.is_composing() {
            return;
        }
        match key.key().as_str() {
            "Escape" | "Esc" if self.with_mounted(|m| m.open.is_some()).unwrap_or(false) => {
                event.prevent_default();
                self.close(Via::Escape);
            }
            "Tab" => {
                let found = self.with_mounted(|m| {
                    let open = m.open.as_ref()?;
                    let controls = focus::controls(&open.parts.card);
                    let root = m.dialog.get_root_node().dyn_into::<ShadowRoot>().ok()?;
                    // Focus on the dialog itself counts as on no control: Tab goes to the first
                    // control, Shift+Tab to the last.
                    let active = root
                        .active_element()
                        .and_then(|a| a.dyn_into::<HtmlElement>().ok())
                        .filter(|a| a != m.dialog.unchecked_ref::<HtmlElement>());
                    Some((controls, active))
                });
                let Some(Some((controls, active))) = found else { return };
                let (Some(first), Some(last)) = (controls.first(), controls.last()) else { return };
                let target = match (key.shift_key(), active) {
                    (true, Some(a)) if &a == first => last,
                    (false, Some(a)) if &a == last => first,
                    (true, None) => last,
                    (false, None) => first,
                    _ => return,
                };
                event.prevent_default();
                let _ = target.focus();
            }
            _ => {}
        }
    }

    /// `click` in the dialog: an action link, the close button, or the backdrop.
    fn on_click(self: &Rc<Self>, event: &Event) {
        let pressed_backdrop = self.backdrop_press.replace(false);
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        if !self.with_mounted(|m| m.open.is_some()).unwrap_or(false) {
            return;
        }
        let selector = format!("a[{}]", dom::KIND_ATTR);
        if let Some(link) = target.closest(&selector).ok().flatten() {
            // Let the link navigate (no preventDefault): report it, then close.
            let detail = events::detail(&[
                ("kind", JsValue::from_str(&link.get_attribute(dom::KIND_ATTR).unwrap_or_default())),
                ("helpline", JsValue::from_str(&link.get_attribute(dom::HELPLINE_ATTR).unwrap_or_default())),
            ]);
            events::emit(events::ACTION, &detail);
            return self.close(Via::Action);
        }
        if target.closest(&format!("[{}]", dom::CLOSE_ATTR)).ok().flatten().is_some() {
            return self.close(Via::Button);
        }
        // The backdrop: the click hits the dialog element itself, outside its content box (the
        // dialog has no padding; the card fills it).
        let is_dialog = self.with_mounted(|m| &target == m.dialog.unchecked_ref::<Element>()).unwrap_or(false);
        if is_dialog && pressed_backdrop {
            if let Some(mouse) = event.dyn_ref::<MouseEvent>() {
                let rect = target.get_bounding_client_rect();
                let (x, y) = (f64::from(mouse.client_x()), f64::from(mouse.client_y()));
                let inside = x >= rect.left() && x <= rect.right() && y >= rect.top() && y <= rect.bottom();
                if !inside {
                    self.close(Via::Backdrop);
                }
            }
        }
    }

    /// `focusin` on `document` while open: if host code focused one of its own elements, pull
    /// focus back into the dialog (A11Y.md behaviour 3). Inside our shadow root, the event's
    /// target is retargeted to the host element.
    fn on_focus_outside(self: &Rc<Self>, event: &Event) {
        if self.refocusing.get() {
            return;
        }
        let back = self.with_mounted(|m| {
            let open = m.open.as_ref()?;
            let target = event.target()?;
            if &target == m.host.unchecked_ref::<web_sys::EventTarget>() {
                return None;
            }
            Some(open.last_focus.clone().filter(|f| f.is_connected()).unwrap_or_else(|| dom::initial_focus(&m.dialog)))
        });
        if let Some(Some(back)) = back {
            self.refocusing.set(true);
            let _ = back.focus();
            self.refocusing.set(false);
        }
    }
}
