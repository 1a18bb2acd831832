// The plain-JS reference of the time-to-modal benchmark (bench/run.mjs): a minimal, hand-written
// native <dialog> with the same content, markup and stylesheet as the widget shows for
// { platform: "instagram", canCall: true } at 10:00 Paris time on 2026-11-28 (a Saturday, line
// open). No decisions, no schedule, no config: it is what "just open a dialog" costs, so the
// bench can print how much the widget's machinery (wasm call, view model, validation) adds.
// bench/run.mjs checks, under a fixed clock, that its text still equals the widget's.
//
// Like the widget it listens for `bouton3018:report` on document, lives in an open shadow root
// with the same constructable stylesheet (a CSS module import of src/shell/style.css), builds
// its content on each open, calls showModal(), focuses the primary action and emits
// bouton3018:show / bouton3018:close.
import sheet from "../src/shell/style.css" with { type: "css" };

const CONTENT = {
  title: "Ce n'est pas de ta faute",
  body: "Ton signalement est envoyé. Tu peux en parler au 3018 : c'est gratuit, anonyme et confidentiel, et personne ne te jugera. Des écoutants, des psychologues et des juristes t'aident, et peuvent faire retirer des contenus.",
  status: "Ouvert maintenant, jusqu'à 23\u00a0h",
  call: ["Appeler le 3018", "Gratuit, anonyme et confidentiel"],
  chat: "Discuter en ligne avec le 3018",
  channelsTitle: "Autres façons de joindre le 3018",
  deaf: "Accès sourds et malentendants (transcription, LSF)",
  deafStatus: "Ouvert maintenant, jusqu'à 12\u00a0h\u00a030",
  stepsTitle: "Ce que tu peux faire maintenant",
  steps: [
    "Garde des captures d'écran et les liens : ce sont des preuves.",
    "Ne réponds pas.",
    "Bloque le compte.",
    "Parles-en à un adulte de confiance.",
  ],
  alternativesTitle: "En cas d'urgence",
  emergency: "Si tu es en danger immédiat : 17 ou 112",
  close: "Fermer",
};

const doc = document;
const emit = (name, detail) =>
  doc.dispatchEvent(new CustomEvent(`bouton3018:${name}`, { bubbles: true, composed: true, detail }));

function el(tag, className, text, parent) {
  const node = doc.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  if (parent) parent.appendChild(node);
  return node;
}

function link(parent, className, href, label, hint, kind, helpline) {
  const a = el("a", className, "", parent);
  a.href = href;
  a.setAttribute("data-bouton3018-kind", kind);
  a.setAttribute("data-bouton3018-helpline", helpline);
  if (href.startsWith("https:")) {
    a.target = "_blank";
    a.rel = "noopener noreferrer";
  }
  el("span", "label", label, a);
  if (hint) el("span", "hint", hint, a);
  return a;
}

const host = el("div");
host.setAttribute("data-bouton3018-host", "");
host.lang = "fr";
host.dir = "ltr";
const root = host.attachShadow({ mode: "open" });
root.adoptedStyleSheets = [sheet];
const dialog = el("dialog", "bouton3018", "", root);
dialog.setAttribute("role", "dialog");
dialog.setAttribute("aria-modal", "true");
dialog.setAttribute("aria-labelledby", "bouton3018-title");
dialog.setAttribute("aria-describedby", "bouton3018-body");
dialog.lang = "fr";
dialog.dir = "ltr";
doc.body.appendChild(host);

let opener = null;
let via = null;

function build() {
  const c = CONTENT;
  const card = el("div", "card");
  el("h2", "title", c.title, card).id = "bouton3018-title";
  el("p", "body", c.body, card).id = "bouton3018-body";
  el("p", "status status-open", c.status, card);
  const actions = el("div", "actions", "", card);
  const primary = link(actions, "btn primary", "tel:3018", c.call[0], c.call[1], "call", "3018");
  link(actions, "btn secondary", "https://3018.fr", c.chat, "", "chat", "3018");
  el("div", "handoff", "", card).hidden = true;
  const channels = el("div", "channels", "", card);
  el("h3", "", c.channelsTitle, channels);
  const channel = el("li", "channel", "", el("ul", "channel-list", "", channels));
  link(channel, "btn small", "https://3018.fr", c.deaf, "", "link", "3018/deaf");
  el("p", "channel-status channel-open", c.deafStatus, channel);
  const steps = el("div", "steps", "", card);
  el("h3", "", c.stepsTitle, steps);
  const list = el("ul", "", "", steps);
  for (const step of c.steps) el("li", "", step, list);
  const alternatives = el("div", "alternatives", "", card);
  el("h3", "", c.alternativesTitle, alternatives);
  const rung = el("li", "rung", "", el("ul", "ladder", "", alternatives));
  el("p", "reason", c.emergency, rung);
  const links = el("div", "links", "", rung);
  link(links, "btn small", "tel:17", "Appeler le 17", "", "fallback", "17");
  link(links, "btn small", "tel:112", "Appeler le 112", "", "fallback", "112");
  const close = el("button", "close", c.close, card);
  close.type = "button";
  close.setAttribute("data-bouton3018-close", "");
  close.addEventListener("click", () => hide("button"));
  const live = el("div", "visually-hidden", "", card);
  live.setAttribute("role", "status");
  live.setAttribute("aria-live", "polite");
  live.setAttribute("aria-atomic", "true");
  dialog.replaceChildren(card);
  return primary;
}

function show() {
  if (dialog.open) return;
  opener = doc.activeElement;
  const primary = build();
  dialog.showModal();
  primary.focus();
  emit("show", { platform: "instagram", locale: "fr", open: true });
}

function hide(how) {
  if (!dialog.open) return;
  via = how;
  dialog.close();
}

dialog.addEventListener("close", () => {
  emit("close", { via: via || "escape" });
  via = null;
  if (opener && opener.isConnected && opener.focus) opener.focus();
});

doc.addEventListener("bouton3018:report", (event) => {
  if (event.detail && event.detail.category === "harassment") show();
});

/** The same surface the bench drives on the widget. */
export const reference = { show, close: () => hide("api"), destroy: () => host.remove() };
