//! bouton-3018: after a harassment report, an accessible modal that connects young people in
//! France with the 3018, aware of its opening hours.
//!
//! This file holds only the exported JS surface; decisions live in [`core`] (pure Rust, tested
//! natively), the DOM in `shell`. The surface and the shell exist on `wasm32` only, so that
//! `cargo test` runs the core natively.
#![deny(missing_docs)]

pub mod core;

/// `AssumeSingleThreaded` is sound here: wasm32-unknown-unknown without the `atomics` feature
/// has one thread (Cargo.toml says why this allocator).
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOC: lol_alloc::AssumeSingleThreaded<lol_alloc::FreeListAllocator> =
    unsafe { lol_alloc::AssumeSingleThreaded::new(lol_alloc::FreeListAllocator::new()) };

#[cfg(target_arch = "wasm32")]
mod shell;

#[cfg(target_arch = "wasm32")]
pub use api::{is_open, mount, Widget};

/// Test-only, not exported to JS: makes the widget's next view computation panic, so the browser
/// tests can check that a panic disables the widget without reaching the host page
/// (`tests/panic.rs`, `src/shell/panic.rs`).
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub fn __arm_test_panic() {
    shell::panic::arm_test_panic();
}

#[cfg(target_arch = "wasm32")]
mod api {
    use wasm_bindgen::prelude::*;

    use crate::core::config::instant_from_millis;
    use crate::core::helplines::MAIN;
    use crate::core::words::{quoted, quoted_list};
    use crate::core::Error;
    use crate::shell::js_value::{unreadable_config, unreadable_detail};
    use crate::shell::panic::{guard, guard_and_report, Failure};
    use crate::shell::Shell;

