// Shared helpers of the end-to-end tests (node:test + axe-core; playwright-core for Chromium,
// selenium-webdriver for Firefox and WebKit: tests/e2e/engines.mjs). The browsers are Debian's:
// nothing is ever downloaded. Everything that takes a `page` works with both kinds of page (it
// only uses `evaluate`, `waitForFunction` and `keyboard`/`mouse`), so it serves the suites that
// run in the three engines as well as the Chromium-only ones.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../../scripts/serve.mjs";
import { after, before, it } from "node:test";
import { CHROMIUM, CHROMIUM_ARGS, launchEngine } from "./engines.mjs";

export { CHROMIUM, CHROMIUM_ARGS, ENGINES } from "./engines.mjs";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const HOST = "[data-bouton3018-host]";
export const DIALOG = `${HOST} dialog`;
export const EVENTS = ["bouton3018:report", "bouton3018:show", "bouton3018:action", "bouton3018:close", "bouton3018:error"];

/** The instrumentation every cross-engine page gets first (scripts/serve.mjs `inject`). */
export const RECORDER = "/tests/e2e/pages/recorder.js";

/**
 * Fails loudly (never skips) when a build output the tests drive is missing.
 * @param {string[]} paths relative to the repo root
 */
export function requireBuilt(paths) {
  const missing = paths.filter((p) => !existsSync(ROOT + p));
  if (missing.length) {
    throw new Error(`missing build output: ${missing.join(", ")}. Run \`make build\` first (pkg/ from wasm-pack, dist/ from scripts/build-dist.mjs, www/dist/ from webpack).`);
  }
}

export const PKG = ["pkg/bouton_3018.js", "pkg/bouton_3018_bg.wasm"];
export const DIST = ["dist/bouton-3018.js", "dist/bouton-3018.mjs", "dist/bouton_3018.js", "dist/bouton_3018_bg.wasm"];

