//! A schedule as written in the config, decoded and checked:
//! `{ weekly: [{ days: ["mon", ...], open: "09:00", close: "23:00" }],
//!    exceptions: [{ date: "2026-12-24", hours: [{ open: "09:00", close: "18:00" }] }] }`
//! (`hours: []` closes the day). The rules it checks are the engine's (`super`, "The rules").

use super::{Interval, Schedule, DAY_MINUTES, DAY_NAMES};
use crate::core::error::Problems;
use crate::core::rfc3339::{byte, digits};
use crate::core::value::{join, string, Obj, Value};
use crate::core::words::{num, quoted, two_digits};
use chrono::NaiveDate;
use chrono_tz::Tz;

/// `"HH:MM"` → minutes; `max` is the largest allowed value.
pub(super) fn parse_hhmm(s: &str, max: u16) -> Option<u16> {
    let (h, rest) = digits(s.as_bytes(), 2)?;
    let (m, rest) = digits(byte(rest, b':')?, 2)?;
    let total = u16::try_from(h * 60 + m).ok()?;
    (rest.is_empty() && m < 60 && total <= max).then_some(total)
}

/// Formats minutes as `HH:MM` (used in error messages).
fn hhmm(minutes: u16) -> String {
    [two_digits(u32::from(minutes / 60)), two_digits(u32::from(minutes % 60))].join(":")
}

/// `"YYYY-MM-DD"`, strictly.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let (y, rest) = digits(s.as_bytes(), 4)?;
    let (m, rest) = digits(byte(rest, b'-')?, 2)?;
    let (d, rest) = digits(byte(rest, b'-')?, 2)?;
    NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d).filter(|_| rest.is_empty())
}

/// Sorts a day's intervals by `open`. Insertion sort: a day has a handful of intervals (and the
/// overlap check before it is quadratic anyway), and the standard library's sorts made the wasm
/// 1.9 KB gz (`sort_unstable`) and 2.7 KB gz (`sort`) larger (bench/BUDGET.md, "Cuts").
pub(super) fn sort_intervals(day: &mut [Interval]) {
    for i in 1..day.len() {
        let mut j = i;
        while j > 0 && day[j - 1] > day[j] {
            day.swap(j - 1, j);
            j -= 1;
        }
    }
}

fn parse_interval(open: &str, close: &str, path: &str, problems: &mut Problems) -> Option<Interval> {
    let Some(o) = parse_hhmm(open, DAY_MINUTES - 1) else {
        problems
            .push(join(path, "open"), ["expected a time \"HH:MM\" from 00:00 to 23:59, got ", &quoted(open)].concat());
        return None;
    };
    match parse_hhmm(close, 2 * DAY_MINUTES) {
        Some(c) if c > o && c - o <= DAY_MINUTES => Some(Interval { open: o, close: c }),
        Some(c) if c <= o => {
            problems.push(
                join(path, "close"),
                [
                    "expected a time after open (",
                    open,
                    "); for hours past midnight write 24:00 or later (26:00 is 02:00 the next day), got ",
                    &quoted(close),
                ]
                .concat(),
            );
            None
        }
        Some(_) => {
            problems.push(
                join(path, "close"),
                [
                    "expected at most 24 hours after open (",
                    open,
                    "), i.e. at most ",
                    &hhmm(o + DAY_MINUTES),
                    ", got ",
                    &quoted(close),
                ]
                .concat(),
            );
            None
        }
        None => {
            problems.push(
                join(path, "close"),
                ["expected a time \"HH:MM\" from 00:01 to 48:00 (24:00 and later: the next day), got ", &quoted(close)]
                    .concat(),
            );
            None
        }
    }
}

/// A string field that must be there.
fn required_string(o: &Obj, key: &str, problems: &mut Problems) -> Option<String> {
    if o.get(key).is_none() {
        problems.push(join(&o.path, key), "required");
        return None;
    }
    o.string(key, problems)
}

/// An array field that must be there.
fn required_array<'a>(o: &Obj<'a>, key: &str, problems: &mut Problems) -> Option<Vec<(&'a Value, String)>> {
    if o.get(key).is_none() {
        problems.push(join(&o.path, key), "required");
        return None;
    }
    o.array(key, problems)
}

