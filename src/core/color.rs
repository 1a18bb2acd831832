//! Colours as the platform may give them (`#rgb`, `#rrggbb`), and WCAG 2.x contrast.
//!
//! A colour is kept as three numbers from the moment it is parsed: the theme stylesheet is
//! written from these numbers ([`Rgb::hex`]), never from the config's string, so nothing a
//! platform writes can reach the CSS (a string there could be `url(…)`, making the page fetch
//! an address: a privacy leak). Joined by hand, without `format!` (src/core/words.rs says why).

use crate::core::words::{num, two_digits};

/// An sRGB colour, 8 bits a channel: red, green, blue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// Black, the darkest end of every mix.
pub const BLACK: Rgb = Rgb(0, 0, 0);
/// White, the lightest end of every mix.
pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);

/// The hex digits `Rgb::hex` writes.
const DIGITS: &[u8; 16] = b"0123456789abcdef";

impl Rgb {
    /// Exactly `#rgb` or `#rrggbb`, ASCII hex digits in either case; nothing else. No names,
    /// `rgb()`, alpha (`#rgba`, `#rrggbbaa`), white space or CSS escapes: what is accepted is
    /// only ever three numbers, and what is refused is said in the config's error message.
    pub fn parse(s: &str) -> Option<Rgb> {
        let digits = s.strip_prefix('#')?.as_bytes();
        // Bytes, not chars: a full-width digit is several bytes, none of them an ASCII hex digit.
        if !digits.iter().all(u8::is_ascii_hexdigit) {
            return None;
        }
        let d = |i: usize| hex_value(digits[i]);
        match digits.len() {
            3 => Some(Rgb(d(0) * 17, d(1) * 17, d(2) * 17)),
            6 => Some(Rgb(d(0) * 16 + d(1), d(2) * 16 + d(3), d(4) * 16 + d(5))),
            _ => None,
        }
    }

    /// `#rrggbb` in lower case: the one form messages and the stylesheet use.
    pub fn hex(self) -> String {
        let mut out = String::with_capacity(7);
        out.push('#');
        for c in [self.0, self.1, self.2] {
            out.push(char::from(DIGITS[usize::from(c >> 4)]));
            out.push(char::from(DIGITS[usize::from(c & 0xf)]));
        }
        out
    }

    /// WCAG 2.x relative luminance, 0 (black) to 1 (white): each channel linearised from sRGB,
    /// then weighted 0.2126 R + 0.7152 G + 0.0722 B
    /// (<https://www.w3.org/TR/WCAG22/#dfn-relative-luminance>).
    ///
    /// The linear segment ends at 0.04045, as in the sRGB standard (IEC 61966-2-1) and WCAG's
    /// current text; WCAG 2.0 and early 2.1 printed 0.03928, from a draft of sRGB. No 8-bit
    /// value falls between the two (10/255 ≈ 0.03922, 11/255 ≈ 0.04314), so for every hex
    /// colour both give the same luminance, and our ratios are the ones every checker shows.
    pub fn luminance(self) -> f64 {
        0.2126 * linear(self.0) + 0.7152 * linear(self.1) + 0.0722 * linear(self.2)
    }

    /// `self` mixed with `other` by `t` (clamped to 0..=1): 0 is `self`, 1 is `other`; each
    /// channel in sRGB, rounded. The ends are exact, so a mix moved all the way is `other`.
    pub fn mix(self, other: Rgb, t: f64) -> Rgb {
        let t = if t.is_nan() { 0.0 } else { t.clamp(0.0, 1.0) };
        let ch = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round().clamp(0.0, 255.0) as u8;
        Rgb(ch(self.0, other.0), ch(self.1, other.1), ch(self.2, other.2))
    }
}

/// The value of one ASCII hex digit (checked by the caller).
fn hex_value(b: u8) -> u8 {
    match b {
        b'0'..=b'9' => b - b'0',
        b'a'..=b'f' => b - b'a' + 10,
        b'A'..=b'F' => b - b'A' + 10,
        _ => 0,
    }
}

/// One 8-bit sRGB channel, linearised (WCAG 2.x, see [`Rgb::luminance`]).
fn linear(c: u8) -> f64 {
    let c = f64::from(c) / 255.0;
    if c <= 0.04045 {
        c / 12.92
    } else {
        ((c + 0.055) / 1.055).powf(2.4)
    }
}

/// The WCAG 2.x contrast ratio of two colours, 1 to 21, in either order:
/// (L1 + 0.05) / (L2 + 0.05), L1 the lighter's luminance.
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (light, dark) = if la >= lb { (la, lb) } else { (lb, la) };
    (light + 0.05) / (dark + 0.05)
}

