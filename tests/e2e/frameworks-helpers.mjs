// For tests/e2e/frameworks.test.mjs: the framework apps' dependencies installed once into a
// cache folder, and a ledger of what the widget leaves in the page (hosts, listeners, timers).
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { copyFile, cp, mkdir, mkdtemp, readFile, readdir, rename, rm, stat, writeFile } from "node:fs/promises";
import { homedir } from "node:os";
import { join } from "node:path";
import { assertInstalledWasm, sh } from "./apps-common.mjs";
import { ROOT, dialogState, events, settle, waitForDialog } from "./helpers.mjs";

/**
 * Where each app's dependencies are installed once (`npm ci` from its committed lockfile, the
 * npm cache first) and reused by every later run: `FRAMEWORKS_CACHE`, else
 * `$XDG_CACHE_HOME/bouton-3018/frameworks` (`~/.cache/...`). Outside the checkout, so a fresh
 * clone on the same machine (CI) reuses it. One folder per app and dependency set
 * (`<app>-<hash>`); the test runs' scratch copies go in `run-*` beside them.
 */
export const CACHE = process.env.FRAMEWORKS_CACHE ?? join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "bouton-3018", "frameworks");

/**
 * The app's dependencies, without bouton-3018 (installed from the fresh tarball at each run),
 * as `<CACHE>/<app>-<hash>/node_modules`. The hash covers package.json, the lockfile, Node's and
 * npm's versions. Installed into a scratch folder renamed into place at the end, so a run
 * interrupted half-way, or two runs at once, never leave a half-installed folder behind.
 * Returns the folder and whether it was installed now.
 */
async function cachedDependencies(name) {
  const app = `${ROOT}tests/apps/${name}/`;
  const manifest = JSON.parse(await readFile(`${app}package.json`, "utf8"));
  const lock = JSON.parse(await readFile(`${app}package-lock.json`, "utf8"));
  delete manifest.dependencies["bouton-3018"];
  delete lock.packages[""].dependencies["bouton-3018"];
  delete lock.packages["node_modules/bouton-3018"];
  const { stdout: npmVersion } = await sh("npm", ["--version"], ROOT);
  const key = createHash("sha256").update(JSON.stringify([manifest, lock, process.version, npmVersion.trim()])).digest("hex").slice(0, 12);
  const dir = join(CACHE, `${name}-${key}`);
  if (existsSync(join(dir, "node_modules"))) return { dir, installed: false };
  await mkdir(CACHE, { recursive: true });
  const scratch = await mkdtemp(join(CACHE, `${name}-${key}.partial-`));
  try {
    await writeFile(join(scratch, "package.json"), JSON.stringify(manifest, null, 2));
    await writeFile(join(scratch, "package-lock.json"), JSON.stringify(lock, null, 2));
    // The only step that may use the network: what the npm cache lacks (a fresh machine).
    await sh("npm", ["ci", "--prefer-offline", "--no-audit", "--no-fund", "--loglevel=error"], scratch, 600_000);
    await rename(scratch, dir);
  } catch (error) {
    await rm(scratch, { recursive: true, force: true });
    if (!existsSync(join(dir, "node_modules"))) throw error; // else: another run got there first
  }
  return { dir, installed: true };
}

/**
 * A scratch folder for one test run's app copies, on the cache's file system (hard links).
 * Scratch and half-installed folders older than a day (a run that was killed) are removed.
 */
export async function scratchFolder() {
  await mkdir(CACHE, { recursive: true });
  for (const entry of await readdir(CACHE)) {
    if (!entry.startsWith("run-") && !entry.includes(".partial-")) continue;
    const info = await stat(join(CACHE, entry)).catch(() => null); // gone meanwhile: another run
    if (info && Date.now() - info.mtimeMs > 86_400_000) await rm(join(CACHE, entry), { recursive: true, force: true });
  }
  return mkdtemp(join(CACHE, "run-"));
}

/**
 * Copies tests/apps/<name> into `scratch`, gives it the cached dependencies (hard links: no
 * copy of the bytes, so the cache must never be written through them) and installs the packed
 * tarball into it OFFLINE, as a platform would (`npm install ./bouton-3018.tgz`).
 */
