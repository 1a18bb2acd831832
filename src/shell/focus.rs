//! Focus helpers: who has focus (through open shadow roots), whether an element can still take
//! it, the dialog's controls in tab order, and focus return on close (docs/accessibility.md, behaviour 6).

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlElement};

/// The focused element, looking through open shadow roots (a host page built from web
/// components reports only the outermost host as `document.activeElement`). `None` when
/// nothing or only `<body>` has focus.
pub(crate) fn deep_active(document: &Document) -> Option<HtmlElement> {
    let mut active: Element = document.active_element()?;
    while let Some(inner) = active.shadow_root().and_then(|root| root.active_element()) {
        active = inner;
    }
    let body = document.body();
    let html = document.document_element();
    if body.as_ref().is_some_and(|b| b.unchecked_ref::<Element>() == &active) || html.as_ref() == Some(&active) {
        return None;
    }
    active.dyn_into::<HtmlElement>().ok()
}

/// Whether `element` can take focus back: still in the document and rendered. A hidden element
/// (`display: none` on it or an ancestor) has no client rects; `offsetParent` is `null` for
/// those too, but also for `position: fixed` elements, which are fine.
pub(crate) fn usable(element: &HtmlElement) -> bool {
    element.is_connected() && element.get_client_rects().length() > 0
}

/// Focuses the first usable element of `candidates` that actually takes focus (a `div` without
/// `tabindex` does not); returns whether one did.
pub(crate) fn focus_first(document: &Document, candidates: impl IntoIterator<Item = HtmlElement>) -> bool {
    for candidate in candidates {
        if !usable(&candidate) {
            continue;
        }
        let _ = candidate.focus();
        if deep_active(document).as_ref() == Some(&candidate) {
            return true;
        }
    }
    false
}

/// The controls of `container` in tab order: links with an `href` and enabled buttons, rendered.
/// The widget never sets a positive `tabindex`, so document order is tab order.
pub(crate) fn controls(container: &Element) -> Vec<HtmlElement> {
    let Ok(list) = container.query_selector_all("a[href], button:not([disabled])") else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|node| node.dyn_into::<HtmlElement>().ok())
        .filter(usable)
        .collect()
}
