//! A panic hook that tells the host page, so a bug in the widget never fails silently.
//!
//! On wasm32 a panic aborts the instance (`panic = "abort"`): the widget is dead afterwards. The
//! hook dispatches `bouton3018:error` first (best effort) so the platform can log it and, for
//! example, fall back to a plain link to https://3018.fr. The previous hook (a test harness's,
//! or another crate's) still runs.

use std::sync::Once;

use crate::shell::events;

static INSTALL: Once = Once::new();

/// Installs the hook once per wasm instance.
pub(crate) fn install() {
    INSTALL.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            previous(info);
            events::error(&format!("bouton-3018: internal error: {info}"));
        }));
    });
}
