//! The dialog as a small tree of nodes: what [`View`] looks like, element by element.
//!
//! The pure core decides the markup (tags, classes, ids, attributes, texts, which link carries
//! which action); the shell's renderer (`src/shell/dom.rs`) turns any such tree into DOM with a
//! handful of calls, and patches a kept rendering from one tree to the next. The view's tests
//! assert on this tree natively (`markup/tests.rs`).
//!
//! Texts are [`Node::Text`] and only ever become text nodes: a platform-supplied string can never
//! become markup. Every `href` here is `tel:`, `https:` or `sms:` (the core validated it; it is
//! checked again here and once more by the renderer).

use crate::core::view::{ActionView, AlternativeView, ChannelView, MissedView, QrHandoff, Section, StatusTone, View};

/// On every action link: its `detail.kind` for `bouton3018:action` (the action's id, read by the
/// shell's one delegated click listener).
pub const KIND_ATTR: &str = "data-bouton3018-kind";
/// On every action link: its `detail.helpline`.
pub const HELPLINE_ATTR: &str = "data-bouton3018-helpline";
/// On the close button (its action).
pub const CLOSE_ATTR: &str = "data-bouton3018-close";
/// On the copy button of the "didn't connect?" help: the number it copies.
pub const COPY_ATTR: &str = "data-bouton3018-copy";
/// The class of the "didn't connect?" help.
pub const MISSED_CLASS: &str = "missed";
/// The class of the region under the header row that scrolls (the shell's touch lock lets a drag
/// scroll it).
pub const SCROLLER_CLASS: &str = "content";
/// The title's id, target of the dialog's `aria-labelledby`.
pub const TITLE_ID: &str = "bouton3018-title";
/// The body's id, target of the dialog's `aria-describedby`.
pub const BODY_ID: &str = "bouton3018-body";
/// The live region's role; the shell fills it (announcements are not part of the tree).
pub const LIVE_ROLE: &str = "status";

/// HTML or SVG.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ns {
    /// `createElement`.
    Html,
    /// `createElementNS("http://www.w3.org/2000/svg", …)`.
    Svg,
}

/// A node: an element or a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Node {
    /// An element and its children.
    Element(Element),
    /// A text node (never parsed as markup).
    Text(String),
}

/// An element: tag, attributes in the order they are set, children.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Element {
    /// HTML or SVG.
    pub ns: Ns,
    /// The tag name.
    pub tag: &'static str,
    /// Identity across re-renders, among its siblings: a kept element with the same key is
    /// patched (and moved if its place changed); without a key, siblings are matched by place.
    /// Sections are keyed by name, links by `href` (a link to somewhere else is a new link).
    pub key: Option<String>,
    /// Attributes, in order.
    pub attrs: Vec<(&'static str, String)>,
    /// Children, in order.
    pub children: Vec<Node>,
}

impl From<Element> for Node {
    fn from(element: Element) -> Node {
        Node::Element(element)
    }
}

impl Element {
    /// An HTML element with `class` (none when empty).
    pub fn html(tag: &'static str, class: &str) -> Element {
        let element = Element { ns: Ns::Html, tag, key: None, attrs: Vec::new(), children: Vec::new() };
        if class.is_empty() {
            element
        } else {
            element.attr("class", class)
        }
    }

    /// An SVG element.
    pub fn svg(tag: &'static str) -> Element {
        Element { ns: Ns::Svg, tag, key: None, attrs: Vec::new(), children: Vec::new() }
    }

    /// With one more attribute.
    pub fn attr(mut self, name: &'static str, value: impl Into<String>) -> Element {
        self.attrs.push((name, value.into()));
        self
    }

    /// With one more child.
    pub fn child(mut self, child: impl Into<Node>) -> Element {
        self.children.push(child.into());
        self
    }

    /// With a text child.
    pub fn text(self, text: impl Into<String>) -> Element {
        self.child(Node::Text(text.into()))
    }

    /// With a key.
    pub fn key(mut self, key: impl Into<String>) -> Element {
        self.key = Some(key.into());
        self
    }

