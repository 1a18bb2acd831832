//! Theme tests: ours are today's stylesheet and pass; messages pinned word for word; named
//! platform colours; proptest that every accepted palette's derived pairs pass and that the
//! stylesheet only ever holds numbers from it.

use super::*;
use crate::core::color::contrast;

fn value(json: &str) -> Value {
    serde_json::from_str(json).expect("test colours are JSON")
}

fn decode(json: &str) -> Result<Colors, Vec<String>> {
    let mut p = Problems::default();
    match decode_colors(&value(json), "colors", &mut p) {
        Some(c) => {
            assert!(p.0.is_empty(), "accepted with problems: {:?}", p.0);
            Ok(c)
        }
        None => {
            assert!(!p.0.is_empty(), "rejected without a problem");
            Err(p.0.iter().map(ToString::to_string).collect())
        }
    }
}

fn rgb(s: &str) -> Rgb {
    Rgb::parse(s).unwrap_or_else(|| panic!("{s} is a colour"))
}

/// Every pair the dialog draws (src/shell/style.css), each with its minimum; the failing ones.
fn failures(p: &Palette) -> Vec<String> {
    let pairs = [
        ("fg on bg", p.fg, p.bg, 4.5),
        ("fg on surface", p.fg, p.surface, 4.5),
        ("muted on bg", p.muted, p.bg, 4.5),
        ("muted on surface", p.muted, p.surface, 4.5),
        ("link on bg", p.link, p.bg, 4.5),
        ("link on surface", p.link, p.surface, 4.5),
        ("on_accent on accent", p.on_accent, p.accent, 4.5),
        ("on_accent on accent_hover", p.on_accent, p.accent_hover, 4.5),
        ("accent against bg", p.accent, p.bg, 3.0),
        ("accent against surface", p.accent, p.surface, 3.0),
        ("focus against bg", p.focus, p.bg, 3.0),
        ("focus against surface", p.focus, p.surface, 3.0),
        ("border against bg", p.border, p.bg, 3.0),
        ("border against surface", p.border, p.surface, 3.0),
        ("open_fg on open_bg", p.open_fg, p.open_bg, 4.5),
        ("soon_fg on soon_bg", p.soon_fg, p.soon_bg, 4.5),
        ("closed_fg on closed_bg", p.closed_fg, p.closed_bg, 4.5),
    ];
    pairs
        .iter()
        .filter(|(_, a, b, min)| contrast(*a, *b) < *min)
        .map(|(what, a, b, _)| format!("{what}: {} / {} = {}", a.hex(), b.hex(), contrast(*a, *b)))
        .collect()
}

// ---- Ours ------------------------------------------------------------------------------------

/// src/shell/style.css before theming, as the brief quoted it: nothing changes for a platform
/// that sets no colours.
const TODAY_LIGHT: &str = "--bg #ffffff --fg #1b1b1f --muted #45454f --surface #f1f2f6 --border #6b6b76 \
    --accent #0b57d0 --accent-hover #0842a0 --on-accent #ffffff --focus #0b57d0 --open-bg #e3f4e8 \
    --open-fg #0b5323 --soon-bg #fff1cc --soon-fg #653f00 --closed-bg #fde8e6 --closed-fg #8c1d18";
const TODAY_DARK: &str = "--bg #1d1d22 --fg #f1f1f4 --muted #c4c4ce --surface #2b2b32 --border #9a9aa6 \
    --accent #a8c7fa --accent-hover #c2d7fb --on-accent #062e6f --focus #a8c7fa --open-bg #103d20 \
    --open-fg #b7f0c6 --soon-bg #473000 --soon-fg #ffe08a --closed-bg #4a1613 --closed-fg #ffcdc8";

#[test]
fn ours_are_todays_stylesheet_values() {
    for (ours, today) in [(&LIGHT, TODAY_LIGHT), (&DARK, TODAY_DARK)] {
        let words: Vec<&str> = today.split_whitespace().collect();
        let mut want: Vec<(&str, Rgb)> = words.chunks(2).map(|w| (w[0], rgb(w[1]))).collect();
        // New: the outlined buttons' text, the accent as before.
        want.insert(9, ("--link", ours.accent));
        assert_eq!(ours.vars().to_vec(), want);
        assert_eq!(ours.link, ours.accent);
        assert_eq!(ours.focus, ours.accent);
    }
}

