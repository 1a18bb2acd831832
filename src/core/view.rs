//! The view model: one pure function from *(config, report, instant, device facts)* to "what to
//! show".
//!
//! The shell renders a [`View`] as it is; every decision (which line leads, which action, which
//! status text, which steps, services and alternatives, in which order, when to recompute) is
//! taken here. The report's topic ([`crate::core::topics`]) picks the leading line and what is
//! added; without one, the general help: the 3018 leads.

use crate::core::config::{Action as ActionMode, Config, Locale, Role};
use crate::core::schedule::Instant;
use crate::core::topics::Topic;

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
    /// A `tel:` link to the leading helpline (the 3018; the 3114 or the 119 for their topics).
    Call,
    /// A link to the leading helpline's live chat (only while the chat is open).
    Chat,
    /// A link to the leading helpline's site.
    Link,
    /// A link to any other helpline or service: the alternatives (3114, 119, 17, 112, the 114
    /// by SMS, the minors' chat...), the emergency line shown first, a topic's services.
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

/// One control the user can activate: always a real link (`tel:`, `https:`, or `sms:` for the
/// 114).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionView {
    /// For events: call, chat, link or fallback.
    pub kind: ActionKind,
    /// The helpline id (`"3018"`, `"3114"`...), reported in `bouton3018:action`.
    pub helpline: String,
    /// `tel:3018`, an `https:` URL or `sms:114`; validated by the config, safe to put in `href`.
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

/// Where each part of the dialog goes, in reading order ([`View::order`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// The emergency line shown above the leading line (threats: 17/112, and the 114).
    Urgent,
    /// The leading line's actions (call, chat or site link, the number shown large).
    Actions,
    /// The QR code of the leading line's number.
    Qr,
    /// The leading line's further channels.
    Channels,
    /// "What you can do now".
    Steps,
    /// The topic's services (Pharos, Take It Down, the CNIL, the minors' chat).
    Services,
    /// The alternatives ladder.
    Alternatives,
}

impl Section {
    /// Its name, for tests and `data-` attributes.
    pub fn as_str(self) -> &'static str {
        match self {
            Section::Urgent => "urgent",
            Section::Actions => "actions",
            Section::Qr => "qr",
            Section::Channels => "channels",
            Section::Steps => "steps",
            Section::Services => "services",
            Section::Alternatives => "alternatives",
        }
    }
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

/// What the person did in the open dialog that changes what it shows (the shell keeps it for
/// as long as the dialog is open; a new open starts empty).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Interaction {
    /// The `tel:` and `sms:` links activated that connected nothing: the page stayed visible and
    /// focused a short while after the tap (no dialer, no system sheet came up). Each gets the
    /// "didn't connect?" help under it.
    pub missed: Vec<String>,
    /// The numbers copied with that help's copy button.
    pub copied: Vec<String>,
}

/// The "didn't connect?" help under a call or SMS link that dialled nothing: the number in large
/// text, what to do with it, a copy button, and on a computer the QR code of the call
/// (docs/accessibility.md, behaviour 26).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MissedView {
    /// The link it belongs under (`tel:3018`, `sms:114`).
    pub href: String,
    /// The number as the helpline writes it ("3018", "01 23 45 67 89").
    pub number: String,
    /// "L'appel ne s'est pas lancé ? Compose le 3018 sur ton téléphone."; also what is
    /// announced, politely, when the help appears.
    pub text: String,
    /// The copy button's label: "Copier le numéro", or "Numéro copié" once copied.
    pub copy_label: String,
    /// The QR code of the call, on a device that cannot call (none for an SMS, and none when the
    /// dialog's own QR code already shows this number).
    pub qr: Option<QrHandoff>,
}

