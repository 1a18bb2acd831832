// Helpers of the accessibility suite (a11y.test.mjs): the variant matrix, the host page, an
// in-page toolbox (installed before any page script), colour maths, the browser's own
// accessibility tree (CDP) and a fast axe-core run.
import assert from "node:assert/strict";
import { AxeBuilder } from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, extname, join } from "node:path";
import { MIME } from "../../scripts/serve.mjs";
import { AXE_TAGS, HOST, openPage } from "./helpers.mjs";

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

export const DEVICES = {
  phone: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
  desktop: { viewport: { width: 1280, height: 800 } },
};

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
  return { ...ACTIONS[v.action], locale: v.locale, now, returnFocus: "#return-here" };
}

/** Whether the variant shows a tel:3018 call link. */
export const showsCall = (v) => v.line === "open" && v.action !== "link";

/** The host page's language: always different from the widget's (behaviour 13). */
export const hostLang = (v) => (v.locale === "fr" ? "en" : "fr");

/**
 * The in-page toolbox, `window.__a11y`, installed by an init script before the host page runs.
 * Everything reads the widget through its open shadow root, never through our own shell code.
 */
function toolbox() {
  const t = {
    host: () => document.querySelector("[data-bouton3018-host]"),
    root: () => t.host()?.shadowRoot ?? null,
    dialog: () => t.root()?.querySelector("dialog") ?? null,
    isOpen: () => !!t.dialog()?.open,
    /** Every control of the dialog, independently of the shell's own list. */
    controls: () =>
      [...(t.dialog()?.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]") ?? [])].filter(
        (el) => el.checkVisibility() && el.tabIndex >= 0,
      ),
    /** The focused element, through open shadow roots. */
    deepActive: () => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a;
    },
    /** A short stable name of an element, for assertion messages and sequences. */
    describe: (el) => {
      if (!el) return null;
      if (el.id) return `#${el.id}`;
      const href = el.getAttribute?.("href");
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      return `${el.localName}${href ? `[href=${href}]` : ""}${text ? `"${text}"` : ""}`;
    },
    insideDialog: (el) => !!el && !!t.dialog()?.contains(el) && document.activeElement === t.host(),
    /** Colour → [r, g, b, a] (0–255, a 0–1), via a canvas so any CSS colour syntax works. */
    rgba: (css) => {
      const ctx = (t._ctx ??= new OffscreenCanvas(1, 1).getContext("2d", { willReadFrequently: true }));
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = "#00000000";
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    },
    over: ([r, g, b, a], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1],
    luminance: ([r, g, b]) => {
      const c = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
    },
    contrast: (a, b) => {
      const [x, y] = [t.luminance(a), t.luminance(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    },
    /** The opaque colour painted behind `el` (its nearest backgrounds, composited up to the dialog). */
    backdropOf: (el) => {
      const layers = [];
      for (let node = el; node; node = node.parentElement ?? node.getRootNode().host ?? null) {
        const bg = t.rgba(getComputedStyle(node).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] >= 1 || node === t.dialog()) break;
      }
      return layers.reverse().reduce((acc, layer) => t.over(layer, acc), [255, 255, 255, 1]);
    },
    /** Whether `el` is what a pointer at its centre hits: our host for the page, `el` inside. */
    topmostAtCentre: (el) => {
      const r = el.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      const page = document.elementFromPoint(x, y);
      const inner = t.root().elementFromPoint(x, y);
      return { x, y, page: t.describe(page), inner: t.describe(inner), ok: page === t.host() && !!inner && el.contains(inner) };
    },
  };
  window.__a11y = t;
}

/**
 * `A11Y_PKG=/some/dir` serves the package's pkg/ files from that directory instead: how the
 * suite was checked to fail against a build with one behaviour broken, without touching the
 * shared pkg/ (docs/accessibility.md).
 */
const PKG_OVERRIDE = process.env.A11Y_PKG;

/** A new context + page on the host page for variant `v`; the widget is not mounted yet. */
export async function openHostPage(browser, server, v) {
  const tab = await openPage(browser, { ...DEVICES[v.device], timezoneId: "Europe/Paris", reducedMotion: "no-preference" });
  await tab.context.addInitScript(toolbox);
  if (PKG_OVERRIDE) {
    await tab.context.route(/\/pkg\/[^/]+$/, (route) => {
      const file = join(PKG_OVERRIDE, basename(new URL(route.request().url()).pathname));
      return route.fulfill({ path: file, headers: { "content-type": MIME[extname(file)], "cache-control": "no-store" } });
    });
  }
  await tab.page.goto(`${server.url}${HOST_PAGE}?lang=${hostLang(v)}&role=${v.role}`);
  tab.cdp = await tab.context.newCDPSession(tab.page);
  return tab;
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

/**
 * axe-core scoped to the widget host, with the suite's tags plus `target-size`, through
 * @axe-core/playwright. Two speed-ups, same rules and results: axe-core's source (the
 * minified build of the axe-core AxeBuilder would inject) goes into a page once, not twice per
 * run; legacy mode (one `axe.run` in the page) because the default mode opens and closes a blank
 * page per run to merge frame results, and the host page has no iframes.
 */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export async function axeRun(page) {
  if (!(await page.evaluate(() => typeof window.axe?.run === "function"))) await page.evaluate(AXE_SOURCE);
  return new AxeBuilder({ page, axeSource: "void 0" })
    .setLegacyMode()
    .options({ rules: { "target-size": { enabled: true } } })
    .withTags(AXE_TAGS)
    .include(HOST)
    .analyze();
}

export function summariseViolations(violations) {
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n").join(" ")}`).join("\n    ")}`,
  );
}

/** WCAG 1.4.12 text spacing (the W3C/Steve Faulkner test bookmarklet's rules). */
export const TEXT_SPACING_CSS = `
  * { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
  p { margin-bottom: 2em !important; }
`;