export async function installApp(name, scratch, tarball) {
  const started = Date.now();
  const deps = await cachedDependencies(name);
  const cached = Date.now();
  const dir = join(scratch, name);
  const skip = new Set(["node_modules", "dist", ".next", "next-env.d.ts", "tsconfig.tsbuildinfo", "bouton-3018.tgz"]);
  await cp(`${ROOT}tests/apps/${name}`, dir, { recursive: true, filter: (src) => !skip.has(src.split("/").pop()) });
  await sh("cp", ["-al", join(deps.dir, "node_modules"), join(dir, "node_modules")], scratch);
  // npm rewrites its hidden lockfile in place: unlink this copy's so the cache's stays intact.
  await rm(join(dir, "node_modules/.package-lock.json"), { force: true });
  await copyFile(tarball.path, join(dir, "bouton-3018.tgz"));
  await sh("npm", ["install", "--offline", "--no-audit", "--no-fund", "--loglevel=error", "./bouton-3018.tgz"], dir);
  await assertInstalledWasm(dir, tarball.wasm, name);
  return { dir, installedDependencies: deps.installed, dependenciesMs: cached - started, totalMs: Date.now() - started };
}

/**
 * Init script: records, from before any page script runs, what the widget owns.
 * - hosts: `[data-bouton3018-host]` elements now in the document, and how many were ever
 *   added / removed (a MutationObserver), so a mount destroyed at once still counts;
 * - listeners and timers registered from WebAssembly (a `wasm` frame on the stack when
 *   `addEventListener`, `setTimeout`, `setInterval` or `requestAnimationFrame` is called): the
 *   widget's, since its shell is the only wasm in these pages. A listener counts until removed
 *   (`removeEventListener` with the same target, type, callback and capture), a timer until it
 *   fires or is cleared.
 * `window.__ledger.read()` returns the counts.
 */
export function ledgerScript() {
  const wasmFrame = /wasm-function|\.wasm\b|wasm:\/\//;
  const fromWasm = () => {
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 200;
    try {
      return wasmFrame.test(new Error().stack);
    } finally {
      Error.stackTraceLimit = limit;
    }
  };
  const listeners = [];
  const timers = new Map();
  let seenListeners = 0;
  let seenTimers = 0;
  const captures = (options) => (typeof options === "boolean" ? options : !!options?.capture);
  const indexOf = (target, type, callback, capture) =>
    listeners.findIndex((l) => l.target === target && l.type === type && l.callback === callback && l.capture === capture);
  const { addEventListener, removeEventListener } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (type, callback, options) {
    if (callback && fromWasm() && indexOf(this, type, callback, captures(options)) < 0) {
      listeners.push({ target: this, type, callback, capture: captures(options) });
      seenListeners++;
    }
    return addEventListener.call(this, type, callback, options);
  };
  EventTarget.prototype.removeEventListener = function (type, callback, options) {
    const i = indexOf(this, type, callback, captures(options));
    if (i >= 0) listeners.splice(i, 1);
    return removeEventListener.call(this, type, callback, options);
  };
  const track = (set, clear, kind, repeats) => {
    window[set] = new Proxy(window[set], {
      apply(native, self, args) {
        if (typeof args[0] !== "function" || !fromWasm()) return Reflect.apply(native, window, args);
        const callback = args[0];
        let id;
        args[0] = function (...a) {
          if (!repeats) timers.delete(`${kind}:${id}`);
          return callback.apply(this, a);
        };
        id = Reflect.apply(native, window, args);
        timers.set(`${kind}:${id}`, kind);
        seenTimers++;
        return id;
      },
    });
    window[clear] = new Proxy(window[clear], {
      apply(native, self, args) {
        timers.delete(`${kind}:${args[0]}`);
        return Reflect.apply(native, window, args);
      },
    });
  };
  track("setTimeout", "clearTimeout", "timeout", false);
  track("setInterval", "clearInterval", "interval", true);
  track("requestAnimationFrame", "cancelAnimationFrame", "frame", false);

  const isHost = (node) => node.nodeType === 1 && node.matches("[data-bouton3018-host]");
  const hostsIn = (node) => (node.nodeType === 1 ? (isHost(node) ? 1 : 0) + node.querySelectorAll("[data-bouton3018-host]").length : 0);
  let added = 0;
  let removed = 0;
  new MutationObserver((records) => {
    for (const r of records) {
      for (const n of r.addedNodes) added += hostsIn(n);
      for (const n of r.removedNodes) removed += hostsIn(n);
    }
  }).observe(document, { childList: true, subtree: true });

  window.__ledger = {
    read: () => ({
      hosts: document.querySelectorAll("[data-bouton3018-host]").length,
      added,
      removed,
      listeners: listeners.length,
      listenerTypes: listeners.map((l) => `${l.target?.constructor?.name}:${l.type}`).sort(),
      timers: timers.size,
      seenListeners,
      seenTimers,
      elements: document.getElementsByTagName("*").length,
      htmlStyle: document.documentElement.getAttribute("style"),
      bodyStyle: document.body?.getAttribute("style") ?? null,
    }),
  };
}

