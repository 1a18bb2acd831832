//! The browser shell: the only code that touches the DOM, timers, `Date` and events. This file
//! is its open/close state machine; each other job has a file of its own:
//!
//! | file | job |
//! |---|---|
//! | `host.rs` | the host element, its open shadow root and stylesheet, the empty `<dialog>` |
//! | `dom.rs` | the renderer: the core's [`View`] into the dialog, and patches when it changes |
//! | `handlers.rs` | the dialog's event handlers (report, keys, clicks, focus guard) |
//! | `dial.rs` | a call link's last mile: `dial`, whether anything took the tap, the copy button |
//! | `frame.rs` | whether the widget runs in a frame, and what of its sandbox can be read |
//! | `scroll_lock.rs` | the page's scroll lock, touch drags included |
//! | `clock.rs` | the widget's clock (`config.now`, then running) |
//! | `device.rs` | what the view needs to know of the device |
//! | `focus.rs` | who has focus, through shadow roots; focus return |
//! | `events.rs` | the `bouton3018:*` events the widget emits |
//! | `listener.rs` | a DOM listener removed when dropped |
//! | `js_value.rs` | reading the config and the report detail from JS values |
//! | `panic.rs` | a panic disables the widget, never the host page |
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

mod clock;
mod device;
mod dial;
mod dom;
mod events;
mod focus;
mod frame;
mod handlers;
mod host;
pub(crate) mod js_value;
mod listener;
pub(crate) mod panic;
mod scroll_lock;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo_timers::callback::Timeout;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlDialogElement, HtmlElement, ShadowRoot, Window};

use crate::core::markup;
use crate::core::words::quoted;
use crate::core::{Config, Error, FieldError, Interaction, Platform, Role, Topic, Trigger, View};
use clock::{Clock, MAX_DELAY_MS};
use dial::{Copied, PendingDial};
use events::Via;
use host::{another_widget_open, build_host};
use listener::{Listener, Passive, Phase};
use scroll_lock::ScrollLock;

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
    /// Whether the page's last interaction was a key (true) rather than a pointer press: the
    /// dialog, which takes focus on open, shows its focus ring only then (docs/accessibility.md,
    /// behaviour 2). `:focus-visible` cannot tell in every engine: WebKit matches it after a
    /// click on the report button, which (unlike in Chromium and Firefox) does not focus the
    /// button, as on an iPhone after a tap. True until the first interaction, as browsers do
    /// for a script's focus.
    keyboard: Cell<bool>,
}

struct Mounted {
    config: Config,
    clock: Clock,
    can_call: bool,
    window: Window,
    document: Document,
    host: HtmlElement,
    dialog: HtmlDialogElement,
    /// The theme stylesheet, rewritten by [`Shell::set_theme`].
    theme_sheet: host::ThemeSheet,
    /// Dialog listeners and the report listener, for the whole mount.
    _listeners: Vec<Listener>,
    /// Where the widget runs (a frame, its sandbox): said once at mount, and again the first
    /// time a call connects nothing there (`core::embedding`).
    frame: crate::core::embedding::Frame,
    /// Whether that second word was said.
    frame_reported: bool,
    /// The config object given to `mount()`, when it has a `dial`: read at each activation of a
    /// `tel:` link (`dial::dial_function`), so that the script tag's `window.bouton3018.dial`,
    /// a getter, can be assigned after the mount.
    dial_source: JsValue,
    open: Option<Open>,
    /// The dialog's content as the last open left it, with the view it shows: kept between
    /// opens, so the next open patches what changed instead of building it all again
    /// (bench/BUDGET.md, "Cuts": the speed of a second report). `None` before the first open,
    /// or after a patch failed (the next open builds afresh).
    rendered: Option<dom::Rendered>,
}

