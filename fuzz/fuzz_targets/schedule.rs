//! The schedule engine: `is_open` and `next_change` must agree, for arbitrary schedules the
//! config accepts (weekly rules, overnight hours up to 48:00, date exceptions) in every
//! supported zone, across daylight-saving transitions.
//!
//! From an instant `t`, walking change to change: `next_change(t) = c` means `c > t`, the state
//! flips at `c`, it holds on all of `[t, c)` (checked at `c - 1 ms` and at probes in between),
//! and `next_change` from any probe in `[t, c)` is `c` again. `None` means no change over the
//! next two years (probes agree).
#![no_main]

use arbitrary::Arbitrary;
use bouton_3018::core::schedule::{Instant, SUPPORTED_ZONES};
use bouton_3018::core::Config;
use chrono::{Duration, NaiveDate, TimeZone, Utc};
use libfuzzer_sys::fuzz_target;
use serde_json::{json, Value};

#[derive(Arbitrary, Debug)]
struct Rule {
    days: u8,
    open: u16,
    close: u16,
}

#[derive(Arbitrary, Debug)]
struct Exception {
    day: u16,
    hours: Vec<(u16, u16)>,
}

#[derive(Arbitrary, Debug)]
struct Input {
    zone: u8,
    weekly: Vec<Rule>,
    exceptions: Vec<Exception>,
    /// Minutes after 2019-01-01T00:00Z (up to ~25 years), plus a few milliseconds.
    start_minutes: u32,
    start_ms: u16,
    probes: Vec<u32>,
}

const DAYS: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

fn hhmm(minutes: u16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

fn schedule_json(input: &Input) -> Value {
    let weekly: Vec<Value> = input
        .weekly
        .iter()
        .take(8)
        .map(|r| {
            let days: Vec<&str> = (0..7).filter(|d| r.days & (1 << d) != 0).map(|d| DAYS[d]).collect();
            let open = r.open % 1440;
            // Mostly valid closes (after open, at most 24 h later), sometimes anything up to 48:00.
            let close = if r.close & 0x8000 == 0 { open + 1 + (r.close % 1440) } else { r.close % 2881 };
            json!({ "days": days, "open": hhmm(open), "close": hhmm(close) })
        })
        .collect();
    let base = NaiveDate::from_ymd_opt(2019, 1, 1).expect("a date");
    let exceptions: Vec<Value> = input
        .exceptions
        .iter()
        .take(6)
        .map(|e| {
            let date = base + Duration::days(i64::from(e.day % (366 * 25)));
            let hours: Vec<Value> = e
                .hours
                .iter()
                .take(4)
                .map(|(o, c)| {
                    let open = o % 1440;
                    json!({ "open": hhmm(open), "close": hhmm(open + 1 + c % 1440) })
                })
                .collect();
            json!({ "date": date.format("%Y-%m-%d").to_string(), "hours": hours })
        })
        .collect();
    json!({ "weekly": weekly, "exceptions": exceptions })
}

fuzz_target!(|input: Input| {
    let zone = SUPPORTED_ZONES[usize::from(input.zone) % SUPPORTED_ZONES.len()];
    let config = json!({
        "platform": "generic",
        "helplines": [{ "id": "3018", "timeZone": zone, "schedule": schedule_json(&input) }],
    });
    if std::env::var_os("FUZZ_DEBUG").is_some() {
        eprintln!("config: {config}");
    }
    // Invalid schedules (overlaps, empty day lists...) are the decoder's business, not this target's.
    let Ok(config) = Config::from_deserializer(config) else { return };
    let schedule = &config.helpline("3018").expect("the 3018 is built in").schedule;
    let origin = Utc.with_ymd_and_hms(2019, 1, 1, 0, 0, 0).single().expect("an instant");
    let mut t: Instant = origin
        + Duration::minutes(i64::from(input.start_minutes % (25 * 366 * 1440)))
        + Duration::milliseconds(i64::from(input.start_ms % 60_000));
    let mut probes = input.probes.iter().copied().cycle().take(if input.probes.is_empty() { 0 } else { 64 });
    for _ in 0..16 {
        let state = schedule.is_open(t);
        match schedule.next_change(t) {
            Some(c) => {
                assert!(c > t, "next_change({t}) = {c} is not after it ({zone})");
                assert_ne!(schedule.is_open(c), state, "nothing changes at next_change({t}) = {c} ({zone})");
                let before = c - Duration::milliseconds(1);
                assert_eq!(schedule.is_open(before), state, "a change before next_change({t}) = {c} ({zone})");
                let span = (c - t).num_milliseconds();
                for probe in probes.by_ref().take(4) {
                    let p = t + Duration::milliseconds(i64::from(probe) % span);
                    assert_eq!(schedule.is_open(p), state, "is_open({p}) differs within [{t}, {c}) ({zone})");
                    assert_eq!(schedule.next_change(p), Some(c), "next_change({p}) within [{t}, {c}) ({zone})");
                }
                t = c;
            }
            None => {
                for probe in probes.by_ref().take(4) {
                    // Within 700 days: `None` promises no change over two years.
                    let p = t + Duration::minutes(i64::from(probe % (700 * 1440)));
                    assert_eq!(
                        schedule.is_open(p),
                        state,
                        "next_change({t}) = None, but is_open({p}) differs ({zone})"
                    );
                }
                break;
            }
        }
    }
});
