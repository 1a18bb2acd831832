//! The theme: which colour scheme the dialog shows, its font, the platform's colours
//! (validated), the palette derived from them, and the theme stylesheet written from it.
//!
//! A platform may set, per scheme, four base colours: `accent`, `accentText`, `background`,
//! `text` (`#rgb` or `#rrggbb` only). Those it can see and choose are **checked**, and a pair that
//! fails WCAG 2.x is rejected with the config's other problems ([`decode_colors`]): `text` on
//! `background` at least 4.5:1, `accentText` on `accent` at least 4.5:1 (both text, 1.4.3), and
//! `accent` against `background` at least 3:1 (borders and the focus ring, 1.4.11).
//!
//! Every other colour the dialog draws is **derived** ([`palette`]). With no override, the
//! palette is ours ([`LIGHT`], [`DARK`]), hand-tuned, unchanged. Otherwise a dependent colour
//! whose inputs changed is derived again from the platform's base colours, and every dependent
//! colour is then moved, step by step, until each pair the dialog draws meets WCAG:
//! - `surface` (rungs, channels, the number, the close control): `text` mixed 6 % into
//!   `background`, moved back toward `background` until `text` on it is at least 4.5:1 and
//!   `accent` against it at least 3:1 (the rungs hold accent-bordered buttons and the focus
//!   ring); `background` itself passes both, as checked.
//! - `link` (the text of the outlined buttons, on `background` and on `surface`): `accent` if it
//!   is at least 4.5:1 on both, else `text`, which is.
//! - `muted` (a channel's status line): `text` mixed 20 % toward `background`, moved back
//!   toward `text` until at least 4.5:1 on `background` and on `surface`.
//! - `border` (the close control's): `text` mixed 40 % toward `background`, moved back toward
//!   `text` until at least 3:1 against `background` and `surface`.
//! - `accent_hover`: `accent` mixed 20 % toward `text`, moved back toward `accent` until
//!   `accentText` on it is at least 4.5:1; `focus` is `accent`; `on_accent` is `accentText`.
//! - the status pills (open, closing soon, closed): the pill is our status hue (`LIGHT`'s or
//!   `DARK`'s `*_fg`) mixed 88 % into `background`; its text is the hue moved toward black or
//!   white, whichever contrasts more with the pill, until at least 4.5:1 on it. This always ends:
//!   every colour is at least 4.58:1 against black or against white (the worst is a luminance
//!   of √0.0525 − 0.05 ≈ 0.179, at (0.179 + 0.05) / 0.05 = 1.05 / 0.229 ≈ 4.58).
//!
//! Each move ends, at worst, on a colour that passes (the background, the text, the accent,
//! black or white), so a palette built from accepted colours always passes; the tests check
//! every pair over random accepted colours.
//!
//! Why the derived colours are adjusted rather than rejected: the platform cannot set them. An
//! error about the hover shade or the closed pill would be one it could only act on by guessing
//! at its base colours; moving our colour is always possible, and keeps the dialog legible.
//!
//! Only parsed numbers reach the stylesheet ([`Rgb::hex`]), never a config string: a string in
//! CSS could make the page fetch an address (`url(…)`), a privacy leak.

use crate::core::color::{contrast, ratio_text, Rgb, BLACK, WHITE};
use crate::core::error::Problems;
use crate::core::value::{expected, join, Obj, Value};

/// Which colour scheme the dialog shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// The device's (`prefers-color-scheme`): light, or dark when the user asks for it (default).
    #[default]
    Auto,
    /// Always light, as a light-only platform needs.
    Light,
    /// Always dark, as a dark-only platform needs.
    Dark,
}

impl Theme {
    /// The names the config accepts.
    pub const NAMES: &'static [(&'static str, Theme)] =
        &[("auto", Theme::Auto), ("light", Theme::Light), ("dark", Theme::Dark)];
}

/// The dialog's font.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Font {
    /// The system's UI font stack, as the base stylesheet sets it (default).
    #[default]
    System,
    /// The host page's font, so the dialog looks like the platform's own.
    Inherit,
}

impl Font {
    /// The names the config accepts.
    pub const NAMES: &'static [(&'static str, Font)] = &[("system", Font::System), ("inherit", Font::Inherit)];
}