/// Whether two half-open ranges in minutes overlap.
fn overlaps(a: (u32, u32), b: (u32, u32)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

impl Schedule {
    /// Decodes and validates a config schedule in `zone`; every problem is pushed under `path`.
    pub(crate) fn decode(v: &Value, zone: Tz, path: &str, problems: &mut Problems) -> Option<Schedule> {
        let o = Obj::new(v, path, &["weekly", "exceptions"], problems)?;
        let before = problems.0.len();
        let mut weekly = Vec::new();
        for (v, path) in required_array(&o, "weekly", problems).unwrap_or_default() {
            let Some(r) = Obj::new(v, &path, &["days", "open", "close"], problems) else { continue };
            let days = required_array(&r, "days", problems).map(|items| {
                items.into_iter().filter_map(|(v, p)| string(v, &p, problems).map(|d| (d, p))).collect::<Vec<_>>()
            });
            let (open, close) = (required_string(&r, "open", problems), required_string(&r, "close", problems));
            if let (Some(days), Some(open), Some(close)) = (days, open, close) {
                weekly.push(RawWeekly { path, days, open, close });
            }
        }
        let mut exceptions = Vec::new();
        for (v, path) in o.array("exceptions", problems).unwrap_or_default() {
            let Some(e) = Obj::new(v, &path, &["date", "hours"], problems) else { continue };
            let date = required_string(&e, "date", problems);
            let mut hours = Vec::new();
            for (v, path) in required_array(&e, "hours", problems).unwrap_or_default() {
                let Some(h) = Obj::new(v, &path, &["open", "close"], problems) else { continue };
                if let (Some(open), Some(close)) =
                    (required_string(&h, "open", problems), required_string(&h, "close", problems))
                {
                    hours.push(RawHours { path, open, close });
                }
            }
            if let Some(date) = date {
                exceptions.push(RawException { path, date, hours });
            }
        }
        if problems.0.len() > before {
            return None;
        }
        Schedule::validate(&weekly, &exceptions, zone, path, problems)
    }

    fn validate(
        rules: &[RawWeekly],
        raw_exceptions: &[RawException],
        zone: Tz,
        path: &str,
        problems: &mut Problems,
    ) -> Option<Schedule> {
        let before = problems.0.len();
        let mut weekly: [Vec<Interval>; 7] = Default::default();
        // Minute-of-week ranges already taken, with the index of the rule that took them.
        const WEEK: u32 = 7 * 1440;
        let mut taken: Vec<((u32, u32), usize)> = Vec::new();
        if rules.is_empty() && raw_exceptions.iter().all(|e| e.hours.is_empty()) {
            problems.push(
                join(path, "weekly"),
                "expected at least one interval, e.g. [{ \"days\": [\"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\", \"sun\"], \"open\": \"09:00\", \"close\": \"23:00\" }]",
            );
        }
        for (i, rule) in rules.iter().enumerate() {
            let mut days = Vec::new();
            if rule.days.is_empty() {
                problems.push(
                    join(&rule.path, "days"),
                    "expected at least one day among \"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\", \"sun\"",
                );
            }
            for (d, dpath) in &rule.days {
                match DAY_NAMES.iter().position(|n| n == d) {
                    Some(k) if days.contains(&k) => {
                        problems.push(dpath.clone(), ["day ", &quoted(d), " is listed twice"].concat())
                    }
                    Some(k) => days.push(k),
                    None => problems.push(
                        dpath.clone(),
                        [
                            "expected one of \"mon\", \"tue\", \"wed\", \"thu\", \"fri\", \"sat\", \"sun\", got ",
                            &quoted(d),
                        ]
                        .concat(),
                    ),
                }
            }
            let Some(iv) = parse_interval(&rule.open, &rule.close, &rule.path, problems) else { continue };
            for k in days {
                let start = k as u32 * 1440 + u32::from(iv.open);
                let end = k as u32 * 1440 + u32::from(iv.close);
                // Split at the end of the week so Sunday-night intervals wrap to Monday.
                let pieces = if end > WEEK { vec![(start, WEEK), (0, end - WEEK)] } else { vec![(start, end)] };
                if let Some((_, other)) = taken.iter().find(|(r, _)| pieces.iter().any(|piece| overlaps(*r, *piece))) {
                    problems.push(
                        rule.path.clone(),
                        [
                            "overlaps weekly[",
                            &num(*other),
                            "] on ",
                            DAY_NAMES[k],
                            "; expected intervals that do not overlap",
                        ]
                        .concat(),
                    );
                }
                taken.extend(pieces.into_iter().map(|p| (p, i)));
                weekly[k].push(iv);
            }
        }
        for day in &mut weekly {
            sort_intervals(day);
        }
        let mut exceptions = Vec::new();
        for ex in raw_exceptions {
            let date = parse_date(&ex.date);
            if date.is_none() {
                problems.push(
                    join(&ex.path, "date"),
                    ["expected a real date \"YYYY-MM-DD\", got ", &quoted(&ex.date)].concat(),
                );
            }
            let mut hours: Vec<Interval> = Vec::new();
            for h in &ex.hours {
                if let Some(iv) = parse_interval(&h.open, &h.close, &h.path, problems) {
                    let r = (u32::from(iv.open), u32::from(iv.close));
                    if let Some(k) = hours.iter().position(|o| overlaps((u32::from(o.open), u32::from(o.close)), r)) {
                        problems.push(
                            h.path.clone(),
                            ["overlaps hours[", &num(k), "]; expected intervals that do not overlap"].concat(),
                        );
                    }
                    hours.push(iv);
                }
            }
            sort_intervals(&mut hours);
            if let Some(d) = date {
                match exceptions.binary_search_by_key(&d, |(date, _)| *date) {
                    Ok(_) => problems.push(
                        join(&ex.path, "date"),
                        ["date ", &ex.date, " already has an exception; expected each date once"].concat(),
                    ),
                    Err(i) => exceptions.insert(i, (d, hours)),
                }
            }
        }
        (problems.0.len() == before).then_some(Schedule { zone, weekly, exceptions })
    }
}

/// `{ days, open, close }`, read, not yet checked.
struct RawWeekly {
    path: String,
    days: Vec<(String, String)>,
    open: String,
    close: String,
}

/// `{ date, hours }`, read, not yet checked.
struct RawException {
    path: String,
    date: String,
    hours: Vec<RawHours>,
}

/// `{ open, close }`, read, not yet checked.
struct RawHours {
    path: String,
    open: String,
    close: String,
}
