//! Arbitrary JSON through the config decoder, then the view model on whatever it accepts.
//!
//! Invariants: decoding never panics; a rejected config names at least one problem, each with a
//! message and a path a person can find (not empty, no empty segment); an accepted config
//! renders a view at several instants, for every topic and none, without panicking, and every
//! href in it is `tel:`, `https:` or `sms:` (SMS-only services such as the 114). Inputs it found are replayed by `tests/fuzz_regressions.rs`.
#![no_main]

use bouton_3018::core::view::DeviceFacts;
use bouton_3018::core::{view, Config, Error, Role, Topic};
use chrono::{TimeZone, Utc};
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/support/paths.rs"]
mod paths;
use paths::findable;

fuzz_target!(|data: &[u8]| {
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(data) else { return };
    match Config::from_deserializer(json) {
        Err(Error::InvalidConfig(problems)) => {
            assert!(!problems.is_empty(), "a rejection without a problem");
            for p in &problems {
                assert!(findable(&p.path) && !p.message.is_empty(), "a path no one can find, or no message: {p:?}");
            }
        }
        Err(other) => panic!("mount() config gave a non-config error: {other:?}"),
        Ok(config) => {
            // 2026-03-29 01:30 UTC (Paris spring-forward day), a closing time, a year boundary.
            for ms in [1_774_747_800_000_i64, 1_796_680_800_000, 1_798_761_599_999, 0] {
                let now = Utc.timestamp_millis_opt(ms).single().expect("in range");
                for (role, can_call, offset) in
                    [(Role::Victim, true, Some(60)), (Role::Witness, false, None), (Role::Victim, false, Some(-600))]
                {
                    for topic in Topic::NAMES.iter().map(|(_, t)| Some(*t)).chain([None]) {
                        let v = view(&config, topic, role, now, &DeviceFacts { can_call, utc_offset_minutes: offset });
                        let text = format!("{v:?}");
                        for href in text.split("href: \"").skip(1) {
                            let safe = href.starts_with("tel:") || href.starts_with("https://") || href.starts_with("sms:");
                            assert!(safe, "unsafe href in {text}");
                        }
                    }
                }
            }
        }
    }
});