    // The real shapes `mount()` and `show()` accept (src/core/config.rs, helplines.rs,
    // schedule.rs, texts.rs): wasm-bindgen would otherwise type them `any`.
    #[wasm_bindgen(typescript_custom_section)]
    const TYPES: &str = r#"
/** A platform preset: which action it shows by default. */
export type Bouton3018Platform = "instagram" | "messenger" | "facebook" | "tiktok" | "generic";
/** The main control: `call`, `link` (never a call link), `both`, or `auto` (by device). */
export type Bouton3018Action = "call" | "link" | "both" | "auto";
/** The widget's language. */
export type Bouton3018Locale = "fr" | "en";
/** The colour scheme: the device's (`"auto"`), or always light or dark. */
export type Bouton3018Theme = "auto" | "light" | "dark";
/** The texts: the standard register, or the easy-to-read one. */
export type Bouton3018Register = "standard" | "easy";
/** The dialog's font: the system's UI font, or the host page's. */
export type Bouton3018Font = "system" | "inherit";
/** A hex colour, `#rgb` or `#rrggbb`. */
export type Bouton3018Hex = `#${string}`;
/** One scheme's colours; each pair is checked against WCAG's contrast ratios. */
export interface Bouton3018SchemeColors { accent?: Bouton3018Hex; accentText?: Bouton3018Hex; background?: Bouton3018Hex; text?: Bouton3018Hex; }
/** Who sent the report. */
export type Bouton3018Role = "victim" | "witness";
/** A day of a weekly schedule. */
export type Bouton3018Day = "mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun";
/** One interval: `"HH:MM"` local times; `close` after `open`, `"24:00"` and later mean the next day. */
export interface Bouton3018Hours { open: string; close: string; }
/** The same hours on the listed days. */
export interface Bouton3018WeeklyHours extends Bouton3018Hours { days: Bouton3018Day[]; }
/** A local date (`"YYYY-MM-DD"`) whose hours replace the weekly ones; `hours: []` closes it. */
export interface Bouton3018Exception { date: string; hours: Bouton3018Hours[]; }
/** Opening hours of a phone line or a chat. */
export interface Bouton3018Schedule { weekly: Bouton3018WeeklyHours[]; exceptions?: Bouton3018Exception[]; }
/**
 * A helpline or service: a built-in id (`"3018"`, `"3114"`, `"119"`, `"17"`, `"112"`, `"15"`,
 * `"114"`, `"minors-chat"`, `"pharos"`, `"take-it-down"`, `"cnil"`) overrides the given fields;
 * a new id adds one.
 */
export interface Bouton3018Helpline {
  id: string;
  name?: string;
  /** Digits a `tel:` link can dial; optional leading `+`, spaces allowed. */
  number?: string;
  /** Digits an `sms:` link can text, for SMS-only services such as the 114. */
  sms?: string;
  /** An `https:` URL. */
  url?: string;
  /** An `https:` URL of a live chat. */
  chatUrl?: string;
  /** An IANA zone compiled in, e.g. `"Europe/Paris"`. */
  timeZone?: string;
  schedule?: Bouton3018Schedule;
  chatSchedule?: Bouton3018Schedule;
  /** Further channels: `"deaf"` overrides the built-in one; a new id needs a name, a url or number, and a schedule. */
  channels?: Bouton3018Channel[];
}
/** A further channel of a helpline (e.g. access for deaf and hard-of-hearing people), with its own hours. */
export interface Bouton3018Channel {
  id: string;
  name?: string;
  /** An `https:` URL. */
  url?: string;
  /** Digits a `tel:` link can dial. */
  number?: string;
  /** In the helpline's time zone. */
  schedule?: Bouton3018Schedule;
}
/** The strings a platform may override (always rendered as text, never as HTML). */
export type Bouton3018TextKey =
  | "titleVictim" | "titleWitness" | "bodyVictim" | "bodyWitness" | "call" | "callHint" | "chat"
  | "site" | "numberCaption" | "statusOpen" | "statusAlwaysOpen" | "statusClosingSoon"
  | "statusClosed" | "statusClosedUnknown" | "localTime" | "announceOpen" | "announceClosed"
  | "today" | "tomorrow" | "onWeekday" | "onDate" | "weekdays" | "stepsTitle" | "stepEvidence"
  | "stepDontReply" | "stepBlock" | "stepTalk" | "alternativesClosed"
  | "alternativesClosedChat" | "alternativesOpen" | "reason3114" | "reason119" | "reasonEmergency" | "reason15"
  | "reason114" | "reasonMinorsChat" | "minorsChat" | "servicesTitle" | "reasonPharos" | "pharos"
  | "reasonTakeItDown" | "takeItDown" | "reasonCnil" | "cnil" | "callNumber" | "smsNumber"
  | "visitSite" | "channelsTitle" | "channelDeaf" | "qrCaption" | "qrAlt" | "close" | "missedCall"
  | "missedSms" | "copyNumber" | "copied" | "copySelected";
/** A report topic: picks the first contact, the steps and the services shown. */
export type Bouton3018Topic =
  | "harassment" | "bullying" | "hate" | "threats" | "sexual-harassment" | "sextortion" | "doxxing"
  | "impersonation" | "self-harm" | "child-abuse";
/** A topic's overridable strings, e.g. `"self-harm.bodyVictim"`. */
export type Bouton3018TopicTextKey =
  `${Bouton3018Topic}.${"titleVictim" | "titleWitness" | "bodyVictim" | "bodyWitness" | "callHint"}`;
/** A topic's step lists (the whole list: at most 10 steps; `[]` for none), e.g. `"sextortion.steps"`. */
export type Bouton3018TopicStepsKey = `${Bouton3018Topic}.${"steps" | "stepsWitness"}`;
/** The overrides for one locale: any subset of the keys. */
export type Bouton3018Texts =
  & { [K in Bouton3018TextKey | Bouton3018TopicTextKey]?: string }
  & { [K in Bouton3018TopicStepsKey]?: string[] };
/** The config of `mount()`; every field but `platform` is optional. */
export interface Bouton3018Config {
  platform: Bouton3018Platform;
  action?: Bouton3018Action;
  /** Default `"fr"`. */
  locale?: Bouton3018Locale;
  /** Report categories that open the widget. */
  categories?: string[];
  texts?: { fr?: Bouton3018Texts; en?: Bouton3018Texts; };
  helplines?: Bouton3018Helpline[];
  /** Event listened for on `document` (default `"bouton3018:report"`); `false`: none. */
  trigger?: string | false;
  /** Whether this device can place phone calls; detected when absent. */
  canCall?: boolean;
  /** The clock starts at this instant (ms since the epoch, or ISO 8601 with an offset) and runs. */
  now?: number | string;
  /** CSS selector focused on close when the element focused before is gone. */
  returnFocus?: string;
  /** The platform's own category names mapped to topics; a category named as a topic needs none. */
  topics?: { [category: string]: Bouton3018Topic };
  /**
   * Hybrid apps (docs/hybrid-apps.md): called with a call link's `href` (`"tel:3018"`) after
   * `bouton3018:action`, instead of the browser following the link. Read at each tap.
   */
  dial?: (href: string) => void;
  /** Default `"auto"`. */
  theme?: Bouton3018Theme;
  /** The platform's colours, light and dark; hex only; a pair under WCAG's ratio is rejected. */
  colors?: { light?: Bouton3018SchemeColors; dark?: Bouton3018SchemeColors; };
  /** Default `"system"`. */
  font?: Bouton3018Font;
  /** `"standard"` (default) or `"easy"`: easy-to-read texts, for younger children and readers with learning disabilities. */
  register?: Bouton3018Register;
}
/** The `detail` of the report event, and the argument of `Widget.show()`. */
export interface Bouton3018ReportDetail { category?: string; role?: Bouton3018Role; }
"#;

    /// A mounted widget: an opaque handle to state that lives in Rust.
    ///
    /// Every method is safe to call at any time, including from inside the widget's own event
    /// listeners; after [`Widget::destroy`] they all do nothing.
    #[wasm_bindgen]
    pub struct Widget {
        shell: Shell,
    }

