//! The view model: one pure function from *(config, instant, device facts)* to "what to show".
//!
//! The shell renders a [`View`] as it is; every decision (which action, which status text,
//! which alternatives, when to recompute) is taken here.

use crate::core::config::{Action as ActionMode, Config, Locale, Role};
use crate::core::schedule::Instant;

/// What the shell knows about the device; the core cannot find out by itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DeviceFacts {
    /// Whether this device can place a phone call (config `canCall`, else detected by the shell).
    pub can_call: bool,
    /// The device's offset from UTC in minutes, east positive (`-Date#getTimezoneOffset()`),
    /// at the instant the view is computed. `None` when unknown: no local time is shown.
    pub utc_offset_minutes: Option<i32>,
}

/// What kind of thing an action is; also the `detail.kind` of the `bouton3018:action` event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionKind {
    /// A `tel:` link to the main helpline.
    Call,
    /// A link to the main helpline's live chat (only while the chat is open).
    Chat,
    /// A link to the main helpline's site.
    Link,
    /// A link to one of the alternatives (3114, 119, 17, 112...).
    Fallback,
}

impl ActionKind {
    /// The name used in events and `data-` attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            ActionKind::Call => "call",
            ActionKind::Chat => "chat",
            ActionKind::Link => "link",
            ActionKind::Fallback => "fallback",
        }
    }
}

/// One control the user can activate: always a real link (`tel:` or `https:`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionView {
    /// For events: call, chat, link or fallback.
    pub kind: ActionKind,
    /// The helpline id (`"3018"`, `"3114"`...), reported in `bouton3018:action`.
    pub helpline: String,
    /// `tel:3018` or an `https:` URL; validated by the config, safe to put in `href`.
    pub href: String,
    /// The visible text; it is also the accessible name (WCAG 2.5.3).
    pub label: String,
    /// A short second line under the label (e.g. "Gratuit, anonyme et confidentiel"), if any.
    pub hint: Option<String>,
    /// `https:` links open in a new tab (the report flow stays where it is).
    pub new_tab: bool,
}

/// The main helpline's state, as a tone the shell can style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StatusTone {
    /// Open, and not closing within the "closing soon" window.
    Open,
    /// Open, closing within 30 minutes.
    ClosingSoon,
    /// Closed.
    Closed,
}

/// The status line: "Ouvert jusqu'à 23 h" / "Fermé — rouvre demain à 9 h, dans 9 h 30 min".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StatusView {
    /// Whether the main helpline's phone line is open now.
    pub open: bool,
    /// For styling.
    pub tone: StatusTone,
    /// The full sentence, local device time included when the device is not on the helpline's
    /// time zone.
    pub text: String,
    /// A short sentence for the polite live region, announced only when `open` flips while the
    /// dialog is showing ("Le 3018 est maintenant ouvert.").
    pub announcement: String,
}

/// The number shown large when the device cannot call (mode `auto` on a desktop).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberView {
    /// The digits as dialled ("3018").
    pub number: String,
    /// The caption beside it ("Appelle le 3018 depuis un téléphone").
    pub caption: String,
}

/// One rung of the alternatives ladder: a one-line reason and the numbers for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlternativeView {
    /// "Si tu penses à te faire du mal" — when to use these numbers.
    pub reason: String,
    /// A `tel:` link per number — on a computer too: phone-link apps (Windows Phone Link,
    /// macOS Continuity) dial it, and "Appeler le 3114" tells the number either way — plus the
    /// helpline's site when the device cannot call.
    pub actions: Vec<ActionView>,
}

/// A further channel of the main helpline (deaf access...), with its own state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChannelView {
    /// Its name.
    pub label: String,
    /// Open now?
    pub open: bool,
    /// "Ouvert maintenant, jusqu'à 17 h 30" / "Fermé pour le moment — rouvre lundi à 9 h…".
    pub status: String,
    /// The link or call, only while open.
    pub action: Option<ActionView>,
}

/// The QR hand-off shown on devices that cannot call.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrHandoff {
    /// The code (encodes `tel:3018`), with its text alternative.
    pub code: crate::core::qr::QrView,
    /// The caption beside it.
    pub caption: String,
}

