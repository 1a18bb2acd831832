//! The renderer: turns the core's tree ([`crate::core::markup`]) into DOM, and patches a kept
//! rendering from one tree to the next.
//!
//! Generic: it knows elements, attributes and texts, not what the dialog says. Only
//! `createElement(NS)`, `createTextNode`, attributes and moves: never `innerHTML`, so
//! platform-supplied texts can never become markup. An `href` that is not `tel:`, `https:` or
//! `sms:` is refused here too (defence in depth: the core never puts one in the tree).
//!
//! A patch keeps every node whose place in the tree survives (same tag, same key), so a
//! re-render keeps the focused control in the DOM whenever it still exists; a link whose `href`
//! changed is a new link (its key is its `href`).

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlDialogElement, HtmlElement};

use crate::core::markup::{self, Node, Ns};
use crate::shell::focus;

pub(crate) use crate::core::markup::{
    BODY_ID, CLOSE_ATTR, COPY_ATTR, HELPLINE_ATTR, KIND_ATTR, SCROLLER_CLASS, TITLE_ID,
};
/// On the dialog when it was opened after a key press, not a pointer press: its focus ring shows.
pub(crate) const KEYBOARD_ATTR: &str = "data-keyboard";
const SVG_NS: &str = "http://www.w3.org/2000/svg";

/// A rendering of a tree: the tree, and the few nodes the shell itself touches (cheap to clone:
/// references to DOM nodes).
#[derive(Clone)]
pub(crate) struct Rendered {
    /// What the DOM under `card` shows, exactly (the live region's announcement aside).
    tree: markup::Element,
    /// The content box; everything the user sees is inside it.
    pub(crate) card: Element,
    /// Everything under the header row; it scrolls while the header row stays in view.
    content: Element,
    /// The close button.
    close: HtmlElement,
    /// The polite live region (filled by [`Rendered::announce`], not by the tree).
    live: Element,
}

fn not_rendered(what: &str) -> JsValue {
    JsValue::from_str(&["the rendered dialog has no ", what].concat())
}

fn set_attribute(element: &Element, name: &str, value: &str) -> Result<(), JsValue> {
    if name == "href" && !markup::safe_href(value) {
        return Err(JsValue::from_str("refused an href that is not tel:, https: or sms:"));
    }
    element.set_attribute(name, value)
}

/// New DOM for `node`.
fn create(document: &Document, node: &Node) -> Result<web_sys::Node, JsValue> {
    match node {
        Node::Text(text) => Ok(document.create_text_node(text).into()),
        Node::Element(element) => create_element(document, element).map(Into::into),
    }
}

fn create_element(document: &Document, element: &markup::Element) -> Result<Element, JsValue> {
    let dom = match element.ns {
        Ns::Html => document.create_element(element.tag)?,
        Ns::Svg => document.create_element_ns(Some(SVG_NS), element.tag)?,
    };
    for (name, value) in &element.attrs {
        set_attribute(&dom, name, value)?;
    }
    for child in &element.children {
        dom.append_child(&create(document, child)?)?;
    }
    Ok(dom)
}

/// Whether `new` can be `old`'s DOM node, patched: both texts, or elements of one tag and key.
fn same_place(old: &Node, new: &Node) -> bool {
    match (old, new) {
        (Node::Text(_), Node::Text(_)) => true,
        (Node::Element(a), Node::Element(b)) => a.tag == b.tag && a.ns == b.ns && a.key == b.key,
        _ => false,
    }
}

fn key(node: &Node) -> Option<&str> {
    match node {
        Node::Element(element) => element.key.as_deref(),
        Node::Text(_) => None,
    }
}

/// Brings `dom`, which shows `old`, to show `new` (`same_place(old, new)`). Texts and attributes
/// are only written when they changed: a needless write could make a screen reader read again.
fn patch(document: &Document, dom: &web_sys::Node, old: &Node, new: &Node) -> Result<(), JsValue> {
    match (old, new) {
        (Node::Text(a), Node::Text(b)) if a != b => dom.set_node_value(Some(b)),
        (Node::Element(a), Node::Element(b)) => patch_element(document, dom.unchecked_ref(), a, b)?,
        _ => {}
    }
    Ok(())
}

fn patch_element(
    document: &Document,
    dom: &Element,
    old: &markup::Element,
    new: &markup::Element,
) -> Result<(), JsValue> {
    if old == new {
        return Ok(());
    }
    for (name, _) in old.attrs.iter().filter(|(name, _)| new.get(name).is_none()) {
        dom.remove_attribute(name)?;
    }
    for (name, value) in new.attrs.iter().filter(|(name, value)| old.get(name) != Some(value.as_str())) {
        set_attribute(dom, name, value)?;
    }
    patch_children(document, dom, &old.children, &new.children)
}

