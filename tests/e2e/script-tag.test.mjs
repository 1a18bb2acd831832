// (b) The script-tag route: dist/bouton-3018.js included twice auto-mounts exactly once, loads
// the wasm beside it, opens one dialog per report; early reports are queued; a bad data-
// config never throws into the host.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { DIALOG, DIST, PKG, assertClean, assertNoAxeViolations, dialogState, dispatchReport, events, openPage, requireBuilt, settle, waitForDialog, waitForEvents, waitForFocus, useBrowserAndServer } from "./helpers.mjs";

requireBuilt([...PKG, ...DIST]);

describe("script tag (dist/)", { timeout: 120_000 }, () => {
  const env = useBrowserAndServer();

  it("included twice: ready resolves, one report opens exactly one dialog (tiktok: link, no call)", async () => {
    const tab = await openPage(env.browser);
    const { page } = tab;
    const wasmResponses = [];
    page.on("response", (r) => { if (r.url().endsWith(".wasm")) wasmResponses.push(r); });
    await page.goto(`${env.server.url}/tests/e2e/pages/script-tag.html`);

    const ready = await page.evaluate(async () => {
      const w = await window.bouton3018.ready;
      return { show: typeof w.show, close: typeof w.close, destroy: typeof w.destroy, mount: typeof window.bouton3018.mount };
    });
    assert.deepEqual(ready, { show: "function", close: "function", destroy: "function", mount: "function" });
    assert.equal(wasmResponses.length, 1, "the wasm is fetched once");
    assert.equal(wasmResponses[0].headers()["content-type"], "application/wasm");
    assert.deepEqual(await events(page, "bouton3018:error"), [], "no bouton3018:error with a valid config");

    const opener = page.locator("#opener");
    await opener.focus();
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
    await waitForFocus(opener);
    assertClean(tab);
    await tab.context.close();
  });

  it("window.bouton3018.mount() resolves a widget, and rejects with an Error naming the field", async () => {
    const tab = await openPage(env.browser);
    const { page } = tab;
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
        error = { isError: e instanceof Error, message: e.message };
      }
      return { opened, error };
    });
    assert.equal(result.opened, true, "show() opens the explicitly mounted widget");
    assert.ok(result.error?.isError, "a bad config rejects with an Error");
    assert.match(result.error.message, /platform/);
    assertClean(tab);
    await tab.context.close();
  });

  it("a report sent before the wasm is loaded is not lost", async () => {
    const tab = await openPage(env.browser);
    const { page } = tab;
    await page.goto(`${env.server.url}/tests/e2e/pages/early-report.html`);
    await waitForDialog(page);
    const state = await dialogState(page);
    assert.equal(state.open, 1);
    assert.equal(state.lang, "en", "data-locale=en is honoured");
    const [report] = await events(page, "bouton3018:report");
    assert.deepEqual(report.detail, { category: "threats", role: "witness" });
    // The loader starts the module, the glue and the wasm together: each request starts before
    // the module's response has ended (one after the other, the glue and the wasm could only be
    // requested once the module had run).
    const timing = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType("resource")
        .filter((e) => /\/dist\/bouton[-_]3018(\.mjs|\.js|_bg\.wasm)$/.test(e.name) && !e.name.endsWith("/bouton-3018.js"))
        .map((e) => [e.name.slice(e.name.lastIndexOf("/") + 1), { start: e.startTime, end: e.responseEnd }])));
    assert.deepEqual(Object.keys(timing).sort(), ["bouton-3018.mjs", "bouton_3018.js", "bouton_3018_bg.wasm"], JSON.stringify(timing));
    for (const file of ["bouton_3018.js", "bouton_3018_bg.wasm"]) {
      assert.ok(timing[file].start < timing["bouton-3018.mjs"].end, `${file} requested before the module arrived: ${JSON.stringify(timing)}`);
    }
    await assertNoAxeViolations(page, "(early report, en)");
    await page.keyboard.press("Escape");
    await waitForDialog(page, false);
    assertClean(tab);
    await tab.context.close();
  });

  it("the adopted stylesheet is src/shell/style.css, rule for rule (build.rs minifies it)", async () => {
    const tab = await openPage(env.browser);
    const { page } = tab;
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
    assertClean(tab);
    await tab.context.close();
  });

  it("a bad data- config: console.error + bouton3018:error, no uncaught exception", async () => {
    const tab = await openPage(env.browser);
    const { page } = tab;
    await page.goto(`${env.server.url}/tests/e2e/pages/bad-config.html`);
    const [error] = await waitForEvents(page, "bouton3018:error");
    assert.match(error.detail.message, /platform/, "the message names the bad field");
    await page.evaluate(() => window.bouton3018.ready);
    assert.ok(tab.consoleErrors.some((t) => /platform/.test(t)), "the error is also on the console");
    // A young person's report still gets the minimal dialog.
    await dispatchReport(page);
    await waitForDialog(page);
    assert.ok((await page.locator(`${DIALOG} a[href="tel:3018"]`).count()) === 1);
    assertClean(tab, (t) => /bouton-3018|platform|canCall/.test(t));
    await tab.context.close();
  });
});