    /// Mounts a widget: validates `config` (the error names every bad field), adds a closed
    /// dialog to the page and listens for `config.trigger` on `document`.
    ///
    /// About `config.now`: the widget's clock **starts** at that instant and then runs (it is
    /// `now + (Date.now() - mount time)`), so a demo set to 22:59:50 sees the line close ten
    /// seconds later. Without it, the clock is `Date.now()`.
    #[wasm_bindgen]
    ///
    /// `easy`: the easy register's texts (the `easy` export of `js/texts.<locale>-easy.js`),
    /// which `js/index.js` and the script tag load for `register: "easy"`; validated as a
    /// platform's `texts` overrides are, and laid under them.
    pub fn mount(
        #[wasm_bindgen(unchecked_param_type = "Bouton3018Config")] config: JsValue,
        #[wasm_bindgen(unchecked_optional_param_type = "Bouton3018Texts")] easy: JsValue,
    ) -> Result<Widget, JsError> {
        guard(|| Shell::mount(config, easy))
            .unwrap_or_else(|f| Err(unread(f, unreadable_config)))
            .map(|shell| Widget { shell })
    }

    /// The error of an entry point whose body did not complete: the widget is disabled, or a
    /// hostile getter or `Proxy` in its argument threw while it was read (src/shell/panic.rs);
    /// `unreadable` words the latter (`js_value::unreadable_config` or `unreadable_detail`).
    fn unread(failure: Failure, unreadable: fn(JsValue) -> Error) -> JsError {
        match failure {
            Failure::Disabled => JsError::new(&failure.message()),
            Failure::Threw(thrown) => JsError::new(&unreadable(thrown).message()),
        }
    }

    /// Whether the main line's phone (the 3018, or what `config.helplines` makes of it) is open at
    /// `instantMs` (milliseconds since the epoch), by the same engine the widget shows. The
    /// config is validated as by `mount()` (same errors); nothing is added to the page. For
    /// platforms that want to word their own report flow by the hours, and for tests.
    #[wasm_bindgen(js_name = isOpen)]
    pub fn is_open(
        #[wasm_bindgen(unchecked_param_type = "Bouton3018Config")] config: JsValue,
        #[wasm_bindgen(js_name = instantMs)] instant_ms: f64,
    ) -> Result<bool, JsError> {
        guard(|| {
            let config = crate::shell::js_value::config(&config).map_err(|e| JsError::new(&e.message()))?;
            let instant = instant_from_millis(instant_ms).ok_or_else(|| {
                // JS's own number text: Rust's float formatting would cost ~9 KB gz of wasm.
                let shown = String::from(js_sys::Number::from(instant_ms).to_string_with_radix(10).unwrap_or_default());
                JsError::new(
                    &[
                        "bouton-3018: isOpen: expected instantMs, milliseconds since the epoch within the range of Date \
                         (±8.64e15), got ",
                        &shown,
                    ]
                    .concat(),
                )
            })?;
            let main = config.helpline(MAIN).expect("the main helpline is built in and can only be overridden");
            Ok(main.schedule.is_open(instant))
        })
        .unwrap_or_else(|f| Err(unread(f, unreadable_config)))
    }

    #[wasm_bindgen]
    impl Widget {
        /// Opens the dialog now, whatever the category (`undefined`: a victim's report). Does
        /// nothing if it is already open. Rejects an invalid detail.
        pub fn show(
            &self,
            #[wasm_bindgen(unchecked_optional_param_type = "Bouton3018ReportDetail")] detail: JsValue,
        ) -> Result<(), JsError> {
            // Once disabled by a panic: nothing (the host was told by `bouton3018:error`).
            match guard(|| self.shell.show(detail)) {
                Ok(result) => result,
                Err(Failure::Disabled) => Ok(()),
                Err(failure) => Err(unread(failure, unreadable_detail)),
            }
        }

        /// Switches the theme (`"auto"`, `"light"`, `"dark"`) while mounted, open or not, with
        /// no re-render and no focus change. Rejects any other value, naming it.
        #[wasm_bindgen(js_name = setTheme)]
        pub fn set_theme(
            &self,
            #[wasm_bindgen(unchecked_param_type = "Bouton3018Theme")] theme: JsValue,
        ) -> Result<(), JsError> {
            let names = crate::core::theme::Theme::NAMES;
            let chosen = theme.as_string().and_then(|t| names.iter().find(|(n, _)| *n == t).map(|(_, t)| *t));
            let Some(chosen) = chosen else {
                let got = theme.as_string().map_or_else(|| "a value that is not a string".to_owned(), |t| quoted(&t));
                return Err(JsError::new(
                    &[
                        "bouton-3018: setTheme: expected one of ",
                        &quoted_list(names.iter().map(|(n, _)| *n)),
                        ", got ",
                        &got,
                    ]
                    .concat(),
                ));
            };
            // No host code runs in it; once disabled by a panic, nothing (the host was told).
            let _ = guard(|| self.shell.set_theme(chosen));
            Ok(())
        }

        /// Closes the dialog (`bouton3018:close` with `via: "api"`) and returns focus.
        pub fn close(&self) {
            guard_and_report(|| self.shell.close());
        }

        /// Closes the dialog if open (`via: "api"`), then removes every node, listener and timer.
        pub fn destroy(&self) {
            guard_and_report(|| self.shell.destroy());
        }
    }
}
