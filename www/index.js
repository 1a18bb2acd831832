// The demo: a fake social feed whose report form, once sent, dispatches `bouton3018:report`;
// the widget (imported by its package name, as a platform would) reacts to it.
import { mount } from "bouton-3018";
import { PALETTES } from "./palettes.js";

const PARIS = "Europe/Paris";
const EVENTS = ["bouton3018:report", "bouton3018:show", "bouton3018:action", "bouton3018:close", "bouton3018:error"];

const $ = (selector) => document.querySelector(selector);
const controls = $("#controls");
const when = $("#when");
const status = $("#status");
const log = $("#log");
const reportDialog = $("#report-dialog");
const reportForm = $("#report-form");

// ---------------------------------------------------------------- Paris wall time ↔ instant

const pad = (n) => String(n).padStart(2, "0");

/** Europe/Paris's offset from UTC, in minutes, at the instant `ms`. */
function parisOffset(ms) {
  const parts = {};
  const format = new Intl.DateTimeFormat("en-US", {
    timeZone: PARIS, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric",
    hour: "numeric", minute: "numeric", second: "numeric",
  });
  for (const { type, value } of format.formatToParts(ms)) parts[type] = Number(value);
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60000);
}

/** "2026-11-28T10:00" read as Paris wall time → "2026-11-28T10:00:00+01:00". */
function parisWallToIso(wall) {
  const [date, time] = wall.split("T");
  const [y, mo, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  const guess = Date.UTC(y, mo - 1, d, h, mi);
  // Two passes: the offset at the guessed instant may differ across a DST change.
  const offset = parisOffset(guess - parisOffset(guess) * 60000);
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  return `${date}T${pad(h)}:${pad(mi)}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The current Paris wall time as "YYYY-MM-DDTHH:MM". */
function parisNow() {
  const ms = Date.now();
  const local = new Date(ms + parisOffset(ms) * 60000);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}

// ---------------------------------------------------------------- state (also in the URL)

// `time` is a Paris wall time "YYYY-MM-DDTHH:MM", or "" for the live clock.
const params = new URLSearchParams(location.search);
const state = {
  platform: params.get("platform") || "instagram",
  locale: params.get("locale") || "fr",
  canCall: params.get("canCall") || "auto",
  time: params.get("time") || "",
  // Switched with widget.setTheme(), without a remount.
  theme: params.get("theme") || "auto",
  palette: params.get("palette") || "",
};

function syncControls() {
  for (const name of ["platform", "locale", "canCall", "theme", "palette"]) {
    const input = controls.querySelector(`input[name="${name}"][value="${state[name]}"]`);
    if (input) input.checked = true;
  }
  when.value = state.time || parisNow();
}

function syncUrl() {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(state)) if (value) query.set(key, value);
  history.replaceState(null, "", `?${query}`);
}

// The default categories plus the two opt-in topics: a platform lists self-harm and child abuse
// itself when its report form has them.
const CATEGORIES = [
  "harassment", "bullying", "hate", "threats", "sexual-harassment", "sextortion", "doxxing", "impersonation",
  "self-harm", "child-abuse",
];

function config() {
  const c = { platform: state.platform, locale: state.locale, returnFocus: "#feed", categories: CATEGORIES };
  if (state.canCall !== "auto") c.canCall = state.canCall === "yes";
  if (state.time) c.now = parisWallToIso(state.time);
  if (state.theme !== "auto") c.theme = state.theme;
  if (state.palette) c.colors = PALETTES[state.palette];
  return c;
}

// ---------------------------------------------------------------- (re)mounting

let widget = null;
let generation = 0;

function dispose(w) {
  w.destroy(); // removes its nodes, listeners and timers
  w.free(); // releases the wasm-side handle (wasm-bindgen)
}

async function remount() {
  const mine = ++generation;
  status.dataset.state = "loading";
  status.textContent = "Chargement du widget…";
  if (widget) dispose(widget);
  widget = null;
  const c = config();
  try {
    const mounted = await mount(c);
    if (mine !== generation) return dispose(mounted); // a newer remount started meanwhile
    widget = mounted;
    status.dataset.state = "mounted";
    const clock = c.now ? `heure simulée ${c.now}` : "heure réelle";
    status.textContent = `Widget prêt : ${state.platform}, ${state.locale}, appel ${state.canCall}, thème ${state.theme}${state.palette ? `, couleurs ${state.palette}` : ""}, ${clock}. Signale une publication pour le voir.`;
  } catch (error) {
    if (mine !== generation) return;
    status.dataset.state = "error";
    status.textContent = `Erreur de configuration : ${error.message}`;
  }
}

controls.addEventListener("change", (event) => {
  const { name, value } = event.target;
  if (name === "when") state.time = value || "";
  else if (name in state) state[name] = value;
  syncUrl();
  // The theme changes in place, open or not (no remount, focus stays); the rest remounts.
  if (name === "theme" && widget) widget.setTheme(value);
  else remount();
});

controls.addEventListener("click", (event) => {
  const button = event.target.closest("button[data-time]");
  if (!button) return;
  const time = button.dataset.time;
  state.time = time === "now" ? "" : `${parisNow().slice(0, 10)}T${time}`;
  when.value = state.time || parisNow();
  syncUrl();
  remount();
});

// ---------------------------------------------------------------- the host's report form

let reportedFrom = null;

document.addEventListener("click", (event) => {
  const button = event.target.closest("button.report");
  if (!button) return;
  reportedFrom = button;
  reportForm.reset();
  reportDialog.showModal();
});

$("#report-cancel").addEventListener("click", () => reportDialog.close());

reportForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const data = new FormData(reportForm);
  const detail = { category: String(data.get("category")), role: String(data.get("role")) };
  // Close our own dialog first (focus goes back to the "Signaler" button), then tell the
  // widget a report was sent: exactly what a platform integration does.
  reportDialog.close();
  reportedFrom?.focus();
  document.dispatchEvent(new CustomEvent("bouton3018:report", { detail }));
});

// ---------------------------------------------------------------- event log

function logEvent(event) {
  const item = document.createElement("li");
  item.dataset.event = event.type;
  const time = document.createElement("time");
  time.textContent = new Date().toLocaleTimeString("fr-FR");
  const name = document.createElement("code");
  name.textContent = event.type;
  const detail = document.createElement("span");
  detail.textContent = event.detail == null ? "" : JSON.stringify(event.detail);
  item.append(time, " ", name, " ", detail);
  log.prepend(item);
  while (log.children.length > 50) log.lastElementChild.remove();
}
for (const type of EVENTS) document.addEventListener(type, logEvent);
$("#log-clear").addEventListener("click", () => log.replaceChildren());

syncControls();
remount();
