// (c) When the wasm cannot load, a report still shows the loader's minimal accessible dialog,
// and bouton3018:error says why — in Chromium, Firefox and WebKit. Needs only
// dist/bouton-3018.js.
import { describe } from "node:test";
import assert from "node:assert/strict";
import {
  ENGINES, RECORDER, assertNoAxeViolations, assertNoErrors, clickElement, dialogState, dispatchReport,
  events, requireBuilt, serve, settle, tabTests, useEngineAndServer, waitForDialog, waitForEvents,
  waitForFocusOn,
} from "./helpers.mjs";

requireBuilt(["dist/bouton-3018.js"]);

const CLOCK = "/tests/e2e/pages/clock.js";
const DAY = `?clock=${encodeURIComponent("2026-11-25T15:00:05+01:00")}`;

for (const engine of ENGINES) describe(`script-tag fallback without wasm in ${engine}`, { timeout: 120_000 }, () => {
  // The early dialog is right for the hour (js/early.js): these pages run at 15:00 Paris, the
  // 3018 open (tests/e2e/pages/clock.js; early.test.mjs has the night).
  const env = useEngineAndServer(engine, ".", { inject: [CLOCK] });
  /** A test on a fresh tab, closed afterwards whatever happens. */
  const it = tabTests(engine, env);

  /** The loader logs its load error with console.error on purpose. */
  const expectedLog = (text) =>
    /WebAssembly|bouton-3018|Failed to fetch|dynamically imported module|net::ERR_FAILED|net::ERR_EMPTY_RESPONSE|error loading dynamically|Importing a module script failed|NetworkError/i.test(text);

  /** `call`: whether the preset calls (tests/e2e/pages/script-tag.html is TikTok's: never). */
  async function assertFallbackDialog(tab, opener, { call = true } = {}) {
    const { page } = tab;
    await waitForDialog(page);
    const state = await dialogState(page);
    assert.equal(state.open, 1, "exactly one dialog open");
    assert.equal(state.hosts, 1, "one host element");
    assert.equal(state.modal, true, "opened with showModal()");
    assert.equal(state.role, "dialog");
    assert.equal(state.ariaModal, "true");
    assert.ok(state.title, "aria-labelledby points at a title in the same shadow root");
    assert.ok(state.titleVisible, "the title is visible");
    assert.ok(state.focusInside, `focus is inside the dialog (got ${state.focused})`);
    assert.equal(state.hrefs.includes("tel:3018"), call, `a tel:3018 link: ${call} (got ${state.hrefs})`);
    assert.ok(state.hrefs.includes("tel:17") && state.hrefs.includes("sms:114"), `the emergency lines (got ${state.hrefs})`);
    assert.ok(state.hrefs.some((h) => h.startsWith("https://3018.fr")), `a link to https://3018.fr (got ${state.hrefs})`);
    assert.deepEqual(state.buttons, [{ text: "Fermer", type: "button" }]);
    if (call) {
      const label = await page.evaluate(() => document.querySelector("[data-bouton3018-host]").shadowRoot.querySelector('dialog a[href="tel:3018"]').textContent);
      assert.equal(label, "Appeler le 3018");
    }
    await assertNoAxeViolations(page, "(fallback dialog)");

    // Escape closes it, the close event fires once, focus returns to the opener.
    await page.keyboard.press("Escape");
    await waitForDialog(page, false);
    await waitForEvents(page, "bouton3018:close");
    await settle(page);
    assert.deepEqual((await events(page, "bouton3018:close")).map((e) => e.detail), [{ via: "escape" }]);
    if (opener) await waitForFocusOn(page, opener);

    // And the Fermer button closes it too.
    await dispatchReport(page);
    await waitForDialog(page);
    await clickElement(tab, "dialog button", { inWidget: true, text: "Fermer" });
    await waitForDialog(page, false);
    await waitForEvents(page, "bouton3018:close", 2);
    assert.deepEqual((await events(page, "bouton3018:close")).map((e) => e.detail.via), ["escape", "button"]);
  }

  it("no WebAssembly at all: fallback dialog + bouton3018:error", async (tab, page) => {
    await page.goto(`${env.server.url}/tests/e2e/pages/fallback.html${DAY}`);
    // The loader tries on idle after load; the error is reported without a report.
    const [error] = await waitForEvents(page, "bouton3018:error");
    assert.match(error.detail.message, /WebAssembly/);
    assert.equal(error.bubbles, true);
    assert.equal(error.composed, true);
    const widget = await page.evaluate(async () => {
      const w = await window.bouton3018.ready;
      return ["show", "close", "destroy"].every((m) => typeof w[m] === "function");
    });
    assert.ok(widget, "ready resolves to a widget (the fallback) even without wasm");

    await page.evaluate(() => document.getElementById("opener").focus());
    await dispatchReport(page);
    await assertFallbackDialog(tab, "#opener");

    // Categories outside the defaults do not open it.
    await dispatchReport(page, { category: "spam", role: "victim" });
    await settle(page);
    assert.equal((await dialogState(page)).open, 0, "a spam report does not open the widget");
    await assertNoErrors(tab, expectedLog);
  });

  it("stays styled under a strict CSP (constructable stylesheet, no inline <style>)", async (tab, page) => {
    const csp = "default-src 'self'; script-src 'self'; style-src 'self'; img-src data:";
    const strict = await serve(".", { "/tests/e2e/pages/fallback.html": { "Content-Security-Policy": csp } }, { inject: [RECORDER, CLOCK] });
    try {
      await page.goto(`${strict.url}/tests/e2e/pages/fallback.html${DAY}`);
      await page.evaluate(() => window.bouton3018.ready);
      await dispatchReport(page);
      await waitForDialog(page);
      const radius = await page.evaluate(() => getComputedStyle(document.querySelector("[data-bouton3018-host]").shadowRoot.querySelector("dialog")).borderTopLeftRadius);
      assert.equal(radius, "12px", "the fallback's stylesheet applies under style-src 'self'");
      // The recorder logs every securitypolicyviolation event as a console error: none allowed.
      await assertNoErrors(tab, (text) => expectedLog(text) && !/Content.Security.Policy|Refused to/i.test(text));
    } finally {
      await strict.close();
    }
  });

  it("the module cannot be fetched: a report sent before that still gets the fallback", async (tab, page) => {
    // A network failure of the module the loader imports (the wasm-bindgen glue): the server
    // drops the connection.
    const failing = await serve(".", {}, { inject: [RECORDER, CLOCK], fail: ["/dist/bouton_3018.js"] });
    try {
      await page.goto(`${failing.url}/tests/e2e/pages/script-tag.html${DAY}`);
      await page.waitForFunction(() => window.bouton3018);
      // Dispatched at once: queued by the loader, shown when the import has failed.
      await page.evaluate(() => document.getElementById("opener").focus());
      await dispatchReport(page);
      await waitForEvents(page, "bouton3018:error");
      await assertFallbackDialog(tab, "#opener", { call: false });
      await assertNoErrors(tab, expectedLog);
    } finally {
      await failing.close();
    }
  });
});
