//! The widget's host element and its open shadow root: the element appended to the page, the
//! stylesheet, the empty `<dialog>`; and how to find every bouton-3018 host in a page.

use js_sys::Array;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CssStyleSheet, Document, HtmlDialogElement, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

use crate::core::{theme, Config};

/// The attribute that marks the host element (`[data-bouton3018-host]`).
pub(super) const HOST_ATTR: &str = "data-bouton3018-host";

/// The widget's stylesheet, adopted by the shadow root: `style.css` minified by `build.rs`.
const STYLE: &str = include_str!(concat!(env!("OUT_DIR"), "/style.min.css"));

/// The theme stylesheet (`core::theme::stylesheet`): a constructable sheet adopted after the base
/// one, or a `<style>` after the base `<style>` where there are none. Rewritten in place by
/// `widget.setTheme()`: the dialog's nodes are not touched, so nothing re-renders and focus stays.
pub(super) enum ThemeSheet {
    /// Adopted by the shadow root.
    Adopted(CssStyleSheet),
    /// A `<style>` in the shadow root (Safari 15.4–16.3).
    Element(web_sys::Element),
}

impl ThemeSheet {
    /// Replaces the sheet's rules with `css` (validated numbers only: `core::theme`).
    pub(super) fn set(&self, css: &str) {
        match self {
            ThemeSheet::Adopted(sheet) => {
                let _ = sheet.replace_sync(css);
            }
            ThemeSheet::Element(style) => style.set_text_content(Some(css)),
        }
    }
}

/// The host `div`, its open shadow root with the adopted stylesheets, and the empty dialog.
pub(super) fn build_host(
    document: &Document,
    config: &Config,
) -> Result<(HtmlElement, HtmlDialogElement, ThemeSheet), JsValue> {
    let host: HtmlElement = document.create_element("div")?.unchecked_into();
    host.set_attribute(HOST_ATTR, "")?;
    host.set_attribute("lang", config.locale.tag())?;
    // Both locales are left-to-right; without `dir`, a right-to-left host page (`<html
    // dir="rtl">`) would flip the French text through the shadow boundary (`direction` inherits
    // and `all: initial` does not reset it).
    host.set_attribute("dir", "ltr")?;
    // Open, not closed: a closed root defeats axe-core and test locators (docs/accessibility.md).
    let root = host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?;
    let theme = adopt_style(document, &root, &theme::stylesheet(&config.colors, config.theme, config.font))?;
    let dialog: HtmlDialogElement = document.create_element("dialog")?.unchecked_into();
    // Explicit role: axe's `aria-dialog-name` only checks explicit roles (docs/accessibility.md, behaviour 1).
    dialog.set_attribute("role", "dialog")?;
    dialog.set_attribute("aria-modal", "true")?;
    // aria-labelledby and aria-describedby come with the content, at the first open
    // (`dom::build`): until then there is nothing for them to point at.
    // Focusable by script only, never by Tab: focus lands on the dialog itself when it opens
    // (`dom::initial_focus`).
    dialog.set_attribute("tabindex", "-1")?;
    dialog.set_attribute("lang", config.locale.tag())?;
    dialog.set_attribute("dir", "ltr")?;
    dialog.set_class_name("bouton3018");
    root.append_child(&dialog)?;
    Ok((host, dialog, theme))
}

/// Styles the shadow root. A constructable stylesheet first: a `<style>` element would be
/// blocked by a strict `style-src 'self'` CSP (README, "Content Security Policy"). Safari 15.4–16.3 (still on
/// older iPhones) has `<dialog>` but no constructable stylesheets (`new CSSStyleSheet()` throws,
/// `adoptedStyleSheets` is missing): there the same text goes in a `<style>` element of the
/// shadow root, so the dialog keeps its look (docs/accessibility.md, behaviour 19) unless a strict CSP forbids
/// inline styles on those versions.
fn adopt_style(document: &Document, root: &ShadowRoot, theme: &str) -> Result<ThemeSheet, JsValue> {
    let constructable = js_sys::Reflect::has(root, &JsValue::from_str("adoptedStyleSheets")).unwrap_or(false);
    let sheet = |css: &str| {
        constructable.then(|| CssStyleSheet::new().ok()).flatten().filter(|sheet| sheet.replace_sync(css).is_ok())
    };
    match (sheet(STYLE), sheet(theme)) {
        (Some(base), Some(theme)) => {
            root.set_adopted_style_sheets(&Array::of2(&base, &theme));
            Ok(ThemeSheet::Adopted(theme))
        }
        _ => {
            let style = |css: &str| -> Result<web_sys::Element, JsValue> {
                let style = document.create_element("style")?;
                style.set_text_content(Some(css));
                root.append_child(&style)?;
                Ok(style)
            };
            style(STYLE)?;
            Ok(ThemeSheet::Element(style(theme)?))
        }
    }
}

/// Every bouton-3018 host in `document` (of any widget or wasm instance, or the script tag's
/// fallback), with the dialog in its shadow root. Reads the DOM only, so the panic hook can use
/// it while the widgets' own state may be mid-borrow.
pub(super) fn host_dialogs(document: &Document) -> Vec<(HtmlElement, Option<HtmlDialogElement>)> {
    let Ok(hosts) = document.query_selector_all(&["[", HOST_ATTR, "]"].concat()) else { return Vec::new() };
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
pub(super) fn another_widget_open(document: &Document) -> bool {
    host_dialogs(document).iter().any(|(_, dialog)| dialog.as_ref().is_some_and(HtmlDialogElement::open))
}
