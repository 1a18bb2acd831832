//! The pure core: everything the widget *decides*, with no browser in it.
//!
//! Nothing here imports `wasm-bindgen`, `web-sys`, `js-sys` or `gloo`, and nothing reads a
//! clock: the current instant and the device facts are arguments. It is tested natively with
//! `cargo test`.

pub mod config;
pub mod error;
pub mod helplines;
pub mod qr;
pub mod schedule;
pub mod texts;
pub mod value;
pub mod view;

pub use config::{Action, Config, Locale, Platform, ReportDetail, Role, Trigger};
pub use error::{Error, FieldError};
pub use schedule::{Instant, Schedule};
pub use view::{view, DeviceFacts, View};
