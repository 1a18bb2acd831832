// bouton-3018's early dialog: what the script tag (js/loader.js) shows when a report comes before
// the wasm is ready — on a slow network, `data-load="intent"` and no preload() yet — or when the
// wasm cannot load at all. Right for the hour without the wasm: the 3018's call and chat while it
// is open (09:00–23:00, Europe/Paris time from `Intl`, whatever the device's zone), otherwise when
// it reopens and the lines that answer at night (docs/facts.md). Its texts and links are the
// widget's own (js/early-texts*.js, generated from the Rust core). An accessible modal in an open
// shadow root, built with createElement/textContent only, as the widget's (docs/accessibility.md:
// focus on the dialog, Tab wraps, Escape closes, focus returns). The entry holds the links and the
// close button's name (js/early-texts.js); the texts and the look come in a module per locale
// and register that the loader fetches with the wasm (js/texts.<locale>[-easy].js): if it has
// not arrived, the dialog still shows every number and site, each link named by its number or
// its address (the minors' chat by its name).
import TEXTS, { LINKS } from "./early-texts.js";

/** The 3018's hours in Paris, in minutes (docs/facts.md: every day, public holidays included). */
const OPENS = 540;
const CLOSES = 1380;
const NBSP = "\u00a0";

let paris;
/** Minutes since midnight in Paris at `ms` (ms since the epoch). */
function parisMinutes(ms) {
  paris = paris || new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", hour: "numeric", minute: "numeric", hourCycle: "h23" });
  const [h, , m] = paris.formatToParts(ms);
  return h.value * 60 + +m.value;
}

/**
 * Whether the 3018 is open at `ms`; if not, the minutes until it reopens at 09:00 Paris (to the
 * minute, rounded up, as the widget counts) and whether that is today. Tested in Node across
 * summer time, in several device zones (tests/e2e/early-hours.test.mjs).
 */
export function hours(ms) {
  const now = parisMinutes(ms);
  if (now >= OPENS && now < CLOSES) return { open: true };
  let wait = (OPENS - now + 1440) % 1440;
  // A change of summer time in between moves 09:00 by an hour: ask Paris what time it is then.
  wait += OPENS - parisMinutes(ms + wait * 60000);
  return { open: false, today: now < OPENS, wait };
}

/** "9 h 30 min", "45 min", "8 h": a countdown as the widget writes it (no-break spaces). */
export function countdown(minutes) {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return (h ? h + NBSP + "h" + (m ? NBSP : "") : "") + (m || !h ? m + NBSP + "min" : "");
}

const fill = (template, values) => template && template.replace(/\{(\w+)\}/g, (all, key) => values[key]);

/** What the controls need to stay reachable (44 px targets) before js/early.css has arrived. */
const BASE = "a,button{display:block;min-height:44px}";

/**
 * The early dialog for one page. `emit(name, detail)` sends the widget's events; `dial()` gives
 * the platform's `dial` function (`window.bouton3018.dial`), if any, read at each tap; `more()`
 * the locale's module of texts, once it has arrived.
 * @param {{ locale?: string, platform?: string, action?: string }} options
 * @param {(name: string, detail: object) => void} emit
 * @param {() => unknown} dial
 * @param {() => object | undefined} more
 */
