//! What the view and markup tests share: a config from JSON, an instant from RFC 3339, the two
//! devices, two named moments of the 3018's day.

use chrono::{DateTime, Utc};

use crate::core::config::Config;
use crate::core::view::DeviceFacts;
use crate::core::Instant;

/// A valid config from its JSON (panics on an invalid one: a test's own input).
pub(crate) fn config(json: &str) -> Config {
    Config::from_deserializer(serde_json::from_str::<serde_json::Value>(json).unwrap()).unwrap()
}

/// The instant an RFC 3339 string names.
pub(crate) fn at(s: &str) -> Instant {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

/// A phone in Paris in winter.
pub(crate) const PHONE: DeviceFacts = DeviceFacts { can_call: true, utc_offset_minutes: Some(60) };
/// A computer in Paris in winter.
pub(crate) const DESKTOP: DeviceFacts = DeviceFacts { can_call: false, utc_offset_minutes: Some(60) };
/// Saturday 10:00 Paris: the 3018 is open (and its deaf access too).
pub(crate) const OPEN: &str = "2026-11-28T10:00:00+01:00";
/// Saturday 23:30 Paris: the 3018 is closed until tomorrow 09:00.
pub(crate) const NIGHT: &str = "2026-11-28T23:30:00+01:00";
