//! Messages and sentences built by joining strings: no `format!`, `Display` or `{:?}` on the
//! wasm's path, so each message costs its words and not a formatting call site
//! (bench/BUDGET.md, "Third pass"). std's panic machinery keeps `core::fmt` linked whatever this
//! crate does; what these save is the code every `format!` inlines.

/// `n` in decimal, as `{n}` writes it.
pub fn num<N: itoa::Integer>(n: N) -> String {
    itoa::Buffer::new().format(n).to_owned()
}

/// `n` in decimal on at least two digits, as `{n:02}` writes it.
pub fn two_digits(n: u32) -> String {
    let s = num(n);
    if s.len() < 2 {
        ["0", &s].concat()
    } else {
        s
    }
}

/// `s` in double quotes, escaped as `{s:?}` writes it for the text a config holds: `\"`, `\\`,
/// `\n`, `\r`, `\t`, `\0`, and other control characters and the invisible formatting ones
/// (zero-width, bidirectional controls, BOM) as `\u{…}`. (`{:?}` also escapes unassigned and
/// other non-printable code points, with a table this crate does not need.)
pub fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            c if c.is_control() || invisible(c) => {
                out.push_str("\\u{");
                let n = u32::from(c);
                let digits = (0..8).rev().map(|i| (n >> (4 * i)) & 0xf).skip_while(|d| *d == 0);
                let mut any = false;
                for d in digits {
                    any = true;
                    out.push(char::from_digit(d, 16).unwrap_or('0'));
                }
                if !any {
                    out.push('0');
                }
                out.push('}');
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Format characters that draw nothing and can hide or reorder text: zero-width spaces and
/// joiners, bidirectional marks, embeddings, overrides and isolates, word joiner and invisible
/// operators, the BOM, the soft hyphen.
fn invisible(c: char) -> bool {
    matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206f}' | '\u{feff}')
}

/// `items`, each quoted, joined by `", "`: `"a", "b"`.
pub fn quoted_list<'a>(items: impl IntoIterator<Item = &'a str>) -> String {
    items.into_iter().map(quoted).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_as_format_writes_them() {
        for n in [0i64, 7, 10, 99, 100, 2000, -5, i64::MAX, i64::MIN] {
            assert_eq!(num(n), format!("{n}"));
        }
        for n in [0u32, 5, 9, 10, 59, 100, 2026] {
            assert_eq!(two_digits(n), format!("{n:02}"));
        }
    }

    #[test]
    fn quoted_is_debug_for_what_configs_hold() {
        let cases = [
            "",
            "plain",
            "l'équipe d'e-Enfance",
            "with \"quotes\" and \\ backslash",
            "line\nbreak\ttab\rreturn\0nul",
            "\u{1}\u{1f}\u{7f}\u{85}\u{9f}",
            "zero\u{200b}width \u{202e}override\u{feff}",
            "émoji 📞 日本語 ×÷ – … «»",
            "https://3018.fr/?q=a b#x",
        ];
        for s in cases {
            assert_eq!(quoted(s), format!("{s:?}"), "{s}");
        }
        assert_eq!(quoted_list(["a", "b\"c"]), r#""a", "b\"c""#);
    }

    /// The one known difference from `{:?}`: a grapheme extender (a combining mark, or a letter
    /// such as U+FF9E) stays as it is; `{:?}` escapes it (Rust 1.95 does so anywhere in the
    /// string). A message still quotes it readably, after the letter it marks.
    #[test]
    fn quoted_leaves_grapheme_extenders_as_they_are() {
        for s in ["\u{ff9e}", "a\u{301}", "a\u{ff9e}b"] {
            assert_eq!(quoted(s), ["\"", s, "\""].concat());
            assert_ne!(quoted(s), format!("{s:?}"));
        }
    }

    // Native only: proptest's getrandom does not build for wasm32.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// On letters, digits, punctuation and symbols of any script, spaces, quotes,
        /// backslashes and control characters, the same as `{:?}` (grapheme extenders are left
        /// out: `{:?}` escapes them and `quoted` does not. They are the combining marks and a
        /// few letters such as U+FF9E, "ﾞ", which a CI run's proptest drew once:
        /// `quoted_leaves_grapheme_extenders_as_they_are`).
        #[test]
        fn quoted_is_debug_on_random_text(s in r#"[[\p{L}\p{N}\p{P}\p{S} "\\'\n\t\r\x00-\x1f]--\p{Grapheme_Extend}]{0,40}"#) {
            proptest::prop_assert_eq!(quoted(&s), format!("{s:?}"));
        }
    }
}