/// One of the two colour schemes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scheme {
    /// Dark text on a light background.
    Light,
    /// Light text on a dark background.
    Dark,
}

/// The platform's base colours for one scheme (None: ours).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Overrides {
    /// Buttons, borders of the outlined ones, the focus ring (`accent`).
    pub accent: Option<Rgb>,
    /// Text on the accent (`accentText`).
    pub accent_text: Option<Rgb>,
    /// The dialog's background (`background`).
    pub background: Option<Rgb>,
    /// The dialog's text (`text`).
    pub text: Option<Rgb>,
}

/// The platform's colours, per scheme.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Colors {
    /// The light scheme's (`colors.light`).
    pub light: Overrides,
    /// The dark scheme's (`colors.dark`).
    pub dark: Overrides,
}

impl Colors {
    /// The overrides of `scheme`.
    pub fn get(&self, scheme: Scheme) -> &Overrides {
        match scheme {
            Scheme::Light => &self.light,
            Scheme::Dark => &self.dark,
        }
    }
}

/// Every colour the stylesheet uses, for one scheme.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Palette {
    /// The dialog's background (`--bg`).
    pub bg: Rgb,
    /// The dialog's text (`--fg`).
    pub fg: Rgb,
    /// Secondary text, a channel's status line (`--muted`).
    pub muted: Rgb,
    /// Cards on the background: rungs, channels, the number, the close control (`--surface`).
    pub surface: Rgb,
    /// The close control's border (`--border`).
    pub border: Rgb,
    /// The main button, the outlined buttons' border (`--accent`).
    pub accent: Rgb,
    /// The main button under the pointer (`--accent-hover`).
    pub accent_hover: Rgb,
    /// Text on the accent (`--on-accent`).
    pub on_accent: Rgb,
    /// The focus ring (`--focus`).
    pub focus: Rgb,
    /// The outlined buttons' text (`--link`).
    pub link: Rgb,
    /// The "open" pill's background (`--open-bg`).
    pub open_bg: Rgb,
    /// The "open" pill's text (`--open-fg`).
    pub open_fg: Rgb,
    /// The "closing soon" pill's background (`--soon-bg`).
    pub soon_bg: Rgb,
    /// The "closing soon" pill's text (`--soon-fg`).
    pub soon_fg: Rgb,
    /// The "closed" pill's background (`--closed-bg`).
    pub closed_bg: Rgb,
    /// The "closed" pill's text (`--closed-fg`).
    pub closed_fg: Rgb,
}

/// Our light scheme: the values src/shell/style.css has always had.
pub const LIGHT: Palette = Palette {
    bg: Rgb(0xff, 0xff, 0xff),
    fg: Rgb(0x1b, 0x1b, 0x1f),
    muted: Rgb(0x45, 0x45, 0x4f),
    surface: Rgb(0xf1, 0xf2, 0xf6),
    border: Rgb(0x6b, 0x6b, 0x76),
    accent: Rgb(0x0b, 0x57, 0xd0),
    accent_hover: Rgb(0x08, 0x42, 0xa0),
    on_accent: Rgb(0xff, 0xff, 0xff),
    focus: Rgb(0x0b, 0x57, 0xd0),
    link: Rgb(0x0b, 0x57, 0xd0),
    open_bg: Rgb(0xe3, 0xf4, 0xe8),
    open_fg: Rgb(0x0b, 0x53, 0x23),
    soon_bg: Rgb(0xff, 0xf1, 0xcc),
    soon_fg: Rgb(0x65, 0x3f, 0x00),
    closed_bg: Rgb(0xfd, 0xe8, 0xe6),
    closed_fg: Rgb(0x8c, 0x1d, 0x18),
};