/// Everything that exists only while the dialog is open.
struct Open {
    role: Role,
    /// The report's topic (`None`: the general help).
    topic: Option<Topic>,
    view: View,
    parts: dom::Rendered,
    /// Whether `parts` shows `view` exactly (false after a failed patch): only then are they
    /// kept for the next open.
    in_sync: bool,
    /// The element that had focus before opening, for focus return.
    opener: Option<HtmlElement>,
    scroll: ScrollLock,
    /// The control inside the dialog that last had focus, where the focus guard returns to.
    last_focus: Option<HtmlElement>,
    /// `focusin` on `document`: pulls focus back if host code focuses one of its elements.
    _focus_guard: Listener,
    /// The next re-render.
    timer: Option<Timeout>,
    /// What the person did in this open dialog that the view shows (the "didn't connect?" help).
    interaction: Interaction,
    /// The last tap on a call or SMS link, while the widget waits to see whether it connected.
    pending: Option<PendingDial>,
}

/// What a re-render announces in the live region, besides the leading line opening or closing.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Say {
    /// Nothing more.
    Nothing,
    /// The "didn't connect?" help just added under this link.
    Missed(String),
    /// How a copy of the number ended.
    Copy(Copied),
}

/// What a JS exception or DOM failure says: an `Error`'s message, a string as it is.
fn js_text(err: &JsValue) -> String {
    err.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| err.as_string())
        .unwrap_or_else(|| "unknown error".to_owned())
}

