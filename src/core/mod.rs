//! The pure core: everything the widget *decides*, with no browser in it.
//!
//! Nothing here imports `wasm-bindgen`, `web-sys`, `js-sys` or `gloo`, and nothing reads a
//! clock: the current instant and the device facts are arguments. It is tested natively with
//! `cargo test`. The compiler keeps it so: those crates are dependencies for `wasm32` only
//! (Cargo.toml), so a browser import here fails the native build.

pub(crate) mod checks;
pub mod color;
pub mod config;
#[cfg(test)]
mod early;
pub mod embedding;
pub mod error;
pub mod helplines;
pub mod markup;
pub mod qr;
pub mod report;
pub mod rfc3339;
pub mod schedule;
#[cfg(test)]
pub(crate) mod test_support;
pub mod texts;
pub mod theme;
pub mod topics;
pub mod value;
pub mod view;
pub mod words;

pub use config::{Action, Config, Locale, Platform, Register, Role, Trigger};
pub use error::{Error, FieldError};
pub use report::ReportDetail;
pub use schedule::{Instant, Schedule};
pub use topics::Topic;
pub use view::{view, view_with, DeviceFacts, Interaction, View};

/// For tests that pin a hand-written copy of a Rust list in another file (a JS array, a TS union):
/// the string literals from `marker` in `source` up to the first `end` after it.
#[cfg(test)]
pub(crate) fn quoted_list<'a>(source: &'a str, marker: &str, end: char) -> Vec<&'a str> {
    let start = source.find(marker).unwrap_or_else(|| panic!("{marker:?} not found"));
    let list =
        &source[start..start + source[start..].find(end).unwrap_or_else(|| panic!("no {end:?} after {marker:?}"))];
    list.split('"').skip(1).step_by(2).collect()
}