/// Everything the modal shows; the sections in the order of [`View::order`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct View {
    /// `lang` for the widget root.
    pub lang: &'static str,
    /// The report's topic, `None` for the general help (`detail.topic` of `bouton3018:show`).
    pub topic: Option<Topic>,
    /// The dialog's title; the dialog's accessible name.
    pub title: String,
    /// One or two sentences under the title (role-specific).
    pub body: String,
    /// The leading helpline's status line.
    pub status: StatusView,
    /// Title of `urgent`, `None` when empty.
    pub urgent_title: Option<String>,
    /// The emergency line shown above the leading line (threats).
    pub urgent: Vec<AlternativeView>,
    /// The main action, if any (absent, not disabled, when the line is closed in call mode).
    pub primary: Option<ActionView>,
    /// Further actions (site link, chat link...).
    pub secondary: Vec<ActionView>,
    /// The number shown large (device cannot call, `auto` mode).
    pub number: Option<NumberView>,
    /// The QR code of the leading line's number (device cannot call, line open, a calling mode).
    pub qr: Option<QrHandoff>,
    /// Title of `channels`, `None` when there are none.
    pub channels_title: Option<String>,
    /// Further channels of the leading helpline, each with its own open/closed state.
    pub channels: Vec<ChannelView>,
    /// "Ce que tu peux faire maintenant", `None` when there are no steps.
    pub steps_title: Option<String>,
    /// The concrete steps: the topic's, for the report's role, or the general ones.
    pub steps: Vec<String>,
    /// Title of `services`, `None` when empty.
    pub services_title: Option<String>,
    /// The topic's services that are open now, each with its reason and link.
    pub services: Vec<AlternativeView>,
    /// Title of the alternatives ladder ("Disponibles 24 h/24" when closed), `None` when empty.
    pub alternatives_title: Option<String>,
    /// The ladder: full when the leading line is closed (the minors' chat first for the topics
    /// it covers), the emergency numbers and the 114 only when open.
    pub alternatives: Vec<AlternativeView>,
    /// The sections that show something, in reading order. While the leading line is open:
    /// urgent, actions, QR, channels, steps, services, alternatives. While it is closed, the
    /// ladder comes right after the actions (the numbers that answer now matter more than the
    /// steps), channels and steps after it; except for a topic whose first step must be read
    /// before any number (sextortion, "do not pay"): steps, services, then the ladder.
    pub order: Vec<Section>,
    /// The "didn't connect?" help, under each link of [`Interaction::missed`] the view still has.
    pub missed: Vec<MissedView>,
    /// The close button's text ("Fermer").
    pub close_label: String,
    /// When the view must be recomputed (status text or open/closed changes), if ever.
    pub recompute_at: Option<Instant>,
}

impl View {
    /// Every link the view shows, wherever it is.
    pub fn actions(&self) -> impl Iterator<Item = &ActionView> {
        let rungs = self.urgent.iter().chain(&self.services).chain(&self.alternatives).flat_map(|r| &r.actions);
        self.primary
            .iter()
            .chain(&self.secondary)
            .chain(self.channels.iter().filter_map(|c| c.action.as_ref()))
            .chain(rungs)
    }
}

/// Derived from the config, for a report about `topic` (`None`: the general help, see
/// [`Config::topic_of`]) sent by `role`; see the module docs.
pub fn view(config: &Config, topic: Option<Topic>, role: Role, now: Instant, device: &DeviceFacts) -> View {
    view_with(config, topic, role, now, device, &Interaction::default())
}

/// [`view`], after what the person did in the open dialog ([`Interaction`]).
pub fn view_with(
    config: &Config,
    topic: Option<Topic>,
    role: Role,
    now: Instant,
    device: &DeviceFacts,
    interaction: &Interaction,
) -> View {
    let mut view = build::build(config, topic, role, now, device);
    view.missed = build::missed(config, &view, device, interaction);
    view
}

#[cfg(test)]
pub(crate) use build::clock;

/// "Closing soon" starts this many minutes before the close.
const CLOSING_SOON_MINUTES: i64 = 30;

mod build {
    use chrono::{Datelike, Duration, FixedOffset, Timelike};

    use super::*;
    use crate::core::helplines::{
        Helpline, BUILTIN_IDS, CHILD_IN_DANGER, CNIL, DEAF_CHANNEL, EMERGENCY_SMS, EUROPEAN_EMERGENCY, MAIN,
        MEDICAL_EMERGENCY, MINORS_CHAT, PHAROS, POLICE, SUICIDE_PREVENTION, TAKE_IT_DOWN,
    };
    use crate::core::texts::{fill, Texts};
    use crate::core::topics::{self, Emergency};
    use crate::core::words::{num, two_digits};