/// Brings `parent`'s children from `old` to `new`: a child is kept (and patched) when a child of
/// `old` has its key, or, without a key, is in the same place; the others are created; what is
/// left of `old` is removed; then the children are moved into `new`'s order, only those out of
/// place.
fn patch_children(document: &Document, parent: &web_sys::Node, old: &[Node], new: &[Node]) -> Result<(), JsValue> {
    if old == new {
        return Ok(());
    }
    let mut doms = Vec::with_capacity(old.len());
    let mut next = parent.first_child();
    for _ in old {
        let dom = next.ok_or_else(|| not_rendered("node the last tree had"))?;
        next = dom.next_sibling();
        doms.push(dom);
    }
    let mut kept = vec![false; old.len()];
    let mut wanted = Vec::with_capacity(new.len());
    for (i, node) in new.iter().enumerate() {
        let found = match key(node) {
            Some(k) => old.iter().position(|o| key(o) == Some(k)),
            None => (i < old.len() && key(&old[i]).is_none()).then_some(i),
        }
        .filter(|&j| !kept[j] && same_place(&old[j], node));
        wanted.push(match found {
            Some(j) => {
                kept[j] = true;
                patch(document, &doms[j], &old[j], node)?;
                doms[j].clone()
            }
            None => create(document, node)?,
        });
    }
    for (dom, _) in doms.iter().zip(&kept).filter(|(_, kept)| !**kept) {
        parent.remove_child(dom)?;
    }
    let mut cursor = parent.first_child();
    for dom in &wanted {
        if cursor.as_ref() == Some(dom) {
            cursor = dom.next_sibling();
        } else {
            parent.insert_before(dom, cursor.as_ref())?;
        }
    }
    Ok(())
}

/// Replaces the dialog's content with a rendering of `tree`, and points the dialog's name and
/// description at its title and body, which exist from now on (the content is kept while
/// closed): before the first open there is nothing for them to name (docs/accessibility.md,
/// behaviour 23). Set here rather than by building the content at `mount()`: the first build
/// costs most of the first open's 17.7 ms against 3.3 ms for a kept dialog (`make bench`, "first
/// show after mount"), which every page view would pay; two attributes cost nothing measurable.
pub(crate) fn build(document: &Document, dialog: &Element, tree: markup::Element) -> Result<Rendered, JsValue> {
    let card = create_element(document, &tree)?;
    dialog.replace_children_with_node_1(&card);
    dialog.set_attribute("aria-labelledby", TITLE_ID)?;
    dialog.set_attribute("aria-describedby", BODY_ID)?;
    let find =
        |selector: &str, what: &str| card.query_selector(selector).ok().flatten().ok_or_else(|| not_rendered(what));
    Ok(Rendered {
        content: find(".content", "scrolling content")?,
        close: find("button[data-bouton3018-close]", "close button")?.unchecked_into(),
        live: find("[role=status]", "live region")?,
        card,
        tree,
    })
}

impl Rendered {
    /// Brings the rendering to `tree` in place. On an error the DOM is somewhere between the two:
    /// the caller renders afresh next time.
    pub(crate) fn update(&mut self, document: &Document, tree: markup::Element) -> Result<(), JsValue> {
        let old = std::mem::replace(&mut self.tree, tree);
        patch_element(document, &self.card, &old, &self.tree)
    }

    /// Makes a kept rendering ready to show again: no announcement left from the last open in
    /// the live region (it is for flips seen while open).
    pub(crate) fn reset(&self) {
        self.live.set_text_content(None);
    }

    /// Scrolls the content and the dialog back to the top; only while the dialog is shown:
    /// Firefox ignores `scrollTop` on a closed (`display: none`) dialog's content.
    pub(crate) fn scroll_to_top(&self, dialog: &Element) {
        self.content.set_scroll_top(0);
        dialog.set_scroll_top(0);
    }

    /// Puts `text` in the live region. Cleared first, so that the same sentence twice is still a
    /// change a screen reader announces.
    pub(crate) fn announce(&self, text: &str) {
        self.live.set_text_content(None);
        self.live.set_text_content(Some(text));
    }

    /// After a re-render removed the focused control: a control with the same `href` (the chat
    /// link becomes the site link at closing time, same address), else the close button.
    pub(crate) fn equivalent(&self, href: Option<&str>) -> HtmlElement {
        href.and_then(|href| {
            focus::controls(&self.card).into_iter().find(|c| c.get_attribute("href").as_deref() == Some(href))
        })
        .unwrap_or_else(|| self.close.clone())
    }
}

/// Where focus goes on open: the dialog itself (`tabindex="-1"`: focusable by script, never by
/// Tab), not its first control. Focused, the dialog is what a screen reader presents: its name
/// (the title), then its text, the first sentence and the line's state before the main action.
/// With focus on the main action instead, Orca says the link alone in Firefox and nothing at
/// all in Chromium: the report button that had focus has just left the accessibility tree (the
/// page went inert), and Orca drops the dialog's context (docs/accessibility.md, "What is
/// heard"). Tab then goes to the first control, "Fermer", as the browser's own order has it.
pub(crate) fn initial_focus(dialog: &HtmlDialogElement) -> HtmlElement {
    dialog.unchecked_ref::<HtmlElement>().clone()
}