/// Our dark scheme: the values src/shell/style.css has always had.
pub const DARK: Palette = Palette {
    bg: Rgb(0x1d, 0x1d, 0x22),
    fg: Rgb(0xf1, 0xf1, 0xf4),
    muted: Rgb(0xc4, 0xc4, 0xce),
    surface: Rgb(0x2b, 0x2b, 0x32),
    border: Rgb(0x9a, 0x9a, 0xa6),
    accent: Rgb(0xa8, 0xc7, 0xfa),
    accent_hover: Rgb(0xc2, 0xd7, 0xfb),
    on_accent: Rgb(0x06, 0x2e, 0x6f),
    focus: Rgb(0xa8, 0xc7, 0xfa),
    link: Rgb(0xa8, 0xc7, 0xfa),
    open_bg: Rgb(0x10, 0x3d, 0x20),
    open_fg: Rgb(0xb7, 0xf0, 0xc6),
    soon_bg: Rgb(0x47, 0x30, 0x00),
    soon_fg: Rgb(0xff, 0xe0, 0x8a),
    closed_bg: Rgb(0x4a, 0x16, 0x13),
    closed_fg: Rgb(0xff, 0xcd, 0xc8),
};

/// WCAG 1.4.3 (AA): text against its background.
const TEXT: f64 = 4.5;
/// WCAG 1.4.11: borders and the focus ring against what is next to them.
const NON_TEXT: f64 = 3.0;
/// How much text goes into the background to make `surface` (ours: ~6 %).
const SURFACE_MIX: f64 = 0.06;
/// How far `muted` starts from the text toward the background (ours: ~18–21 %).
const MUTED_MIX: f64 = 0.2;
/// How far `border` starts from the text toward the background (ours: ~35–41 %).
const BORDER_MIX: f64 = 0.4;
/// How far `accent_hover` starts from the accent toward the text.
const HOVER_MIX: f64 = 0.2;
/// How much of the background a status pill is (the rest: its hue).
const PILL_MIX: f64 = 0.88;
/// The steps of a move from a colour to the one that passes (2.5 % each).
const STEPS: u32 = 40;

/// Ours for `scheme`.
fn ours(scheme: Scheme) -> &'static Palette {
    match scheme {
        Scheme::Light => &LIGHT,
        Scheme::Dark => &DARK,
    }
}

// ---------------------------------------------------------------------------------------------
// Validation.

/// The schemes `colors` may have.
const SCHEMES: &[&str] = &["light", "dark"];
/// The fields a scheme may have.
const FIELDS: &[&str] = &["accent", "accentText", "background", "text"];

/// The pairs the platform chooses both colours of: (foreground, background, minimum, as
/// written in the message).
const PAIRS: &[(&str, &str, f64, &str)] = &[
    ("text", "background", TEXT, "4.5:1"),
    ("accentText", "accent", TEXT, "4.5:1"),
    ("accent", "background", NON_TEXT, "3:1"),
];

/// Decodes and validates `colors` (the value at `path`, normally "colors"): unknown keys at both
/// levels, non-hex values and every failing contrast pair are problems; `None` if any problem.
///
/// Per scheme, its shape first (unknown fields, values that are not hex colours), then, if
/// every value it gives is a colour, its pairs on the merged base colours (the platform's where
/// given, ours elsewhere). A failing pair is reported under its foreground's field if the
/// platform set it, else under the other's (ours pass, so it set one of the two).
pub(crate) fn decode_colors(v: &Value, path: &str, p: &mut Problems) -> Option<Colors> {
    let before = p.0.len();
    let o = Obj::new(v, path, SCHEMES, p)?;
    let mut colors = Colors::default();
    for (name, scheme) in [("light", Scheme::Light), ("dark", Scheme::Dark)] {
        let Some((v, path)) = o.get(name) else { continue };
        let Some(overrides) = decode_overrides(v, &path, p) else { continue };
        check_pairs(scheme, &overrides, &path, p);
        match scheme {
            Scheme::Light => colors.light = overrides,
            Scheme::Dark => colors.dark = overrides,
        }
    }
    (p.0.len() == before).then_some(colors)
}