/// Everything the modal shows, in reading order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    /// `lang` for the widget root.
    pub lang: &'static str,
    /// The dialog's title; the dialog's accessible name.
    pub title: String,
    /// One or two sentences under the title (role-specific).
    pub body: String,
    /// The main helpline's status line.
    pub status: StatusView,
    /// The main action, if any (absent, not disabled, when the line is closed in call mode).
    pub primary: Option<ActionView>,
    /// Further actions (site link, chat link...).
    pub secondary: Vec<ActionView>,
    /// The number shown large (device cannot call, `auto` mode).
    pub number: Option<NumberView>,
    /// The QR code of `tel:3018` (device cannot call, line open, a calling mode).
    pub qr: Option<QrHandoff>,
    /// Title of `channels`, `None` when there are none.
    pub channels_title: Option<String>,
    /// Further channels of the main helpline, each with its own open/closed state.
    pub channels: Vec<ChannelView>,
    /// "Ce que tu peux faire maintenant".
    pub steps_title: String,
    /// The concrete steps.
    pub steps: Vec<String>,
    /// Title of the alternatives ladder ("Disponibles 24 h/24" when closed), `None` when empty.
    pub alternatives_title: Option<String>,
    /// The ladder: full when the main line is closed, emergency numbers only when open.
    pub alternatives: Vec<AlternativeView>,
    /// Whether the ladder comes right after the actions (the main line is closed: the numbers
    /// that answer now matter more than the steps), rather than last.
    pub alternatives_first: bool,
    /// The close button's text ("Fermer").
    pub close_label: String,
    /// When the view must be recomputed (status text or open/closed changes), if ever.
    pub recompute_at: Option<Instant>,
}

/// Derived from the config, for a report `role`; see the module docs.
pub fn view(config: &Config, role: Role, now: Instant, device: &DeviceFacts) -> View {
    build::build(config, role, now, device)
}

/// "Closing soon" starts this many minutes before the close.
const CLOSING_SOON_MINUTES: i64 = 30;

mod build {
    use chrono::{Datelike, Duration, FixedOffset, Timelike};

    use super::*;
    use crate::core::helplines::{DEAF_CHANNEL, MAIN};
    use crate::core::texts::{fill, Texts};

    pub(super) fn build(c: &Config, role: Role, now: Instant, device: &DeviceFacts) -> View {
        let t = &c.texts;
        let main = c.helpline(MAIN).expect("the main helpline is always present");
        let phone_open = main.schedule.is_open(now);
        let chat_open = main.chat_url.is_some() && main.chat_schedule.is_open(now);
        let phone_change = main.schedule.next_change(now);
        let chat_change = if main.chat_url.is_some() { main.chat_schedule.next_change(now) } else { None };

        let en = c.locale == Locale::En;
        let zone = main.schedule.zone();
        let status = status_of(t, en, zone, phone_open, phone_change, now, device);

        // Which controls: the action mode, then what is open.
        let mode = match c.action {
            ActionMode::Auto if device.can_call => ActionMode::Both,
            other => other,
        };
        let call = (phone_open && !matches!(mode, ActionMode::Link | ActionMode::Auto))
            .then(|| main.tel_href())
            .flatten()
            .map(|href| ActionView {
                kind: ActionKind::Call,
                helpline: main.id.clone(),
                href,
                label: fill(&t.call, &[("number", main.number.as_deref().unwrap_or_default())]),
                hint: Some(t.call_hint.clone()),
                new_tab: false,
            });
        let web = match (chat_open, &main.chat_url, &main.url) {
            (true, Some(chat), _) => Some((ActionKind::Chat, chat.clone(), t.chat.clone())),
            (_, _, Some(url)) => Some((ActionKind::Link, url.clone(), t.site.clone())),
            _ => None,
        }
        .map(|(kind, href, label)| ActionView {
            kind,
            helpline: main.id.clone(),
            href,
            label,
            hint: None,
            new_tab: true,
        });

        let number = (mode == ActionMode::Auto && phone_open)
            .then(|| main.number.clone())
            .flatten()
            .map(|n| NumberView { caption: fill(&t.number_caption, &[("number", &n)]), number: n });

        let (primary, secondary) = match (call, web) {
            (Some(call), web) => (Some(call), web.into_iter().collect()),
            (None, web) => (web, Vec::new()),
        };

        let (alternatives_title, alternatives) = alternatives(c, t, phone_open, now, device);

        // Desktop hand-off: a QR code of the number, for the phone in the user's pocket.
        let qr = (!device.can_call && phone_open && mode != ActionMode::Link)
            .then_some(main.number.as_deref())
            .flatten()
            .and_then(|n| {
                let code =
                    crate::core::qr::encode(&format!("tel:{}", n.replace(' ', "")), fill(&t.qr_alt, &[("number", n)]))?;
                Some(QrHandoff { code, caption: fill(&t.qr_caption, &[("number", n)]) })
            });

        let mut channel_changes = Vec::new();
        let channels: Vec<ChannelView> = main
            .channels
            .iter()
            .map(|ch| {
                let open = ch.schedule.is_open(now);
                let change = ch.schedule.next_change(now);
                channel_changes.extend(change);
                let label = ch.name.clone().unwrap_or_else(|| {
                    if ch.id == DEAF_CHANNEL {
                        t.channel_deaf.clone()
                    } else {
                        ch.id.clone()
                    }
                });
                let action = open
                    .then(|| match (&ch.url, &ch.number) {
                        (Some(url), _) => Some((ActionKind::Link, url.clone(), true)),
                        (None, Some(n)) => Some((ActionKind::Call, format!("tel:{}", n.replace(' ', "")), false)),
                        (None, None) => None,
                    })
                    .flatten()
                    .map(|(kind, href, new_tab)| ActionView {
                        kind,
                        helpline: format!("{}/{}", main.id, ch.id),
                        href,
                        label: label.clone(),
                        hint: None,
                        new_tab,
                    });
                let status = status_of(t, en, zone, open, change, now, device).text;
                ChannelView { label, open, status, action }
            })
            .collect();

        let role_text = |victim: &String, witness: &String| match role {
            Role::Victim => victim.clone(),
            Role::Witness => witness.clone(),
        };

        // Recompute when anything shown changes: the open/closed state of phone or chat, the
        // closing-soon threshold, and the countdown's next minute while one is shown.
        let mut recompute =
            [phone_change, chat_change].into_iter().flatten().chain(channel_changes).collect::<Vec<_>>();
        if let Some(close) = phone_change.filter(|_| phone_open) {
            let soon = close - Duration::minutes(CLOSING_SOON_MINUTES);
            if soon > now {
                recompute.push(soon);
            }
        }
        if status.tone != StatusTone::Open || channels.iter().any(|c| !c.open) {
            recompute.push(next_minute(now));
        }

        View {
            lang: c.locale.tag(),
            title: role_text(&t.title_victim, &t.title_witness),
            body: role_text(&t.body_victim, &t.body_witness),
            status,
            primary,
            secondary,
            number,
            qr,
            channels_title: (!channels.is_empty()).then(|| t.channels_title.clone()),
            channels,
            steps_title: t.steps_title.clone(),
            steps: vec![t.step_evidence.clone(), t.step_dont_reply.clone(), t.step_block.clone(), t.step_talk.clone()],
            alternatives_title,
            alternatives,
            alternatives_first: !phone_open,
            close_label: t.close.clone(),
            recompute_at: recompute.into_iter().filter(|r| *r > now).min(),
        }
    }

