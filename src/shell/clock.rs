//! The widget's clock, and how far ahead a timer may be set.

use js_sys::Date;
use wasm_bindgen::UnwrapThrowExt;

use crate::core::config::instant_from_millis;
use crate::core::Instant;

/// The longest delay `setTimeout` honours (2^31 - 1 ms, about 24.8 days); longer ones fire at once.
pub(super) const MAX_DELAY_MS: f64 = 2_147_483_647.0;

/// The widget's clock. With `config.now` it **starts at that instant and runs**:
/// `now + (Date.now() - mount time)`. A demo can so jump to "22:59:50" and watch the line close,
/// and the shell's live re-render is testable in a browser without mocking `Date`. Without
/// `config.now`, it is `Date.now()`.
pub(super) struct Clock {
    start: Option<f64>,
    mounted_at: f64,
}

impl Clock {
    pub(super) fn new(start: Option<Instant>) -> Clock {
        Clock { start: start.map(|s| s.timestamp_millis() as f64), mounted_at: Date::now() }
    }

    pub(super) fn now_ms(&self) -> f64 {
        let wall = Date::now();
        match self.start {
            Some(start) => start + (wall - self.mounted_at),
            None => wall,
        }
    }

    pub(super) fn now(&self) -> Instant {
        instant_from_millis(self.now_ms()).expect_throw("bouton-3018: the clock left the range of Date")
    }
}
