// (b) The script-tag route, in Chromium, Firefox and WebKit: dist/bouton-3018.js included twice
// auto-mounts exactly once, loads the wasm beside it, opens one dialog per report; early
// reports are queued; a bad data- config never throws into the host.
import { describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  DIST, ENGINES, PKG, assertNoAxeViolations, assertNoErrors, dialogState, dispatchReport, events,
  requireBuilt, settle, tabTests, useEngineAndServer, waitForDialog, waitForEvents, waitForFocusOn,
} from "./helpers.mjs";

requireBuilt([...PKG, ...DIST]);

for (const engine of ENGINES) describe(`script tag (dist/) in ${engine}`, { timeout: 120_000 }, () => {
  // tests/e2e/pages/clock.js: `?clock=` sets the page's time where a test needs the line open.
  const env = useEngineAndServer(engine, ".", { inject: ["/tests/e2e/pages/clock.js"] });
  /** A test on a fresh tab, closed afterwards whatever happens. */
  const it = tabTests(engine, env);

  it("included twice: ready resolves, one report opens exactly one dialog (tiktok: link, no call)", async (tab, page) => {
    const before = env.server.requests.length;
    await page.goto(`${env.server.url}/tests/e2e/pages/script-tag.html`);

    const ready = await page.evaluate(async () => {
      const w = await window.bouton3018.ready;
      return { show: typeof w.show, close: typeof w.close, destroy: typeof w.destroy, mount: typeof window.bouton3018.mount };
    });
    assert.deepEqual(ready, { show: "function", close: "function", destroy: "function", mount: "function" });
    const wasm = env.server.requests.slice(before).filter((r) => r.endsWith(".wasm"));
    assert.deepEqual(wasm, ["/dist/bouton_3018_bg.wasm"], "the wasm is fetched once");
    const type = await page.evaluate(async () => (await fetch("/dist/bouton_3018_bg.wasm", { method: "HEAD" })).headers.get("content-type"));
    assert.equal(type, "application/wasm");
    assert.deepEqual(await events(page, "bouton3018:error"), [], "no bouton3018:error with a valid config");

    await page.evaluate(() => document.getElementById("opener").focus());
    await dispatchReport(page);
    await waitForDialog(page);
    await settle(page);
    const state = await dialogState(page);
    assert.equal(state.hosts, 1, "one host element although the script is included twice");
    assert.equal(state.open, 1, "exactly one open dialog");
    assert.equal(state.modal, true);
    assert.equal(state.role, "dialog");
    assert.equal(state.ariaModal, "true");
    assert.equal(state.lang, "fr");
    assert.ok(state.titleVisible, "its title is visible");
    assert.ok(state.focusInside, `focus is inside (got ${state.focused})`);
    assert.ok(!state.hrefs.includes("tel:3018"), `tiktok never shows a call link (got ${state.hrefs})`);
    assert.ok(state.hrefs.some((h) => h.startsWith("https://3018.fr")), `tiktok links to https://3018.fr (got ${state.hrefs})`);
    assert.equal((await events(page, "bouton3018:show")).length, 1, "bouton3018:show fired once");
    await assertNoAxeViolations(page, "(script tag, tiktok)");

    await page.keyboard.press("Escape");
    await waitForDialog(page, false);
    await waitForEvents(page, "bouton3018:close");
    await settle(page);
    assert.deepEqual((await events(page, "bouton3018:close")).map((e) => e.detail.via), ["escape"]);
    await waitForFocusOn(page, "#opener");
    await assertNoErrors(tab);
  });

  it("window.bouton3018.mount() resolves a widget, and rejects with an Error naming the field", async (tab, page) => {
    await page.goto(`${env.server.url}/tests/e2e/pages/script-tag.html`);
    const result = await page.evaluate(async () => {
      const w = await window.bouton3018.mount({ platform: "instagram", trigger: false, now: "2026-11-28T10:00:00+01:00" });
      w.show({ role: "witness" });
      const opened = [...document.querySelectorAll("[data-bouton3018-host]")].some((h) => h.shadowRoot?.querySelector("dialog[open]"));
      w.close();
      w.destroy();
      let error = null;
      try {
        await window.bouton3018.mount({ platform: "myspace" });
      } catch (e) {
        // A real Error (its internal slot, whatever realm the check runs in).
        error = { isError: Object.prototype.toString.call(e) === "[object Error]", message: e.message };
      }
      return { opened, error };
    });
    assert.equal(result.opened, true, "show() opens the explicitly mounted widget");
    assert.ok(result.error?.isError, "a bad config rejects with an Error");
    assert.match(result.error.message, /platform/);
    await assertNoErrors(tab);
  });

  it("a report sent before the wasm is loaded is not lost", async (tab, page) => {
    await page.goto(`${env.server.url}/tests/e2e/pages/early-report.html`);
    await waitForDialog(page);
    const state = await dialogState(page);
    assert.equal(state.open, 1);
    assert.equal(state.lang, "en", "data-locale=en is honoured");
    const [report] = await events(page, "bouton3018:report");
    assert.deepEqual(report.detail, { category: "threats", role: "witness" });
    // The loader starts the glue and the wasm together, and imports the glue itself (not
    // through bouton-3018.mjs, one module fewer before the wasm can be instantiated): the wasm's
    // request starts before the glue's response has ended (one after the other, the wasm could
    // only be requested once the glue had run).
    const timing = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType("resource")
        .filter((e) => /\/dist\/bouton[-_]3018(\.mjs|\.js|_bg\.wasm)$/.test(e.name) && !e.name.endsWith("/bouton-3018.js"))
        .map((e) => [e.name.slice(e.name.lastIndexOf("/") + 1), { start: e.startTime, end: e.responseEnd }])));
    assert.deepEqual(Object.keys(timing).sort(), ["bouton_3018.js", "bouton_3018_bg.wasm"], JSON.stringify(timing));
    assert.ok(timing["bouton_3018_bg.wasm"].start < timing["bouton_3018.js"].end, `the wasm requested before the glue arrived: ${JSON.stringify(timing)}`);
    await assertNoAxeViolations(page, "(early report, en)");
    await page.keyboard.press("Escape");
    await waitForDialog(page, false);
    await assertNoErrors(tab);
  });

  it("the adopted stylesheet is src/shell/style.css, rule for rule (build.rs minifies it)", async (tab, page) => {
    await page.goto(`${env.server.url}/tests/e2e/pages/script-tag.html`);
    const source = readFileSync(new URL("../../src/shell/style.css", import.meta.url), "utf8");
    const { adopted, expected, shipped } = await page.evaluate(async (source) => {
      const w = await window.bouton3018.ready;
      w.show({ category: "harassment" });
      const host = document.querySelector("[data-bouton3018-host]");
      // env()/var() keep their arguments' raw tokens in the CSSOM: `env(x, 0px)` vs `env(x,0px)`
      // is the only difference the minifier may make there, and it means the same.
      const rules = (sheet) => [...sheet.cssRules].map((r) => r.cssText.replace(/,\s+/g, ","));
      const reference = new CSSStyleSheet();
      reference.replaceSync(source);
      const [sheet] = host.shadowRoot.adoptedStyleSheets;
      return { adopted: rules(sheet), expected: rules(reference), shipped: [...sheet.cssRules].length };
    }, source);
    assert.ok(shipped > 20, `the sheet has its rules (${shipped})`);
    assert.deepEqual(adopted, expected);
    await assertNoErrors(tab);
  });

  /**
   * Resolves once the page has gone idle after its load event — when a `data-load="idle"` loader
   * has started (it uses the same `requestIdleCallback` with a 3 s timeout) — then returns what
   * the server was asked for since `from`.
   */
  async function requestsOnceIdle(page, from) {
    await page.evaluate(() => new Promise((resolve) => {
      const idle = () => (window.requestIdleCallback || setTimeout)(() => setTimeout(resolve, 50), { timeout: 3000 });
      if (document.readyState === "complete") idle();
      else addEventListener("load", idle);
    }));
    return env.server.requests.slice(from).filter((r) => /\/dist\/bouton(-3018\.mjs|-3018-texts\.[a-z-]+\.js|_3018\.js|_3018_bg\.wasm)$/.test(r));
  }

  it('data-load="intent": nothing but the entry until preload(); then the widget mounts and a report opens it', async (tab, page) => {
    const from = env.server.requests.length;
    await page.goto(`${env.server.url}/tests/e2e/pages/script-tag-intent.html`);
    assert.deepEqual(await requestsOnceIdle(page, from), [], "no module, glue or wasm fetched while nobody shows an intent to report");
    assert.equal(await page.evaluate(() => typeof window.bouton3018.preload), "function");
    const mounted = await page.evaluate(async () => {
      const w = await window.bouton3018.preload();
      return typeof w.show === "function" && w === (await window.bouton3018.ready);
    });
    assert.ok(mounted, "preload() resolves to the auto-mounted widget, the one `ready` gives");
    const fetched = env.server.requests.slice(from).filter((r) => /\/dist\/bouton/.test(r)).sort();
    assert.deepEqual(fetched, ["/dist/bouton-3018-texts.fr.js", "/dist/bouton-3018.js", "/dist/bouton_3018.js", "/dist/bouton_3018_bg.wasm"]);
    await page.evaluate(() => document.getElementById("opener").focus());
    await dispatchReport(page);
    await waitForDialog(page);
    // The real clock (a script tag has no `now`): the 3018's site is there, open or closed.
    assert.ok((await dialogState(page)).hrefs.some((h) => h.startsWith("https://3018.fr")));
    assert.deepEqual(await events(page, "bouton3018:error"), [], "the real widget, not the fallback");
    await assertNoErrors(tab);
  });

  it('data-load="intent": a report that comes first loads everything and is shown (the cold path)', async (tab, page) => {
    const from = env.server.requests.length;
    await page.goto(`${env.server.url}/tests/e2e/pages/script-tag-intent.html`);
    assert.deepEqual(await requestsOnceIdle(page, from), [], "nothing loaded before the report");
    await page.evaluate(() => document.getElementById("opener").focus());
    await dispatchReport(page);
    await waitForDialog(page);
    const state = await dialogState(page);
    assert.equal(state.open, 1);
    assert.ok(state.focusInside, `focus is inside (got ${state.focused})`);
    assert.deepEqual((await events(page, "bouton3018:error")), [], "the real widget, not the fallback");
    await assertNoErrors(tab);
  });

  it('data-load="idle" (the default) loads once the page is idle; an unknown value is an error naming data-load, and loads as idle', async (tab, page) => {
    for (const load of ["idle", "eager"]) {
      const from = env.server.requests.length;
      await page.goto(`${env.server.url}/tests/e2e/pages/script-tag-intent.html?load=${load}`);
      await page.evaluate(() => window.bouton3018.ready);
      const fetched = await requestsOnceIdle(page, from);
      assert.deepEqual(fetched.sort(), ["/dist/bouton-3018-texts.fr.js", "/dist/bouton_3018.js", "/dist/bouton_3018_bg.wasm"], `data-load=${load}`);
      const errors = (await events(page, "bouton3018:error")).map((e) => e.detail.message);
      if (load === "idle") {
        assert.deepEqual(errors, []);
        await assertNoErrors(tab);
      } else {
        assert.deepEqual(errors, ['bouton-3018: data-load: expected "idle" or "intent", got "eager"']);
        await assertNoErrors(tab, (t) => t.includes("data-load"));
      }
    }
  });

  it("a bad data- config: console.error + bouton3018:error, no uncaught exception", async (tab, page) => {
    await page.goto(`${env.server.url}/tests/e2e/pages/bad-config.html?clock=${encodeURIComponent("2026-11-25T15:00:05+01:00")}`);
    const [error] = await waitForEvents(page, "bouton3018:error");
    assert.match(error.detail.message, /platform/, "the message names the bad field");
    await page.evaluate(() => window.bouton3018.ready);
    const logged = await page.evaluate(() => window.__bouton3018Errors.console);
    assert.ok(logged.some((t) => /platform/.test(t)), "the error is also on the console");
    // A young person's report still gets the early dialog (at 15:00 Paris: the 3018's call).
    await dispatchReport(page);
    await waitForDialog(page);
    assert.ok((await dialogState(page)).hrefs.includes("tel:3018"));
    await assertNoErrors(tab, (t) => /bouton-3018|platform|canCall/.test(t));
  });
});
