//! Renders a [`View`] into the dialog, and updates it in place when the view changes.
//!
//! Only `createElement`, attributes and text: never `innerHTML`, so platform-supplied texts can
//! never become markup. Hrefs come from the validated view (`tel:` or `https:`), and are checked
//! again here (defence in depth). Regions holding controls are rebuilt only when their part of
//! the view changed, so a re-render keeps the focused control in the DOM whenever it still
//! exists.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlDialogElement, HtmlElement};

use crate::core::view::{ActionView, AlternativeView, ChannelView, QrHandoff, StatusTone, StatusView, View};
use crate::shell::focus;

/// On every action link: its `detail.kind` for `bouton3018:action`.
pub(crate) const KIND_ATTR: &str = "data-bouton3018-kind";
/// On every action link: its `detail.helpline`.
pub(crate) const HELPLINE_ATTR: &str = "data-bouton3018-helpline";
/// On the close button.
pub(crate) const CLOSE_ATTR: &str = "data-bouton3018-close";
/// The title's id, target of the dialog's `aria-labelledby`.
pub(crate) const TITLE_ID: &str = "bouton3018-title";
/// The body's id, target of the dialog's `aria-describedby`.
pub(crate) const BODY_ID: &str = "bouton3018-body";
const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// The rendered elements the shell updates later (cheap to clone: references to DOM nodes).
#[derive(Clone)]
pub(crate) struct Parts {
    /// The content box; everything the user sees is inside it.
    pub(crate) card: Element,
    title: Element,
    body: Element,
    status: Element,
    actions: Element,
    qr: Element,
    channels: Element,
    steps: Element,
    alternatives: Element,
    /// The "Fermer" button.
    pub(crate) close: HtmlElement,
    live: Element,
}

fn el(document: &Document, tag: &str, class: &str) -> Result<Element, JsValue> {
    let element = document.create_element(tag)?;
    if !class.is_empty() {
        element.set_class_name(class);
    }
    Ok(element)
}

fn text_el(document: &Document, tag: &str, class: &str, text: &str) -> Result<Element, JsValue> {
    let element = el(document, tag, class)?;
    element.set_text_content(Some(text));
    Ok(element)
}

fn append(parent: &Element, child: &Element) -> Result<(), JsValue> {
    parent.append_child(child).map(drop)
}

/// Sets `element`'s text unless it is already that (no needless DOM mutation, which a screen
/// reader might otherwise re-read).
fn set_text(element: &Element, text: &str) {
    if element.text_content().as_deref() != Some(text) {
        element.set_text_content(Some(text));
    }
}

/// Replaces the dialog's content with a rendering of `view`.
pub(crate) fn build(document: &Document, dialog: &Element, view: &View) -> Result<Parts, JsValue> {
    let card = el(document, "div", "card")?;
    let title = text_el(document, "h2", "title", &view.title)?;
    title.set_id(TITLE_ID);
    let body = text_el(document, "p", "body", &view.body)?;
    body.set_id(BODY_ID);
    let status = el(document, "p", "status")?;
    let actions = el(document, "div", "actions")?;
    let qr = el(document, "div", "handoff")?;
    let channels = el(document, "div", "channels")?;
    let steps = el(document, "div", "steps")?;
    let alternatives = el(document, "div", "alternatives")?;
    let close: HtmlElement = text_el(document, "button", "close", &view.close_label)?.unchecked_into();
    close.set_attribute("type", "button")?;
    close.set_attribute(CLOSE_ATTR, "")?;
    // Polite, visually hidden; filled only when the line opens or closes while the dialog shows
    // (A11Y.md behaviour 14). It must be inside the dialog: everything outside is inert.
    let live = el(document, "div", "visually-hidden")?;
    live.set_attribute("role", "status")?;
    live.set_attribute("aria-live", "polite")?;
    live.set_attribute("aria-atomic", "true")?;
    for part in [&title, &body, &status, &actions, &qr, &channels, &steps, &alternatives, &close, &live] {
        card.append_child(part)?;
    }

    let parts = Parts { card, title, body, status, actions, qr, channels, steps, alternatives, close, live };
    fill_status(&parts.status, &view.status);
    fill_actions(document, &parts.actions, view)?;
    fill_qr(document, &parts.qr, view.qr.as_ref())?;
    fill_channels(document, &parts.channels, view)?;
    fill_steps(document, &parts.steps, view)?;
    fill_alternatives(document, &parts.alternatives, view)?;
    place_alternatives(&parts, view.alternatives_first)?;
    dialog.replace_children_with_node_1(&parts.card);
    Ok(parts)
}

