//! The page's scroll lock while the dialog is open: the page's scroll position and `overflow`
//! saved and restored exactly, and touch drags kept inside the dialog (docs/accessibility.md,
//! behaviour 8 and "On iPhones").

use std::cell::Cell;
use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, Event, HtmlDialogElement, HtmlElement, Window};

use super::dom;
use super::listener::{Listener, Passive, Phase};

/// While the dialog is open, a touch drag may only scroll the dialog's own scroll containers,
/// and not past their ends: iOS Safari scrolls the page under a modal despite `overflow: hidden`
/// on `<html>` (WebKit bugs 240859 and 240860), and a drag that reaches the end of the dialog's
/// content chains on to the page. react-remove-scroll and Headless UI do the same: a
/// non-passive `touchmove` listener on `document` that cancels every move which would not
/// scroll something inside. Dropping it removes both listeners.
struct TouchLock {
    _start: Listener,
    _move: Listener,
}

impl TouchLock {
    fn engage(document: &Document, dialog: &HtmlDialogElement) -> TouchLock {
        let last_y = Rc::new(Cell::new(0.0));
        let start = {
            let last_y = Rc::clone(&last_y);
            Listener::new(document, "touchstart", move |event| last_y.set(touch_y(event).unwrap_or(0.0)))
        };
        let dialog: Element = dialog.clone().into();
        let moves = Listener::with_options(document, "touchmove", Phase::Bubble, Passive::No, move |event| {
            let Some(y) = touch_y(event) else { return };
            let dy = y - last_y.replace(y);
            if event.cancelable() && !scrolls_inside(event, &dialog, dy) {
                event.prevent_default();
            }
        });
        TouchLock { _start: start, _move: moves }
    }
}

/// `touches[0].clientY` of a touch event, read by name (`TouchEvent` is undefined in desktop
/// Firefox).
fn touch_y(event: &Event) -> Option<f64> {
    let touches = js_sys::Reflect::get(event, &JsValue::from_str("touches")).ok()?;
    let first = js_sys::Reflect::get(&touches, &JsValue::from_f64(0.0)).ok().filter(JsValue::is_object)?;
    js_sys::Reflect::get(&first, &JsValue::from_str("clientY")).ok()?.as_f64()
}

/// Whether a drag of `dy` px (positive: the finger moves down, the content up) scrolls one of the
/// dialog's scroll containers (the dialog, or its `.content`) on the event's path, without
/// reaching past its end.
fn scrolls_inside(event: &Event, dialog: &Element, dy: f64) -> bool {
    for item in event.composed_path().iter() {
        let Ok(element) = item.dyn_into::<Element>() else { continue };
        let is_dialog = &element == dialog;
        if is_dialog || element.class_list().contains(dom::SCROLLER_CLASS) {
            let (top, height, total) = (element.scroll_top(), element.client_height(), element.scroll_height());
            let room = if dy > 0.0 { top > 0 } else { top + height < total };
            if total > height && (dy == 0.0 || room) {
                return true;
            }
        }
        if is_dialog {
            break;
        }
    }
    false
}

/// The page's scroll position and the inline `overflow` of `<html>` and `<body>`, saved on
/// open and restored exactly on close (docs/accessibility.md, behaviour 8). Longhands are saved, because the
/// `overflow` shorthand reads as "" when they differ; CSSOM (`style.setProperty`) is used, which
/// a strict `style-src` CSP allows, unlike writing the `style` attribute.
pub(super) struct ScrollLock {
    window: Window,
    x: f64,
    y: f64,
    saved: Vec<SavedStyle>,
    _touch: TouchLock,
}

struct SavedStyle {
    element: HtmlElement,
    had_style_attribute: bool,
    /// `(property, value, priority)`.
    values: Vec<(&'static str, String, String)>,
}

const OVERFLOW: [&str; 2] = ["overflow-x", "overflow-y"];

impl ScrollLock {
    pub(super) fn engage(window: &Window, document: &Document, dialog: &HtmlDialogElement) -> ScrollLock {
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
            _touch: TouchLock::engage(document, dialog),
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
    pub(super) fn release_styles(&self) {
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
    pub(super) fn force_release(document: &Document) {
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

    pub(super) fn restore_position(&self) {
        let (x, y) = (self.window.scroll_x().unwrap_or(0.0), self.window.scroll_y().unwrap_or(0.0));
        if (x, y) != (self.x, self.y) {
            self.window.scroll_to_with_x_and_y(self.x, self.y);
        }
    }
}

/// Removes `element`'s `style` attribute if no declaration is left in it.
pub(super) fn remove_empty_style_attribute(element: &HtmlElement) {
    if element.style().length() == 0 {
        // Chromium writes CSSOM changes back to the `style` attribute lazily, on the next read of
        // it: read it now, or that pending write brings back `style=""` after the removal.
        let _ = element.get_attribute("style");
        let _ = element.remove_attribute("style");
    }
}