/// One scheme's object; `None` if it is not an object or a value is not a colour (its pairs
/// are then not checked: one of their colours is unknown).
fn decode_overrides(v: &Value, path: &str, p: &mut Problems) -> Option<Overrides> {
    let o = Obj::new(v, path, FIELDS, p)?;
    let mut all_read = true;
    let mut colour = |key: &str| {
        let (v, path) = o.get(key)?;
        let rgb = match v {
            Value::String(s) => Rgb::parse(s),
            _ => None,
        };
        if rgb.is_none() {
            p.push(path, expected(r##"a hex colour, "#rgb" or "#rrggbb" such as "#0b57d0""##, v));
            all_read = false;
        }
        rgb
    };
    let overrides = Overrides {
        accent: colour("accent"),
        accent_text: colour("accentText"),
        background: colour("background"),
        text: colour("text"),
    };
    all_read.then_some(overrides)
}

/// The platform's value of a field (`None`: not set) and the merged one.
fn field(o: &Overrides, ours: &Palette, key: &str) -> (Option<Rgb>, Rgb) {
    let (set, our) = match key {
        "accent" => (o.accent, ours.accent),
        "accentText" => (o.accent_text, ours.on_accent),
        "background" => (o.background, ours.bg),
        _ => (o.text, ours.fg),
    };
    (set, set.unwrap_or(our))
}

/// Every failing pair of one scheme, under `path.<field>`.
fn check_pairs(scheme: Scheme, o: &Overrides, path: &str, p: &mut Problems) {
    let ours = ours(scheme);
    for &(fg_key, bg_key, min, min_text) in PAIRS {
        let ((fg_set, fg), (bg_set, bg)) = (field(o, ours, fg_key), field(o, ours, bg_key));
        if fg_set.is_none() && bg_set.is_none() {
            continue; // Ours, which pass (tested).
        }
        let ratio = contrast(fg, bg);
        if ratio < min {
            let blamed = if fg_set.is_some() { fg_key } else { bg_key };
            p.push(
                join(path, blamed),
                [&fg.hex(), " on ", &bg.hex(), " is ", &ratio_text(ratio), ", expected at least ", min_text].concat(),
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Derivation.

/// The first of `from` moved toward `to` by 0, 1/STEPS, 2/STEPS… whose contrast with each colour
/// of `needs` reaches its ratio; `to` if none does (the callers' `to` passes whenever the base
/// colours do). Data, not a closure: one copy of the loop in the wasm, not one per caller.
fn toward(from: Rgb, to: Rgb, needs: &[(Rgb, f64)]) -> Rgb {
    (0..=STEPS)
        .map(|i| from.mix(to, f64::from(i) / f64::from(STEPS)))
        .find(|c| needs.iter().all(|&(other, min)| contrast(*c, other) >= min))
        .unwrap_or(to)
}

/// A status pill on `bg`: its background and its text, from our hue.
fn pill(hue: Rgb, bg: Rgb) -> (Rgb, Rgb) {
    let pill_bg = hue.mix(bg, PILL_MIX);
    let end = if contrast(BLACK, pill_bg) >= contrast(WHITE, pill_bg) { BLACK } else { WHITE };
    (pill_bg, toward(hue, end, &[(pill_bg, TEXT)]))
}

/// Every colour of `scheme` from the platform's base colours (the rules are at the top of this
/// module). For base colours [`decode_colors`] accepted, every pair the dialog draws passes.
pub fn palette(scheme: Scheme, o: &Overrides) -> Palette {
    let ours = *ours(scheme);
    let bg = o.background.unwrap_or(ours.bg);
    let fg = o.text.unwrap_or(ours.fg);
    let accent = o.accent.unwrap_or(ours.accent);
    let on_accent = o.accent_text.unwrap_or(ours.on_accent);
    if (bg, fg, accent, on_accent) == (ours.bg, ours.fg, ours.accent, ours.on_accent) {
        return ours;
    }
    let page = bg != ours.bg || fg != ours.fg;
    let start = |derive: bool, mixed: Rgb, our: Rgb| if derive { mixed } else { our };

    let surface = start(page, bg.mix(fg, SURFACE_MIX), ours.surface);
    let surface = toward(surface, bg, &[(fg, TEXT), (accent, NON_TEXT)]);
    let link = if contrast(accent, bg) >= TEXT && contrast(accent, surface) >= TEXT { accent } else { fg };
    let muted = start(page, fg.mix(bg, MUTED_MIX), ours.muted);
    let muted = toward(muted, fg, &[(bg, TEXT), (surface, TEXT)]);
    let border = start(page, fg.mix(bg, BORDER_MIX), ours.border);
    let border = toward(border, fg, &[(bg, NON_TEXT), (surface, NON_TEXT)]);
    let hover = start(accent != ours.accent || fg != ours.fg, accent.mix(fg, HOVER_MIX), ours.accent_hover);
    let accent_hover = toward(hover, accent, &[(on_accent, TEXT)]);
    let status = |our_bg: Rgb, hue: Rgb| if bg == ours.bg { (our_bg, hue) } else { pill(hue, bg) };
    let (open_bg, open_fg) = status(ours.open_bg, ours.open_fg);
    let (soon_bg, soon_fg) = status(ours.soon_bg, ours.soon_fg);
    let (closed_bg, closed_fg) = status(ours.closed_bg, ours.closed_fg);

    Palette {
        bg,
        fg,
        muted,
        surface,
        border,
        accent,
        accent_hover,
        on_accent,
        focus: accent,
        link,
        open_bg,
        open_fg,
        soon_bg,
        soon_fg,
        closed_bg,
        closed_fg,
    }
}

// ---------------------------------------------------------------------------------------------
// The stylesheet.

impl Palette {
    /// Its custom properties, in the stylesheet's order.
    fn vars(&self) -> [(&'static str, Rgb); 16] {
        [
            ("--bg", self.bg),
            ("--fg", self.fg),
            ("--muted", self.muted),
            ("--surface", self.surface),
            ("--border", self.border),
            ("--accent", self.accent),
            ("--accent-hover", self.accent_hover),
            ("--on-accent", self.on_accent),
            ("--focus", self.focus),
            ("--link", self.link),
            ("--open-bg", self.open_bg),
            ("--open-fg", self.open_fg),
            ("--soon-bg", self.soon_bg),
            ("--soon-fg", self.soon_fg),
            ("--closed-bg", self.closed_bg),
            ("--closed-fg", self.closed_fg),
        ]
    }

    /// `--bg:#ffffff;--fg:…;--closed-fg:#8c1d18`: the declarations, from numbers only.
    fn declarations(&self) -> String {
        let mut out = String::with_capacity(16 * 20);
        for (i, (name, rgb)) in self.vars().into_iter().enumerate() {
            if i > 0 {
                out.push(';');
            }
            out.push_str(name);
            out.push(':');
            out.push_str(&rgb.hex());
        }
        out
    }
}

/// The light scheme's shadow, after its declarations. The base stylesheet's dark media query
/// sets the dark one; a light theme on a dark device must set this one back.
const LIGHT_SHADOW: &str = ";box-shadow:0 .5em 2em rgba(0,0,0,.3)}dialog::backdrop{background:rgba(12,12,20,.6)}";
/// The dark scheme's shadow, after its declarations: deeper, as a dark page needs.
const DARK_SHADOW: &str = ";box-shadow:0 .5em 2em rgba(0,0,0,.6)}dialog::backdrop{background:rgba(0,0,0,.7)}";
/// The host page's font. The base stylesheet's `:host { all: initial !important }` cuts
/// inheritance and its `dialog` sets the system stack: this sheet, adopted after it, wins both.
const INHERIT_FONT: &str = ":host{font-family:inherit!important}dialog{font-family:inherit}";

/// The theme stylesheet: every colour custom property, `color-scheme`, the dark scheme's shadow
/// and backdrop, and the font rule.
///
/// Minified, and written from [`palette`]'s numbers only ([`Rgb::hex`]): nothing of the
/// config's text is in it. Adopted after the base stylesheet (src/shell/style.css), which it
/// overrides at the same specificity. A light theme also sets the light shadow and backdrop
/// back: the base stylesheet's `prefers-color-scheme: dark` query would darken them.
pub fn stylesheet(colors: &Colors, theme: Theme, font: Font) -> String {
    let light = || palette(Scheme::Light, &colors.light).declarations();
    let dark = || palette(Scheme::Dark, &colors.dark).declarations();
    let mut css = match theme {
        Theme::Light => ["dialog{color-scheme:light;", &light(), LIGHT_SHADOW].concat(),
        Theme::Dark => ["dialog{color-scheme:dark;", &dark(), DARK_SHADOW].concat(),
        Theme::Auto => [
            "dialog{color-scheme:light dark;",
            &light(),
            "}@media (prefers-color-scheme:dark){dialog{",
            &dark(),
            DARK_SHADOW,
            "}",
        ]
        .concat(),
    };
    if font == Font::Inherit {
        css.push_str(INHERIT_FONT);
    }
    css
}

#[cfg(test)]
mod tests;