export function earlyDialog(options, emit, dial, more) {
  const doc = document;
  const lang = options.locale == "en" ? "en" : "fr";
  let host, root, dialog, style, via, previous;
  function el(tag, parent, text, className) {
    const node = doc.createElement(tag);
    if (text) node.textContent = text;
    if (className) node.className = className;
    return parent.appendChild(node);
  }
  function close(how) {
    if (dialog && dialog.open) {
      via = how;
      dialog.close();
    }
  }
  function build() {
    host = doc.createElement("div");
    // data-bouton3018-host, data-bouton3018-early; data-theme: light, dark, or (absent) the
    // device's scheme (js/early.css).
    Object.assign(host.dataset, { bouton3018Host: "", bouton3018Early: "", theme: options.theme });
    root = host.attachShadow({ mode: "open" });
    // A constructable stylesheet (a strict `style-src 'self'` allows it, not a <style>), a
    // <style> where there is none (Safari 15.4–16.3).
    try {
      style = new CSSStyleSheet();
      root.adoptedStyleSheets = [style];
    } catch (e) {
      style = el("style", root);
    }
    dialog = el("dialog", root);
    dialog.setAttribute("role", "dialog"); // explicit: axe's aria-dialog-name checks explicit roles only
    dialog.setAttribute("aria-modal", "true");
    dialog.setAttribute("aria-labelledby", "b3018-title");
    dialog.setAttribute("aria-describedby", "b3018-body");
    dialog.tabIndex = -1; // focusable by script (on open), never by Tab
    dialog.lang = lang;
    dialog.dir = "ltr";
    dialog.onclick = (event) => {
      const a = event.target.closest("a");
      if (!a) return event.target.closest("button") && close("button");
      emit("action", { kind: a.dataset.kind, helpline: a.dataset.helpline });
      const f = dial();
      if (/^tel:/.test(a.href) && typeof f == "function") {
        event.preventDefault();
        try {
          f(a.getAttribute("href"));
        } catch (error) {
          emit("error", { message: "bouton-3018: dial threw: " + ((error && error.message) || error) });
        }
      }
      // A site opens in a new tab and the dialog closes; a call keeps it (as the widget does).
      if (a.target) close("action");
    };
    // Tab from the last control goes to the first, Shift+Tab from the first (or from the dialog
    // itself) to the last. WebKitGTK says Shift+Tab is key "Unidentified", code "Tab".
    dialog.onkeydown = (event) => {
      if (event.code != "Tab" && event.key != "Tab") return;
      const controls = dialog.querySelectorAll("a,button");
      const last = controls[controls.length - 1];
      const active = root.activeElement;
      const to = event.shiftKey ? (active == controls[0] || active == dialog) && last : active == last && controls[0];
      if (to) {
        event.preventDefault();
        to.focus();
      }
    };
    // Escape closes natively; `close` is async and also follows close(): report how, once.
    dialog.onclose = () => {
      emit("close", { via: via || "escape" });
      via = null;
      previous?.focus?.(); // a no-op if it left the page
    };
    doc.body.appendChild(host);
  }
  /** The dialog's content at this moment, for `detail`. */
  function render(detail) {
    const t = Object.assign({}, TEXTS[lang], more());
    const css = BASE + (t.css || "");
    if (style.replaceSync) style.replaceSync(css);
    else style.textContent = css;
    const state = hours(Date.now());
    // Without the module (it did not arrive), each link is named by its number.
    const number = (template, n) => fill(template, { number: n }) || n;
    function links(parent, list) {
      for (const [id, label, kind] of list) {
        const a = el("a", parent, label, kind == "call" ? kind : "");
        // The numbers are their own `tel:` (the 114, an `sms:`); the sites come from the core.
        a.href = LINKS[id] || (id == "114" ? "sms:" : "tel:") + id;
        a.dataset.kind = kind;
        a.dataset.helpline = id == "site" ? "3018" : id;
        if (id == "site" || id == "minors-chat") {
          a.target = "_blank";
          a.rel = "noopener noreferrer";
        }
      }
    }
    const line = (id) => [id, number(t.callNumber, id), "fallback"];
    // At night the minors' chat first; at any hour the 3114 and the 119 (so a self-harm or a
    // child-abuse report has its line by day too), the emergency numbers and the 114 by SMS.
    const ladder = [
      !state.open && [t.reasonMinorsChat, ["minors-chat", t.minorsChat || "Espace Mineurs", "fallback"]],
      [t.reason3114, line("3114")],
      [t.reason119, line("119")],
      [t.reasonEmergency, line("17"), line("112")],
      [t.reason114, ["114", number(t.smsNumber, "114"), "fallback"]],
    ].filter(Boolean);
    dialog.textContent = "";
    const head = el("div", dialog);
    el("h2", head, (detail && detail.role == "witness" && t.titleWitness) || t.titleVictim || "3018").id = "b3018-title";
    el("button", head, t.close).type = "button";
    const status = state.open ? t.statusOpen : fill(t.statusClosed, { day: state.today ? t.today : t.tomorrow, in: countdown(state.wait) });
    el("p", dialog, t.body || status).id = "b3018-body";
    if (t.body && status) el("p", dialog, status);
    links(dialog, [
      state.open && options.platform != "tiktok" && options.action != "link" && ["3018", t.call || "3018", "call"],
      // Without the module, the site is named by its address: never a dialog without the 3018.
      ["site", (state.open ? t.chat : t.site) || LINKS.site.slice(8), state.open ? "chat" : "link"],
    ].filter(Boolean));
    const title = state.open ? t.alternativesOpen : t.alternativesClosed;
    if (title) el("h3", dialog, title);
    const ul = el("ul", dialog);
    for (const [reason, ...rest] of ladder) {
      const li = el("li", ul);
      if (reason) el("p", li, reason);
      links(li, rest);
    }
    return state.open;
  }
  return {
    show(detail) {
      if (!host) build();
      if (dialog.open) return;
      const open = render(detail);
      previous = doc.activeElement;
      dialog.showModal();
      // The dialog itself, as the wasm widget does: a screen reader then reads its title and
      // text (focused on a link, Orca says the link alone, or nothing in Chromium).
      dialog.focus();
      emit("show", { platform: options.platform, locale: lang, open });
    },
    isOpen: () => !!(dialog && dialog.open),
    close: () => close("api"),
    destroy() {
      close("api");
      if (host) host.remove();
      host = null;
    },
    free() {},
  };
}
