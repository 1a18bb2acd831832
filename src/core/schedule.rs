//! Opening hours: weekly intervals in an IANA time zone, date exceptions, and the two questions
//! the widget asks — is it open at this instant, and when does that change next.
//!
//! ## The rules
//! - Times are local wall-clock times in the schedule's zone, to the minute. An interval is
//!   `[open, close)`: open at `open`, closed from `close` on.
//! - An interval belongs to the local date it **opens** on. `close` is written `HH:MM` after
//!   `open`; hours past midnight are written 24:00 or later, as transit timetables (GTFS) do:
//!   `"open": "22:00", "close": "26:00"` closes at 02:00 the next day. An interval lasts at
//!   most 24 hours. A close time at or before the open time is an error, not a silent
//!   "overnight" interval: a swapped pair must never turn into "open all night".
//! - A date exception replaces the weekly intervals that **open** on that local date (an empty
//!   `hours` list closes the day). An overnight interval from the day before still runs into it.
//! - Daylight-saving transitions follow Temporal's `"compatible"` disambiguation (also what
//!   `Date` does): a local time in the spring-forward gap (02:30 on the last Sunday of March
//!   in Paris) is moved forward by the length of the gap (03:30 CEST); a local time that happens
//!   twice at fall-back (02:30 on the last Sunday of October) means the first one (CEST).
//!
//! We measured the `opening-hours` crate at ~165 KB gzipped in wasm, against ~5 KB for
//! chrono-tz filtered to the zones below: that is why this engine is our own.

use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::Tz;

/// An instant on the UTC time line (the shell converts from and to JS milliseconds).
pub type Instant = DateTime<Utc>;

/// The time zones compiled in (see `CHRONO_TZ_TIMEZONE_FILTER` in `.cargo/config.toml`):
/// metropolitan and overseas France, the francophone neighbours, London, and UTC.
pub const SUPPORTED_ZONES: &[&str] = &[
    "Europe/Paris",
    "Europe/Brussels",
    "Europe/Luxembourg",
    "Europe/Monaco",
    "Europe/Zurich",
    "Europe/London",
    "America/Cayenne",
    "America/Guadeloupe",
    "America/Martinique",
    "Indian/Reunion",
    "Indian/Mayotte",
    "Pacific/Noumea",
    "Pacific/Tahiti",
    "UTC",
];

/// How far ahead `next_change` looks for an opening or a closing (two years and a day).
const HORIZON_DAYS: i64 = 732;

const DAY_MINUTES: u16 = 24 * 60;
const DAY_NAMES: [&str; 7] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

/// Parses a supported zone name.
pub fn parse_zone(name: &str) -> Option<Tz> {
    if SUPPORTED_ZONES.contains(&name) {
        name.parse().ok()
    } else {
        None
    }
}

/// One local-time interval: `open` in minutes after local midnight (0..1440), `close` after
/// `open` and at most 24 hours later (up to 2880, i.e. 48:00).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Interval {
    open: u16,
    close: u16,
}

impl Interval {
    /// `open`/`close` in minutes after local midnight; `None` unless `open < 1440`,
    /// `open < close` and `close - open <= 1440`.
    pub fn new(open: u16, close: u16) -> Option<Interval> {
        (open < DAY_MINUTES && open < close && close - open <= DAY_MINUTES).then_some(Interval { open, close })
    }

    /// Minutes after local midnight of the opening date.
    pub fn open_minutes(self) -> u16 {
        self.open
    }

    /// Minutes after local midnight of the opening date (may exceed 1440).
    pub fn close_minutes(self) -> u16 {
        self.close
    }
}

/// Opening hours of one channel of one helpline.
#[derive(Debug, Clone, PartialEq)]
pub struct Schedule {
    zone: Tz,
    /// Indexed by `Weekday::num_days_from_monday()`, each sorted by `open`.
    weekly: [Vec<Interval>; 7],
    /// Sorted by date, looked up by binary search (a `BTreeMap` made the wasm 2.5 KB gz larger).
    exceptions: Vec<(NaiveDate, Vec<Interval>)>,
}

impl Schedule {
    /// Open around the clock, every day (3114, 119, 17, 112).
    pub fn always(zone: Tz) -> Schedule {
        Schedule::daily(zone, Interval { open: 0, close: DAY_MINUTES })
    }

    /// The same interval every day (the 3018: 09:00–23:00).
    pub fn daily(zone: Tz, interval: Interval) -> Schedule {
        Schedule { zone, weekly: std::array::from_fn(|_| vec![interval]), exceptions: Vec::new() }
    }