/// A ratio as checkers write it, `4.49:1`: truncated to two decimals, never rounded, so a ratio
/// below a threshold never prints as the threshold (4.499 is "4.49:1", not "4.50:1").
pub fn ratio_text(ratio: f64) -> String {
    let r = if ratio.is_nan() { 0.0 } else { ratio.clamp(0.0, 1e9) };
    let mut hundredths = (r * 100.0).floor();
    // `r * 100` is rounded, and may round up to the next whole number: step back if so. For the
    // thresholds (4.5, 3, exact in binary) this keeps a ratio just below them below them.
    if hundredths / 100.0 > r {
        hundredths -= 1.0;
    }
    let h = hundredths as u64;
    [&num(h / 100), ".", &two_digits((h % 100) as u32), ":1"].concat()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_exactly_three_or_six_hex_digits() {
        let cases = [
            ("#fff", Rgb(255, 255, 255)),
            ("#000", Rgb(0, 0, 0)),
            ("#0b57d0", Rgb(0x0b, 0x57, 0xd0)),
            ("#0B57D0", Rgb(0x0b, 0x57, 0xd0)),
            ("#AbC", Rgb(0xaa, 0xbb, 0xcc)),
            ("#123456", Rgb(0x12, 0x34, 0x56)),
            ("#fFfFfF", WHITE),
            ("#789", Rgb(0x77, 0x88, 0x99)),
        ];
        for (s, rgb) in cases {
            assert_eq!(Rgb::parse(s), Some(rgb), "{s}");
        }
    }

    /// Everything that is not exactly `#rgb` or `#rrggbb` is refused, in particular CSS that
    /// would close the declaration, load a URL or run script in old browsers.
    #[test]
    fn refuses_everything_else_and_css_payloads() {
        let cases = [
            "",
            "#",
            "fff",
            "ffffff",
            "red",
            "transparent",
            "currentColor",
            "red;background:url(https://evil.example/x)",
            "#fff;background:url(https://evil.example/x)",
            "#fff;}",
            "#fff}",
            "#fff!important",
            "expression(alert(1))",
            "</style>",
            "rgb(0,0,0)",
            "rgba(0, 0, 0, 0.5)",
            "hsl(0 0% 0%)",
            "var(--x)",
            "#ff",
            "#ffff",
            "#fffff",
            "#fffffff",
            "#ffffffff",
            " #fff",
            "#fff ",
            "#ff f",
            "#fff\n",
            "\t#fff",
            "##fff",
            "#ggg",
            "#12345g",
            "#-12",
            "#+12",
            "\\23 fff",
            "\\000023fff",
            "#１２３",
            "＃123",
            "#１２３４５６",
            "#fff\u{0}",
            "#\u{200b}fff",
            "#0x123",
        ];
        for s in cases {
            assert_eq!(Rgb::parse(s), None, "{s:?}");
        }
    }

    #[test]
    fn hex_is_lower_case_rrggbb_and_round_trips() {
        assert_eq!(Rgb(0x0b, 0x57, 0xd0).hex(), "#0b57d0");
        assert_eq!(Rgb::parse("#ABC").unwrap().hex(), "#aabbcc");
        assert_eq!(BLACK.hex(), "#000000");
        assert_eq!(WHITE.hex(), "#ffffff");
        for v in 0..=255u8 {
            let c = Rgb(v, v.wrapping_mul(7), 255 - v);
            assert_eq!(Rgb::parse(&c.hex()), Some(c));
            assert_eq!(c.hex(), format!("#{:02x}{:02x}{:02x}", c.0, c.1, c.2));
        }
    }

    /// Known values: WCAG's definitions, and the ratios WebAIM's contrast checker shows
    /// (it truncates as [`ratio_text`] does).
    #[test]
    fn luminance_and_contrast_match_known_values() {
        assert_eq!(BLACK.luminance(), 0.0);
        assert!((WHITE.luminance() - 1.0).abs() < 1e-12);
        assert_eq!(contrast(BLACK, WHITE), 21.0);
        assert_eq!(contrast(WHITE, BLACK), 21.0);
        assert_eq!(contrast(Rgb(0x12, 0x34, 0x56), Rgb(0x12, 0x34, 0x56)), 1.0);
        let cases = [
            // The grey that famously just fails AA on white.
            ("#777777", "#ffffff", "4.47:1"),
            // The lightest grey that passes AA on white.
            ("#767676", "#ffffff", "4.54:1"),
            ("#595959", "#ffffff", "7.00:1"),
            ("#ffcc00", "#ffffff", "1.51:1"),
            ("#0b57d0", "#ffffff", "6.38:1"),
            ("#0000ff", "#ffffff", "8.59:1"),
            ("#ff0000", "#ffffff", "3.99:1"),
            ("#008000", "#ffffff", "5.13:1"),
            ("#ffffff", "#808080", "3.94:1"),
            ("#000000", "#ffff00", "19.55:1"),
            ("#1b1b1f", "#ffffff", "17.16:1"),
        ];
        for (a, b, want) in cases {
            let (a, b) = (Rgb::parse(a).unwrap(), Rgb::parse(b).unwrap());
            assert_eq!(ratio_text(contrast(a, b)), want, "{} on {}", a.hex(), b.hex());
            assert_eq!(contrast(a, b), contrast(b, a));
        }
        // Reference luminances (WCAG's formula by hand).
        assert!((Rgb::parse("#777777").unwrap().luminance() - 0.184475).abs() < 1e-5);
        assert!((Rgb::parse("#808080").unwrap().luminance() - 0.215861).abs() < 1e-5);
    }

    /// The 0.04045 of the sRGB standard and the 0.03928 of WCAG 2.0 agree on every 8-bit value.
    #[test]
    fn the_two_published_thresholds_agree_on_every_byte() {
        for c in 0..=255u8 {
            let v = f64::from(c) / 255.0;
            assert_eq!(v <= 0.04045, v <= 0.03928, "{c}");
        }
    }

    #[test]
    fn ratios_are_truncated_not_rounded() {
        let cases = [
            (4.499, "4.49:1"),
            (4.5, "4.50:1"),
            (4.4999999, "4.49:1"),
            (2.999, "2.99:1"),
            (1.0, "1.00:1"),
            (1.515, "1.51:1"),
            (21.0, "21.00:1"),
            (7.0, "7.00:1"),
            (10.05, "10.05:1"),
            (3.0, "3.00:1"),
            (0.0, "0.00:1"),
            (f64::NAN, "0.00:1"),
        ];
        for (r, want) in cases {
            assert_eq!(ratio_text(r), want, "{r}");
        }
        // The largest numbers below the thresholds never print as them.
        for threshold in [3.0f64, 4.5, 7.0] {
            let below = f64::from_bits(threshold.to_bits() - 1);
            assert!(ratio_text(below) < ratio_text(threshold), "{below}: {}", ratio_text(below));
        }
    }

    #[test]
    fn mix_goes_from_one_colour_to_the_other() {
        let (a, b) = (Rgb(0, 100, 255), Rgb(255, 0, 55));
        assert_eq!(a.mix(b, 0.0), a);
        assert_eq!(a.mix(b, 1.0), b);
        assert_eq!(a.mix(b, 0.5), Rgb(128, 50, 155));
        assert_eq!(a.mix(b, -1.0), a);
        assert_eq!(a.mix(b, 2.0), b);
        assert_eq!(a.mix(b, f64::NAN), a);
    }

    /// Native only: proptest's getrandom does not build for wasm32.
    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::*;
        use proptest::prelude::*;

        fn rgb() -> impl Strategy<Value = Rgb> {
            (any::<u8>(), any::<u8>(), any::<u8>()).prop_map(|(r, g, b)| Rgb(r, g, b))
        }

        proptest! {
            #[test]
            fn contrast_is_symmetric_and_between_1_and_21(a in rgb(), b in rgb()) {
                let r = contrast(a, b);
                prop_assert!((1.0..=21.0).contains(&r));
                prop_assert_eq!(r, contrast(b, a));
                prop_assert!(contrast(a, BLACK).max(contrast(a, WHITE)) >= 4.58);
            }

            #[test]
            fn parse_accepts_exactly_the_two_hex_forms(s in "#?[0-9a-fA-FgG ;:()]{0,9}") {
                let digits = s.strip_prefix('#').unwrap_or("");
                let hex = s.starts_with('#')
                    && (digits.len() == 3 || digits.len() == 6)
                    && digits.chars().all(|c| c.is_ascii_hexdigit());
                prop_assert_eq!(Rgb::parse(&s).is_some(), hex);
                if let Some(c) = Rgb::parse(&s) {
                    prop_assert_eq!(Rgb::parse(&c.hex()), Some(c));
                }
            }

            #[test]
            fn ratio_text_is_the_truncation(r in 1.0f64..=21.0) {
                let text = ratio_text(r);
                let (whole, rest) = text.strip_suffix(":1").unwrap().split_once('.').unwrap();
                prop_assert_eq!(rest.len(), 2);
                let k: u64 = whole.parse::<u64>().unwrap() * 100 + rest.parse::<u64>().unwrap();
                // k hundredths is at most `r`, and the next hundredth is above it.
                prop_assert!(k as f64 / 100.0 <= r && (k + 1) as f64 / 100.0 > r, "{r}: {text}");
            }
        }
    }
}
