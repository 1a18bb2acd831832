// Iframes (issue 19; docs/iframes.md), in Chromium, Firefox and WebKit: a platform whose report
// flow is in a frame mounts the widget there (tests/e2e/pages/iframe-widget.html in
// tests/e2e/pages/iframe-host.html). What works and what does not:
// - a same-origin frame: the dialog opens inside the frame and covers only it (the page around
//   stays clickable); a console warning says so, no error;
// - a same-origin sandboxed frame: bouton3018:error names the exact keywords its sandbox lacks;
//   none with them all;
// - a cross-origin sandboxed frame (an opaque origin: its keywords cannot be read from inside):
//   the warning says what it needs, and a call that connected nothing there brings the help and
//   a bouton3018:error naming the keyword; what the browser itself does with the tap (blocked by
//   the sandbox or not, a popup or not) is Chromium's console and popups, checked there.
// Never a thrown error into the host. The cross-origin frame is served from `localhost`, the top
// page from `127.0.0.1` (two origins, one server); every response carries
// `Access-Control-Allow-Origin: *`, which a frame sandboxed without allow-same-origin needs for
// the widget's modules and .wasm (docs/iframes.md, "The widget running").
import { describe } from "node:test";
import assert from "node:assert/strict";
import { ENGINES, PKG, assertNoErrors, requireBuilt, tabTests, useEngineAndServer } from "./helpers.mjs";

requireBuilt(PKG);

const ALL = "allow-scripts allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation";
const COVERS_ONLY = "bouton-3018: in an iframe, the dialog covers only the frame: mount the widget in the top page (docs/iframes.md).";
const BLOCKED_BY_SANDBOX = /Navigation to external protocol blocked by sandbox/;

