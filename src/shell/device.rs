//! What the shell finds out about the device for the core's view: whether it can place calls,
//! and its offset from UTC.

use js_sys::Date;
use wasm_bindgen::JsValue;
use web_sys::Window;

use crate::core::view::DeviceFacts;

/// Whether this device can place a phone call: a touch-first device (coarse pointer, no hover),
/// and a mobile one when the browser says (`navigator.userAgentData.mobile`, Chromium): a tablet
/// has a coarse pointer but usually no phone line.
pub(super) fn detect_can_call(window: &Window) -> bool {
    let matches = |query: &str| window.match_media(query).ok().flatten().is_some_and(|m| m.matches());
    let touch = matches("(pointer: coarse)") && matches("(hover: none)");
    let mobile = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("userAgentData"))
        .ok()
        .filter(JsValue::is_object)
        .and_then(|data| js_sys::Reflect::get(&data, &JsValue::from_str("mobile")).ok())
        .and_then(|m| m.as_bool());
    touch && mobile.unwrap_or(true)
}

/// The facts at `now_ms` (ms since the epoch): `getTimezoneOffset` is minutes *behind* UTC, at
/// that instant (daylight saving included).
pub(super) fn facts(can_call: bool, now_ms: f64) -> DeviceFacts {
    let offset = Date::new(&JsValue::from_f64(now_ms)).get_timezone_offset();
    let utc_offset_minutes = offset.is_finite().then(|| -(offset as i32));
    DeviceFacts { can_call, utc_offset_minutes }
}