    /// The value of attribute `name`, if set.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| *n == name).map(|(_, v)| v.as_str())
    }

    /// The element children.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|c| match c {
            Node::Element(e) => Some(e),
            Node::Text(_) => None,
        })
    }

    /// Its text, children's included, as `textContent` would be.
    pub fn text_content(&self) -> String {
        let mut out = String::new();
        collect_text(self, &mut out);
        out
    }
}

fn collect_text(element: &Element, out: &mut String) {
    for child in &element.children {
        match child {
            Node::Text(text) => out.push_str(text),
            Node::Element(e) => collect_text(e, out),
        }
    }
}

/// `tel:`, `https:`, or `sms:` (SMS-only services such as the 114). The config already
/// guarantees it; a link with anything else (a `javascript:` URL...) is not in the tree at all.
pub fn safe_href(href: &str) -> bool {
    href.starts_with("tel:") || href.starts_with("https://") || href.starts_with("sms:")
}

/// The dialog's content box for `view`: the header row (title, close control), the content that
/// scrolls (text, status line, the sections in the view's order), the live region.
pub fn card(view: &View) -> Element {
    // The header row: the title and the close control, the first thing on screen, so a way out is
    // always in the first viewport on a phone (docs/accessibility.md, behaviour 18; the WAI-ARIA
    // APG "strongly recommends" a visible close button; a11y-dialog puts it first too).
    let head =
        Element::html("div", "head").child(Element::html("h2", "title").attr("id", TITLE_ID).text(&view.title)).child(
            Element::html("button", "close")
                .attr("type", "button")
                .attr(CLOSE_ATTR, "")
                .child(cross())
                .child(Element::html("span", "").text(&view.close_label)),
        );
    // Firefox puts a scrollable element in the tab order even when it holds links; its links are
    // how the keyboard reaches (and scrolls) it here, so it stays out of the tab order.
    let mut content = Element::html("div", SCROLLER_CLASS)
        .key(SCROLLER_CLASS)
        .attr("tabindex", "-1")
        .child(Element::html("p", "body").attr("id", BODY_ID).text(&view.body))
        .child(status(view));
    // The sections in the view's order right after the status line; a section not in it shows
    // nothing (hidden or empty) and comes after them.
    let all = [
        Section::Urgent,
        Section::Actions,
        Section::Qr,
        Section::Channels,
        Section::Steps,
        Section::Services,
        Section::Alternatives,
    ];
    let rest = all.iter().filter(|s| !view.order.contains(s));
    for section in view.order.iter().chain(rest) {
        content = content.child(region(view, *section));
    }
    insert_missed(&mut content, &view.missed);
    // Polite, visually hidden; filled by the shell only when the line opens or closes while the
    // dialog shows (docs/accessibility.md, behaviour 14). It must be inside the dialog: everything
    // outside is inert.
    let live = Element::html("div", "visually-hidden")
        .key("live")
        .attr("role", LIVE_ROLE)
        .attr("aria-live", "polite")
        .attr("aria-atomic", "true");
    Element::html("div", "card").child(head).child(content).child(live)
}

/// What an action does, as easy-to-read guidance asks a picture to say it: a phone for a call, a
/// message for an SMS, a speech bubble for a chat, a globe for a site. Inline SVG strokes in
/// `currentColor`, so they take the link's colour, forced colours' too; `aria-hidden`.
fn icon(action: &ActionView) -> Element {
    let (name, d) = if action.href.starts_with("tel:") {
        ("call", "M5 3h4l2 5-2.5 1.5a11 11 0 0 0 5 5L15 12l5 2v4a2 2 0 0 1-2 2A16 16 0 0 1 3 5a2 2 0 0 1 2-2z")
    } else if action.href.starts_with("sms:") {
        ("sms", "M4 5h16v11H9l-5 4z")
    } else if action.kind == crate::core::view::ActionKind::Chat {
        ("chat", "M21 12a8 8 0 0 1-11.6 7.1L4 20l1.2-4.6A8 8 0 1 1 21 12z")
    } else {
        ("site", "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18")
    };
    Element::svg("svg")
        .attr("viewBox", "0 0 24 24")
        .attr("aria-hidden", "true")
        .attr("focusable", "false")
        .attr("class", ["icon icon-", name].concat())
        .child(Element::svg("path").attr("d", d))
}

