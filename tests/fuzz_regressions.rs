//! Inputs the fuzzers found (`make fuzz`, fuzz/), replayed natively on every `cargo test` with the
//! invariants of the fuzz targets:
//! - `config-*.json` (any JSON): decoding never panics, and a rejection names every problem under
//!   a path a person can find (`helplines[0].url`: never empty, no empty segment);
//! - `schedule-*.json` (`{ "at": ISO instant, "config": … }`): the 3018's `is_open` and
//!   `next_change` agree minute by minute over the three days from `at`.
//!
//! Add each input the fuzzers write to `fuzz/artifacts/` to `fuzz/regressions/` (for `schedule`,
//! `FUZZ_DEBUG=1 fuzz/target/x86_64-unknown-linux-gnu/release/schedule <artifact>` prints its
//! config; the failing instant is in the assertion message).
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::Path;

use bouton_3018::core::{Config, Error, Instant};

#[path = "support/paths.rs"]
mod paths;
use chrono::{DateTime, Duration, Utc};
use paths::findable;

fn check_config(name: &str, bytes: &[u8]) -> Vec<String> {
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(bytes) else { return vec![] };
    match Config::from_deserializer(json) {
        Ok(_) => vec![],
        Err(Error::InvalidConfig(problems)) if problems.is_empty() => {
            vec![format!("{name}: rejected without a problem")]
        }
        Err(Error::InvalidConfig(problems)) => problems
            .iter()
            .filter(|p| !findable(&p.path) || p.message.is_empty())
            .map(|p| format!("{name}: a path no one can find: {:?} ({})", p.path, p.message))
            .collect(),
        Err(other) => vec![format!("{name}: not a config error: {other:?}")],
    }
}

fn check_schedule(name: &str, bytes: &[u8]) -> Vec<String> {
    let input: serde_json::Value = serde_json::from_slice(bytes).expect("a schedule regression is JSON");
    let at: Instant =
        DateTime::parse_from_rfc3339(input["at"].as_str().expect("`at`")).expect("an instant").with_timezone(&Utc);
    let config = Config::from_deserializer(input["config"].clone()).expect("a schedule regression has a valid config");
    let schedule = &config.helpline("3018").expect("the 3018").schedule;
    let state = schedule.is_open(at);
    let next = schedule.next_change(at);
    let horizon = at + Duration::days(3);
    let mut failures = Vec::new();
    if let Some(c) = next {
        if c <= at || schedule.is_open(c) == state || schedule.is_open(c - Duration::milliseconds(1)) != state {
            failures.push(format!("{name}: next_change({at}) = {c}, but the state does not flip there"));
        }
    }
    let mut t = at;
    while t < horizon.min(next.unwrap_or(horizon)) {
        if schedule.is_open(t) != state {
            failures.push(format!("{name}: next_change({at}) = {next:?}, but is_open({t}) = {} already", !state));
            break;
        }
        t += Duration::minutes(1);
    }
    failures
}

fn replay(prefix: &str, check: fn(&str, &[u8]) -> Vec<String>) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/regressions");
    let mut failures = Vec::new();
    let mut count = 0;
    for entry in fs::read_dir(&dir).expect("fuzz/regressions exists") {
        let path = entry.expect("a directory entry").path();
        let name = path.file_name().expect("a file name").to_string_lossy().into_owned();
        if name.starts_with(prefix) {
            count += 1;
            failures.extend(check(&name, &fs::read(&path).expect("readable")));
        }
    }
    assert!(count > 0, "no {prefix}* regression inputs in {}", dir.display());
    assert!(failures.is_empty(), "{} failures in {count} inputs:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn config_inputs_found_by_the_fuzzer() {
    replay("config-", check_config);
}

#[test]
fn schedule_inputs_found_by_the_fuzzer() {
    replay("schedule-", check_schedule);
}
