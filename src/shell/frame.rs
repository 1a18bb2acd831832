//! Whether the widget was mounted in a frame, and what of its sandbox the page can read
//! (`core::embedding` decides what to tell the platform).

use wasm_bindgen::JsValue;
use web_sys::Window;

use crate::core::embedding::Frame;

/// The top page; a same-origin frame and its `<iframe>`'s `sandbox` attribute; an opaque origin
/// (sandboxed without `allow-same-origin`); or a cross-origin frame, whose `frameElement` is
/// `null`. Reading `top` and `frameElement` never throws, even across origins.
pub(super) fn frame(window: &Window) -> Frame {
    let top = window.top().ok().flatten().map(JsValue::from);
    if top.is_none() || top == Some(JsValue::from(window.clone())) {
        return Frame::Top;
    }
    if window.origin() == "null" {
        return Frame::Opaque;
    }
    match window.frame_element() {
        Ok(Some(element)) => Frame::SameOrigin(element.get_attribute("sandbox")),
        _ => Frame::CrossOrigin,
    }
}