/// The close button's cross: an inline SVG drawn in `currentColor` (so forced colours keep it),
/// `aria-hidden`, so the button's accessible name is its visible text alone.
fn cross() -> Element {
    Element::svg("svg")
        .attr("viewBox", "0 0 16 16")
        .attr("aria-hidden", "true")
        .attr("focusable", "false")
        .attr("class", "cross")
        .child(Element::svg("path").attr("d", "M3 3L13 13M13 3L3 13"))
}

fn status(view: &View) -> Element {
    // The tone is also said in words by the text ("Ouvert", "Fermé"): never colour alone.
    let class = match view.status.tone {
        StatusTone::Open => "status status-open",
        StatusTone::ClosingSoon => "status status-soon",
        StatusTone::Closed => "status status-closed",
    };
    Element::html("p", class).text(&view.status.text)
}

fn region(view: &View, section: Section) -> Element {
    match section {
        Section::Urgent => rungs(section, "urgent", view.urgent_title.as_deref(), &view.urgent),
        Section::Actions => actions(view),
        Section::Qr => qr(view.qr.as_ref()),
        Section::Channels => titled_list(
            section,
            "channels",
            view.channels_title.as_deref(),
            "channel-list",
            view.channels.iter().map(channel).collect(),
        ),
        Section::Steps => titled_list(
            section,
            "steps",
            view.steps_title.as_deref(),
            "",
            view.steps.iter().map(|step| Element::html("li", "").text(step)).collect(),
        ),
        Section::Services => rungs(section, "services", view.services_title.as_deref(), &view.services),
        Section::Alternatives => rungs(section, "alternatives", view.alternatives_title.as_deref(), &view.alternatives),
    }
}

/// An action link, `None` (not rendered at all) unless its `href` is safe.
fn action_link(action: &ActionView, class: &str) -> Option<Element> {
    if !safe_href(&action.href) {
        return None;
    }
    let mut link = Element::html("a", class)
        .key(action.href.as_str())
        .attr("href", action.href.as_str())
        .attr(KIND_ATTR, action.kind.as_str())
        .attr(HELPLINE_ATTR, action.helpline.as_str());
    if action.new_tab {
        link = link.attr("target", "_blank").attr("rel", "noopener noreferrer");
    }
    // The accessible name is the visible text, hint included (WCAG 2.5.3 label in name); the
    // icon before it is a picture of what the link does, hidden from assistive technology.
    link = link.child(Element::html("span", "label").child(icon(action)).text(&action.label));
    if let Some(hint) = &action.hint {
        link = link.child(Element::html("span", "hint").text(hint));
    }
    Some(link)
}

fn actions(view: &View) -> Element {
    let mut region = Element::html("div", "actions").key(Section::Actions.as_str());
    region.children.extend(view.primary.as_ref().and_then(|a| action_link(a, "btn primary")).map(Node::from));
    region.children.extend(view.secondary.iter().filter_map(|a| action_link(a, "btn secondary")).map(Node::from));
    if let Some(number) = &view.number {
        region = region.child(
            Element::html("p", "number")
                .child(Element::html("span", "digits").text(&number.number))
                .child(Element::html("span", "caption").text(&number.caption)),
        );
    }
    region
}

/// Puts the "didn't connect?" help right after each link it belongs to: where the person's finger
/// (and focus, which does not move) still is.
fn insert_missed(element: &mut Element, missed: &[MissedView]) {
    if missed.is_empty() {
        return;
    }
    let mut i = 0;
    while i < element.children.len() {
        if let Node::Element(child) = &mut element.children[i] {
            let help = match child.get("href") {
                Some(href) if child.tag == "a" => missed.iter().find(|m| m.href == href).map(missed_help),
                _ => {
                    insert_missed(child, missed);
                    None
                }
            };
            if let Some(help) = help {
                i += 1;
                element.children.insert(i, help.into());
            }
        }
        i += 1;
    }
}