for (const engine of ENGINES) describe(`the widget in an iframe in ${engine}`, { timeout: 240_000 }, () => {
  const env = useEngineAndServer(engine, ".", { headers: { "*": { "Access-Control-Allow-Origin": "*" } } });
  /** A test on a fresh tab, closed afterwards whatever happens. */
  const it = tabTests(engine, env, { viewport: { width: 400, height: 720 } });

  /** The host page with the widget's frame: same origin, or `localhost` for a cross-origin one. */
  async function open(tab, { crossOrigin = false, sandbox, allow } = {}) {
    const base = crossOrigin ? env.server.url.replace("127.0.0.1", "localhost") : "";
    const q = new URLSearchParams({ src: `${base}/tests/e2e/pages/iframe-widget.html` });
    if (sandbox != null) q.set("sandbox", sandbox);
    if (allow) q.set("allow", allow);
    await tab.page.goto(`${env.server.url}/tests/e2e/pages/iframe-host.html?${q}`);
    await tab.page.waitForFunction(() => window.__frame.ready === true, null, { timeout: 20_000 });
  }
  const frameLog = (page) => page.evaluate(() => window.__frame);
  const ask = (page, what) => page.evaluate((w) => window.__ask(w), what);
  /**
   * A real click at the centre of `selector` in the widget inside the frame. geckodriver's pointer
   * actions do not reach a cross-origin frame (Firefox runs it in another process: seen, the
   * click arrives nowhere), so there the frame clicks the element itself: the widget's part is the
   * same, Firefox's own sandbox check then sees no user activation.
   */
  async function clickInFrame(tab, selector) {
    if (engine === "firefox" && (await tab.page.evaluate(() => new URL(document.querySelector("iframe").src).hostname)) === "localhost") {
      await ask(tab.page, { click: selector });
      return;
    }
    const inner = await ask(tab.page, { rect: selector });
    const box = await tab.page.evaluate(() => window.__frameBox());
    await tab.page.mouse.click(box.x + inner.x, box.y + inner.y);
  }
  /** Asks the frame `what` until `ok(reply)`, for at most `timeout` ms; the last reply. */
  async function askUntil(page, what, ok, timeout = 8_000) {
    const end = Date.now() + timeout;
    for (;;) {
      const reply = await ask(page, what);
      if (ok(reply) || Date.now() > end) return reply;
      await page.waitForTimeout(100);
    }
  }
  const errors = (log) => log.events.filter((e) => e.type === "bouton3018:error").map((e) => e.detail.message);

  it("a same-origin frame: the dialog opens inside it and covers only it; a console warning, no error", async (tab, page) => {
    await open(tab);
    assert.equal(await ask(page, "show"), true, "the dialog opens in the frame");
    const state = await ask(page, "state");
    assert.equal(state.modal, true, "modal, inside the frame's document");
    // The page around the frame is not inert: its own button still takes a click.
    const point = await page.evaluate(() => {
      const button = document.getElementById("top-button");
      button.scrollIntoView({ block: "nearest" });
      const r = button.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await page.mouse.click(point.x, point.y);
    assert.equal(await page.evaluate(() => window.__topClicks), 1, "the host page's own button is still clickable: the dialog covers only the frame");
    const log = await frameLog(page);
    assert.deepEqual(log.warnings, [COVERS_ONLY]);
    assert.deepEqual(errors(log), []);
    assert.deepEqual(log.errors, [], "nothing thrown in the frame");
    await assertNoErrors(tab);
  });

  it("a same-origin sandboxed frame without the keywords: bouton3018:error names each one", async (tab, page) => {
    await open(tab, { sandbox: "allow-scripts allow-same-origin" });
    const log = await frameLog(page);
    assert.deepEqual(errors(log), [
      "bouton-3018: the iframe's sandbox lacks allow-popups (links cannot open), allow-popups-to-escape-sandbox (sites open sandboxed), allow-top-navigation-by-user-activation (tel: and sms: cannot reach the phone) (docs/iframes.md)",
    ]);
    assert.equal(log.warnings.length, 1);
    assert.match(log.warnings[0], /Its sandbox lacks keywords: see bouton3018:error\.$/);
    // allow-popups alone lets calls out: only the escape keyword is missing then.
    await open(tab, { sandbox: "allow-scripts allow-same-origin allow-popups" });
    assert.deepEqual(errors(await frameLog(page)), [
      "bouton-3018: the iframe's sandbox lacks allow-popups-to-escape-sandbox (sites open sandboxed) (docs/iframes.md)",
    ]);
    await assertNoErrors(tab);
  });

  it("a same-origin sandboxed frame with the keywords: no error", async (tab, page) => {
    await open(tab, { sandbox: `${ALL} allow-same-origin` });
    const log = await frameLog(page);
    assert.deepEqual(errors(log), []);
    assert.deepEqual(log.warnings, [COVERS_ONLY]);
    await assertNoErrors(tab);
  });

  it("a cross-origin frame sandboxed allow-scripts only: the warning says what it needs; a call that connects nothing brings the help and names the keyword", async (tab, page) => {
    await open(tab, { crossOrigin: true, sandbox: "allow-scripts" });
    let log = await frameLog(page);
    assert.equal(log.warnings.length, 1);
    assert.ok(log.warnings[0].startsWith(COVERS_ONLY), log.warnings[0]);
    assert.match(log.warnings[0], / Its sandbox cannot be read from inside; it needs sandbox="allow-scripts allow-popups allow-popups-to-escape-sandbox allow-top-navigation-by-user-activation"\.$/);
    assert.deepEqual(errors(log), [], "keywords it cannot read are not reported as missing");
    await ask(page, "show");
    await clickInFrame(tab, 'a[href="tel:3018"]');
    await page.waitForFunction(() => window.__frame.events.some((e) => e.type === "bouton3018:error"), null, { timeout: 8_000 });
    log = await frameLog(page);
    assert.deepEqual(errors(log), [
      "bouton-3018: a call in an iframe connected nothing: its sandbox may lack allow-top-navigation-by-user-activation (docs/iframes.md)",
    ]);
    assert.equal((await ask(page, "state")).helps, 1, "the number to dial by hand is there");
    if (engine === "chromium") {
      assert.ok(tab.consoleErrors.some((m) => BLOCKED_BY_SANDBOX.test(m)), `Chromium blocked the tel: link (console: ${tab.consoleErrors})`);
    }
    assert.deepEqual(log.errors, [], "nothing thrown in the frame");
  });

  if (engine === "chromium") {
    it("a cross-origin frame sandboxed with the keywords: Chromium lets tel: out, and opens the site in a tab that is not sandboxed", async (tab, page) => {
      await open(tab, { crossOrigin: true, sandbox: ALL });
      await ask(page, "show");
      // Offline here: the site is answered by the test, so that the tab loads and says where it runs.
      await tab.context.route("https://3018.fr/**", (route) => route.fulfill({ contentType: "text/html", body: "<!doctype html><title>3018</title>" }));
      const popup = tab.context.waitForEvent("page", { timeout: 5_000 });
      await clickInFrame(tab, "a.secondary");
      const opened = await popup;
      await opened.waitForLoadState();
      assert.match(opened.url(), /^https:\/\/3018\.fr/);
      assert.equal(await opened.evaluate(() => self.origin), "https://3018.fr", "allow-popups-to-escape-sandbox: the site does not run sandboxed");
      await opened.close();
      // The site link closed the dialog; a second report opens it again for the call.
      assert.equal(await ask(page, "show"), true);
      await clickInFrame(tab, 'a[href="tel:3018"]');
      await page.waitForTimeout(2500);
      assert.ok((await frameLog(page)).events.some((e) => e.type === "bouton3018:action" && e.detail.kind === "call"), "the call link was tapped");
      assert.ok(!tab.consoleErrors.some((m) => BLOCKED_BY_SANDBOX.test(m)), `not blocked (console: ${tab.consoleErrors})`);
      // Chromium hands the link to the system, and the frame loses focus as it does (seen:
      // `blur`): to the widget, something took the tap, so no help, and no sandbox error.
      assert.equal((await ask(page, "state")).helps, 0);
      assert.deepEqual(errors(await frameLog(page)), []);
    });

    it("a cross-origin frame sandboxed without allow-popups: Chromium opens no tab for the site link", async (tab, page) => {
      await open(tab, { crossOrigin: true, sandbox: "allow-scripts allow-top-navigation-by-user-activation" });
      await ask(page, "show");
      let opened = false;
      tab.context.on("page", () => { opened = true; });
      await clickInFrame(tab, "a.secondary");
      await page.waitForTimeout(1000);
      assert.equal(opened, false);
      assert.ok(tab.consoleErrors.some((m) => /allow-popups/.test(m)), `Chromium says why (console: ${tab.consoleErrors})`);
    });

    it("the copy button in a cross-origin frame: selected without allow=\"clipboard-write\", copied with it", async (tab, page) => {
      // A sandbox that keeps tel: in (so that the help comes), and lets the copy happen or not.
      for (const [allow, expected] of [[undefined, "Le numéro est sélectionné : tu peux le copier."], ["clipboard-write", "Numéro copié"]]) {
        await open(tab, { crossOrigin: true, sandbox: "allow-scripts allow-popups-to-escape-sandbox", allow });
        await ask(page, "show");
        await clickInFrame(tab, 'a[href="tel:3018"]');
        assert.equal((await askUntil(page, "state", (s) => s.helps === 1)).helps, 1);
        await clickInFrame(tab, "button[data-bouton3018-copy]");
        const live = await askUntil(page, "live", (t) => /copié|sélectionné/.test(t), 5_000);
        assert.equal(live, expected, `allow=${allow}`);
      }
    });
  }
});
