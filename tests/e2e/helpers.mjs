// Shared helpers of the end-to-end tests (node:test + playwright-core + axe-core).
// The browser is Debian's /usr/bin/chromium: nothing is ever downloaded.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { AxeBuilder } from "@axe-core/playwright";
import { startServer } from "../../scripts/serve.mjs";
import { after, before } from "node:test";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const HOST = "[data-bouton3018-host]";
export const DIALOG = `${HOST} dialog`;
export const EVENTS = ["bouton3018:report", "bouton3018:show", "bouton3018:action", "bouton3018:close", "bouton3018:error"];

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

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

/** Serves `root` (relative to the repo) on an ephemeral 127.0.0.1 port. */
export function serve(root = ".", headers = {}) {
  return startServer({ root: ROOT + root, port: 0, headers });
}

/**
 * A fresh context and page that record console errors, page errors and every bouton3018:*
 * event (in `window.__bouton3018Events`, from before any page script runs).
 */
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

/** Waits until `document.activeElement` is the element `locator` points at. */
export async function waitForFocus(locator, timeout = 5_000) {
  const handle = await locator.elementHandle();
  await locator.page().waitForFunction((el) => document.activeElement === el, handle, { timeout });
}

export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** Runs axe-core scoped to the widget host (axe walks into its open shadow root). */
export async function axe(page) {
  const results = await new AxeBuilder({ page })
    // `options()` replaces the option object, so it goes before withTags(). target-size only
    // runs when asked (A11Y.md #16).
    .options({ rules: { "target-size": { enabled: true } } })
    .withTags(AXE_TAGS)
    .include(HOST)
    .analyze();
  return results;
}

export async function assertNoAxeViolations(page, label = "") {
  const { violations, passes } = await axe(page);
  const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.map((n) => `${n.target.join(" ")}: ${n.failureSummary?.split("\n").join(" ")}`).join("\n    ")}`);
  assert.deepEqual(summary, [], `axe violations ${label}`);
  assert.ok(passes.length > 0, `axe ran no rule on the widget ${label}: is the host in the page?`);
}
