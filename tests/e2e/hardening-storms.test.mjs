// Hardening (issue 6, item 5): storms and races. 10,000 report events in one second open one
// dialog with no error and no leak (DOM nodes and JS event listeners back to their baseline,
// measured by Chromium after a forced GC); destroy() during opening; mount() twice; the script
// tag twice; show() before the wasm has loaded; the clock crossing 23:00 while open.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { DIST, HOST, PKG, assertClean, dialogState, dispatchReport, events, openPage, requireBuilt, settle, waitForDialog, waitForEvents, useBrowserAndServer } from "./helpers.mjs";

requireBuilt([...PKG, ...DIST]);

const PAGE = "/tests/e2e/pages/hostile-base.html";

/** Chromium's own counts (Performance.getMetrics) after a forced garbage collection. */
async function metrics(cdp) {
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics: list } = await cdp.send("Performance.getMetrics");
  const m = Object.fromEntries(list.map(({ name, value }) => [name, value]));
  return { nodes: m.Nodes, listeners: m.JSEventListeners };
}

describe("hardening: storms and races", { timeout: 120_000 }, () => {
  const env = useBrowserAndServer();

  async function freshPage() {
    const tab = await openPage(env.browser);
    await tab.page.goto(`${env.server.url}${PAGE}`);
    await tab.page.evaluate(async () => {
      window.__lib = await import("/js/index.js");
    });
    return tab;
  }

  it("10,000 reports in one second: one dialog, one show, no error, no leak", async () => {
    const tab = await freshPage();
    const { page } = tab;
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Performance.enable");
    await page.evaluate(async () => {
      window.__widget = await window.__lib.mount({ platform: "instagram", canCall: true, now: "2026-11-28T10:00:00+01:00" });
    });
    // One report/Escape cycle first, with the same Playwright calls as below: the steady state
    // (the first render creates what every later one reuses, and Playwright injects its own
    // helpers into the page on first use).
    await dispatchReport(page);
    await waitForDialog(page);
    await settle(page);
    await dialogState(page);
    await page.keyboard.press("Escape");
    await waitForDialog(page, false);
    await settle(page);
    const baseline = await metrics(cdp);
    const storm = await page.evaluate(async () => {
      const start = performance.now();
      let sent = 0;
      // 100 bursts of 100, one every 10 ms: 10,000 events within about a second.
      for (let burst = 0; burst < 100; burst++) {
        for (let i = 0; i < 100; i++) {
          const role = i % 2 ? "witness" : "victim";
          document.dispatchEvent(new CustomEvent("bouton3018:report", { detail: { category: "harassment", role } }));
          sent++;
        }
        await new Promise((r) => setTimeout(r, 10));
      }
      return { sent, ms: performance.now() - start };
    });
    assert.equal(storm.sent, 10_000);
    assert.ok(storm.ms < 3_000, `the storm took ${Math.round(storm.ms)} ms (the widget must keep up)`);
    await settle(page);
    const state = await dialogState(page);
    assert.equal(state.open, 1, "exactly one dialog open");
    assert.equal(state.hosts, 1, "one host");
    assert.equal((await events(page, "bouton3018:show")).length, 2, "one show for the storm (plus the warm-up)");
    assert.deepEqual(await events(page, "bouton3018:error"), []);
    await page.keyboard.press("Escape");
    await waitForDialog(page, false);
    await settle(page);
    const afterwards = await metrics(cdp);
    assert.deepEqual(afterwards, baseline, `DOM nodes and JS listeners back to the baseline after close (${JSON.stringify(baseline)} -> ${JSON.stringify(afterwards)})`);
    await page.evaluate(() => window.__widget.destroy());
    assertClean(tab);
    console.log(`# storm: 10000 reports in ${Math.round(storm.ms)} ms, nodes/listeners ${JSON.stringify(baseline)} -> ${JSON.stringify(afterwards)}`);
    await tab.context.close();
  });

  it("destroy() during opening, from a bouton3018:show listener and from a focusin listener", async () => {
    const tab = await freshPage();
    const { page } = tab;
    const result = await page.evaluate(async (hostSelector) => {
      const out = {};
      for (const when of ["bouton3018:show", "focusin"]) {
        const widget = await window.__lib.mount({ platform: "generic", trigger: false });
        document.addEventListener(when, () => widget.destroy(), { once: true });
        document.getElementById("host-button").focus();
        widget.show();
        out[when] = {
          hosts: document.querySelectorAll(hostSelector).length,
          htmlStyle: document.documentElement.getAttribute("style"),
          active: document.activeElement?.id,
        };
        widget.show(); // after destroy: nothing
        out[when].hostsAfterShow = document.querySelectorAll(hostSelector).length;
      }
      return out;
    }, HOST);
    for (const [when, r] of Object.entries(result)) {
      assert.deepEqual(r, { hosts: 0, htmlStyle: null, active: "host-button", hostsAfterShow: 0 }, `destroy() from ${when}`);
    }
    await settle(page);
    // Every show was followed by its close; no show after a close.
    const sequence = (await events(page)).filter((e) => /show|close/.test(e.type)).map((e) => e.type.slice(11));
    assert.deepEqual(sequence, ["show", "close", "close"], "show/close order (the focusin case closes before it could show)");
    assertClean(tab);
    await tab.context.close();
  });

  it("mount() twice (even at once, before the wasm is loaded): one wasm fetch, a report opens one dialog", async () => {
    const tab = await openPage(env.browser);
    const { page } = tab;
    const wasm = [];
    page.on("request", (r) => { if (r.url().endsWith(".wasm")) wasm.push(r.url()); });
    await page.goto(`${env.server.url}${PAGE}`);
    const r = await page.evaluate(async (hostSelector) => {
      const { mount } = await import("/js/index.js");
      const [a, b] = await Promise.all([mount({ platform: "generic" }), mount({ platform: "tiktok" })]);
      document.dispatchEvent(new CustomEvent("bouton3018:report", { detail: { category: "hate" } }));
      const open = [...document.querySelectorAll(hostSelector)].filter((h) => h.shadowRoot.querySelector("dialog[open]")).length;
      b.show(); // the other widget, explicitly: still one dialog on screen
      const openAfterShow = [...document.querySelectorAll(hostSelector)].filter((h) => h.shadowRoot.querySelector("dialog[open]")).length;
      a.close();
      a.destroy();
      b.destroy();
      return { open, openAfterShow, hosts: document.querySelectorAll(hostSelector).length, style: document.documentElement.getAttribute("style") };
    }, HOST);
    assert.deepEqual(r, { open: 1, openAfterShow: 1, hosts: 0, style: null });
    assert.equal(wasm.length, 1, "the wasm is fetched once");
    assert.equal((await events(page, "bouton3018:show")).length, 1);
    assertClean(tab);
    await tab.context.close();
  });

  it("the script tag twice, and the npm module beside it: one dialog per report", async () => {
    const tab = await openPage(env.browser);
    const { page } = tab;
    await page.goto(`${env.server.url}/tests/e2e/pages/script-tag.html`);
    await page.evaluate(async () => {
      await window.bouton3018.ready;
      // A third tag, added late, and a widget from the npm module (a second wasm instance).
      const s = document.createElement("script");
      s.src = "/dist/bouton-3018.js";
      s.dataset.platform = "instagram";
      document.head.append(s);
      await new Promise((r) => s.addEventListener("load", r));
      const { mount } = await import("/js/index.js");
      window.__npm = await mount({ platform: "generic" });
    });
    await page.evaluate(() => document.dispatchEvent(new CustomEvent("bouton3018:report", { detail: { category: "harassment" } })));
    await waitForDialog(page);
    await settle(page);
    const state = await dialogState(page);
    assert.equal(state.hosts, 2, "two widgets mounted (the tag once, the npm module once)");
    assert.equal(state.open, 1, "one dialog open");
    assert.equal((await events(page, "bouton3018:show")).length, 1);
    await page.keyboard.press("Escape");
    await waitForDialog(page, false);
    assertClean(tab);
    await tab.context.close();
  });

  it("show() and a report before the wasm has loaded (script tag): shown once", async () => {
    const tab = await openPage(env.browser);
    const { page } = tab;
    await page.goto(`${env.server.url}/tests/e2e/pages/hostile-early.html`);
    await waitForDialog(page);
    await waitForEvents(page, "bouton3018:show");
    await settle(page);
    const early = await page.evaluate(() => window.__early);
    assert.equal(early.hadWidget, false, "the report and show() were sent before the widget existed");
    const state = await dialogState(page);
    assert.equal(state.open, 1);
    assert.equal(state.hosts, 1);
    assert.equal((await events(page, "bouton3018:show")).length, 1, "shown once");
    assert.deepEqual(await events(page, "bouton3018:error"), []);
    assertClean(tab);
    await tab.context.close();
  });

  it("the clock crossing 23:00 while open: re-rendered closed, announced, focus kept inside", async () => {
    const tab = await freshPage();
    const { page } = tab;
    await page.evaluate(async () => {
      window.__widget = await window.__lib.mount({ platform: "instagram", canCall: true, trigger: false, now: "2026-11-28T22:59:58+01:00" });
      window.__widget.show();
    });
    // Focus on the call link (two Tabs from the dialog itself: Fermer, then the call), the
    // control the flip removes.
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const before = await dialogState(page);
    assert.ok(before.hrefs.includes("tel:3018"), "open at 22:59:58: the call link");
    assert.equal(before.focused, "a[href=tel:3018]");
    await page.waitForFunction((host) => {
      const root = document.querySelector(host).shadowRoot;
      return !root.querySelector('a[href="tel:3018"]');
    }, HOST, { timeout: 10_000 });
    const after = await dialogState(page);
    assert.equal(after.open, 1, "still open");
    assert.ok(after.focusInside, `focus stays inside (got ${after.focused})`);
    const live = await page.evaluate((host) => document.querySelector(host).shadowRoot.querySelector('[aria-live="polite"]').textContent, HOST);
    assert.match(live, /ferm/i, `the live region announces the closing (got ${JSON.stringify(live)})`);
    assert.ok(after.hrefs.includes("tel:3114"), `closed: the 3114 (got ${after.hrefs})`);
    assert.deepEqual(await events(page, "bouton3018:error"), []);
    await page.evaluate(() => window.__widget.destroy());
    assertClean(tab);
    await tab.context.close();
  });
});
