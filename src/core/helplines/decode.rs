//! The config's `helplines` list, decoded and checked: a built-in id overrides the given fields
//! of that helpline, a new id adds one; its `channels` likewise.

use super::{Channel, Helpline};
use crate::core::checks::{at_most, check_https_url, check_number, check_sms, entry_id, short_text};
use crate::core::error::Problems;
use crate::core::helplines;
use crate::core::schedule::{self, Schedule};
use crate::core::value::{join, Obj, Value};
use crate::core::words::quoted;

const HELPLINE_FIELDS: &[&str] =
    &["id", "name", "number", "sms", "url", "chatUrl", "timeZone", "schedule", "chatSchedule", "channels"];
const CHANNEL_FIELDS: &[&str] = &["id", "name", "url", "number", "schedule"];

/// The message of a helpline entry without an id; lists [`helplines::BUILTIN_IDS`] (a test
/// checks).
const REQUIRED_ID: &str = "required: a built-in id (\"3018\", \"3114\", \"119\", \"17\", \"112\", \"15\", \"114\", \"minors-chat\", \"pharos\", \"take-it-down\", \"cnil\") or a new one";

/// "a new {kind} ("{id}" is not built in) {needs}": what a new entry lacks.
fn not_built_in(kind: &str, id: &str, needs: &str) -> String {
    ["a new ", kind, " (", &quoted(id), " is not built in) ", needs].concat()
}

pub(crate) fn decode_helplines(raw: Vec<(&Value, String)>, p: &mut Problems) -> Option<Vec<Helpline>> {
    let before = p.0.len();
    let mut lines = helplines::builtin();
    if raw.len() > 50 {
        p.push("helplines", at_most(50, "helplines", raw.len()));
        return None;
    }
    let mut seen: Vec<String> = Vec::new();
    for (v, path) in raw {
        let Some(o) = Obj::new(v, &path, HELPLINE_FIELDS, p) else { continue };
        let Some(id) = entry_id(&o, "helpline", REQUIRED_ID, &mut seen, p) else { continue };
        let name = o.string("name", p);
        let number = o.string("number", p);
        let sms = o.string("sms", p);
        let url = o.string("url", p);
        let chat_url = o.string("chatUrl", p);
        let existing = lines.iter().position(|h| h.id == id);
        if existing.is_none() {
            if name.is_none() {
                p.push(join(&path, "name"), not_built_in("helpline", &id, "needs a name"));
            }
            if number.is_none() && sms.is_none() && url.is_none() && chat_url.is_none() {
                p.push(path.clone(), not_built_in("helpline", &id, "needs a number, sms, url or chatUrl"));
            }
        }
        if let Some(n) = &name {
            short_text(n, 100, &join(&path, "name"), p);
        }
        if let Some(n) = &number {
            check_number(n, &join(&path, "number"), p);
        }
        if let Some(n) = &sms {
            check_sms(n, &join(&path, "sms"), p);
        }
        if let Some(u) = &url {
            check_https_url(u, &join(&path, "url"), p);
        }
        if let Some(u) = &chat_url {
            check_https_url(u, &join(&path, "chatUrl"), p);
        }
        let base = existing.map(|k| lines[k].clone());
        let zone = match o.string("timeZone", p) {
            Some(z) => schedule::parse_zone(&z).or_else(|| {
                p.push(
                    join(&path, "timeZone"),
                    [
                        "unsupported time zone ",
                        &quoted(&z),
                        "; expected one of ",
                        &schedule::SUPPORTED_ZONES.join(", "),
                    ]
                    .concat(),
                );
                None
            }),
            None if o.get("timeZone").is_some() => None,
            None => Some(base.as_ref().map_or(chrono_tz::Europe::Paris, |b| b.schedule.zone())),
        };
        let Some(zone) = zone else { continue };
        let sched = |field: &str, fallback: Option<&Schedule>, p: &mut Problems| match o.get(field) {
            Some((v, spath)) => Schedule::decode(v, zone, &spath, p),
            None => Some(fallback.map_or_else(|| Schedule::always(zone), |f| f.clone().with_zone(zone))),
        };
        let schedule = sched("schedule", base.as_ref().map(|b| &b.schedule), p);
        // The chat follows the phone schedule unless given (for a built-in: unless the
        // built-in's chat hours differ from its phone hours).
        let chat_fallback = match (&base, &schedule) {
            (Some(b), _) if b.chat_schedule != b.schedule => Some(b.chat_schedule.clone()),
            (_, Some(s)) => Some(s.clone()),
            _ => None,
        };
        let chat_schedule = sched("chatSchedule", chat_fallback.as_ref(), p);
        let channels = decode_channels(&o, base.as_ref().map_or(&[][..], |b| &b.channels), zone, p);
        let (Some(schedule), Some(chat_schedule), Some(channels)) = (schedule, chat_schedule, channels) else {
            continue;
        };
        let merged = Helpline {
            id: id.clone(),
            name: name.or_else(|| base.as_ref().map(|b| b.name.clone())).unwrap_or_default(),
            number: number.or_else(|| base.as_ref().and_then(|b| b.number.clone())),
            sms: sms.or_else(|| base.as_ref().and_then(|b| b.sms.clone())),
            url: url.or_else(|| base.as_ref().and_then(|b| b.url.clone())),
            chat_url: chat_url.or_else(|| base.as_ref().and_then(|b| b.chat_url.clone())),
            schedule,
            chat_schedule,
            channels,
        };
        match existing {
            Some(k) => lines[k] = merged,
            None => lines.push(merged),
        }
    }
    (p.0.len() == before).then_some(lines)
}