    fn next_minute(now: Instant) -> Instant {
        let floor = now.with_second(0).and_then(|t| t.with_nanosecond(0)).unwrap_or(now);
        floor + Duration::minutes(1)
    }

    fn status_of(
        t: &Texts,
        en: bool,
        zone: chrono_tz::Tz,
        open: bool,
        change: Option<Instant>,
        now: Instant,
        device: &DeviceFacts,
    ) -> StatusView {
        let local = |i: Instant| i.with_timezone(&zone).fixed_offset();
        // Device local time is shown when its offset differs from the helpline's right now.
        let device_offset = device
            .utc_offset_minutes
            .filter(|m| *m * 60 != local(now).offset().local_minus_utc())
            .and_then(|m| FixedOffset::east_opt(m * 60));
        let with_local = |sentence: String, at: Instant| match device_offset {
            Some(off) => sentence + &fill(&t.local_time, &[("time", &clock(en, at.with_timezone(&off)))]),
            None => sentence,
        };
        let (tone, text) = match (open, change) {
            (true, None) => (StatusTone::Open, t.status_always_open.clone()),
            (true, Some(close)) if close - now <= Duration::minutes(CLOSING_SOON_MINUTES) => (
                StatusTone::ClosingSoon,
                with_local(
                    fill(
                        &t.status_closing_soon,
                        &[("close", &clock(en, local(close))), ("in", &countdown(en, close - now))],
                    ),
                    close,
                ),
            ),
            (true, Some(close)) => {
                (StatusTone::Open, with_local(fill(&t.status_open, &[("close", &clock(en, local(close)))]), close))
            }
            (false, Some(reopen)) => (
                StatusTone::Closed,
                with_local(
                    fill(
                        &t.status_closed,
                        &[
                            ("day", &day_phrase(t, local(now), local(reopen))),
                            ("time", &clock(en, local(reopen))),
                            ("in", &countdown(en, reopen - now)),
                        ],
                    ),
                    reopen,
                ),
            ),
            (false, None) => (StatusTone::Closed, t.status_closed_unknown.clone()),
        };
        let announcement = if open { t.announce_open.clone() } else { t.announce_closed.clone() };
        StatusView { open, tone, text, announcement }
    }