    /// Weekly intervals (index 0 is Monday), no exceptions.
    pub fn weekly(zone: Tz, mut weekly: [Vec<Interval>; 7]) -> Schedule {
        weekly.iter_mut().for_each(|d| sort_intervals(d));
        Schedule { zone, weekly, exceptions: Vec::new() }
    }

    /// The schedule's time zone.
    pub fn zone(&self) -> Tz {
        self.zone
    }

    /// The same local hours in another zone.
    pub fn with_zone(mut self, zone: Tz) -> Schedule {
        self.zone = zone;
        self
    }

    /// Whether this schedule is open around the clock with no exceptions.
    pub fn is_always_open(&self) -> bool {
        self.exceptions.is_empty()
            && self.weekly.iter().all(|day| day.iter().any(|iv| iv.open == 0 && iv.close >= DAY_MINUTES))
    }

    /// Whether the channel is open at `t`.
    pub fn is_open(&self, t: Instant) -> bool {
        let today = t.with_timezone(&self.zone).date_naive();
        let yesterday = today.pred_opt().unwrap_or(today);
        [yesterday, today].into_iter().any(|d| {
            self.intervals_on(d).iter().any(|iv| {
                let (start, end) = self.resolve_interval(d, *iv);
                start <= t && t < end
            })
        })
    }

    /// The first instant after `t` at which `is_open` changes, or `None` if it does not change
    /// within two years (a 24/7 line, or a line that never opens again).
    pub fn next_change(&self, t: Instant) -> Option<Instant> {
        if self.is_always_open() {
            return None;
        }
        let today = t.with_timezone(&self.zone).date_naive();
        let mut run_end: Option<Instant> = None;
        let mut day = today.pred_opt()?;
        for _ in 0..=HORIZON_DAYS + 1 {
            for iv in self.intervals_on(day) {
                let (start, end) = self.resolve_interval(day, *iv);
                if start >= end {
                    // Both ends fell in one spring-forward gap: the interval never happens.
                    continue;
                }
                match run_end {
                    // Open at `t`: extend the run through touching or overlapping intervals.
                    Some(e) if start <= e => run_end = Some(e.max(end)),
                    Some(e) => return Some(e),
                    None if start <= t && t < end => run_end = Some(end),
                    None if start > t => return Some(start),
                    None => {}
                }
            }
            day = day.succ_opt()?;
        }
        // The horizon is reached. Open at `t` and closed before the last day scanned ended,
        // with nothing reopening after: that closing is the change (a one-off exception, found
        // by the fuzzer). A run still going at the end of the horizon: no change within it.
        match run_end {
            Some(e) if e < self.resolve(day, 0) => Some(e),
            _ => None,
        }
    }

    /// The intervals that open on local date `d`: the exception for that date, else the weekly
    /// intervals of its weekday.
    fn intervals_on(&self, d: NaiveDate) -> &[Interval] {
        match self.exceptions.binary_search_by_key(&d, |(date, _)| *date) {
            Ok(i) => &self.exceptions[i].1,
            Err(_) => &self.weekly[d.weekday().num_days_from_monday() as usize],
        }
    }

    fn resolve_interval(&self, d: NaiveDate, iv: Interval) -> (Instant, Instant) {
        (self.resolve(d, iv.open), self.resolve(d, iv.close))
    }

    /// The instant of local time `minutes` after midnight of local date `d` (DST rule above).
    pub fn resolve(&self, d: NaiveDate, minutes: u16) -> Instant {
        resolve_local(self.zone, d.and_time(chrono::NaiveTime::MIN) + Duration::minutes(minutes.into()))
    }
}

/// A local date-time in `zone` as an instant, with Temporal's "compatible" disambiguation.
pub fn resolve_local(zone: Tz, local: NaiveDateTime) -> Instant {
    match zone.from_local_datetime(&local) {
        chrono::LocalResult::Single(t) => t.with_timezone(&Utc),
        // Fall-back: the local time happens twice; take the first (earlier) one.
        chrono::LocalResult::Ambiguous(first, _) => first.with_timezone(&Utc),
        // Spring-forward gap: read the local time with the offset in force before the gap,
        // which lands as far after the transition as the time was into the gap. A day before
        // is before the transition in every zone (no zone has two transitions in a day).
        chrono::LocalResult::None => {
            let before = zone
                .from_local_datetime(&(local - Duration::days(1)))
                .earliest()
                .map(|t| t.offset().fix())
                .unwrap_or_else(|| Utc.fix());
            Utc.from_utc_datetime(&(local - before))
        }
    }
}

// The config form and its validation live in `decode.rs` (`Schedule::decode`).
mod decode;
pub use decode::parse_date;
use decode::sort_intervals;

#[cfg(test)]
mod tests;