/**
 * The ledger, plus the listeners the browser itself holds on `document` and `window` (Chrome
 * DevTools Protocol `DOMDebugger.getEventListeners`, whoever added them), by type.
 */
export async function snapshot(tab) {
  const ledger = await tab.page.evaluate(() => window.__ledger.read());
  const onTargets = {};
  for (const expression of ["document", "window"]) {
    const { result } = await tab.cdp.send("Runtime.evaluate", { expression });
    const { listeners } = await tab.cdp.send("DOMDebugger.getEventListeners", { objectId: result.objectId });
    onTargets[expression] = listeners.map((l) => `${l.type}${l.useCapture ? "(capture)" : ""}`).sort();
    await tab.cdp.send("Runtime.releaseObject", { objectId: result.objectId });
  }
  return { ...ledger, onTargets };
}

/** Waits until the ledger shows `hosts` hosts after at least `added` additions, then settles. */
export async function waitForHosts(page, hosts, added, label, timeout = 15_000) {
  try {
    await page.waitForFunction(([h, a]) => {
      const l = window.__ledger.read();
      return l.hosts === h && l.added >= a && l.added - l.removed === h;
    }, [hosts, added], { timeout });
  } catch (error) {
    const l = await page.evaluate(() => window.__ledger.read());
    throw new Error(`${label}: waited for ${hosts} host(s) after ${added} mount(s), got ${l.hosts} (added ${l.added}, removed ${l.removed})\n${error.message}`);
  }
  await settle(page);
}

/**
 * Clicks the page's report button: exactly one dialog opens, with one `bouton3018:show`; the
 * widget's timer (its next re-render) is counted. Returns the dialog's state (still open).
 */
export async function reportOnce(tab, label) {
  const before = (await events(tab.page, "bouton3018:show")).length;
  await tab.page.getByRole("button", { name: "Signaler ce contenu" }).click();
  await waitForDialog(tab.page);
  await settle(tab.page);
  const state = await dialogState(tab.page);
  assert.equal(state.hosts, 1, `${label}: one host`);
  assert.equal(state.dialogs, 1, `${label}: one dialog`);
  assert.equal(state.open, 1, `${label}: one open dialog`);
  assert.ok(state.modal && state.focusInside, `${label}: modal, focus inside`);
  assert.equal((await events(tab.page, "bouton3018:show")).length, before + 1, `${label}: one bouton3018:show per report`);
  const open = await snapshot(tab);
  assert.ok(open.timers >= 1, `${label}: the open widget's next re-render is a timer the ledger sees (got ${open.timers})`);
  return state;
}

/** Escape closes the dialog (the widget stays mounted). */
export async function closeWithEscape(page) {
  await page.keyboard.press("Escape");
  await waitForDialog(page, false);
}

/**
 * Asserts the widget left nothing: no host, no listener or timer it registered, the page's
 * <html>/<body> style attributes as before it mounted; and, against `reference` (the same view
 * after an earlier round trip), the same number of elements and the same listeners on
 * `document` and `window`.
 */
export function assertNothingLeft(now, reference, label) {
  assert.equal(now.hosts, 0, `${label}: no widget host left in the document`);
  assert.equal(now.added, now.removed, `${label}: every host added was removed (${now.added} added)`);
  assert.deepEqual(now.listenerTypes, [], `${label}: no listener registered by the widget left`);
  assert.equal(now.timers, 0, `${label}: no timer of the widget left`);
  if (reference) {
    assert.equal(now.elements, reference.elements, `${label}: as many elements as after the first round trip`);
    assert.deepEqual(now.onTargets, reference.onTargets, `${label}: the same listeners on document and window as after the first round trip`);
    assert.equal(now.htmlStyle, reference.htmlStyle, `${label}: <html> style restored`);
    assert.equal(now.bodyStyle, reference.bodyStyle, `${label}: <body> style restored`);
  }
}

/** Adds the ledger and a CDP session to a tab from helpers.openPage(), and records every console message. */
export async function instrument(tab) {
  await tab.context.addInitScript(ledgerScript);
  tab.cdp = await tab.context.newCDPSession(tab.page);
  tab.console = [];
  tab.page.on("console", (msg) => tab.console.push(`${msg.type()}: ${msg.text()}`));
  return tab;
}