    /// "9 h", "23 h", "9 h 30" in French; "9 am", "11 pm", "9:30 am" in English. The spaces
    /// inside are no-break spaces, so "9" and "h" never land on two lines.
    fn clock(en: bool, at: chrono::DateTime<FixedOffset>) -> String {
        let (h, m) = (at.hour(), at.minute());
        if en {
            let (h12, suffix) = match h {
                0 => (12, "am"),
                1..=11 => (h, "am"),
                12 => (12, "pm"),
                _ => (h - 12, "pm"),
            };
            if m == 0 {
                format!("{h12}\u{a0}{suffix}")
            } else {
                format!("{h12}:{m:02}\u{a0}{suffix}")
            }
        } else if m == 0 {
            format!("{h}\u{a0}h")
        } else {
            format!("{h}\u{a0}h\u{a0}{m:02}")
        }
    }

    /// "2 h 30 min", "45 min", "1 j 3 h" — rounded up to the minute so "dans 0 min" never shows.
    fn countdown(en: bool, d: Duration) -> String {
        let minutes = (d.num_seconds() + 59).div_euclid(60).max(1);
        let (days, hours, mins) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
        let (dd, hh, mm) = if en { ("d", "h", "min") } else { ("j", "h", "min") };
        match (days, hours, mins) {
            (0, 0, m) => format!("{m}\u{a0}{mm}"),
            (0, h, 0) => format!("{h}\u{a0}{hh}"),
            (0, h, m) => format!("{h}\u{a0}{hh}\u{a0}{m}\u{a0}{mm}"),
            (d, 0, _) => format!("{d}\u{a0}{dd}"),
            (d, h, _) => format!("{d}\u{a0}{dd}\u{a0}{h}\u{a0}{hh}"),
        }
    }

    /// "aujourd'hui", "demain", "lundi", "le 24/12", in the helpline's zone.
    fn day_phrase(t: &Texts, now: chrono::DateTime<FixedOffset>, at: chrono::DateTime<FixedOffset>) -> String {
        let days = (at.date_naive() - now.date_naive()).num_days();
        match days {
            ..=0 => t.today.clone(),
            1 => t.tomorrow.clone(),
            2..=6 => {
                let names: Vec<&str> = t.weekdays.split(',').map(str::trim).collect();
                let name = names.get(at.weekday().num_days_from_monday() as usize).copied().unwrap_or_default();
                fill(&t.on_weekday, &[("weekday", name)])
            }
            _ => fill(&t.on_date, &[("date", &format!("{:02}/{:02}", at.day(), at.month()))]),
        }
    }

    /// The alternatives ladder: 3114, 119, 17/112 and any added helplines while the main line
    /// is closed; only 17/112 while it is open. Only helplines open at `now` appear.
    fn alternatives(
        c: &Config,
        t: &Texts,
        main_open: bool,
        now: Instant,
        device: &DeviceFacts,
    ) -> (Option<String>, Vec<AlternativeView>) {
        let rung = |reason: &str, ids: &[&str]| {
            let mut actions = Vec::new();
            for h in ids.iter().filter_map(|id| c.helpline(id)).filter(|h| h.schedule.is_open(now)) {
                if let Some(href) = h.tel_href() {
                    let label = fill(&t.call_number, &[("number", h.number.as_deref().unwrap_or_default())]);
                    actions.push(ActionView {
                        kind: ActionKind::Fallback,
                        helpline: h.id.clone(),
                        href,
                        label,
                        hint: None,
                        new_tab: false,
                    });
                }
                if let (Some(url), true) = (&h.url, !device.can_call || h.number.is_none()) {
                    let label = fill(&t.visit_site, &[("name", &h.name)]);
                    actions.push(ActionView {
                        kind: ActionKind::Fallback,
                        helpline: h.id.clone(),
                        href: url.clone(),
                        label,
                        hint: None,
                        new_tab: true,
                    });
                }
            }
            (!actions.is_empty()).then(|| AlternativeView { reason: reason.to_owned(), actions })
        };
        let mut ladder = Vec::new();
        if !main_open {
            ladder.extend(rung(&t.reason_3114, &["3114"]));
            ladder.extend(rung(&t.reason_119, &["119"]));
        }
        ladder.extend(rung(&t.reason_emergency, &["17", "112"]));
        if !main_open {
            for h in c.helplines.iter().filter(|h| !matches!(h.id.as_str(), MAIN | "3114" | "119" | "17" | "112")) {
                ladder.extend(rung(&h.name, &[h.id.as_str()]));
            }
        }
        let title = (!ladder.is_empty()).then(|| {
            if main_open {
                t.alternatives_open.clone()
            } else {
                t.alternatives_closed.clone()
            }
        });
        (title, ladder)
    }
}

#[cfg(test)]
mod tests;