export async function launch() {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: apt-get install chromium (never a downloaded browser)`);
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/**
 * Serves `root` (relative to the repo) on an ephemeral 127.0.0.1 port; `options` are
 * scripts/serve.mjs's `inject` and `fail`.
 */
export function serve(root = ".", headers = {}, options = {}) {
  return startServer({ root: ROOT + root, port: 0, headers, ...options });
}

/**
 * One engine (tests/e2e/engines.mjs) and one static server on `root` for the enclosing
 * `describe` block, the server injecting the recorder into every page: read `env.engine` /
 * `env.server` inside tests. The suites that run in Chromium, Firefox and WebKit use this.
 */
export function useEngineAndServer(engineName, root = ".", { inject = [], ...options } = {}) {
  const env = { engine: undefined, server: undefined };
  before(async () => {
    [env.engine, env.server] = await Promise.all([
      launchEngine(engineName),
      // The instrumentation is served from this repository whatever `root` is (the demo's is
      // www/dist).
      serve(root, {}, { inject: [RECORDER, ...inject], ...options, aliases: { "/tests/e2e/pages/": `${ROOT}tests/e2e/pages`, ...options.aliases } }),
    ]);
  });
  after(async () => {
    await env.engine?.close();
    await env.server?.close();
  });
  return env;
}

/** `name` prefixed with its engine, so that every test's output says where it ran. */
export const inEngine = (engine, name) => `[${engine}] ${name}`;

/**
 * An `it` for the suites of `useEngineAndServer`: each test gets a fresh tab of `env.engine`
 * (`tabOptions`, e.g. a phone's viewport), closed afterwards whatever happens, and is named with
 * its engine. `fn(tab, page)`.
 */
export const tabTests = (engine, env, tabOptions) => (name, fn) =>
  it(inEngine(engine, name), async () => {
    const tab = await env.engine.newTab(tabOptions);
    try {
      await fn(tab, tab.page);
    } finally {
      await tab.close();
    }
  });

/**
 * One browser and one static server on the repo root for the enclosing `describe` block:
 * started before its tests, closed after them. Read `env.browser` / `env.server` inside tests.
 */
export function useBrowserAndServer(root = ".") {
  const env = { browser: undefined, server: undefined };
  before(async () => {
    [env.browser, env.server] = await Promise.all([launch(), serve(root)]);
  });
  after(async () => {
    await env.browser?.close();
    await env.server?.close();
  });
  return env;
}

/**
 * A fresh Chromium context and page (the Chromium-only suites) that record console errors, page
 * errors and every bouton3018:* event (in `window.__bouton3018Events`, from before any page
 * script runs).
 */
export async function openPage(browser, { viewport = { width: 1280, height: 900 }, ...options } = {}) {
  const context = await browser.newContext({ viewport, ...options });
  await context.addInitScript((types) => {
    window.__bouton3018Events = [];
    for (const type of types) {
      document.addEventListener(type, (event) => {
        let detail = null;
        try { detail = JSON.parse(JSON.stringify(event.detail ?? null)); } catch { detail = "<unserialisable>"; }
        window.__bouton3018Events.push({ type, detail, bubbles: event.bubbles, composed: event.composed });
      });
    }
  }, EVENTS);
  const page = await context.newPage();
  const consoleErrors = [];
  const pageErrors = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(msg.text());
  });
  page.on("pageerror", (error) => pageErrors.push(String(error?.stack ?? error)));
  return { context, page, consoleErrors, pageErrors };
}

/** Asserts no uncaught exception, and no console error but the ones `allowed` matches. */
export function assertClean({ consoleErrors, pageErrors }, allowed = () => false) {
  assert.deepEqual(pageErrors, [], "uncaught exceptions in the page");
  assert.deepEqual(consoleErrors.filter((text) => !allowed(text)), [], "console errors in the page");
}

/**
 * `assertClean` for a page served with the recorder (any engine): adds what the page itself saw
 * (console.error calls, uncaught errors, rejections, CSP violations) to what the driver saw
 * (Chromium: Playwright's console and page errors; WebDriver has no log to read).
 */
export async function assertNoErrors(tab, allowed = () => false, page = tab.page) {
  const seen = await page.evaluate(() => window.__bouton3018Errors ?? null);
  assert.ok(seen, "the page has the recorder (served with inject: [RECORDER])");
  assertClean({ consoleErrors: [...tab.consoleErrors, ...seen.console], pageErrors: [...tab.pageErrors, ...seen.page] }, allowed);
}

/** The recorded bouton3018:* events (optionally of one type). */
export async function events(page, type) {
  const all = await page.evaluate(() => window.__bouton3018Events);
  return type ? all.filter((e) => e.type === type) : all;
}

export async function clearEvents(page) {
  await page.evaluate(() => window.__bouton3018Events.splice(0));
}

/** Waits until at least `count` events of `type` were recorded; returns them. */
export async function waitForEvents(page, type, count = 1, timeout = 10_000) {
  await page.waitForFunction(
    ([t, n]) => window.__bouton3018Events.filter((e) => e.type === t).length >= n,
    [type, count],
    { timeout },
  );
  return events(page, type);
}

/** Lets queued tasks run (two animation frames), e.g. before asserting "exactly once". */
export async function settle(page) {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)))));
}

export async function dispatchReport(page, detail = { category: "harassment", role: "victim" }) {
  await page.evaluate((d) => document.dispatchEvent(new CustomEvent("bouton3018:report", { detail: d })), detail);
}

/**
 * The open widget dialog's state, read inside its shadow root: one host, one dialog, modal,
 * role/aria attributes, the title its aria-labelledby points at, where focus is.
 */
export async function dialogState(page) {
  return page.evaluate((hostSelector) => {
    const hosts = [...document.querySelectorAll(hostSelector)];
    const dialogs = hosts.flatMap((h) => [...(h.shadowRoot?.querySelectorAll("dialog") ?? [])]);
    const open = dialogs.filter((d) => d.open);
    const dialog = open[0];
    if (!dialog) return { hosts: hosts.length, dialogs: dialogs.length, open: 0 };
    const root = dialog.getRootNode();
    const labelledby = dialog.getAttribute("aria-labelledby");
    const title = labelledby ? root.getElementById(labelledby) : null;
    const active = root.activeElement;
    return {
      hosts: hosts.length,
      dialogs: dialogs.length,
      open: open.length,
      modal: dialog.matches(":modal"),
      role: dialog.getAttribute("role"),
      ariaModal: dialog.getAttribute("aria-modal"),
      lang: dialog.closest("[lang]")?.getAttribute("lang") ?? null,
      title: title ? title.textContent.trim() : null,
      titleVisible: !!title && title.checkVisibility(),
      focusInside: !!active && dialog.contains(active) && document.activeElement === root.host,
      focused: active ? `${active.localName}${active.getAttribute("href") ? `[href=${active.getAttribute("href")}]` : ""}` : null,
      hrefs: [...dialog.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")),
      buttons: [...dialog.querySelectorAll("button")].map((b) => ({ text: b.textContent.trim(), type: b.getAttribute("type") })),
    };
  }, HOST);
}

/** Waits until exactly the widget's dialog is open (or, with `false`, none is). */
export async function waitForDialog(page, open = true, timeout = 10_000) {
  await page.waitForFunction(
    ([hostSelector, wanted]) => {
      const open = [...document.querySelectorAll(hostSelector)].some((h) => [...(h.shadowRoot?.querySelectorAll("dialog") ?? [])].some((d) => d.open));
      return open === wanted;
    },
    [HOST, open],
    { timeout },
  );
}

/** Waits until `document.activeElement` is the element `locator` points at (Playwright). */
export async function waitForFocus(locator, timeout = 5_000) {
  const handle = await locator.elementHandle();
  await locator.page().waitForFunction((el) => document.activeElement === el, handle, { timeout });
}

/** Waits until `document.activeElement` matches `selector` (any engine). */
export async function waitForFocusOn(page, selector, timeout = 5_000) {
  await page.waitForFunction((s) => document.activeElement?.matches(s), selector, { timeout });
}

/**
 * Clicks (or, with `touch`, taps) the centre of the first element matching `selector` — in the
 * widget's shadow root when `inWidget`, in the document otherwise — whose text contains `text`
 * if given: a real pointer event at that point, as a user would, in any engine. Scrolls it into
 * view first. Returns the point.
 */
export async function clickElement(tab, selector, { inWidget = false, text, touch = false } = {}) {
  const point = await tab.page.evaluate(
    async ([sel, shadow, hostSelector, wanted]) => {
      const root = document.querySelector(hostSelector)?.shadowRoot;
      const scope = shadow ? root : document;
      const el = [...(scope?.querySelectorAll(sel) ?? [])].find((e) => wanted == null || e.textContent.includes(wanted));
      if (!el) return null;
      // Where it rests: after the dialog's opening slide (bounded, so that an endless animation
      // fails the caller's checks instead of hanging here).
      const idle = new Promise((resolve) => setTimeout(resolve, 1000));
      await Promise.race([Promise.all([...document.getAnimations(), ...(root?.getAnimations() ?? [])].map((a) => a.finished)), idle]);
      el.scrollIntoView({ block: "nearest" });
      const r = el.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    },
    [selector, inWidget, HOST, text ?? null],
  );
  assert.ok(point, `nothing to click: ${selector}${text ? ` with "${text}"` : ""}${inWidget ? " in the widget" : ""}`);
  if (touch) await tab.tap(point.x, point.y);
  else await tab.page.mouse.click(point.x, point.y);
  return point;
}

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** axe-core's own build, injected into the page once (any engine). */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * axe-core run in the page, scoped to the widget host (axe walks into its open shadow root),
 * with the suite's tags plus `target-size`, which only runs when asked (docs/accessibility.md, behaviour 16). The same
 * call in every engine; the results are cut to what the assertions read.
 */
export async function axeRun(page) {
  if (!(await page.evaluate(() => typeof window.axe?.run === "function"))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(
    async ([host, tags]) => {
      const r = await window.axe.run(
        { include: [[host]] },
        { runOnly: { type: "tag", values: tags }, rules: { "target-size": { enabled: true } } },
      );
      const nodes = (v) => v.nodes.map((n) => ({ target: n.target.flat(), failureSummary: n.failureSummary ?? "" }));
      return {
        violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: nodes(v) })),
        passes: r.passes.map((p) => ({ id: p.id })),
      };
    },
    [HOST, AXE_TAGS],
  );
}

/** Same as axeRun (the name the older suites use). */
export const axe = axeRun;

export function summariseViolations(violations) {
  return violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n").join(" ")}`).join("\n    ")}`,
  );
}

export async function assertNoAxeViolations(page, label = "") {
  const { violations, passes } = await axeRun(page);
  assert.deepEqual(summariseViolations(violations), [], `axe violations ${label}`);
  assert.ok(passes.length > 0, `axe ran no rule on the widget ${label}: is the host in the page?`);
}
