// Helpers of the accessibility suite (a11y.suite.mjs): the variant matrix, the host page and its
// in-page toolbox (pages/a11y-toolbox.js, injected before any page script), and the browser's
// own accessibility tree (CDP: Chromium only).
import assert from "node:assert/strict";
import { PALETTES } from "../../www/palettes.js";

export { axeRun, summariseViolations } from "./helpers.mjs";

export const HOST_PAGE = "/tests/e2e/pages/a11y-host.html";

/** Wednesday 25 November 2026, Paris (UTC+1). The 3018 is open every day 09:00–23:00. */
export const INSTANTS = {
  open: "2026-11-25T10:00:00+01:00",
  closed: "2026-11-25T23:30:00+01:00",
};
/** The flips of behaviour 14: the line closes at 23:00 and opens at 09:00. */
export const FLIPS = {
  open: { at: Date.parse("2026-11-25T23:00:00+01:00"), becomesOpen: false },
  closed: { at: Date.parse("2026-11-26T09:00:00+01:00"), becomesOpen: true },
};

/** The action modes, each from a preset (`both` overrides one). */
export const ACTIONS = {
  call: { platform: "instagram" },
  link: { platform: "tiktok" },
  both: { platform: "generic", action: "both" },
};

/**
 * `touch`: touch input and `isMobile` where the engine can emulate them (Chromium); elsewhere the
 * phone is its viewport (tests/e2e/engines.mjs).
 */
export const DEVICES = {
  phone: { viewport: { width: 390, height: 844 }, touch: true },
  desktop: { viewport: { width: 1280, height: 800 }, touch: false },
};

/** The phone sizes of behaviour 18: small and common, portrait and landscape. */
export const PHONE_SIZES = [
  { width: 390, height: 844 },
  { width: 844, height: 390 },
  { width: 320, height: 568 },
  { width: 568, height: 320 },
];

/** The toolbox script, injected into every page of the suite's server. */
export const TOOLBOX = "/tests/e2e/pages/a11y-toolbox.js";

/** What the widget says, per locale (src/core/texts.rs). */
export const TEXTS = {
  fr: {
    titleVictim: "Ce n'est pas de ta faute",
    titleWitness: "Merci d'avoir signalé",
    call: "Appeler le 3018",
    close: "Fermer",
    announceOpen: "Le 3018 est maintenant ouvert.",
    announceClosed: "Le 3018 est maintenant fermé.",
  },
  en: {
    titleVictim: "It's not your fault",
    titleWitness: "Thank you for reporting this",
    call: "Call 3018",
    close: "Close",
    announceOpen: "The 3018 is now open.",
    announceClosed: "The 3018 is now closed.",
  },
};

/** Every variant: line × action × locale × role × device (2 × 3 × 2 × 2 × 2 = 48). */
export function variants() {
  const all = [];
  for (const line of ["open", "closed"]) {
    for (const action of Object.keys(ACTIONS)) {
      for (const locale of ["fr", "en"]) {
        for (const role of ["victim", "witness"]) {
          for (const device of Object.keys(DEVICES)) {
            all.push({ name: `${line}·${action}·${locale}·${role}·${device}`, line, action, locale, role, device });
          }
        }
      }
    }
  }
  return all;
}

/** The widget config of a variant; `now` overridable (the clock starts there and runs). */
export function configOf(v, now = INSTANTS[v.line]) {
  return { ...ACTIONS[v.action], locale: v.locale, now, returnFocus: "#return-here", ...LOOKS[v.look]?.config };
}

/**
 * The looks of issue 20 (themes and the demo's brand palettes, www/palettes.js): the variants
 * that carry one (`v.look`) run the behaviours that depend on colours and layout only
 * (LOOK_BEHAVIOURS), in every engine.
 */
export const LOOKS = {
  dark: { config: { theme: "dark" } },
  violet: { config: { theme: "light", colors: PALETTES.violet } },
  "teal-dark": { config: { theme: "dark", colors: PALETTES.teal } },
  teal: { config: { colors: PALETTES.teal } },
};
/** Targets, focus ring, reflow, motion/forced colours/dark, axe. */
export const LOOK_BEHAVIOURS = ["B10", "B11", "B12", "B15", "B16"];
/** The variants with a look: a spread of lines, actions, locales, roles and devices. */
export const LOOK_VARIANTS = [
  { line: "open", action: "call", locale: "fr", role: "victim", device: "phone", look: "dark" },
  { line: "closed", action: "both", locale: "en", role: "witness", device: "desktop", look: "dark" },
  { line: "open", action: "both", locale: "fr", role: "victim", device: "desktop", look: "violet" },
  { line: "closed", action: "call", locale: "fr", role: "witness", device: "phone", look: "violet" },
  { line: "open", action: "link", locale: "en", role: "victim", device: "phone", look: "teal-dark" },
  { line: "closed", action: "link", locale: "fr", role: "victim", device: "desktop", look: "teal" },
].map((v) => ({ ...v, name: `${v.line}·${v.action}·${v.locale}·${v.role}·${v.device}·${v.look}` }));

