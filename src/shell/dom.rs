//! Renders a [`View`] into the dialog, and updates it in place when the view changes.
//!
//! Only `createElement`, attributes and text: never `innerHTML`, so platform-supplied texts can
//! never become markup. Hrefs come from the validated view (`tel:`, `https:`, or `sms:` for the
//! 114), and are checked again here (defence in depth). Regions holding controls are rebuilt only when their part of
//! the view changed, so a re-render keeps the focused control in the DOM whenever it still
//! exists.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlDialogElement, HtmlElement};

use crate::core::view::{ActionView, AlternativeView, ChannelView, QrHandoff, Section, StatusTone, StatusView, View};
use crate::shell::focus;

/// On every action link: its `detail.kind` for `bouton3018:action`.
pub(crate) const KIND_ATTR: &str = "data-bouton3018-kind";
/// On every action link: its `detail.helpline`.
pub(crate) const HELPLINE_ATTR: &str = "data-bouton3018-helpline";
/// On the close button.
pub(crate) const CLOSE_ATTR: &str = "data-bouton3018-close";
/// On the dialog when it was opened after a key press, not a pointer press: its focus ring shows.
pub(crate) const KEYBOARD_ATTR: &str = "data-keyboard";
/// The class of the region under the header row that scrolls (the shell's touch lock lets a drag
/// scroll it).
pub(crate) const SCROLLER_CLASS: &str = "content";
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
    /// Everything under the header row; it scrolls while the header row stays in view.
    content: Element,
    title: Element,
    body: Element,
    status: Element,
    urgent: Element,
    actions: Element,
    qr: Element,
    channels: Element,
    steps: Element,
    services: Element,
    alternatives: Element,
    /// The "Fermer" button.
    pub(crate) close: HtmlElement,
    /// Its text (beside a cross drawn in SVG, hidden from the accessibility tree).
    close_label: Element,
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
    // The header row: the title and the close control, the first thing on screen, so a way
    // out is always in the first viewport on a phone (docs/accessibility.md, behaviour 18; the WAI-ARIA APG
    // "strongly recommends" a visible close button; a11y-dialog puts it first too).
    let head = el(document, "div", "head")?;
    let title = text_el(document, "h2", "title", &view.title)?;
    title.set_id(TITLE_ID);
    let content = el(document, "div", SCROLLER_CLASS)?;
    // Firefox puts a scrollable element in the tab order even when it holds links; its links
    // are how the keyboard reaches (and scrolls) it here, so it stays out of the tab order.
    content.set_attribute("tabindex", "-1")?;
    let body = text_el(document, "p", "body", &view.body)?;
    body.set_id(BODY_ID);
    let status = el(document, "p", "status")?;
    let urgent = el(document, "div", "urgent")?;
    let actions = el(document, "div", "actions")?;
    let qr = el(document, "div", "handoff")?;
    let channels = el(document, "div", "channels")?;
    let steps = el(document, "div", "steps")?;
    let services = el(document, "div", "services")?;
    let alternatives = el(document, "div", "alternatives")?;
    let close: HtmlElement = el(document, "button", "close")?.unchecked_into();
    close.set_attribute("type", "button")?;
    close.set_attribute(CLOSE_ATTR, "")?;
    append(&close, &cross(document)?)?;
    let close_label = text_el(document, "span", "", &view.close_label)?;
    close.append_child(&close_label)?;
    // Polite, visually hidden; filled only when the line opens or closes while the dialog shows
    // (docs/accessibility.md, behaviour 14). It must be inside the dialog: everything outside is inert.
    let live = el(document, "div", "visually-hidden")?;
    live.set_attribute("role", "status")?;
    live.set_attribute("aria-live", "polite")?;
    live.set_attribute("aria-atomic", "true")?;
    append(&head, &title)?;
    head.append_child(&close)?;
    for part in [&body, &status, &urgent, &actions, &qr, &channels, &steps, &services, &alternatives] {
        content.append_child(part)?;
    }
    for part in [&head, &content, &live] {
        card.append_child(part)?;
    }

    let parts = Parts {
        card,
        content,
        title,
        body,
        status,
        urgent,
        actions,
        qr,
        channels,
        steps,
        services,
        alternatives,
        close,
        close_label,
        live,
    };
    fill_status(&parts.status, &view.status);
    fill_rungs(document, &parts.urgent, view.urgent_title.as_deref(), &view.urgent)?;
    fill_actions(document, &parts.actions, view)?;
    fill_qr(document, &parts.qr, view.qr.as_ref())?;
    fill_channels(document, &parts.channels, view)?;
    fill_steps(document, &parts.steps, view)?;
    fill_rungs(document, &parts.services, view.services_title.as_deref(), &view.services)?;
    fill_rungs(document, &parts.alternatives, view.alternatives_title.as_deref(), &view.alternatives)?;
    place_sections(&parts, &view.order)?;
    dialog.replace_children_with_node_1(&parts.card);
    Ok(parts)
}

