//! The dialog's event handlers: the report event, Escape and the Tab wrap, clicks (actions,
//! the close button, the backdrop), and the focus guard. The open/close state machine they
//! drive is `Inner` (mod.rs).

use std::rc::{Rc, Weak};

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, Event, HtmlDialogElement, HtmlElement, KeyboardEvent, MouseEvent, ShadowRoot};

use super::events::{self, Via};
use super::listener::{Listener, Passive, Phase};
use super::{dom, focus, js_value, Inner};

/// How the page was last used, for the dialog's focus ring (`Inner::keyboard`): a pointer press
/// or a key press anywhere in the document, heard first (capture) and never cancelled. Only
/// which of the two came last is kept; nothing else of the event.
pub(super) fn modality_listeners(inner: &Rc<Inner>, document: &Document) -> [Listener; 2] {
    let on = |kind: &'static str, keyboard: fn(&Event) -> Option<bool>| {
        let weak: Weak<Inner> = Rc::downgrade(inner);
        Listener::with_options(document, kind, Phase::Capture, Passive::Default, move |event| {
            if let (Some(inner), Some(keyboard)) = (weak.upgrade(), keyboard(event)) {
                inner.keyboard.set(keyboard);
            }
        })
    };
    [
        on("pointerdown", |_| Some(false)),
        // A shortcut with a modifier (Ctrl+R, Cmd+Tab) says nothing either way.
        on("keydown", |event| {
            let key = event.dyn_ref::<KeyboardEvent>()?;
            (!(key.ctrl_key() || key.meta_key() || key.alt_key())).then_some(true)
        }),
    ]
}

/// The dialog's listeners, for the whole mount; each checks whether the dialog is open.
pub(super) fn dialog_listeners(inner: &Rc<Inner>, dialog: &HtmlDialogElement) -> Vec<Listener> {
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
    /// The trigger event: parse the detail, check the category, open.
    pub(super) fn on_report(self: Rc<Self>, event: &Event) {
        let detail = event.dyn_ref::<web_sys::CustomEvent>().map_or(JsValue::UNDEFINED, |e| e.detail());
        match js_value::detail(&detail) {
            Err(err) => events::error(&err.message()),
            Ok(detail) => {
                let category = detail.category.as_deref();
                let accepted = category
                    .and_then(|category| {
                        self.with_mounted(|m| m.config.accepts(category).then(|| m.config.topic_of(Some(category))))
                    })
                    .flatten();
                if let Some(topic) = accepted {
                    self.open(detail.role, topic);
                }
            }
        }
    }

    /// `keydown` in the dialog: Escape closes; Tab wraps from the last control to the first and
    /// back (a11y-dialog does the same: without it, Tab from the last control leaves the page
    /// for the browser's toolbar, and `document.activeElement` becomes `<body>`). From the dialog
    /// itself (where focus lands on open), Tab is the browser's: the next control in DOM order,
    /// "Fermer" first, as the WAI-ARIA APG, a11y-dialog, Headless UI and Radix expect
    /// (docs/accessibility.md, behaviour 22); Shift+Tab goes to the last control, where the
    /// browser would leave the page.
    pub(super) fn on_keydown(self: &Rc<Self>, event: &Event) {
        let Some(key) = event.dyn_ref::<KeyboardEvent>() else { return };
        if key.is_composing() {
            return;
        }
        // WebKitGTK reports Shift+Tab as `key: "Unidentified"` (GTK's ISO_Left_Tab keysym) with
        // `code: "Tab"`: without the `code`, Shift+Tab from the first control would leave the
        // trap there.
        let key_name = if key.code() == "Tab" { String::from("Tab") } else { key.key() };
        match key_name.as_str() {
            "Escape" | "Esc" if self.with_mounted(|m| m.open.is_some()).unwrap_or(false) => {
                event.prevent_default();
                self.close(Via::Escape);
            }
            "Tab" => {
                let found = self.with_mounted(|m| {
                    let open = m.open.as_ref()?;
                    let root = m.dialog.get_root_node().dyn_into::<ShadowRoot>().ok()?;
                    // Focus on the dialog itself counts as on no control.
                    let active = root
                        .active_element()
                        .and_then(|a| a.dyn_into::<HtmlElement>().ok())
                        .filter(|a| a != m.dialog.unchecked_ref::<HtmlElement>());
                    Some((focus::controls(&open.parts.card), active))
                });
                let Some(Some((controls, active))) = found else { return };
                let (Some(first), Some(last)) = (controls.first(), controls.last()) else { return };
                let target = match (key.shift_key(), active) {
                    (true, Some(a)) if &a == first => last,
                    (false, Some(a)) if &a == last => first,
                    (true, None) => last,
                    _ => return,
                };
                event.prevent_default();
                let _ = target.focus();
            }
            _ => {}
        }
    }

    /// `click` in the dialog: an action link, the close button, or the backdrop.
    pub(super) fn on_click(self: &Rc<Self>, event: &Event) {
        let pressed_backdrop = self.backdrop_press.replace(false);
        let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
        if !self.with_mounted(|m| m.open.is_some()).unwrap_or(false) {
            return;
        }
        if let Some(link) = target.closest(&["a[", dom::KIND_ATTR, "]"].concat()).ok().flatten() {
            let detail = events::detail(&[
                ("kind", JsValue::from_str(&link.get_attribute(dom::KIND_ATTR).unwrap_or_default())),
                ("helpline", JsValue::from_str(&link.get_attribute(dom::HELPLINE_ATTR).unwrap_or_default())),
            ]);
            events::emit(events::ACTION, &detail);
            let href = link.get_attribute("href").unwrap_or_default();
            // A call or an SMS keeps the dialog (the person comes back to it, or needs the
            // "didn't connect?" help); a site opens in a new tab and the dialog closes.
            if href.starts_with("tel:") || href.starts_with("sms:") {
                return self.on_dial(event, href);
            }
            return self.close(Via::Action);
        }
        if let Some(button) = target.closest(&["[", dom::COPY_ATTR, "]"].concat()).ok().flatten() {
            return self.copy(&button, button.get_attribute(dom::COPY_ATTR).unwrap_or_default());
        }
        if target.closest(&["[", dom::CLOSE_ATTR, "]"].concat()).ok().flatten().is_some() {
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
    /// focus back into the dialog (docs/accessibility.md, behaviour 3). Inside our shadow root, the event's
    /// target is retargeted to the host element.
    pub(super) fn on_focus_outside(self: &Rc<Self>, event: &Event) {
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
