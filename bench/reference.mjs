// The plain-JS reference of the time-to-modal benchmark (bench/run.mjs): the fastest plain-JS way
// to show the *same* dialog the widget shows — its markup, parsed once into a <template> at page
// load, cloned into a native <dialog> in an open shadow root with the same constructable
// stylesheet on each open; showModal(), focus where the widget puts it, bouton3018:show and
// bouton3018:close events. No decisions, no schedule, no config, no validation: what "just open
// this dialog" costs, so the bench can say how much the widget's machinery adds.
//
// The markup is the widget's own: bench/run.mjs mounts the widget under a fixed clock (line
// open, a phone, French), serialises its open dialog (`window.__bench.markup()`), and hands it
// to the reference pages as `window.__referenceMarkup` before they run (a Playwright init
// script). So the reference can never drift from the widget; run.mjs still compares the two
// dialogs after a show.
import sheet from "../src/shell/style.css" with { type: "css" };

const doc = document;
const markup = window.__referenceMarkup;
if (!markup) throw new Error("bench/reference.mjs: no window.__referenceMarkup (bench/run.mjs sets it)");

const emit = (name, detail) =>
  doc.dispatchEvent(new CustomEvent(`bouton3018:${name}`, { bubbles: true, composed: true, detail }));

const host = doc.createElement("div");
for (const [name, value] of markup.host) host.setAttribute(name, value);
const root = host.attachShadow({ mode: "open" });
root.adoptedStyleSheets = [sheet];
const dialog = doc.createElement("dialog");
// Its attributes as they were while it showed, but `open` (showModal() sets it).
for (const [name, value] of markup.dialog) if (name !== "open") dialog.setAttribute(name, value);
root.appendChild(dialog);
doc.body.appendChild(host);
const template = doc.createElement("template");
template.innerHTML = markup.html;

let opener = null;
let via = null;

function show() {
  if (dialog.open) return;
  opener = doc.activeElement;
  dialog.replaceChildren(template.content.cloneNode(true));
  dialog.showModal();
  (markup.focus ? dialog.querySelectorAll(markup.focus.tag)[markup.focus.index] : dialog).focus();
  emit("show", { platform: "instagram", locale: "fr", open: true });
}

function hide(how) {
  if (!dialog.open) return;
  via = how;
  dialog.close();
}

dialog.addEventListener("click", (event) => {
  if (event.target.closest?.("[data-bouton3018-close]")) hide("button");
});
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
