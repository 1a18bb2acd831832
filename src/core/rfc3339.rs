//! `config.now` as a string: an RFC 3339 date-time with an offset, such as
//! `"2026-11-28T21:30:00+01:00"` or `"2026-11-28T20:30:00Z"`.
//!
//! Hand-written rather than chrono's `DateTime::parse_from_rfc3339`: chrono's parser (its
//! `Parsed` and the checks behind it) cost the wasm 5.5 KB raw, 2.6 KB gz, for one optional
//! field; this one costs 2.1 KB raw, 0.9 KB gz of that back (bench/BUDGET.md, "Cuts"). It
//! accepts what chrono's accepts — the tests compare the two on a table of cases and on random
//! strings — and builds the instant with chrono's own date, time and offset types.

use chrono::{FixedOffset, NaiveDate, NaiveTime, TimeZone, Utc};

use crate::core::schedule::Instant;

/// `n` ASCII digits at the start of `s`, as a number, and the rest (also the schedule's
/// `"HH:MM"` and `"YYYY-MM-DD"` reader, `schedule/decode.rs`).
pub(crate) fn digits(s: &[u8], n: usize) -> Option<(u32, &[u8])> {
    let (head, rest) = (s.get(..n)?, &s[n..]);
    let mut value = 0;
    for &c in head {
        if !c.is_ascii_digit() {
            return None;
        }
        value = value * 10 + u32::from(c - b'0');
    }
    Some((value, rest))
}

/// `s` starts with `c`: the rest.
pub(crate) fn byte(s: &[u8], c: u8) -> Option<&[u8]> {
    s.split_first().filter(|(first, _)| **first == c).map(|(_, rest)| rest)
}

/// Parses `YYYY-MM-DD(T|t| )HH:MM:SS(.fraction)?(Z|z|±HH:MM)`; `None` for anything else, or a
/// date, time or offset out of range. A leap second (`:60`) is read as chrono reads it.
pub fn parse(s: &str) -> Option<Instant> {
    let s = s.as_bytes();
    let (year, s) = digits(s, 4)?;
    let (month, s) = digits(byte(s, b'-')?, 2)?;
    let (day, s) = digits(byte(s, b'-')?, 2)?;
    let (&separator, s) = s.split_first()?;
    if !matches!(separator, b'T' | b't' | b' ') {
        return None;
    }
    let (hour, s) = digits(s, 2)?;
    let (minute, s) = digits(byte(s, b':')?, 2)?;
    let (second, mut s) = digits(byte(s, b':')?, 2)?;
    let mut nano = 0;
    if let Some(rest) = byte(s, b'.') {
        let count = rest.iter().take_while(|c| c.is_ascii_digit()).count();
        if count == 0 {
            return None;
        }
        // Nanoseconds: the first nine digits, the others dropped (as chrono does).
        for i in 0..9 {
            nano = nano * 10 + rest.get(i).filter(|_| i < count).map_or(0, |c| u32::from(c - b'0'));
        }
        s = &rest[count..];
    }
    let offset = match s {
        [b'Z' | b'z'] => 0,
        [sign @ (b'+' | b'-'), ..] => {
            let (hours, rest) = digits(&s[1..], 2)?;
            let (minutes, rest) = digits(byte(rest, b':')?, 2)?;
            if !rest.is_empty() || minutes > 59 {
                return None;
            }
            let seconds = (hours * 3600 + minutes * 60) as i32;
            if *sign == b'-' {
                -seconds
            } else {
                seconds
            }
        }
        _ => return None,
    };
    let date = NaiveDate::from_ymd_opt(year as i32, month, day)?;
    // A leap second is second 59 plus one second of nanoseconds, chrono's representation.
    let time = if second == 60 {
        NaiveTime::from_hms_nano_opt(hour, minute, 59, nano + 1_000_000_000)?
    } else {
        NaiveTime::from_hms_nano_opt(hour, minute, second, nano)?
    };
    let offset = FixedOffset::east_opt(offset)?;
    offset.from_local_datetime(&date.and_time(time)).single().map(|t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::DateTime;

    /// chrono's parser, the reference.
    fn chrono(s: &str) -> Option<Instant> {
        DateTime::parse_from_rfc3339(s).ok().map(|t| t.with_timezone(&Utc))
    }

    #[test]
    fn agrees_with_chrono_on_a_table_of_cases() {
        let cases = [
            "2026-11-28T21:30:00+01:00",
            "2026-11-28T20:30:00Z",
            "2026-11-28t20:30:00z",
            "2026-11-28 20:30:00Z",
            "2026-11-28T20:30:00.5Z",
            "2026-11-28T20:30:00.123456789Z",
            "2026-11-28T20:30:00.1234567891234Z",
            "2026-11-28T20:30:00.Z",
            "2026-11-28T20:30:00-09:30",
            "2026-11-28T20:30:00+23:59",
            "2026-11-28T20:30:00+24:00",
            "2026-11-28T20:30:00+01:60",
            "2026-11-28T20:30:00+0100",
            "2026-11-28T20:30:00+01",
            "2026-11-28T20:30:00",
            "2026-11-28T20:30Z",
            "2026-11-28T24:00:00Z",
            "2026-11-28T23:59:60Z",
            "2016-12-31T23:59:60Z",
            "2026-02-29T10:00:00Z",
            "2024-02-29T10:00:00Z",
            "2026-13-01T10:00:00Z",
            "2026-00-01T10:00:00Z",
            "2026-11-31T10:00:00Z",
            "0000-01-01T00:00:00Z",
            "9999-12-31T23:59:59Z",
            "+2026-11-28T20:30:00Z",
            "2026-11-28T20:30:00Z ",
            " 2026-11-28T20:30:00Z",
            "2026-11-28X20:30:00Z",
            "2026-1-28T20:30:00Z",
            "２０２６-11-28T20:30:00Z",
            "",
        ];
        for case in cases {
            assert_eq!(parse(case), chrono(case), "{case:?}");
        }
        assert_eq!(
            parse("2026-11-28T21:30:00+01:00").map(|t| t.to_rfc3339()).as_deref(),
            Some("2026-11-28T20:30:00+00:00")
        );
    }

    /// Native only: proptest's getrandom does not build for wasm32.
    #[cfg(not(target_arch = "wasm32"))]
    mod random {
        use super::*;
        use proptest::prelude::*;

        proptest! {
            /// Date-times with random fields (in and out of range), separators and offsets.
            #[test]
            fn agrees_with_chrono_on_shaped_strings(
                year in 0u32..10000, month in 0u32..14, day in 0u32..33,
                sep in prop::sample::select(vec!["T", "t", " ", "_"]),
                hour in 0u32..26, minute in 0u32..62, second in 0u32..62,
                fraction in prop::option::of("[0-9]{0,12}"),
                offset in prop::sample::select(vec!["Z", "z", "+01:00", "-09:30", "+23:59", "+24:00", "+01:61", "+0100", "-00:00", ""]),
            ) {
                let fraction = fraction.map(|f| format!(".{f}")).unwrap_or_default();
                let s = format!("{year:04}-{month:02}-{day:02}{sep}{hour:02}:{minute:02}:{second:02}{fraction}{offset}");
                prop_assert_eq!(parse(&s), chrono(&s), "{:?}", s);
            }

            /// Any short string of the characters a date-time is made of.
            #[test]
            fn agrees_with_chrono_on_noise(s in "[0-9T:.+Zz -]{0,30}") {
                prop_assert_eq!(parse(&s), chrono(&s), "{:?}", s);
            }
        }
    }
}