/// Puts the sections right after the status line, in the view's order; a section not in it
/// shows nothing (hidden or empty) and stays after them. Moving a node can take focus from a
/// control inside it: the caller restores it (`Shell::rerender`).
fn place_sections(parts: &Parts, order: &[Section]) -> Result<(), JsValue> {
    for section in order.iter().rev() {
        let region = match section {
            Section::Urgent => &parts.urgent,
            Section::Actions => &parts.actions,
            Section::Qr => &parts.qr,
            Section::Channels => &parts.channels,
            Section::Steps => &parts.steps,
            Section::Services => &parts.services,
            Section::Alternatives => &parts.alternatives,
        };
        parts.content.insert_before(region, parts.status.next_sibling().as_ref())?;
    }
    Ok(())
}

/// The close button's cross: an inline SVG drawn in `currentColor` (so forced colours keep it),
/// `aria-hidden`, so the button's accessible name is its visible text alone.
fn cross(document: &Document) -> Result<Element, JsValue> {
    let svg = document.create_element_ns(Some(SVG_NS), "svg")?;
    for (name, value) in [("viewBox", "0 0 16 16"), ("aria-hidden", "true"), ("focusable", "false"), ("class", "cross")]
    {
        svg.set_attribute(name, value)?;
    }
    let path = document.create_element_ns(Some(SVG_NS), "path")?;
    path.set_attribute("d", "M3 3L13 13M13 3L3 13")?;
    svg.append_child(&path)?;
    Ok(svg)
}

/// Brings the rendering from `old` to `new` in place: texts are updated, a region with controls
/// is rebuilt only if its part of the view changed.
pub(crate) fn update(document: &Document, parts: &Parts, old: &View, new: &View) -> Result<(), JsValue> {
    set_text(&parts.title, &new.title);
    set_text(&parts.body, &new.body);
    if old.status != new.status {
        fill_status(&parts.status, &new.status);
    }
    if (&old.urgent_title, &old.urgent) != (&new.urgent_title, &new.urgent) {
        fill_rungs(document, &parts.urgent, new.urgent_title.as_deref(), &new.urgent)?;
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
    if (&old.services_title, &old.services) != (&new.services_title, &new.services) {
        fill_rungs(document, &parts.services, new.services_title.as_deref(), &new.services)?;
    }
    if (&old.alternatives_title, &old.alternatives) != (&new.alternatives_title, &new.alternatives) {
        fill_rungs(document, &parts.alternatives, new.alternatives_title.as_deref(), &new.alternatives)?;
    }
    if old.order != new.order {
        place_sections(parts, &new.order)?;
    }
    set_text(&parts.close_label, &new.close_label);
    Ok(())
}

/// Makes a kept rendering ready to show again: no announcement left from the last open in the
/// live region (it is for flips seen while open).
pub(crate) fn reset(parts: &Parts) {
    parts.live.set_text_content(None);
}

/// Scrolls the content and the dialog back to the top; only while the dialog is shown: Firefox
/// ignores `scrollTop` on a closed (`display: none`) dialog's content.
pub(crate) fn scroll_to_top(parts: &Parts, dialog: &Element) {
    parts.content.set_scroll_top(0);
    dialog.set_scroll_top(0);
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

/// The main action: the first control under the header row (the call link, or what leads),
/// where Tab goes from the dialog itself.
pub(crate) fn main_action(parts: &Parts) -> Option<HtmlElement> {
    focus::controls(&parts.content).into_iter().next()
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

/// `tel:`, `https:`, or `sms:` (SMS-only services such as the 114) only. The core already
/// guarantees it; a link with anything else (a `javascript:` URL...) is not rendered at all.
fn safe_href(href: &str) -> bool {
    href.starts_with("tel:") || href.starts_with("https://") || href.starts_with("sms:")
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
    titled_list(document, region, view.steps_title.as_deref(), "", |list| {
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

/// The emergency line shown first, a topic's services, the alternatives: a titled ladder of
/// rungs.
fn fill_rungs(
    document: &Document,
    region: &Element,
    title: Option<&str>,
    rungs: &[AlternativeView],
) -> Result<(), JsValue> {
    titled_list(document, region, title, "ladder", |list| {
        rungs.iter().try_for_each(|alternative| append(list, &rung(document, alternative)?))
    })
}