/// A JS exception or DOM failure as a `JsError` with our prefix.
fn js_error(what: &str, err: JsValue) -> JsError {
    JsError::new(&["bouton-3018: ", what, ": ", &js_text(&err)].concat())
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

impl Mounted {
    fn view(&self, topic: Option<Topic>, role: Role, interaction: &Interaction) -> View {
        panic::test_panic_point();
        let now_ms = self.clock.now_ms();
        let now = self.clock.now();
        crate::core::view_with(&self.config, topic, role, now, &device::facts(self.can_call, now_ms), interaction)
    }
}

impl Shell {
    /// Validates `config`, builds the (closed) dialog and starts listening for reports.
    pub(crate) fn mount(config: JsValue, easy: JsValue) -> Result<Shell, JsError> {
        let dial_source = config.clone();
        let config = js_value::config_with(&config, &easy).map_err(|e| JsError::new(&e.message()))?;
        let window = web_sys::window().ok_or_else(|| JsError::new("bouton-3018: mount() needs a browser window"))?;
        let document = window.document().ok_or_else(|| JsError::new("bouton-3018: mount() needs a document"))?;
        if let Some(selector) = &config.return_focus {
            // `querySelector` throws a SyntaxError on an invalid selector: catch it now rather
            // than when focus has to go somewhere.
            if document.query_selector(selector).is_err() {
                let problem =
                    FieldError::new("returnFocus", ["expected a valid CSS selector, got ", &quoted(selector)].concat());
                return Err(JsError::new(&Error::InvalidConfig(vec![problem]).message()));
            }
        }
        let body =
            document.body().ok_or_else(|| JsError::new("bouton-3018: mount() needs a document with a <body>"))?;
        panic::install();

        // Build everything detached, then append once: a failure leaves nothing in the page.
        let (host, dialog, theme_sheet) =
            build_host(&document, &config).map_err(|e| js_error("could not build the dialog", e))?;
        let can_call = config.can_call.unwrap_or_else(|| device::detect_can_call(&window));
        let inner = Rc::new(Inner {
            state: RefCell::new(None),
            backdrop_press: Cell::new(false),
            refocusing: Cell::new(false),
            keyboard: Cell::new(true),
        });
        let mut listeners = handlers::dialog_listeners(&inner, &dialog);
        listeners.extend(handlers::modality_listeners(&inner, &document));
        if let Trigger::Event(name) = &config.trigger {
            let strong = Rc::clone(&inner);
            listeners.push(Listener::new(&document, name, move |event| Rc::clone(&strong).on_report(event)));
        }
        body.append_child(&host).map_err(|e| js_error("could not add the dialog to the page", e))?;
        let frame = frame::frame(&window);
        let advice = crate::core::embedding::at_mount(&frame);
        *inner.state.borrow_mut() = Some(Mounted {
            frame,
            frame_reported: false,
            clock: Clock::new(config.now),
            config,
            can_call,
            window,
            document,
            host,
            dialog,
            theme_sheet,
            _listeners: listeners,
            dial_source,
            open: None,
            rendered: None,
        });
        // docs/iframes.md: a dialog in a frame covers only the frame; a sandbox may block links
        // and calls. Said once the widget is mounted (a host listener may call into it).
        if let Some(advice) = advice {
            web_sys::console::warn_1(&JsValue::from_str(&advice.warning));
            if let Some(error) = advice.error {
                events::error(&error);
            }
        }
        Ok(Shell { inner })
    }

    /// Opens the dialog for `detail` (no category check). A no-op if already open or destroyed.
    pub(crate) fn show(&self, detail: JsValue) -> Result<(), JsError> {
        let detail = js_value::detail(&detail).map_err(|e| JsError::new(&e.message()))?;
        let topic = self.inner.with_mounted(|m| m.config.topic_of(detail.category.as_deref())).flatten();
        self.inner.open(detail.role, topic);
        Ok(())
    }

    /// Switches the theme while mounted, open or not: only the theme stylesheet changes (no
    /// re-render, no focus change). A no-op once destroyed.
    pub(crate) fn set_theme(&self, theme: crate::core::theme::Theme) {
        self.inner.with_mounted(|m| {
            m.config.theme = theme;
            m.theme_sheet.set(&crate::core::theme::stylesheet(&m.config.colors, theme, m.config.font));
        });
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

impl Inner {
    /// Runs `f` on the mounted state, `None` once destroyed. Never call out to JS inside `f`.
    fn with_mounted<R>(&self, f: impl FnOnce(&mut Mounted) -> R) -> Option<R> {
        self.state.borrow_mut().as_mut().map(f)
    }

    fn open(self: &Rc<Self>, role: Role, topic: Option<Topic>) {
        let prepared = self.with_mounted(|m| {
            if m.open.is_some() || another_widget_open(&m.document) {
                // Never a second dialog: not from this widget, nor from another one mounted on
                // the same page (a second mount(), or the script tag beside the npm module).
                return None;
            }
            Some(self.prepare(m, role, topic))
        });
        let (dialog, show_detail) = match prepared.flatten() {
            None => return,
            Some(Err(err)) => {
                return events::error(&["bouton-3018: could not render the dialog: ", &js_text(&err)].concat())
            }
            Some(Ok(ready)) => ready,
        };
        if let Err(err) = dialog.show_modal() {
            // E.g. the host page made our node inert or moved it into a closed <dialog>.
            self.abort_open();
            return events::error(&["bouton-3018: could not open the dialog: ", &js_text(&err)].concat());
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
    fn prepare(
        self: &Rc<Self>,
        m: &mut Mounted,
        role: Role,
        topic: Option<Topic>,
    ) -> Result<(HtmlDialogElement, js_sys::Object), JsValue> {
        let view = m.view(topic, role, &Interaction::default());
        // The host page may have replaced its <body> content (single-page apps do): come back.
        if !m.host.is_connected() {
            if let Some(body) = m.document.body() {
                body.append_child(&m.host)?;
            }
        }
        // Only attribute of the dialog that changes between opens (style.css, `dialog:focus`).
        m.dialog.toggle_attribute_with_force(dom::KEYBOARD_ATTR, self.keyboard.get())?;
        let kept = m.rendered.take().and_then(|mut parts| {
            parts.update(&m.document, markup::card(&view)).ok()?;
            parts.reset();
            Some(parts)
        });
        let parts = match kept {
            Some(parts) => parts,
            None => dom::build(&m.document, &m.dialog, markup::card(&view))?,
        };
        let opener = focus::deep_active(&m.document);
        let scroll = ScrollLock::engage(&m.window, &m.document, &m.dialog);
        let guard = {
            // Strong: while open, the widget stays alive even if the host dropped its handle.
            let strong = Rc::clone(self);
            Listener::with_options(&m.document, "focusin", Phase::Capture, Passive::Default, move |event| {
                strong.on_focus_outside(event)
            })
        };
        let mut show_detail = vec![
            ("platform", JsValue::from_str(platform_name(m.config.platform))),
            ("locale", JsValue::from_str(m.config.locale.tag())),
            ("open", JsValue::from_bool(view.status.open)),
        ];
        // One of the ten fixed topic ids, never the platform's own category.
        show_detail.extend(topic.map(|t| ("topic", JsValue::from_str(t.name()))));
        let show_detail = events::detail(&show_detail);
        m.open = Some(Open {
            role,
            topic,
            view,
            parts,
            in_sync: true,
            opener,
            scroll,
            last_focus: None,
            _focus_guard: guard,
            timer: None,
            interaction: Interaction::default(),
            pending: None,
        });
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
            let open = m.open.take()?;
            if open.in_sync {
                m.rendered = Some(open.parts.clone());
            }
            Some((open, m.dialog.clone(), m.document.clone(), m.config.return_focus.clone()))
        });
        let Some((open, dialog, document, fallback)) = taken.flatten() else { return };
        let Open { opener, scroll, timer, _focus_guard, parts, pending, .. } = open;
        drop(timer);
        drop(pending);
        drop(_focus_guard);
        if dialog.open() {
            // The kept rendering starts at the top at the next open. Here, while it is still
            // laid out (Firefox ignores `scrollTop` on a closed dialog), rather than on the
            // way to the next modal, where it would force a layout.
            parts.scroll_to_top(&dialog);
            dialog.close();
        }
        scroll.release_styles();
        // Back to the opener; if it is gone or hidden, to `returnFocus`; never left on body when
        // either exists (docs/accessibility.md, behaviour 6). A host <dialog> under ours is interactive again
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

    /// The timer's re-render: the status line's minute, the line opening or closing.
    fn rerender(self: &Rc<Self>) {
        self.refresh(Say::Nothing);
    }

    /// Recomputes the view and updates the dialog in place, keeping focus where it is when the
    /// focused control survives; announces an open/closed flip, else what `say` says;
    /// schedules the next re-render.
    ///
    /// The DOM is updated outside any borrow: removing a focused control makes some browsers
    /// fire `blur`/`focusout`, and a host listener for those may call back into the widget.
    fn refresh(self: &Rc<Self>, say: Say) {
        let prepared = self.with_mounted(|m| {
            let open = m.open.as_ref()?;
            let view = m.view(open.topic, open.role, &open.interaction);
            let t = &m.config.texts;
            let extra = match &say {
                Say::Nothing => None,
                Say::Missed(href) => view.missed.iter().find(|h| &h.href == href).map(|h| h.text.clone()),
                Say::Copy(Copied::Yes) => Some(t.copied().to_owned()),
                Say::Copy(Copied::Selected) => Some(t.copy_selected().to_owned()),
            };
            Some((view, extra, open.view.status.open, open.parts.clone(), m.document.clone(), m.dialog.clone()))
        });
        let Some(Some((view, extra, was_open, mut parts, document, dialog))) = prepared else { return };
        let focused = dialog.get_root_node().dyn_into::<ShadowRoot>().ok().and_then(|r| r.active_element());
        let focused_href = focused.as_ref().and_then(|f| f.get_attribute("href"));
        let in_sync = parts
            .update(&document, markup::card(&view))
            .map_err(|err| events::error(&["bouton-3018: could not update the dialog: ", &js_text(&err)].concat()))
            .is_ok();
        if view.status.open != was_open {
            parts.announce(&view.status.announcement);
        } else if let Some(extra) = extra {
            parts.announce(&extra);
        }
        let still_open = self
            .with_mounted(|m| {
                m.open.as_mut().map(|open| {
                    open.view = view;
                    open.parts = parts.clone();
                    open.in_sync &= in_sync;
                })
            })
            .flatten()
            .is_some();
        if !still_open {
            return;
        }
        match focused.and_then(|f| f.dyn_into::<HtmlElement>().ok()) {
            Some(focused) if !focused.is_connected() => {
                drop(focused);
                let _ = parts.equivalent(focused_href.as_deref()).focus();
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

    /// A `tel:` or `sms:` link was activated (its `bouton3018:action` already sent): `dial`
    /// takes a `tel:` link instead of the browser when the platform gave one; then the widget
    /// watches whether anything took the tap. The dialog stays open: the person comes back to
    /// it after the call, or needs it when nothing happened.
    pub(super) fn on_dial(self: &Rc<Self>, event: &web_sys::Event, href: String) {
        let Some(source) = self.with_mounted(|m| m.open.as_ref().map(|_| m.dial_source.clone())).flatten() else {
            return;
        };
        if href.starts_with("tel:") {
            // Read and called outside any borrow: host code runs in both.
            match dial::dial_function(&source) {
                Ok(None) => {}
                Ok(Some(dial)) => {
                    event.prevent_default();
                    if let Err(message) = dial::call(&dial, &href) {
                        // Contained: the host hears it, and the person gets the number at once.
                        events::error(&message);
                        return self.missed(href);
                    }
                }
                Err(message) => events::error(&message),
            }
        }
        let weak = Rc::downgrade(self);
        let watched = href.clone();
        let pending = self.with_mounted(|m| {
            PendingDial::watch(&m.window, &m.document, href, move || {
                panic::guard_and_report(|| {
                    if let Some(inner) = weak.upgrade() {
                        inner.dial_settled(&watched);
                    }
                });
            })
        });
        self.with_mounted(|m| {
            if let Some(open) = m.open.as_mut() {
                open.pending = pending;
            }
        });
    }

    /// The wait after a tap is over: if nothing took it, the help.
    fn dial_settled(self: &Rc<Self>, href: &str) {
        let nothing = self
            .with_mounted(|m| {
                let open = m.open.as_mut()?;
                let pending = open.pending.take().filter(|p| p.href == href)?;
                Some(pending.connected_nothing(&m.document))
            })
            .flatten()
            .unwrap_or(false);
        if nothing {
            self.missed(href.to_owned());
        }
    }

    /// Adds the "didn't connect?" help under `href` and announces it (focus stays where it is);
    /// in a frame whose sandbox may be why, tells the platform (once).
    fn missed(self: &Rc<Self>, href: String) {
        let added = self.with_mounted(|m| {
            let open = m.open.as_mut()?;
            let new = !open.interaction.missed.contains(&href);
            if new {
                open.interaction.missed.push(href.clone());
            }
            let frame = (!m.frame_reported).then(|| crate::core::embedding::after_missed_call(&m.frame)).flatten();
            m.frame_reported |= frame.is_some();
            Some((new, frame))
        });
        let Some(Some((added, frame))) = added else { return };
        if let Some(error) = frame {
            events::error(&error);
        }
        if added {
            self.refresh(Say::Missed(href));
        }
    }

    /// The help's copy button: copies `number`, then says how it went.
    pub(super) fn copy(self: &Rc<Self>, button: &web_sys::Element, number: String) {
        let Some(digits) =
            button.closest(".missed").ok().flatten().and_then(|h| h.query_selector(".digits").ok().flatten())
        else {
            return;
        };
        let Some(window) = self.with_mounted(|m| m.window.clone()) else { return };
        let weak = Rc::downgrade(self);
        dial::copy(&window, &number.clone(), digits, move |copied| {
            panic::guard_and_report(|| {
                let Some(inner) = weak.upgrade() else { return };
                if copied == Copied::Yes {
                    inner.with_mounted(|m| {
                        if let Some(open) = m.open.as_mut().filter(|o| !o.interaction.copied.contains(&number)) {
                            open.interaction.copied.push(number);
                        }
                    });
                }
                inner.refresh(Say::Copy(copied));
            });
        });
    }
}
