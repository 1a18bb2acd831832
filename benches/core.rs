//! Native speed of the pure core (issue 5, item 5): the view model and `next_change`, per call.
//!
//! `cargo bench --bench core` (what `make bench` runs; `-- --json` adds one JSON line for
//! bench/run.mjs). No criterion: it would add ~40 crates to build on a 2-core machine for one
//! table. Instead, std-only timing: each case is calibrated to ~20 ms per sample, 11 samples, and
//! the median and the fastest sample are reported in ns per call. Inputs and results go through
//! `std::hint::black_box` so the optimiser can neither hoist the work out of the loop nor drop it.
//!
//! Built with the bench profile, i.e. the release profile (`opt-level`, LTO) natively: this
//! measures the algorithms, not the wasm engine (the browser numbers are in bench/run.mjs).

use std::hint::black_box;
use std::time::{Duration, Instant as Clock};

use bouton_3018::core::config::Config;
use bouton_3018::core::helplines::MAIN;
use bouton_3018::core::{view, DeviceFacts, Instant, Role, Topic};
use chrono::{DateTime, Utc};

const SAMPLES: usize = 11;
const SAMPLE_TARGET: Duration = Duration::from_millis(20);

fn config(json: &str) -> Config {
    let value: serde_json::Value = serde_json::from_str(json).expect("bench config is JSON");
    Config::from_deserializer(value).expect("bench config is valid")
}

fn at(s: &str) -> Instant {
    DateTime::parse_from_rfc3339(s).expect("bench instant").with_timezone(&Utc)
}

struct Result {
    name: &'static str,
    median_ns: f64,
    min_ns: f64,
    iterations: u64,
}

/// Times `f`: doubles the iteration count until one sample takes `SAMPLE_TARGET`, then takes
/// `SAMPLES` samples of that many calls.
fn bench<R>(name: &'static str, mut f: impl FnMut() -> R) -> Result {
    let mut iterations: u64 = 1;
    loop {
        let start = Clock::now();
        for _ in 0..iterations {
            black_box(f());
        }
        if start.elapsed() >= SAMPLE_TARGET || iterations >= 1 << 30 {
            break;
        }
        iterations *= 2;
    }
    let mut per_call: Vec<f64> = (0..SAMPLES)
        .map(|_| {
            let start = Clock::now();
            for _ in 0..iterations {
                black_box(f());
            }
            start.elapsed().as_nanos() as f64 / iterations as f64
        })
        .collect();
    per_call.sort_by(f64::total_cmp);
    Result { name, median_ns: per_call[SAMPLES / 2], min_ns: per_call[0], iterations }
}

fn main() {
    let json = std::env::args().any(|a| a == "--json");
    let phone = DeviceFacts { can_call: true, utc_offset_minutes: Some(60) };
    let desktop = DeviceFacts { can_call: false, utc_offset_minutes: Some(60) };
    let open = at("2026-11-28T10:00:00+01:00");
    let closed = at("2026-11-28T23:30:00+01:00");

    let instagram = config(r#"{"platform": "instagram"}"#);
    let generic = config(r#"{"platform": "generic", "locale": "en"}"#);
    // A 3018 with weekly hours and exceptions: next_change walks a longer list per day.
    let custom = config(
        r#"{"platform": "instagram", "helplines": [{"id": "3018", "schedule": {
            "weekly": [{"days": ["mon", "tue", "wed", "thu", "fri"], "open": "09:00", "close": "12:30"},
                       {"days": ["mon", "tue", "wed", "thu", "fri"], "open": "13:30", "close": "23:00"},
                       {"days": ["sat", "sun"], "open": "10:00", "close": "26:00"}],
            "exceptions": [{"date": "2026-12-24", "hours": [{"open": "09:00", "close": "18:00"}]},
                           {"date": "2026-12-25", "hours": []}]}}]}"#,
    );
    let main = instagram.helpline(MAIN).expect("the 3018 is built in");
    let custom_main = custom.helpline(MAIN).expect("the 3018 is built in");

    let results = [
        bench("view: instagram, phone, open (10:00)", || {
            view(black_box(&instagram), None, Role::Victim, black_box(open), &phone)
        }),
        bench("view: instagram, phone, closed (23:30)", || {
            view(black_box(&instagram), None, Role::Victim, black_box(closed), &phone)
        }),
        bench("view: instagram, phone, sextortion, closed (23:30)", || {
            view(black_box(&instagram), Some(Topic::Sextortion), Role::Victim, black_box(closed), &phone)
        }),
        bench("view: generic, desktop, open (QR code)", || {
            view(black_box(&generic), None, Role::Witness, black_box(open), &desktop)
        }),
        bench("next_change: 3018 daily, open", || main.schedule.next_change(black_box(open))),
        bench("next_change: 3018 daily, closed", || main.schedule.next_change(black_box(closed))),
        bench("next_change: weekly + exceptions", || {
            custom_main.schedule.next_change(black_box(at("2026-12-24T19:00:00+01:00")))
        }),
        bench("is_open: 3018 daily", || main.schedule.is_open(black_box(open))),
        bench("config: decode + validate {platform}", || {
            Config::from_deserializer(black_box(serde_json::json!({"platform": "instagram"})))
        }),
    ];

    println!("{:<42} {:>12} {:>12} {:>12}", "core (native)", "median ns", "min ns", "iterations");
    for r in &results {
        println!("{:<42} {:>12.0} {:>12.0} {:>12}", r.name, r.median_ns, r.min_ns, r.iterations);
    }
    if json {
        let items: Vec<String> = results
            .iter()
            .map(|r| {
                format!(
                    r#"{{"name":{:?},"median_ns":{:.1},"min_ns":{:.1},"iterations":{}}}"#,
                    r.name, r.median_ns, r.min_ns, r.iterations
                )
            })
            .collect();
        println!("BENCH_JSON [{}]", items.join(","));
    }
}
