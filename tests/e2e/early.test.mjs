// The script tag's early dialog (issue 19; js/early.js), in Chromium, Firefox and WebKit: a
// report that comes before the wasm is ready (here the test server holds the .wasm 4 s, as a
// slow network would) gets the loader's own dialog after its wait, right for the hour in Paris
// (the page's clock is set by tests/e2e/pages/clock.js), with the widget's own texts; it stays
// for that report when the widget arrives, and the next report gets the widget, which says the
// same status sentence. The dialog behaviours of the contract: focus on the dialog, Tab wraps,
// Escape closes, focus returns, axe finds nothing.
import { describe } from "node:test";
import assert from "node:assert/strict";
import {
  DIST, ENGINES, PKG, assertNoAxeViolations, assertNoErrors, dispatchReport, events, requireBuilt, tabTests,
  useEngineAndServer, waitForDialog, waitForEvents, waitForFocusOn,
} from "./helpers.mjs";

requireBuilt([...PKG, ...DIST]);

const WASM_HELD_MS = 4000;

/** The open dialog, whichever host it is in: who it is, what it says, where focus is. */
const STATE = () => {
  for (const host of document.querySelectorAll("[data-bouton3018-host]")) {
    const root = host.shadowRoot;
    const dialog = root && root.querySelector("dialog");
    if (!dialog || !dialog.open) continue;
    const ref = (attr) => {
      const id = dialog.getAttribute(attr);
      return id && root.getElementById(id) ? root.getElementById(id).textContent : null;
    };
    const active = root.activeElement;
    return {
      early: host.hasAttribute("data-bouton3018-early"),
      role: dialog.getAttribute("role"),
      modal: dialog.matches(":modal"),
      lang: dialog.lang,
      title: ref("aria-labelledby"),
      described: ref("aria-describedby"),
      status: [...dialog.querySelectorAll("p")].map((p) => p.textContent).find((t) => /^(Ouvert|Fermé|Open|Closed)/.test(t)) ?? null,
      hrefs: [...dialog.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")),
      focused: active === dialog ? "dialog" : active ? active.getAttribute("href") || active.textContent : null,
      controls: [...dialog.querySelectorAll("a[href],button")].map((c) => c.getAttribute("href") || c.textContent),
    };
  }
  return null;
};

for (const engine of ENGINES) describe(`the early dialog in ${engine}`, { timeout: 300_000 }, () => {
  const env = useEngineAndServer(engine, ".", {
    inject: ["/tests/e2e/pages/clock.js"],
    delay: { "/dist/bouton_3018_bg.wasm": WASM_HELD_MS },
  });
  /** A test on a fresh tab, closed afterwards whatever happens. */
  const it = tabTests(engine, env, { viewport: { width: 390, height: 844 } });
  const state = (page) => page.evaluate(STATE);

  // The texts module of the locale never arrives (the server drops it).
  const bare = useEngineAndServer(engine, ".", {
    inject: ["/tests/e2e/pages/clock.js"],
    delay: { "/dist/bouton_3018_bg.wasm": WASM_HELD_MS },
    fail: ["/dist/bouton-3018-texts.fr.js"],
  });

  /** Opens the page at `clock`, sends a report from the focused opener, waits for a dialog. */
  async function report(tab, clock, query = "", server = env.server) {
    const { page } = tab;
    await page.goto(`${server.url}/tests/e2e/pages/early.html?clock=${encodeURIComponent(clock)}${query}`);
    await page.waitForFunction(() => !!window.bouton3018);
    await page.evaluate(() => document.getElementById("opener").focus());
    const t0 = Date.now();
    await dispatchReport(page);
    await waitForDialog(page, true, WASM_HELD_MS - 500);
    const waited = Date.now() - t0;
    // The explaining texts module (loopback: long arrived) fills the dialog: wait for its body.
    return { waited, early: await state(page) };
  }

  /** The widget's own dialog for the next report, once the wasm has arrived. */
  async function widgetAfter(page) {
    await page.evaluate(() => window.bouton3018.ready);
    await dispatchReport(page);
    await page.waitForFunction(() => [...document.querySelectorAll("[data-bouton3018-host]:not([data-bouton3018-early])")].some((h) => h.shadowRoot.querySelector("dialog[open]")));
    return state(page);
  }

  it("by day: the early dialog after its wait, the 3018's call and chat; focus, Tab, Escape; it stays when the widget arrives; the next report gets the widget, which says the same", async (tab, page) => {
    const { waited, early } = await report(tab, "2026-11-25T15:00:05+01:00");
    assert.ok(waited >= 700, `it waited for the widget first (${waited} ms)`);
    assert.equal(early.early, true, "the loader's own dialog");
    assert.deepEqual(
      { role: early.role, modal: early.modal, lang: early.lang, focused: early.focused },
      { role: "dialog", modal: true, lang: "fr", focused: "dialog" },
    );
    assert.equal(early.title, "Ce n'est pas de ta faute");
    assert.match(early.described, /^Ton signalement est envoyé\. Que tu sois victime ou témoin, le 3018 t'écoute/);
    assert.equal(early.status, "Ouvert maintenant, jusqu'à 23\u00a0h");
    assert.deepEqual(early.hrefs, ["tel:3018", "https://3018.fr", "tel:3114", "tel:119", "tel:17", "tel:112", "sms:114"]);
    assert.deepEqual((await events(page, "bouton3018:show")).map((e) => e.detail), [{ platform: "instagram", locale: "fr", open: true }]);
    await assertNoAxeViolations(page, "(the early dialog, by day)");

    // The peers' order: from the dialog, Tab goes to the first control ("Fermer"), Shift+Tab
    // from there to the last; Tab from the last back to the first.
    await page.keyboard.press("Tab");
    assert.equal((await state(page)).focused, "Fermer");
    await page.keyboard.press("Shift+Tab");
    assert.equal((await state(page)).focused, "sms:114", "Shift+Tab from the first control: the last");
    await page.keyboard.press("Tab");
    assert.equal((await state(page)).focused, "Fermer", "Tab from the last: the first");

    // The widget arrives: the dialog under the person's fingers stays as it is.
    await page.evaluate(() => window.bouton3018.ready);
    const still = await state(page);
    assert.equal(still.early, true, "not swapped for the widget");
    assert.equal(still.focused, "Fermer");

    await page.keyboard.press("Escape");
    await waitForDialog(page, false);
    await waitForEvents(page, "bouton3018:close");
    assert.deepEqual((await events(page, "bouton3018:close")).map((e) => e.detail.via), ["escape"]);
    await waitForFocusOn(page, "#opener");

    const widget = await widgetAfter(page);
    assert.equal(widget.early, false, "the next report: the widget");
    assert.equal(widget.status, early.status, "both say the same status sentence");
    await assertNoErrors(tab);
  });

  it("at night: when the 3018 reopens, and the lines that answer now (the minors' chat, 3114, 119, 17/112, 114)", async (tab, page) => {
    const { early } = await report(tab, "2026-11-25T23:30:05+01:00");
    assert.equal(early.early, true);
    assert.equal(early.status, "Fermé pour le moment — rouvre demain à 9\u00a0h, dans 9\u00a0h\u00a030\u00a0min");
    assert.deepEqual(early.hrefs, [
      "https://3018.fr",
      "https://masecurite.interieur.gouv.fr/fr/demarches-en-ligne/mineurs",
      "tel:3114",
      "tel:119",
      "tel:17",
      "tel:112",
      "sms:114",
    ]);
    assert.deepEqual((await events(page, "bouton3018:show")).map((e) => e.detail.open), [false]);
    await assertNoAxeViolations(page, "(the early dialog, at night)");
    await page.keyboard.press("Escape");
    await waitForDialog(page, false);
    const widget = await widgetAfter(page);
    assert.equal(widget.status, early.status, "the widget says the same");
    assert.ok(!widget.hrefs.includes("tel:3018"));
    await assertNoErrors(tab);
  });

  it("its texts module never arrives: every number and both sites still there, each link named by its number or address", async (tab, page) => {
    for (const [clock, expected] of [
      ["2026-11-25T15:00:05+01:00", [["tel:3018", "3018"], ["https://3018.fr", "3018.fr"]]],
      ["2026-11-25T23:30:05+01:00", [["https://3018.fr", "3018.fr"], ["https://masecurite.interieur.gouv.fr/fr/demarches-en-ligne/mineurs", "Espace Mineurs"]]],
    ]) {
      const { early } = await report(tab, clock, "", bare.server);
      assert.equal(early.early, true, clock);
      const named = await page.evaluate(() => [...document.querySelector("[data-bouton3018-early]").shadowRoot.querySelectorAll("dialog a[href]")].map((a) => [a.getAttribute("href"), a.textContent]));
      assert.deepEqual(named, [...expected, ["tel:3114", "3114"], ["tel:119", "119"], ["tel:17", "17"], ["tel:112", "112"], ["sms:114", "114"]], clock);
      assert.equal(early.focused, "dialog", clock);
      await assertNoAxeViolations(page, `(the early dialog without its texts, ${clock})`);
      await page.keyboard.press("Escape");
      await waitForDialog(page, false);
    }
    // The dropped module is logged by the browser as a failed load: nothing else.
    await assertNoErrors(tab, (text) => /bouton-3018-texts|Failed to load|ERR_|NetworkError|net::/i.test(text));
  });

  it("in English, a witness, before dawn", async (tab, page) => {
    const { early } = await report(tab, "2026-11-26T06:15:05+01:00", "&locale=en");
    assert.equal(early.lang, "en");
    assert.equal(early.title, "It's not your fault", "a victim's report (the default role)");
    assert.equal(early.status, "Closed right now — opens again today at 9\u00a0am, in 2\u00a0h\u00a045\u00a0min");
    await page.keyboard.press("Escape");
    await waitForDialog(page, false);
    await page.evaluate(() => document.dispatchEvent(new CustomEvent("bouton3018:report", { detail: { category: "harassment", role: "witness" } })));
    await waitForDialog(page);
    const widget = await state(page);
    assert.equal(widget.early, true, "the wasm is still held: the early dialog again, for the next report");
    assert.equal(widget.title, "Thank you for reporting this");
    await assertNoErrors(tab);
  });

  it("across summer time: the countdown counts real minutes (spring: 8 h 30, autumn: 10 h 30), as the widget's", async (tab, page) => {
    for (const [clock, wait] of [["2026-03-28T23:30:05+01:00", "8\u00a0h\u00a030\u00a0min"], ["2026-10-24T23:30:05+02:00", "10\u00a0h\u00a030\u00a0min"]]) {
      const { early } = await report(tab, clock);
      assert.equal(early.status, `Fermé pour le moment — rouvre demain à 9\u00a0h, dans ${wait}`, clock);
      await page.keyboard.press("Escape");
      await waitForDialog(page, false);
      assert.equal((await widgetAfter(page)).status, early.status, `the widget agrees (${clock})`);
    }
    await assertNoErrors(tab);
  });

  it("a self-harm report (a category the page listed): the 3114 is there by day too", async (tab, page) => {
    await page.goto(`${env.server.url}/tests/e2e/pages/early.html?clock=${encodeURIComponent("2026-11-25T15:00:05+01:00")}&categories=harassment+self-harm`);
    await page.waitForFunction(() => !!window.bouton3018);
    await page.evaluate(() => document.dispatchEvent(new CustomEvent("bouton3018:report", { detail: { category: "self-harm" } })));
    await waitForDialog(page, true, WASM_HELD_MS - 500);
    const early = await state(page);
    assert.deepEqual(early.hrefs, ["tel:3018", "https://3018.fr", "tel:3114", "tel:119", "tel:17", "tel:112", "sms:114"]);
    await assertNoErrors(tab);
  });

  it("data-theme=dark: the early dialog is dark too, and still passes axe", async (tab, page) => {
    await report(tab, "2026-11-25T23:30:05+01:00", "&theme=dark");
    const look = await page.evaluate(() => {
      const dialog = document.querySelector("[data-bouton3018-early]").shadowRoot.querySelector("dialog");
      return { scheme: getComputedStyle(dialog).colorScheme, background: getComputedStyle(dialog).backgroundColor };
    });
    assert.equal(look.scheme, "dark");
    assert.notEqual(look.background, "rgb(255, 255, 255)");
    await assertNoAxeViolations(page, "(the early dialog, dark)");
    await assertNoErrors(tab);
  });
});