/** Whether the variant shows a tel:3018 call link. */
export const showsCall = (v) => v.line === "open" && v.action !== "link";

/** The host page's language: always different from the widget's (behaviour 13). */
export const hostLang = (v) => (v.locale === "fr" ? "en" : "fr");

/**
 * `A11Y_PKG=/some/dir` serves the package's pkg/ files from that directory instead (the server's
 * `aliases`): how the suite was checked to fail against a build with one behaviour broken,
 * without touching the shared pkg/ (docs/accessibility.md). Works in every engine.
 */
export const PKG_ALIASES = process.env.A11Y_PKG ? { "/pkg/": process.env.A11Y_PKG } : {};

/** The host page's URL for variant `v`. */
export const hostUrl = (server, v) => `${server.url}${HOST_PAGE}?lang=${hostLang(v)}&role=${v.role}`;

/**
 * A new page (Chromium: a new context) sized for variant `v`'s device; the widget is not
 * mounted and nothing is loaded yet.
 */
export async function openHostTab(engine, v) {
  const { viewport, touch } = DEVICES[v.device];
  const options = engine.name === "chromium" ? { viewport, touch, reducedMotion: "no-preference" } : { viewport };
  return engine.newTab(options);
}

/** Mounts the built package (js/index.js + pkg/) into the page as `window.__widget`. */
export async function mountWidget(page, config) {
  await page.evaluate(async (c) => {
    const { mount } = await import("/js/index.js");
    window.__widget = await mount(c);
  }, config);
}

/**
 * The host page's own Tab order (from its first button, round through the end of the page and
 * back: every element that receives focus, our host included if it ever did) and what its
 * keydown listener sees of Escape.
 */
export async function hostKeyboardBaseline(page, presses = 9) {
  await page.evaluate(() => {
    window.scrollTo(0, 0);
    document.getElementById("corner").focus();
    window.__tabLog = [];
    window.__tabLogger ??= () => window.__tabLog.push(window.__a11y.describe(window.__a11y.deepActive()));
    document.addEventListener("focusin", window.__tabLogger, true);
  });
  for (let i = 0; i < presses; i++) await page.keyboard.press("Tab");
  await page.evaluate(() => {
    document.removeEventListener("focusin", window.__tabLogger, true);
    window.__keysBefore = window.__host.keys.length;
  });
  await page.keyboard.press("Escape");
  return page.evaluate(() => {
    window.scrollTo(0, 0);
    document.activeElement?.blur();
    return { order: window.__tabLog, escape: window.__host.keys.slice(window.__keysBefore).filter((k) => k.key === "Escape") };
  });
}

/** Accessibility-tree nodes (the browser's own, as screen readers get them) under `expression`. */
export async function axNodes(cdp, expression, role) {
  const { result } = await cdp.send("Runtime.evaluate", { expression });
  assert.ok(result.objectId, `no element for ${expression}`);
  const { nodes } = await cdp.send("Accessibility.queryAXTree", { objectId: result.objectId, ...(role ? { role } : {}) });
  return nodes;
}

/** The whole accessibility tree, non-ignored nodes only: `{ role, name }`. */
export async function axTree(cdp) {
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  return nodes.filter((n) => !n.ignored).map((n) => ({ role: n.role?.value, name: n.name?.value ?? "", id: n.backendDOMNodeId }));
}

/** innerText of the DOM node behind an AX node. */
export async function innerTextOf(cdp, backendNodeId) {
  const { object } = await cdp.send("DOM.resolveNode", { backendNodeId });
  const { result } = await cdp.send("Runtime.callFunctionOn", {
    objectId: object.objectId,
    functionDeclaration: "function () { return this.innerText; }",
    returnByValue: true,
  });
  await cdp.send("Runtime.releaseObject", { objectId: object.objectId });
  return result.value;
}

/** WCAG 1.4.12 text spacing (the W3C/Steve Faulkner test bookmarklet's rules). */
export const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;