fn decode_channels(o: &Obj, base: &[Channel], zone: chrono_tz::Tz, p: &mut Problems) -> Option<Vec<Channel>> {
    let before = p.0.len();
    let mut channels = base.to_vec();
    let Some(raw) = o.array("channels", p) else {
        return (o.get("channels").is_none()).then_some(channels);
    };
    if raw.len() > 10 {
        p.push(join(&o.path, "channels"), at_most(10, "channels", raw.len()));
        return None;
    }
    let mut seen: Vec<String> = Vec::new();
    for (v, cpath) in raw {
        let Some(c) = Obj::new(v, &cpath, CHANNEL_FIELDS, p) else { continue };
        let Some(id) = entry_id(&c, "channel", "required: \"deaf\" or a new channel id", &mut seen, p) else {
            continue;
        };
        let name = c.string("name", p);
        let url = c.string("url", p);
        let number = c.string("number", p);
        let existing = channels.iter().position(|b| b.id == id);
        if existing.is_none() {
            if name.is_none() {
                p.push(join(&cpath, "name"), not_built_in("channel", &id, "needs a name"));
            }
            if url.is_none() && number.is_none() {
                p.push(cpath.clone(), not_built_in("channel", &id, "needs a url or number"));
            }
            if c.get("schedule").is_none() {
                p.push(join(&cpath, "schedule"), not_built_in("channel", &id, "needs a schedule"));
            }
        }
        if let Some(n) = &name {
            short_text(n, 100, &join(&cpath, "name"), p);
        }
        if let Some(u) = &url {
            check_https_url(u, &join(&cpath, "url"), p);
        }
        if let Some(n) = &number {
            check_number(n, &join(&cpath, "number"), p);
        }
        let base = existing.map(|k| channels[k].clone());
        let schedule = match (c.get("schedule"), &base) {
            (Some((v, spath)), _) => Schedule::decode(v, zone, &spath, p),
            (None, Some(b)) => Some(b.schedule.clone().with_zone(zone)),
            (None, None) => None,
        };
        let Some(schedule) = schedule else { continue };
        let merged = Channel {
            id: id.clone(),
            name: name.or_else(|| base.as_ref().and_then(|b| b.name.clone())),
            url: url.or_else(|| base.as_ref().and_then(|b| b.url.clone())),
            number: number.or_else(|| base.as_ref().and_then(|b| b.number.clone())),
            schedule,
        };
        match existing {
            Some(k) => channels[k] = merged,
            None => channels.push(merged),
        }
    }
    (p.0.len() == before).then_some(channels)
}