/// The number in large text, what to do with it, a copy button, and on a computer the QR code.
fn missed_help(missed: &MissedView) -> Element {
    let help = Element::html("div", MISSED_CLASS)
        .key(["missed:", &missed.href].concat())
        .child(Element::html("p", "missed-number").child(Element::html("span", "digits").text(&missed.number)))
        .child(Element::html("p", "missed-text").text(&missed.text))
        .child(
            Element::html("button", "btn small copy")
                .attr("type", "button")
                .attr(COPY_ATTR, missed.number.as_str())
                .child(Element::html("span", "label").text(&missed.copy_label)),
        );
    match missed.qr.as_ref().and_then(qr_figure) {
        Some(figure) => help.child(figure),
        None => help,
    }
}

/// Whether `path` is SVG path data of the kind the QR encoder writes: digits, spaces, `-` and
/// the `M h v z` commands (the core builds it from numbers; checked anyway).
fn path_data(path: &str) -> bool {
    path.chars().all(|c| c.is_ascii_digit() || " Mhvz-".contains(c))
}

/// The desktop hand-off: an inline SVG QR code of `tel:3018` (`role="img"`, named by its text
/// alternative) and its caption.
fn qr(qr: Option<&QrHandoff>) -> Element {
    let region = Element::html("div", "handoff").key(Section::Qr.as_str());
    match qr.and_then(qr_figure) {
        Some(figure) => region.child(figure),
        None => region.attr("hidden", ""),
    }
}

/// The code and its caption; `None` if the path is not what the encoder writes.
fn qr_figure(qr: &QrHandoff) -> Option<Element> {
    if !path_data(&qr.code.path) {
        return None;
    }
    let size = crate::core::words::num(qr.code.size);
    let svg = Element::svg("svg")
        .attr("viewBox", ["0 0 ", &size, " ", &size].concat())
        .attr("role", "img")
        .attr("aria-label", qr.code.alt.as_str())
        .attr("focusable", "false")
        .child(Element::svg("path").attr("d", qr.code.path.as_str()));
    Some(Element::html("figure", "qr").child(svg).child(Element::html("figcaption", "").text(&qr.caption)))
}

fn channel(channel: &ChannelView) -> Element {
    let item = Element::html("li", "channel");
    let item = match channel.action.as_ref().and_then(|a| action_link(a, "btn small")) {
        Some(link) => item.child(link),
        None => item.child(Element::html("p", "channel-name").text(&channel.label)),
    };
    let class = if channel.open { "channel-status channel-open" } else { "channel-status channel-closed" };
    item.child(Element::html("p", class).text(&channel.status))
}

/// A region with an `<h3>` title and a `<ul class="{list_class}">` of `items`; hidden when there
/// is no title (nothing to show).
fn titled_list(section: Section, class: &str, title: Option<&str>, list_class: &str, items: Vec<Element>) -> Element {
    let region = Element::html("div", class).key(section.as_str());
    let Some(title) = title else {
        return region.attr("hidden", "");
    };
    let mut list = Element::html("ul", list_class);
    list.children.extend(items.into_iter().map(Node::from));
    region.child(Element::html("h3", "").text(title)).child(list)
}

fn rung(alternative: &AlternativeView) -> Element {
    let item = Element::html("li", "rung").child(Element::html("p", "reason").text(&alternative.reason));
    if alternative.actions.is_empty() {
        return item;
    }
    let mut links = Element::html("div", "links");
    links.children.extend(alternative.actions.iter().filter_map(|a| action_link(a, "btn small")).map(Node::from));
    item.child(links)
}

/// The emergency line shown first, a topic's services, the alternatives: a titled ladder of rungs.
fn rungs(section: Section, class: &str, title: Option<&str>, rungs: &[AlternativeView]) -> Element {
    titled_list(section, class, title, "ladder", rungs.iter().map(rung).collect())
}

#[cfg(test)]
mod tests;
