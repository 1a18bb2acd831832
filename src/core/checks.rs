//! The checks that the config's decoders share (`config.rs`, `helplines/decode.rs`,
//! `topics.rs`): one of a list of names, a short single-line text, an `https:` URL, a number a
//! `tel:` or `sms:` link can take, an entry's id. Each pushes its problem under the field's path
//! and says whether the value passed.

use crate::core::error::Problems;
use crate::core::value::{join, Obj};
use crate::core::words::{num, quoted, quoted_list};

/// "expected at most {max} {what}, got {n}": what every limit on a count says.
pub(crate) fn at_most(max: usize, what: &str, n: usize) -> String {
    ["expected at most ", &num(max), " ", what, ", got ", &num(n)].concat()
}

pub(crate) fn one_of<T: Copy>(names: &[(&str, T)], value: &str, path: &str, problems: &mut Problems) -> Option<T> {
    match names.iter().find(|(n, _)| *n == value) {
        Some((_, v)) => Some(*v),
        None => {
            let list = quoted_list(names.iter().map(|(n, _)| *n));
            problems.push(path, ["expected one of ", &list, ", got ", &quoted(value)].concat());
            None
        }
    }
}

/// The optional field `key` of `o`: `default` when absent, else a string among `names` (a
/// problem under `key` otherwise, and `None`).
pub(crate) fn choice<T: Copy>(
    o: &Obj,
    key: &str,
    names: &[(&str, T)],
    default: T,
    problems: &mut Problems,
) -> Option<T> {
    match o.get(key) {
        None => Some(default),
        Some(_) => o.string(key, problems).and_then(|v| one_of(names, &v, key, problems)),
    }
}

/// A short, non-empty, single-line string of at most `max` characters.
pub(crate) fn short_text(value: &str, max: usize, path: &str, problems: &mut Problems) -> bool {
    let n = value.chars().count();
    if value.trim().is_empty() {
        problems.push(path, "expected a non-empty string");
        false
    } else if n > max {
        problems.push(path, at_most(max, "characters", n));
        false
    } else if value.chars().any(char::is_control) {
        problems.push(path, "expected text without control characters (line breaks, tabs...)");
        false
    } else {
        true
    }
}

/// An absolute `https:` URL with a host and nothing that browsers would reinterpret: written in
/// lowercase `https://`, no white space, control characters, backslashes or credentials.
pub(crate) fn check_https_url(url: &str, path: &str, problems: &mut Problems) -> bool {
    let bad = |problems: &mut Problems| {
        let shown: String = url.chars().take(80).collect();
        problems.push(path, ["expected an https: URL such as \"https://3018.fr\", got ", &quoted(&shown)].concat());
        false
    };
    let Some(rest) = url.strip_prefix("https://") else { return bad(problems) };
    let host_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let host = &rest[..host_end];
    let host_ok = !host.is_empty()
        && host.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | ':' | '[' | ']'))
        && host.chars().any(|c| c.is_ascii_alphanumeric());
    let rest_ok = !url.chars().any(|c| c.is_whitespace() || c.is_control() || c == '\\');
    if url.len() > 2000 {
        problems.push(path, ["expected a URL of at most 2000 characters, got ", &num(url.len())].concat());
        return false;
    }
    if host_ok && rest_ok {
        true
    } else {
        bad(problems)
    }
}

/// Digits, an optional leading `+`, single spaces between digits; 2 to 15 digits (E.164
/// maximum): what a `tel:` or `sms:` link can take.
pub(crate) fn dialable(number: &str) -> bool {
    let body = number.strip_prefix('+').unwrap_or(number);
    let digits = body.chars().filter(char::is_ascii_digit).count();
    let shape = body.starts_with(|c: char| c.is_ascii_digit())
        && body.ends_with(|c: char| c.is_ascii_digit())
        && body.chars().all(|c| c.is_ascii_digit() || c == ' ')
        && !body.contains("  ");
    shape && (2..=15).contains(&digits)
}

/// What a `tel:` link can dial ([`dialable`]).
pub(crate) fn check_number(number: &str, path: &str, problems: &mut Problems) -> bool {
    check_dialable(number, "a phone number a tel: link can dial", path, problems)
}

/// What an `sms:` link can text ([`dialable`]): SMS-only services such as the 114.
pub(crate) fn check_sms(number: &str, path: &str, problems: &mut Problems) -> bool {
    check_dialable(number, "a number an sms: link can text", path, problems)
}

pub(crate) fn check_dialable(number: &str, what: &str, path: &str, problems: &mut Problems) -> bool {
    if dialable(number) {
        return true;
    }
    let shown: String = number.chars().take(40).collect();
    problems.push(
        path,
        ["expected ", what, " (2 to 15 digits, optional leading +, spaces allowed), got ", &quoted(&shown)].concat(),
    );
    false
}

/// The `id` of a helpline or channel entry: required, short, letters/digits/-/_, and not given
/// twice in its list (`seen`). `None` when absent or not a string (already reported).
pub(crate) fn entry_id(
    o: &Obj,
    kind: &str,
    required: &str,
    seen: &mut Vec<String>,
    p: &mut Problems,
) -> Option<String> {
    let id_path = join(&o.path, "id");
    if o.get("id").is_none() {
        p.push(id_path, required);
        return None;
    }
    let id = o.string("id", p)?;
    if short_text(&id, 40, &id_path, p) && !id.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        p.push(id_path.clone(), ["expected letters, digits, - or _, got ", &quoted(&id)].concat());
    }
    if seen.contains(&id) {
        p.push(id_path, [kind, " ", &quoted(&id), " is given twice; expected each id once"].concat());
    }
    seen.push(id.clone());
    Some(id)
}