    /// The config's override, else the topic's built-in wording, else the general text.
    fn pick(over: Option<&String>, topic: Option<&'static str>, general: Option<&str>) -> Option<String> {
        over.cloned().or_else(|| topic.or(general).map(str::to_owned))
    }

    pub(super) fn build(c: &Config, topic: Option<Topic>, role: Role, now: Instant, device: &DeviceFacts) -> View {
        let t = &c.texts;
        let locale = c.locale;
        let help = topic.map(Topic::help);
        let lead = help
            .and_then(|h| c.helpline(h.lead))
            .or_else(|| c.helpline(MAIN))
            .expect("the built-in helplines are always present");
        // The 3018 follows the preset; another leading line (the 3114, the 119) is a call at any
        // hour, on every preset: its topic is one where a call is the help.
        let is_main = lead.id == MAIN;
        let wording = topic.map(|topic| topics::wording(topic, locale));
        let own = topic.and_then(|topic| c.topic_texts(topic));

        let phone_open = lead.schedule.is_open(now);
        let chat_open = is_main && lead.chat_url.is_some() && lead.chat_schedule.is_open(now);
        let phone_change = lead.schedule.next_change(now);
        let chat_change = if is_main && lead.chat_url.is_some() { lead.chat_schedule.next_change(now) } else { None };

        let zone = lead.schedule.zone();
        let (tone, text) = status_of(t, locale, zone, phone_open, phone_change, now, device);
        let announcement =
            fill(if phone_open { t.announce_open() } else { t.announce_closed() }, &[("name", &lead.name)]);
        let status = StatusView { open: phone_open, tone, text, announcement };

        // Which controls: the action mode, then what is open.
        let mode = match c.action {
            _ if !is_main => ActionMode::Both,
            ActionMode::Auto if device.can_call => ActionMode::Both,
            other => other,
        };
        let lead_number = lead.number.as_deref().unwrap_or_default();
        let call = (phone_open && !matches!(mode, ActionMode::Link | ActionMode::Auto))
            .then(|| lead.tel_href())
            .flatten()
            .map(|href| ActionView {
                kind: ActionKind::Call,
                helpline: lead.id.clone(),
                href,
                label: fill(if is_main { t.call() } else { t.call_number() }, &[("number", lead_number)]),
                // The general hint says "anonymous": the 3018's word, never another line's.
                hint: pick(
                    own.and_then(|o| o.call_hint.as_ref()),
                    wording.and_then(|w| w.call_hint),
                    is_main.then_some(t.call_hint()),
                ),
                new_tab: false,
            });
        let web = match (chat_open, &lead.chat_url, &lead.url) {
            (true, Some(chat), _) => Some((ActionKind::Chat, chat.clone(), t.chat().to_owned())),
            (_, _, Some(url)) if is_main => Some((ActionKind::Link, url.clone(), t.site().to_owned())),
            (_, _, Some(url)) => Some((ActionKind::Link, url.clone(), fill(t.visit_site(), &[("name", &lead.name)]))),
            _ => None,
        }
        .map(|(kind, href, label)| ActionView {
            kind,
            helpline: lead.id.clone(),
            href,
            label,
            hint: None,
            new_tab: true,
        });

        let number = (mode == ActionMode::Auto && phone_open)
            .then(|| lead.number.clone())
            .flatten()
            .map(|n| NumberView { caption: fill(t.number_caption(), &[("number", &n)]), number: n });

        let (primary, secondary) = match (call, web) {
            (Some(call), web) => (Some(call), web.into_iter().collect()),
            (None, web) => (web, Vec::new()),
        };

        // Desktop hand-off: a QR code of the number, for the phone in the user's pocket.
        let qr = (!device.can_call && phone_open && mode != ActionMode::Link)
            .then_some(lead.number.as_deref())
            .flatten()
            .and_then(|n| {
                let code = crate::core::qr::encode(
                    &["tel:", &n.replace(' ', "")].concat(),
                    fill(t.qr_alt(), &[("number", n)]),
                )?;
                Some(QrHandoff { code, caption: fill(t.qr_caption(), &[("number", n)]) })
            });

        let mut channel_changes = Vec::new();
        let channels: Vec<ChannelView> = lead
            .channels
            .iter()
            .map(|ch| {
                let open = ch.schedule.is_open(now);
                let change = ch.schedule.next_change(now);
                channel_changes.extend(change);
                let label = ch.name.clone().unwrap_or_else(|| {
                    if ch.id == DEAF_CHANNEL {
                        t.channel_deaf().to_owned()
                    } else {
                        ch.id.clone()
                    }
                });
                let action = open
                    .then(|| match (&ch.url, &ch.number) {
                        (Some(url), _) => Some((ActionKind::Link, url.clone(), true)),
                        (None, Some(n)) => Some((ActionKind::Call, ["tel:", &n.replace(' ', "")].concat(), false)),
                        (None, None) => None,
                    })
                    .flatten()
                    .map(|(kind, href, new_tab)| ActionView {
                        kind,
                        helpline: [lead.id.as_str(), "/", &ch.id].concat(),
                        href,
                        label: label.clone(),
                        hint: None,
                        new_tab,
                    });
                let status = status_of(t, locale, zone, open, change, now, device).1;
                ChannelView { label, open, status, action }
            })
            .collect();

        let by_role = |victim: Option<String>, witness: Option<String>| match role {
            Role::Victim => victim,
            Role::Witness => witness,
        };
        let title = by_role(
            pick(
                own.and_then(|o| o.title_victim.as_ref()),
                wording.and_then(|w| w.title_victim),
                Some(t.title_victim()),
            ),
            pick(own.and_then(|o| o.title_witness.as_ref()), None, Some(t.title_witness())),
        );
        let body = by_role(
            pick(own.and_then(|o| o.body_victim.as_ref()), wording.and_then(|w| w.body_victim), Some(t.body_victim())),
            pick(
                own.and_then(|o| o.body_witness.as_ref()),
                wording.and_then(|w| w.body_witness),
                Some(t.body_witness()),
            ),
        );
        let steps: Vec<String> = match wording {
            None => vec![
                t.step_evidence().to_owned(),
                t.step_dont_reply().to_owned(),
                t.step_block().to_owned(),
                t.step_talk().to_owned(),
            ],
            Some(w) => {
                let (over, builtin) = match role {
                    Role::Victim => (own.and_then(|o| o.steps.as_ref()), w.steps),
                    Role::Witness => (own.and_then(|o| o.steps_witness.as_ref()), w.steps_witness),
                };
                over.cloned().unwrap_or_else(|| builtin.iter().map(|s| (*s).to_owned()).collect())
            }
        };

        // The other lines and services: the emergency line (first for threats), the ladder while
        // the leading line is closed, the topic's services.
        let mut ladder = Ladder { c, t, now, device, changes: Vec::new() };
        let emergency = {
            let (reason, ids) = match help.map_or(Emergency::Police, |h| h.emergency) {
                Emergency::Police => (t.reason_emergency(), [POLICE, EUROPEAN_EMERGENCY]),
                Emergency::Medical => (t.reason_15(), [MEDICAL_EMERGENCY, EUROPEAN_EMERGENCY]),
            };
            // Deaf and hard-of-hearing people reach the emergency services by SMS, 24/7.
            let mut rungs: Vec<AlternativeView> = ladder.rung(reason, &ids).into_iter().collect();
            rungs.extend(ladder.rung(t.reason_114(), &[EMERGENCY_SMS]));
            rungs
        };
        // While the 3018 is closed, the minors' chat answers, 24/7, for the topics it covers.
        let night_route = is_main && !phone_open && help.is_some_and(|h| h.night_route);
        let mut alternatives = Vec::new();
        let mut minors_chat_in_ladder = false;
        if !phone_open {
            if night_route {
                let chat = ladder.rung(t.reason_minors_chat(), &[MINORS_CHAT]);
                minors_chat_in_ladder = chat.is_some();
                alternatives.extend(chat);
            }
            for (id, reason) in [(SUICIDE_PREVENTION, t.reason_3114()), (CHILD_IN_DANGER, t.reason_119())] {
                if id != lead.id {
                    alternatives.extend(ladder.rung(reason, &[id]));
                }
            }
        }
        let urgent = if help.is_some_and(|h| h.emergency_first) {
            emergency
        } else {
            alternatives.extend(emergency);
            Vec::new()
        };
        if !phone_open {
            for h in c.helplines.iter().filter(|h| !BUILTIN_IDS.contains(&h.id.as_str())) {
                alternatives.extend(ladder.rung(&h.name, &[h.id.as_str()]));
            }
        }
        let services: Vec<AlternativeView> = help
            .map_or(&[][..], |h| h.services)
            .iter()
            .filter(|id| !(night_route && **id == MINORS_CHAT))
            .filter_map(|id| ladder.rung(service_reason(t, id), &[id]))
            .collect();
        let alternatives_title = (!alternatives.is_empty()).then(|| {
            if phone_open {
                t.alternatives_open().to_owned()
            } else if minors_chat_in_ladder {
                t.alternatives_closed_chat().to_owned()
            } else {
                t.alternatives_closed().to_owned()
            }
        });

        let mut order = Vec::new();
        if !urgent.is_empty() {
            order.push(Section::Urgent);
        }
        if primary.is_some() || number.is_some() {
            order.push(Section::Actions);
        }
        if qr.is_some() {
            order.push(Section::Qr);
        }
        let rest = if phone_open {
            [Section::Channels, Section::Steps, Section::Services, Section::Alternatives]
        } else if help.is_some_and(|h| h.steps_first) {
            [Section::Steps, Section::Services, Section::Alternatives, Section::Channels]
        } else {
            [Section::Alternatives, Section::Channels, Section::Steps, Section::Services]
        };
        order.extend(rest.into_iter().filter(|s| match s {
            Section::Channels => !channels.is_empty(),
            Section::Steps => !steps.is_empty(),
            Section::Services => !services.is_empty(),
            _ => !alternatives.is_empty(),
        }));

        // Recompute when anything shown changes: the open/closed state of phone or chat, the
        // closing-soon threshold, the countdown's next minute while one is shown, and the state
        // of every other line or service considered.
        let mut recompute = [phone_change, chat_change]
            .into_iter()
            .flatten()
            .chain(channel_changes)
            .chain(ladder.changes)
            .collect::<Vec<_>>();
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
            topic,
            title: title.unwrap_or_default(),
            body: body.unwrap_or_default(),
            status,
            urgent_title: (!urgent.is_empty()).then(|| t.alternatives_open().to_owned()),
            urgent,
            primary,
            secondary,
            number,
            qr,
            channels_title: (!channels.is_empty()).then(|| fill(t.channels_title(), &[("name", &lead.name)])),
            channels,
            steps_title: (!steps.is_empty()).then(|| t.steps_title().to_owned()),
            steps,
            services_title: (!services.is_empty()).then(|| t.services_title().to_owned()),
            services,
            alternatives_title,
            alternatives,
            order,
            missed: Vec::new(),
            close_label: t.close().to_owned(),
            recompute_at: recompute.into_iter().filter(|r| *r > now).min(),
        }
    }

    /// The "didn't connect?" help for each missed link the view still shows, in the order of
    /// `interaction.missed`.
    pub(super) fn missed(c: &Config, view: &View, device: &DeviceFacts, interaction: &Interaction) -> Vec<MissedView> {
        let t = &c.texts;
        let shown = |href: &str| view.actions().any(|a| a.href == href);
        interaction
            .missed
            .iter()
            .filter(|href| shown(href))
            .filter_map(|href| {
                let (sms, number) = number_of(c, href)?;
                let text = fill(if sms { t.missed_sms() } else { t.missed_call() }, &[("number", &number)]);
                let copied = interaction.copied.contains(&number);
                let qr = (!sms && !device.can_call && view.qr.as_ref().map(|q| &q.code.text) != Some(href))
                    .then(|| {
                        let code = crate::core::qr::encode(href, fill(t.qr_alt(), &[("number", &number)]))?;
                        Some(QrHandoff { code, caption: fill(t.qr_caption(), &[("number", &number)]) })
                    })
                    .flatten();
                Some(MissedView {
                    href: href.clone(),
                    copy_label: if copied { t.copied() } else { t.copy_number() }.to_owned(),
                    number,
                    text,
                    qr,
                })
            })
            .collect()
    }

    /// Whether `href` is an SMS link, and the number it dials as its helpline (or channel)
    /// writes it; `None` for a link that dials nothing.
    fn number_of(c: &Config, href: &str) -> Option<(bool, String)> {
        let sms = href.starts_with("sms:");
        if !sms && !href.starts_with("tel:") {
            return None;
        }
        let digits = |n: &str| n.replace(' ', "");
        let dialled = &href[4..];
        let written = c.helplines.iter().find_map(|h| {
            let own = if sms { h.sms.as_deref() } else { h.number.as_deref() };
            own.into_iter()
                .chain(h.channels.iter().filter_map(|ch| ch.number.as_deref().filter(|_| !sms)))
                .find(|n| digits(n) == dialled)
                .map(str::to_owned)
        });
        Some((sms, written.unwrap_or_else(|| dialled.to_owned())))
    }

    /// The reason line of a topic's service.
    fn service_reason<'t>(t: &'t Texts, id: &str) -> &'t str {
        match id {
            PHAROS => t.reason_pharos(),
            TAKE_IT_DOWN => t.reason_take_it_down(),
            CNIL => t.reason_cnil(),
            _ => t.reason_minors_chat(),
        }
    }

    /// Builds the rungs of the other lines and services, and collects when any of them opens
    /// or closes.
    struct Ladder<'a> {
        c: &'a Config,
        t: &'a Texts,
        now: Instant,
        device: &'a DeviceFacts,
        changes: Vec<Instant>,
    }

    impl Ladder<'_> {
        /// One rung: `reason` and a link per helpline of `ids` open now: a `tel:` link per
        /// number — on a computer too: phone-link apps (Windows Phone Link, macOS Continuity)
        /// dial it, and "Appeler le 3114" tells the number either way — an `sms:` link per
        /// SMS number, and the site when the device cannot call or there is no number. `None`
        /// when nothing is open.
        fn rung(&mut self, reason: &str, ids: &[&str]) -> Option<AlternativeView> {
            let (t, now) = (self.t, self.now);
            let mut actions = Vec::new();
            for h in ids.iter().filter_map(|id| self.c.helpline(id)) {
                self.changes.extend(h.schedule.next_change(now));
                if !h.schedule.is_open(now) {
                    continue;
                }
                let link = |href: String, label: String, new_tab: bool| ActionView {
                    kind: ActionKind::Fallback,
                    helpline: h.id.clone(),
                    href,
                    label,
                    hint: None,
                    new_tab,
                };
                if let Some(href) = h.tel_href() {
                    actions.push(link(
                        href,
                        fill(t.call_number(), &[("number", h.number.as_deref().unwrap_or_default())]),
                        false,
                    ));
                }
                if let Some(href) = h.sms_href() {
                    actions.push(link(
                        href,
                        fill(t.sms_number(), &[("number", h.sms.as_deref().unwrap_or_default())]),
                        false,
                    ));
                }
                if let (Some(url), true) = (&h.url, !self.device.can_call || h.number.is_none()) {
                    actions.push(link(url.clone(), site_label(t, h), true));
                }
            }
            (!actions.is_empty()).then(|| AlternativeView { reason: reason.to_owned(), actions })
        }
    }

    /// The label of a helpline's site link: the built-in services say what the link does.
    fn site_label(t: &Texts, h: &Helpline) -> String {
        match h.id.as_str() {
            MINORS_CHAT => t.minors_chat().to_owned(),
            PHAROS => t.pharos().to_owned(),
            TAKE_IT_DOWN => t.take_it_down().to_owned(),
            CNIL => t.cnil().to_owned(),
            _ => fill(t.visit_site(), &[("name", &h.name)]),
        }
    }

    fn next_minute(now: Instant) -> Instant {
        let floor = now.with_second(0).and_then(|t| t.with_nanosecond(0)).unwrap_or(now);
        floor + Duration::minutes(1)
    }

    fn status_of(
        t: &Texts,
        locale: Locale,
        zone: chrono_tz::Tz,
        open: bool,
        change: Option<Instant>,
        now: Instant,
        device: &DeviceFacts,
    ) -> (StatusTone, String) {
        let local = |i: Instant| i.with_timezone(&zone).fixed_offset();
        // Device local time is shown when its offset differs from the helpline's right now.
        let device_offset = device
            .utc_offset_minutes
            .filter(|m| *m * 60 != local(now).offset().local_minus_utc())
            .and_then(|m| FixedOffset::east_opt(m * 60));
        let with_local = |sentence: String, at: Instant| match device_offset {
            Some(off) => sentence + &fill(t.local_time(), &[("time", &clock(locale, at.with_timezone(&off)))]),
            None => sentence,
        };
        match (open, change) {
            (true, None) => (StatusTone::Open, t.status_always_open().to_owned()),
            (true, Some(close)) if close - now <= Duration::minutes(CLOSING_SOON_MINUTES) => (
                StatusTone::ClosingSoon,
                with_local(
                    fill(
                        t.status_closing_soon(),
                        &[("close", &clock(locale, local(close))), ("in", &countdown(locale, close - now))],
                    ),
                    close,
                ),
            ),
            (true, Some(close)) => {
                (StatusTone::Open, with_local(fill(t.status_open(), &[("close", &clock(locale, local(close)))]), close))
            }
            (false, Some(reopen)) => (
                StatusTone::Closed,
                with_local(
                    fill(
                        t.status_closed(),
                        &[
                            ("day", &day_phrase(t, local(now), local(reopen))),
                            ("time", &clock(locale, local(reopen))),
                            ("in", &countdown(locale, reopen - now)),
                        ],
                    ),
                    reopen,
                ),
            ),
            (false, None) => (StatusTone::Closed, t.status_closed_unknown().to_owned()),
        }
    }

    /// "9 h", "23 h", "9 h 30" in French; "9 am", "11 pm", "9:30 am" in English. The spaces
    /// inside are no-break spaces, so "9" and "h" never land on two lines.
    pub(crate) fn clock(locale: Locale, at: chrono::DateTime<FixedOffset>) -> String {
        let (h, m) = (at.hour(), at.minute());
        if locale == Locale::En {
            let (h12, suffix) = match h {
                0 => (12, "am"),
                1..=11 => (h, "am"),
                12 => (12, "pm"),
                _ => (h - 12, "pm"),
            };
            if m == 0 {
                [&num(h12), "\u{a0}", suffix].concat()
            } else {
                [&num(h12), ":", &two_digits(m), "\u{a0}", suffix].concat()
            }
        } else if m == 0 {
            [&num(h), "\u{a0}h"].concat()
        } else {
            [&num(h), "\u{a0}h\u{a0}", &two_digits(m)].concat()
        }
    }

    /// "2 h 30 min", "45 min", "1 j 3 h" — rounded up to the minute so "dans 0 min" never shows.
    fn countdown(locale: Locale, d: Duration) -> String {
        let minutes = (d.num_seconds() + 59).div_euclid(60).max(1);
        let (days, hours, mins) = (minutes / 1440, minutes % 1440 / 60, minutes % 60);
        let (dd, hh, mm) = match locale {
            Locale::En => ("d", "h", "min"),
            Locale::Fr => ("j", "h", "min"),
        };
        match (days, hours, mins) {
            (0, 0, m) => [&num(m), "\u{a0}", mm].concat(),
            (0, h, 0) => [&num(h), "\u{a0}", hh].concat(),
            (0, h, m) => [&num(h), "\u{a0}", hh, "\u{a0}", &num(m), "\u{a0}", mm].concat(),
            (d, 0, _) => [&num(d), "\u{a0}", dd].concat(),
            (d, h, _) => [&num(d), "\u{a0}", dd, "\u{a0}", &num(h), "\u{a0}", hh].concat(),
        }
    }

    /// "aujourd'hui", "demain", "lundi", "le 24/12", in the helpline's zone.
    fn day_phrase(t: &Texts, now: chrono::DateTime<FixedOffset>, at: chrono::DateTime<FixedOffset>) -> String {
        let days = (at.date_naive() - now.date_naive()).num_days();
        match days {
            ..=0 => t.today().to_owned(),
            1 => t.tomorrow().to_owned(),
            2..=6 => {
                let names: Vec<&str> = t.weekdays().split(',').map(str::trim).collect();
                let name = names.get(at.weekday().num_days_from_monday() as usize).copied().unwrap_or_default();
                fill(t.on_weekday(), &[("weekday", name)])
            }
            _ => fill(t.on_date(), &[("date", &[two_digits(at.day()), two_digits(at.month())].join("/"))]),
        }
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod topic_tests;