#[test]
fn ours_pass_every_pair() {
    assert_eq!(failures(&LIGHT), Vec::<String>::new());
    assert_eq!(failures(&DARK), Vec::<String>::new());
    // And so do the base pairs `decode_colors` checks (it skips a pair the platform left alone).
    for ours in [&LIGHT, &DARK] {
        assert!(contrast(ours.fg, ours.bg) >= TEXT);
        assert!(contrast(ours.on_accent, ours.accent) >= TEXT);
        assert!(contrast(ours.accent, ours.bg) >= NON_TEXT);
    }
}

#[test]
fn no_overrides_is_ours() {
    assert_eq!(palette(Scheme::Light, &Overrides::default()), LIGHT);
    assert_eq!(palette(Scheme::Dark, &Overrides::default()), DARK);
    // Overrides that name our own colours change nothing either.
    for (scheme, ours) in [(Scheme::Light, LIGHT), (Scheme::Dark, DARK)] {
        let same = Overrides {
            accent: Some(ours.accent),
            accent_text: Some(ours.on_accent),
            background: Some(ours.bg),
            text: Some(ours.fg),
        };
        assert_eq!(palette(scheme, &same), ours);
    }
    assert_eq!(decode("{}"), Ok(Colors::default()));
    assert_eq!(decode(r#"{"light": {}, "dark": null}"#), Ok(Colors::default()));
}

// ---- Names -----------------------------------------------------------------------------------

#[test]
fn names_are_the_documented_ones() {
    let names: Vec<&str> = Theme::NAMES.iter().map(|(n, _)| *n).collect();
    assert_eq!(names, ["auto", "light", "dark"]);
    assert_eq!(Theme::NAMES.iter().map(|(_, t)| *t).collect::<Vec<_>>(), [Theme::Auto, Theme::Light, Theme::Dark]);
    assert_eq!(Font::NAMES, [("system", Font::System), ("inherit", Font::Inherit)]);
    assert_eq!((Theme::default(), Font::default()), (Theme::Auto, Font::System));
}

// ---- Validation ------------------------------------------------------------------------------

#[test]
fn accepted_colours_are_read_as_numbers() {
    let c = decode(
        r##"{"light": {"accent": "#0B57D0", "accentText": "#fff"}, "dark": {"background": "#000", "text": "#EEE"}}"##,
    )
    .unwrap();
    assert_eq!(
        c,
        Colors {
            light: Overrides { accent: Some(rgb("#0b57d0")), accent_text: Some(WHITE), ..Overrides::default() },
            dark: Overrides { background: Some(BLACK), text: Some(rgb("#eeeeee")), ..Overrides::default() },
        }
    );
    assert_eq!(c.get(Scheme::Light), &c.light);
    assert_eq!(c.get(Scheme::Dark), &c.dark);
}

#[test]
fn every_problem_is_reported_at_once() {
    let got = decode(
        r##"{
            "light": {"accent": "#ffcc00", "text": "red", "link": "#000", "background": 12},
            "dark": {"text": "#777777", "accentText": "#ffffff", "accent": "#0b57d0"},
            "sepia": {}
        }"##,
    )
    .unwrap_err();
    assert_eq!(
        got,
        [
            "colors.sepia: unknown field `sepia`, expected one of `light`, `dark`",
            "colors.light.link: unknown field `link`, expected one of `accent`, `accentText`, `background`, `text`",
            r##"colors.light.background: expected a hex colour, "#rgb" or "#rrggbb" such as "#0b57d0", got a number"##,
            r##"colors.light.text: expected a hex colour, "#rgb" or "#rrggbb" such as "#0b57d0", got "red""##,
            // light's pairs are not checked: two of its values are not colours.
            "colors.dark.text: #777777 on #1d1d22 is 3.74:1, expected at least 4.5:1",
            "colors.dark.accent: #0b57d0 on #1d1d22 is 2.62:1, expected at least 3:1",
        ]
    );
}

#[test]
fn a_failing_pair_blames_the_foreground_if_set_else_the_other() {
    // The example of the brief: the accent is the platform's, so it is blamed.
    assert_eq!(
        decode(r##"{"light": {"accent": "#ffcc00", "accentText": "#000000"}}"##).unwrap_err(),
        ["colors.light.accent: #ffcc00 on #ffffff is 1.51:1, expected at least 3:1"]
    );
    // Only the background is the platform's: it is blamed, the message still reads fg on bg.
    assert_eq!(
        decode(r##"{"light": {"background": "#767676"}}"##).unwrap_err(),
        [
            "colors.light.background: #1b1b1f on #767676 is 3.77:1, expected at least 4.5:1",
            "colors.light.background: #0b57d0 on #767676 is 1.40:1, expected at least 3:1",
        ]
    );
    // accentText/accent: accentText blamed when set, the accent otherwise.
    assert_eq!(
        decode(r##"{"dark": {"accentText": "#777"}}"##).unwrap_err(),
        ["colors.dark.accentText: #777777 on #a8c7fa is 2.60:1, expected at least 4.5:1"]
    );
    assert_eq!(
        decode(r##"{"dark": {"accent": "#3a3a3a"}}"##).unwrap_err(),
        [
            "colors.dark.accent: #062e6f on #3a3a3a is 1.13:1, expected at least 4.5:1",
            "colors.dark.accent: #3a3a3a on #1d1d22 is 1.47:1, expected at least 3:1",
        ]
    );
    // A ratio may print as the other threshold: 3.00:1 fails text's 4.5:1.
    assert_eq!(
        decode(r##"{"dark": {"accent": "#d600dc"}}"##).unwrap_err(),
        ["colors.dark.accent: #062e6f on #d600dc is 3.00:1, expected at least 4.5:1"]
    );
    // Both schemes, in order, colours normalised.
    assert_eq!(
        decode(r##"{"light": {"text": "#FFF"}, "dark": {"text": "#000"}}"##).unwrap_err(),
        [
            "colors.light.text: #ffffff on #ffffff is 1.00:1, expected at least 4.5:1",
            "colors.dark.text: #000000 on #1d1d22 is 1.25:1, expected at least 4.5:1",
        ]
    );
    // The famous grey just fails, and is never shown as the threshold.
    assert_eq!(
        decode(r##"{"light": {"text": "#777777"}}"##).unwrap_err(),
        ["colors.light.text: #777777 on #ffffff is 4.47:1, expected at least 4.5:1"]
    );
    assert!(decode(r##"{"light": {"text": "#767676"}}"##).is_ok());
}

#[test]
fn shapes_are_checked_at_both_levels() {
    let cases: &[(&str, &[&str])] = &[
        ("12", &["colors: expected an object, got a number"]),
        (r#"[]"#, &["colors: expected an object, got an array"]),
        (r##""#fff""##, &[r##"colors: expected an object, got "#fff""##]),
        (r#"{"light": "dark"}"#, &[r#"colors.light: expected an object, got "dark""#]),
        (r#"{"dark": true}"#, &["colors.dark: expected an object, got true"]),
        (
            r#"{"Light": {}}"#,
            &["colors.Light: unknown field `Light`, expected one of `light`, `dark`"],
        ),
        (
            r##"{"light": {"accent_text": "#fff", "accentText": "#fff"}}"##,
            &["colors.light.accent_text: unknown field `accent_text`, expected one of `accent`, `accentText`, `background`, `text`"],
        ),
        (
            r##"{"dark": {"accent": ["#fff"], "text": {"hex": "#fff"}, "background": true}}"##,
            &[
                r##"colors.dark.accent: expected a hex colour, "#rgb" or "#rrggbb" such as "#0b57d0", got an array"##,
                r##"colors.dark.background: expected a hex colour, "#rgb" or "#rrggbb" such as "#0b57d0", got true"##,
                r##"colors.dark.text: expected a hex colour, "#rgb" or "#rrggbb" such as "#0b57d0", got an object"##,
            ],
        ),
        (
            r##"{"light": {"accent": "red;background:url(https://evil.example/x)", "text": "#fff;}"}}"##,
            &[
                r##"colors.light.accent: expected a hex colour, "#rgb" or "#rrggbb" such as "#0b57d0", got "red;background:url(https://evil.example/x)""##,
                r##"colors.light.text: expected a hex colour, "#rgb" or "#rrggbb" such as "#0b57d0", got "#fff;}""##,
            ],
        ),
        (
            r##"{"light": {"background": "#ffffffff", "text": " #000"}}"##,
            &[
                r##"colors.light.background: expected a hex colour, "#rgb" or "#rrggbb" such as "#0b57d0", got "#ffffffff""##,
                r##"colors.light.text: expected a hex colour, "#rgb" or "#rrggbb" such as "#0b57d0", got " #000""##,
            ],
        ),
    ];
    for (json, want) in cases {
        assert_eq!(decode(json).unwrap_err(), *want, "{json}");
    }
}

/// Real platforms' brand colours: those that fail say so, with the ratio a checker shows.
#[test]
fn named_platform_colours() {
    // Instagram's button blue with white text: 3.16:1, large-text level only.
    assert_eq!(
        decode(r##"{"light": {"accent": "#0095f6", "accentText": "#ffffff"}}"##).unwrap_err(),
        ["colors.light.accentText: #ffffff on #0095f6 is 3.16:1, expected at least 4.5:1"]
    );
    // Facebook's blue before 2023 fails; its 2023 blue passes.
    assert_eq!(
        decode(r##"{"light": {"accent": "#1877f2", "accentText": "#ffffff"}}"##).unwrap_err(),
        ["colors.light.accentText: #ffffff on #1877f2 is 4.23:1, expected at least 4.5:1"]
    );
    assert!(decode(r##"{"light": {"accent": "#0866ff", "accentText": "#ffffff"}}"##).is_ok());
    // Snapchat's yellow cannot be an accent on white (1.09:1), whatever the text on it.
    assert_eq!(
        decode(r##"{"light": {"accent": "#fffc00", "accentText": "#000000"}}"##).unwrap_err(),
        ["colors.light.accent: #fffc00 on #ffffff is 1.09:1, expected at least 3:1"]
    );
    // On a dark page it can.
    assert!(decode(
        r##"{"dark": {"accent": "#fffc00", "accentText": "#000000", "background": "#000000", "text": "#ffffff"}}"##
    )
    .is_ok());
    // TikTok's red on its dark page: white text on it fails, black passes.
    let tiktok = |on: &str| {
        decode(&format!(
            r##"{{"dark": {{"background": "#121212", "text": "#ffffff", "accent": "#fe2c55", "accentText": "{on}"}}}}"##
        ))
    };
    assert_eq!(
        tiktok("#ffffff").unwrap_err(),
        ["colors.dark.accentText: #ffffff on #fe2c55 is 3.68:1, expected at least 4.5:1"]
    );
    let c = tiktok("#000000").unwrap();
    assert_eq!(failures(&palette(Scheme::Dark, &c.dark)), Vec::<String>::new());
    // A GitHub-like pair of schemes passes whole.
    let c = decode(
        r##"{"light": {"background": "#ffffff", "text": "#1f2328", "accent": "#0969da", "accentText": "#ffffff"},
             "dark": {"background": "#0d1117", "text": "#e6edf3", "accent": "#4493f8", "accentText": "#0d1117"}}"##,
    )
    .unwrap();
    for scheme in [Scheme::Light, Scheme::Dark] {
        assert_eq!(failures(&palette(scheme, c.get(scheme))), Vec::<String>::new());
    }
}

// ---- Derivation ------------------------------------------------------------------------------

#[test]
fn a_changed_accent_keeps_our_page_colours() {
    let o = Overrides { accent: Some(rgb("#0866ff")), ..Overrides::default() };
    let p = palette(Scheme::Light, &o);
    assert_eq!((p.accent, p.focus, p.on_accent), (rgb("#0866ff"), rgb("#0866ff"), WHITE));
    assert_eq!(
        (p.bg, p.fg, p.muted, p.surface, p.border),
        (LIGHT.bg, LIGHT.fg, LIGHT.muted, LIGHT.surface, LIGHT.border)
    );
    assert_eq!((p.open_bg, p.soon_fg, p.closed_bg), (LIGHT.open_bg, LIGHT.soon_fg, LIGHT.closed_bg));
    assert_ne!(p.accent_hover, LIGHT.accent_hover, "derived from the new accent");
    // 4.82:1 on white, but 4.31:1 on our surface: the outlined buttons' text is the text colour.
    assert_eq!(p.link, LIGHT.fg);
    assert_eq!(failures(&p), Vec::<String>::new());
}

#[test]
fn an_accent_too_light_for_text_gives_links_the_text_colour() {
    // Instagram blue with dark text on it: a fine button (3.16:1 against white as a border),
    // but not text on white.
    let o = Overrides { accent: Some(rgb("#0095f6")), accent_text: Some(BLACK), ..Overrides::default() };
    let p = palette(Scheme::Light, &o);
    assert_eq!(p.link, LIGHT.fg);
    assert_eq!(failures(&p), Vec::<String>::new());
}

#[test]
fn a_new_background_derives_pills_and_surfaces_from_it() {
    let o = Overrides { background: Some(rgb("#fdf6e3")), text: Some(rgb("#073642")), ..Overrides::default() };
    let p = palette(Scheme::Light, &o);
    assert_eq!(p.surface, rgb("#fdf6e3").mix(rgb("#073642"), SURFACE_MIX));
    assert_eq!(p.open_bg, LIGHT.open_fg.mix(rgb("#fdf6e3"), PILL_MIX));
    assert_eq!(failures(&p), Vec::<String>::new());
    // A dark scheme that is light: the hues are moved toward black until they read.
    let o = Overrides {
        background: Some(WHITE),
        text: Some(BLACK),
        accent: Some(rgb("#0b57d0")),
        accent_text: Some(WHITE),
    };
    let p = palette(Scheme::Dark, &o);
    assert_eq!(failures(&p), Vec::<String>::new());
    assert!(p.open_fg.luminance() < DARK.open_fg.luminance());
}

/// The mixes were chosen from ours: derived from our own base colours, they land near our
/// hand-tuned values (one shade, 0x18, a channel at most).
#[test]
fn mixes_are_near_ours_on_our_base_colours() {
    for ours in [LIGHT, DARK] {
        let near = |a: Rgb, b: Rgb| [(a.0, b.0), (a.1, b.1), (a.2, b.2)].iter().all(|(x, y)| x.abs_diff(*y) <= 0x18);
        let derived = [
            ("surface", ours.bg.mix(ours.fg, SURFACE_MIX), ours.surface),
            ("muted", ours.fg.mix(ours.bg, MUTED_MIX), ours.muted),
            ("border", ours.fg.mix(ours.bg, BORDER_MIX), ours.border),
            ("accent_hover", ours.accent.mix(ours.fg, HOVER_MIX), ours.accent_hover),
        ];
        for (what, d, our) in derived {
            assert!(near(d, our), "{what}: {} vs ours {}", d.hex(), our.hex());
        }
    }
}

#[test]
fn every_colour_reads_against_black_or_white() {
    // The worst case of the pill text's move: max(contrast with black, with white) >= 4.58.
    let mut worst = f64::MAX;
    for v in 0..=255u8 {
        for c in [Rgb(v, v, v), Rgb(v, 0, 0), Rgb(0, v, 0), Rgb(0, 0, v), Rgb(v, v, 0), Rgb(0, v, v), Rgb(v, 0, v)] {
            worst = worst.min(contrast(c, BLACK).max(contrast(c, WHITE)));
        }
    }
    assert!(worst >= 4.58, "{worst}");
}

// ---- The stylesheet --------------------------------------------------------------------------

const LIGHT_DECLS: &str = "--bg:#ffffff;--fg:#1b1b1f;--muted:#45454f;--surface:#f1f2f6;--border:#6b6b76;\
    --accent:#0b57d0;--accent-hover:#0842a0;--on-accent:#ffffff;--focus:#0b57d0;--link:#0b57d0;\
    --open-bg:#e3f4e8;--open-fg:#0b5323;--soon-bg:#fff1cc;--soon-fg:#653f00;--closed-bg:#fde8e6;--closed-fg:#8c1d18";
const DARK_DECLS: &str = "--bg:#1d1d22;--fg:#f1f1f4;--muted:#c4c4ce;--surface:#2b2b32;--border:#9a9aa6;\
    --accent:#a8c7fa;--accent-hover:#c2d7fb;--on-accent:#062e6f;--focus:#a8c7fa;--link:#a8c7fa;\
    --open-bg:#103d20;--open-fg:#b7f0c6;--soon-bg:#473000;--soon-fg:#ffe08a;--closed-bg:#4a1613;--closed-fg:#ffcdc8";

#[test]
fn default_stylesheets_are_pinned() {
    let light = format!(
        "dialog{{color-scheme:light;{LIGHT_DECLS};box-shadow:0 .5em 2em rgba(0,0,0,.3)}}\
         dialog::backdrop{{background:rgba(12,12,20,.6)}}"
    );
    let dark = format!(
        "dialog{{color-scheme:dark;{DARK_DECLS};box-shadow:0 .5em 2em rgba(0,0,0,.6)}}\
         dialog::backdrop{{background:rgba(0,0,0,.7)}}"
    );
    let auto = format!(
        "dialog{{color-scheme:light dark;{LIGHT_DECLS}}}@media (prefers-color-scheme:dark){{\
         dialog{{{DARK_DECLS};box-shadow:0 .5em 2em rgba(0,0,0,.6)}}dialog::backdrop{{background:rgba(0,0,0,.7)}}}}"
    );
    let inherit = ":host{font-family:inherit!important}dialog{font-family:inherit}";
    let c = Colors::default();
    for (theme, want) in [(Theme::Light, &light), (Theme::Dark, &dark), (Theme::Auto, &auto)] {
        assert_eq!(&stylesheet(&c, theme, Font::System), want, "{theme:?}");
        assert_eq!(stylesheet(&c, theme, Font::Inherit), format!("{want}{inherit}"), "{theme:?}");
        assert_eq!(braces(&stylesheet(&c, theme, Font::Inherit)), 0);
    }
}

/// Opened minus closed braces, never negative on the way (the sheet is well nested).
fn braces(css: &str) -> i32 {
    let mut depth = 0;
    for c in css.chars() {
        depth += match c {
            '{' => 1,
            '}' => -1,
            _ => 0,
        };
        assert!(depth >= 0, "{css}");
    }
    depth
}

/// `css` with every `#rrggbb` written as `#`: what is left is the part no colour can change.
#[cfg(not(target_arch = "wasm32"))]
fn without_colours(css: &str) -> String {
    let mut out = String::new();
    let mut rest = css;
    while let Some(i) = rest.find('#') {
        out.push_str(&rest[..=i]);
        let hex = &rest[i + 1..i + 7];
        assert!(hex.chars().all(|c| matches!(c, '0'..='9' | 'a'..='f')), "{hex} in {css}");
        rest = &rest[i + 7..];
    }
    out.push_str(rest);
    out
}

/// Native only: proptest's getrandom does not build for wasm32 (the core is pure, so this
/// loses nothing).
#[cfg(not(target_arch = "wasm32"))]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn any_rgb() -> impl Strategy<Value = Rgb> {
        (any::<u8>(), any::<u8>(), any::<u8>()).prop_map(|(r, g, b)| Rgb(r, g, b))
    }

    fn any_overrides() -> impl Strategy<Value = Overrides> {
        let o = || proptest::option::of(any_rgb());
        (o(), o(), o(), o()).prop_map(|(accent, accent_text, background, text)| Overrides {
            accent,
            accent_text,
            background,
            text,
        })
    }

    /// `c` moved toward black or white (whichever is further from `other`) in steps of 1 %
    /// until at least `min` against `other`: colours just over a threshold, where derivation
    /// has the least room. (Independent of `toward`: its own steps and end.)
    fn repair(c: Rgb, other: Rgb, min: f64) -> Rgb {
        let end = if contrast(BLACK, other) > contrast(WHITE, other) { BLACK } else { WHITE };
        (0..=100).map(|i| c.mix(end, f64::from(i) / 100.0)).find(|c| contrast(*c, other) >= min).unwrap()
    }

    /// Four base colours that pass, many of them just.
    fn passing_overrides() -> impl Strategy<Value = Overrides> {
        (any_rgb(), any_rgb(), any_rgb(), any_rgb()).prop_map(|(bg, fg, accent, on)| {
            let fg = repair(fg, bg, 4.5);
            let accent = repair(accent, bg, 3.0);
            let on = repair(on, accent, 4.5);
            Overrides { accent: Some(accent), accent_text: Some(on), background: Some(bg), text: Some(fg) }
        })
    }

    /// The JSON a platform would write for these overrides.
    fn json(o: &Overrides) -> String {
        let fields =
            [("accent", o.accent), ("accentText", o.accent_text), ("background", o.background), ("text", o.text)];
        let set: Vec<String> =
            fields.iter().filter_map(|(k, v)| v.map(|v| format!("\"{k}\": \"{}\"", v.hex().to_uppercase()))).collect();
        format!("{{{}}}", set.join(", "))
    }

    fn decode_pair(light: &Overrides, dark: &Overrides) -> Result<Colors, Vec<String>> {
        decode(&format!(r#"{{"light": {}, "dark": {}}}"#, json(light), json(dark)))
    }

    /// Whether the merged base colours pass, checked here without `decode_colors`.
    fn base_passes(scheme: Scheme, o: &Overrides) -> bool {
        let ours = ours(scheme);
        let bg = o.background.unwrap_or(ours.bg);
        let fg = o.text.unwrap_or(ours.fg);
        let accent = o.accent.unwrap_or(ours.accent);
        let on = o.accent_text.unwrap_or(ours.on_accent);
        contrast(fg, bg) >= 4.5 && contrast(on, accent) >= 4.5 && contrast(accent, bg) >= 3.0
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        /// Any colours: accepted exactly when the base pairs pass, and then every derived pair
        /// passes too, and the stylesheet differs from ours only in its colours.
        #[test]
        fn accepted_colours_make_a_palette_that_passes(light in any_overrides(), dark in any_overrides()) {
            let want_ok = base_passes(Scheme::Light, &light) && base_passes(Scheme::Dark, &dark);
            match decode_pair(&light, &dark) {
                Ok(c) => {
                    prop_assert!(want_ok);
                    prop_assert_eq!(c, Colors { light, dark });
                    prop_assert_eq!(failures(&palette(Scheme::Light, &light)), Vec::<String>::new());
                    prop_assert_eq!(failures(&palette(Scheme::Dark, &dark)), Vec::<String>::new());
                }
                Err(problems) => {
                    prop_assert!(!want_ok, "{:?}", problems);
                    for p in &problems {
                        // Every message names two colours and a ratio below its minimum.
                        let (_, message) = p.split_once(": #").unwrap();
                        let (_, ratio) = message.split_once(" is ").unwrap();
                        let (ratio, min) = ratio.split_once(":1, expected at least ").unwrap();
                        let min = min.strip_suffix(":1").unwrap();
                        prop_assert!(ratio.parse::<f64>().unwrap() < min.parse::<f64>().unwrap(), "{}", p);
                    }
                }
            }
        }

        /// Colours just over the thresholds, in either scheme.
        #[test]
        fn just_passing_colours_make_a_palette_that_passes(o in passing_overrides()) {
            let c = decode_pair(&o, &o);
            prop_assert_eq!(c, Ok(Colors { light: o, dark: o }));
            prop_assert_eq!(failures(&palette(Scheme::Light, &o)), Vec::<String>::new());
            prop_assert_eq!(failures(&palette(Scheme::Dark, &o)), Vec::<String>::new());
        }

        /// Whatever was accepted, the stylesheet is ours with other numbers: only the
        /// characters ours use, and the same text once the colours are taken out.
        #[test]
        fn the_stylesheet_holds_only_numbers(o in passing_overrides(), t in 0..3usize, f in 0..2usize) {
            const ALPHABET: &str = "abcdefghijklmnopqrstuvwxyz0123456789#-:;.,{}()!@ ";
            let (theme, font) = (Theme::NAMES[t].1, Font::NAMES[f].1);
            for colors in [Colors { light: o, dark: Overrides::default() }, Colors { light: o, dark: o }] {
                let css = stylesheet(&colors, theme, font);
                prop_assert!(css.chars().all(|c| ALPHABET.contains(c)), "{}", css);
                prop_assert_eq!(without_colours(&css), without_colours(&stylesheet(&Colors::default(), theme, font)));
            }
        }
    }
}