/// Puts the alternatives right after the actions (before the further channels) when `first`,
/// else last, before the close button. Moving a node can take focus from a control inside it:
/// the caller restores it (`Shell::rerender`).
fn place_alternatives(parts: &Parts, first: bool) -> Result<(), JsValue> {
    let before: &Element = if first { &parts.channels } else { &parts.close };
    parts.card.insert_before(&parts.alternatives, Some(before)).map(drop)
}

/// Brings the rendering from `old` to `new` in place: texts are updated, a region with controls
/// is rebuilt only if its part of the view changed.
pub(crate) fn update(document: &Document, parts: &Parts, old: &View, new: &View) -> Result<(), JsValue> {
    set_text(&parts.title, &new.title);
    set_text(&parts.body, &new.body);
    if old.status != new.status {
        fill_status(&parts.status, &new.status);
    }
    if (&old.primary, &old.secondary, &old.number) != (&new.primary, &new.secondary, &new.number) {
        fill_actions(document, &parts.actions, new)?;
    }
    if old.qr != new.qr {
        fill_qr(document, &parts.qr, new.qr.as_ref())?;
    }
    if (&old.channels_title, &old.channels) != (&new.channels_title, &new.channels) {
        fill_channels(document, &parts.channels, new)?;
    }
    if (&old.steps_title, &old.steps) != (&new.steps_title, &new.steps) {
        fill_steps(document, &parts.steps, new)?;
    }
    if (&old.alternatives_title, &old.alternatives) != (&new.alternatives_title, &new.alternatives) {
        fill_alternatives(document, &parts.alternatives, new)?;
    }
    if old.alternatives_first != new.alternatives_first {
        place_alternatives(parts, new.alternatives_first)?;
    }
    set_text(&parts.close, &new.close_label);
    Ok(())
}

/// Puts `text` in the live region. Cleared first, so that the same sentence twice is still a
/// change a screen reader announces.
pub(crate) fn announce(parts: &Parts, text: &str) {
    parts.live.set_text_content(None);
    parts.live.set_text_content(Some(text));
}

/// Where focus goes on open: the dialog itself (`tabindex="-1"`: focusable by script, never by
/// Tab), not its first control. Focused, the dialog is what a screen reader presents: its name
/// (the title), then its text, the first sentence and the line's state before the main action.
/// With focus on the main action instead, Orca says the link alone in Firefox and nothing at
/// all in Chromium: the report button that had focus has just left the accessibility tree (the
/// page went inert), and Orca drops the dialog's context (docs/accessibility.md, "What is
/// heard"). The main action is the first control, one Tab away (`Inner::on_keydown`).
pub(crate) fn initial_focus(dialog: &HtmlDialogElement) -> HtmlElement {
    dialog.unchecked_ref::<HtmlElement>().clone()
}

/// After a re-render removed the focused control: a control with the same `href` (the chat
/// link becomes the site link at closing time, same address), else the close button.
pub(crate) fn equivalent(parts: &Parts, href: Option<&str>) -> HtmlElement {
    href.and_then(|href| {
        focus::controls(&parts.card).into_iter().find(|c| c.get_attribute("href").as_deref() == Some(href))
    })
    .unwrap_or_else(|| parts.close.clone())
}

fn fill_status(element: &Element, status: &StatusView) {
    // The tone is also said in words by the text ("Ouvert", "Fermé"): never colour alone.
    let tone = match status.tone {
        StatusTone::Open => "status status-open",
        StatusTone::ClosingSoon => "status status-soon",
        StatusTone::Closed => "status status-closed",
    };
    element.set_class_name(tone);
    set_text(element, &status.text);
}

/// `tel:` or `https:` only. The core already guarantees it; a link with anything else (a
/// `javascript:` URL...) is not rendered at all.
fn safe_href(href: &str) -> bool {
    href.starts_with("tel:") || href.starts_with("https://")
}

fn action_link(document: &Document, action: &ActionView, class: &str) -> Result<Option<Element>, JsValue> {
    if !safe_href(&action.href) {
        return Ok(None);
    }
    let link = el(document, "a", class)?;
    link.set_attribute("href", &action.href)?;
    link.set_attribute(KIND_ATTR, action.kind.as_str())?;
    link.set_attribute(HELPLINE_ATTR, &action.helpline)?;
    if action.new_tab {
        link.set_attribute("target", "_blank")?;
        link.set_attribute("rel", "noopener noreferrer")?;
    }
    // The accessible name is the visible text, hint included (WCAG 2.5.3 label in name).
    append(&link, &text_el(document, "span", "label", &action.label)?)?;
    if let Some(hint) = &action.hint {
        append(&link, &text_el(document, "span", "hint", hint)?)?;
    }
    Ok(Some(link))
}

fn fill_actions(document: &Document, region: &Element, view: &View) -> Result<(), JsValue> {
    region.replace_children_with_node_0();
    if let Some(primary) = &view.primary {
        if let Some(link) = action_link(document, primary, "btn primary")? {
            region.append_child(&link)?;
        }
    }
    for action in &view.secondary {
        if let Some(link) = action_link(document, action, "btn secondary")? {
            region.append_child(&link)?;
        }
    }
    if let Some(number) = &view.number {
        let block = el(document, "p", "number")?;
        append(&block, &text_el(document, "span", "digits", &number.number)?)?;
        append(&block, &text_el(document, "span", "caption", &number.caption)?)?;
        region.append_child(&block)?;
    }
    Ok(())
}

/// The desktop hand-off: an inline SVG QR code of `tel:3018` (`role="img"`, named by its text
/// alternative) and its caption. The path is checked to be path data only (digits, spaces and
/// the `M h v z` commands), though the core builds it from numbers.
fn fill_qr(document: &Document, region: &Element, qr: Option<&QrHandoff>) -> Result<(), JsValue> {
    region.replace_children_with_node_0();
    let valid = qr.filter(|q| q.code.path.chars().all(|c| c.is_ascii_digit() || " Mhvz-".contains(c)));
    let Some(qr) = valid else {
        region.set_attribute("hidden", "")?;
        return Ok(());
    };
    region.remove_attribute("hidden")?;
    let figure = el(document, "figure", "qr")?;
    let svg = document.create_element_ns(Some(SVG_NS), "svg")?;
    svg.set_attribute("viewBox", &format!("0 0 {0} {0}", qr.code.size))?;
    svg.set_attribute("role", "img")?;
    svg.set_attribute("aria-label", &qr.code.alt)?;
    svg.set_attribute("focusable", "false")?;
    let path = document.create_element_ns(Some(SVG_NS), "path")?;
    path.set_attribute("d", &qr.code.path)?;
    svg.append_child(&path)?;
    figure.append_child(&svg)?;
    append(&figure, &text_el(document, "figcaption", "", &qr.caption)?)?;
    region.append_child(&figure)?;
    Ok(())
}

fn channel(document: &Document, channel: &ChannelView) -> Result<Element, JsValue> {
    let item = el(document, "li", "channel")?;
    match channel.action.as_ref().map(|a| action_link(document, a, "btn small")).transpose()?.flatten() {
        Some(link) => append(&item, &link)?,
        None => append(&item, &text_el(document, "p", "channel-name", &channel.label)?)?,
    }
    let class = if channel.open { "channel-status channel-open" } else { "channel-status channel-closed" };
    append(&item, &text_el(document, "p", class, &channel.status)?)?;
    Ok(item)
}

/// Fills `region` with an `<h3>` title and a `<ul class="{list_class}">` whose items `fill`
/// appends; hides the region when there is no title (nothing to show).
fn titled_list(
    document: &Document,
    region: &Element,
    title: Option<&str>,
    list_class: &str,
    fill: impl FnOnce(&Element) -> Result<(), JsValue>,
) -> Result<(), JsValue> {
    region.replace_children_with_node_0();
    let Some(title) = title else {
        return region.set_attribute("hidden", "");
    };
    region.remove_attribute("hidden")?;
    append(region, &text_el(document, "h3", "", title)?)?;
    let list = el(document, "ul", list_class)?;
    fill(&list)?;
    region.append_child(&list).map(drop)
}

fn fill_channels(document: &Document, region: &Element, view: &View) -> Result<(), JsValue> {
    titled_list(document, region, view.channels_title.as_deref(), "channel-list", |list| {
        view.channels.iter().try_for_each(|item| append(list, &channel(document, item)?))
    })
}

fn fill_steps(document: &Document, region: &Element, view: &View) -> Result<(), JsValue> {
    titled_list(document, region, Some(&view.steps_title), "", |list| {
        view.steps.iter().try_for_each(|step| append(list, &text_el(document, "li", "", step)?))
    })
}

fn rung(document: &Document, alternative: &AlternativeView) -> Result<Element, JsValue> {
    let item = el(document, "li", "rung")?;
    append(&item, &text_el(document, "p", "reason", &alternative.reason)?)?;
    if !alternative.actions.is_empty() {
        let links = el(document, "div", "links")?;
        for action in &alternative.actions {
            if let Some(link) = action_link(document, action, "btn small")? {
                links.append_child(&link)?;
            }
        }
        item.append_child(&links)?;
    }
    Ok(item)
}

fn fill_alternatives(document: &Document, region: &Element, view: &View) -> Result<(), JsValue> {
    titled_list(document, region, view.alternatives_title.as_deref(), "ladder", |list| {
        view.alternatives.iter().try_for_each(|alternative| append(list, &rung(document, alternative)?))
    })
}
