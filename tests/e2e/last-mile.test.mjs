// The call's last mile (issue 19; docs/accessibility.md, behaviour 26; docs/hybrid-apps.md), in
// Chromium, Firefox and WebKit, through the npm entry (tests/e2e/pages/last-mile.html):
// - a call or SMS link that dialled nothing (the page stayed visible and focused) leaves the
//   person with the number in large text, what to do, a copy button (and the QR code on a
//   computer), announced politely, focus unmoved, nothing removed; the dialog stays open;
// - when the dialer or a system sheet comes up (emulated: the test hides the page or blurs the
//   window, as they do), nothing is added;
// - `dial(href)` takes a `tel:` link after the `bouton3018:action` event instead of the browser
//   (the page is not navigated: WebKitGTK would otherwise replace it with about:blank); a throw is
//   contained and brings the help at once.
// Headless browsers dial nothing: the help's path is the one these tests see.
import { describe } from "node:test";
import assert from "node:assert/strict";
import {
  ENGINES, PKG, assertNoAxeViolations, assertNoErrors, clickElement, events, requireBuilt, tabTests,
  useEngineAndServer, waitForEvents,
} from "./helpers.mjs";

requireBuilt(PKG);

/** The dialog after each link, as the tests compare it: hrefs, help, live region, focus. */
const STATE = (hostSelector) => {
  const root = document.querySelector(hostSelector).shadowRoot;
  const dialog = root.querySelector("dialog");
  const helps = [...dialog.querySelectorAll(".missed")].map((help) => ({
    after: help.previousElementSibling?.getAttribute("href") ?? null,
    digits: help.querySelector(".digits")?.textContent,
    text: help.querySelector(".missed-text")?.textContent,
    button: help.querySelector("button[data-bouton3018-copy]")?.textContent,
    qr: help.querySelector("svg[role=img]")?.getAttribute("aria-label") ?? null,
  }));
  const active = root.activeElement;
  return {
    open: dialog.open,
    hrefs: [...dialog.querySelectorAll("a[href]")].map((a) => a.getAttribute("href")),
    helps,
    live: dialog.querySelector("[role=status]").textContent,
    focused: active === dialog ? "dialog" : active ? active.getAttribute("href") ?? active.localName : null,
  };
};

for (const engine of ENGINES) describe(`the call's last mile in ${engine}`, { timeout: 240_000 }, () => {
  const env = useEngineAndServer(engine);
  /** A test on a fresh tab, closed afterwards whatever happens. */
  const it = tabTests(engine, env, { viewport: { width: 390, height: 844 } });

  async function open(tab, query) {
    await tab.page.goto(`${env.server.url}/tests/e2e/pages/last-mile.html?${query}`);
    await tab.page.waitForFunction(() => window.__ready === true);
    await tab.page.evaluate(() => window.__widget.show({ category: "harassment", role: "victim" }));
  }
  const state = (page) => page.evaluate(STATE, "[data-bouton3018-host]");
  /**
   * A real click on the link to `href`, then its `bouton3018:action`. If the click produced no
   * action at all (a click WebKitGTK's MiniBrowser dropped right after a page load, seen once
   * with three engines side by side), it is clicked once more; a click that was heard is never
   * repeated.
   */
  async function tap(tab, href) {
    const before = (await events(tab.page, "bouton3018:action")).length;
    await clickElement(tab, `a[href="${href}"]`, { inWidget: true });
    try {
      await waitForEvents(tab.page, "bouton3018:action", before + 1, 3_000);
    } catch {
      await clickElement(tab, `a[href="${href}"]`, { inWidget: true });
      await waitForEvents(tab.page, "bouton3018:action", before + 1);
    }
  }
  const waitForHelp = (page, n = 1, timeout = 6_000) =>
    page.waitForFunction((k) => document.querySelector("[data-bouton3018-host]").shadowRoot.querySelectorAll(".missed").length >= k, n, { timeout });

  it("a call that dialled nothing: the number large, what to do, a copy button; announced politely, focus unmoved, nothing removed", async (tab, page) => {
    await open(tab, "now=open&cancel=1");
    const before = await state(page);
    await tap(tab, "tel:3018");
    const tapped = await page.evaluate(() => performance.now());
    const [action] = await events(page, "bouton3018:action");
    assert.deepEqual(action.detail, { kind: "call", helpline: "3018" });
    const focusAtTap = (await state(page)).focused;
    await waitForHelp(page);
    const waited = (await page.evaluate(() => performance.now())) - tapped;
    assert.ok(waited >= 1500, `the help waits for a dialer to come up first (came after ${Math.round(waited)} ms)`);
    const after = await state(page);
    assert.equal(after.open, true, "a call link keeps the dialog open");
    assert.deepEqual(await events(page, "bouton3018:close"), [], "no close event");
    assert.deepEqual(after.helps, [{
      after: "tel:3018",
      digits: "3018",
      text: "L'appel ne s'est pas lancé ? Compose le 3018 sur ton téléphone.",
      button: "Copier le numéro",
      qr: null,
    }], "right under the call link");
    assert.equal(after.live, "L'appel ne s'est pas lancé ? Compose le 3018 sur ton téléphone.", "announced in the polite live region");
    assert.equal(after.focused, focusAtTap, "focus did not move");
    assert.deepEqual(after.hrefs, before.hrefs, "nothing removed, nothing added but the help");
    assert.equal(await page.evaluate(() => window.__hostSawDefaultPrevented), false, "without dial, the widget lets the link navigate");
    await assertNoAxeViolations(page, "(the didn't-connect help)");
    await assertNoErrors(tab);
  });

  it("the copy button copies the number (Clipboard API) and says so", async (tab, page) => {
    if (engine === "chromium") await tab.context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await open(tab, "now=open&cancel=1");
    await tap(tab, "tel:3018");
    await waitForHelp(page);
    await clickElement(tab, "button[data-bouton3018-copy]", { inWidget: true });
    await page.waitForFunction(() => /copié|sélectionné/.test(document.querySelector("[data-bouton3018-host]").shadowRoot.querySelector("[role=status]").textContent));
    const after = await state(page);
    assert.equal(after.live, "Numéro copié", `the Clipboard API took it (${engine})`);
    assert.equal(after.helps[0].button, "Numéro copié", "and the button says so");
    if (engine === "chromium") assert.equal(await page.evaluate(() => navigator.clipboard.readText()), "3018");
    await assertNoErrors(tab);
  });

  it("without the Clipboard API, the number is selected instead", async (tab, page) => {
    await open(tab, "now=open&cancel=1&noclipboard=1");
    await tap(tab, "tel:3018");
    await waitForHelp(page);
    await clickElement(tab, "button[data-bouton3018-copy]", { inWidget: true });
    await page.waitForFunction(() => document.querySelector("[data-bouton3018-host]").shadowRoot.querySelector("[role=status]").textContent !== "" && !/lancé/.test(document.querySelector("[data-bouton3018-host]").shadowRoot.querySelector("[role=status]").textContent));
    const after = await state(page);
    assert.equal(after.live, "Le numéro est sélectionné : tu peux le copier.");
    assert.equal(after.helps[0].button, "Copier le numéro", "not copied: the label stays");
    const selected = await page.evaluate(() => {
      const root = document.querySelector("[data-bouton3018-host]").shadowRoot;
      const selection = document.getSelection();
      // A selection inside a shadow tree: getComposedRanges where the engine has it.
      if (selection.getComposedRanges) {
        const [r] = selection.getComposedRanges({ shadowRoots: [root] });
        if (!r) return "";
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      }
      return selection.toString();
    });
    assert.equal(selected, "3018", "the digits are selected");
    await assertNoErrors(tab);
  });

  it("the dialer came up (the page was hidden): nothing is added", async (tab, page) => {
    await open(tab, "now=open&cancel=1");
    await tap(tab, "tel:3018");
    await page.evaluate(() => {
      Object.defineProperty(document, "hidden", { get: () => true, configurable: true });
      Object.defineProperty(document, "visibilityState", { get: () => "hidden", configurable: true });
      document.dispatchEvent(new Event("visibilitychange"));
    });
    await page.waitForTimeout(300);
    // The call ended, the person is back on the page before the wait is over.
    await page.evaluate(() => {
      delete document.hidden;
      delete document.visibilityState;
      document.dispatchEvent(new Event("visibilitychange"));
    });
    await page.waitForTimeout(3000);
    const after = await state(page);
    assert.deepEqual(after.helps, [], "no help");
    assert.equal(after.open, true, "the dialog is still there when the person comes back");
    assert.equal(after.live, "");
    // The watch is live: the same tap, with nothing coming up this time, brings the help.
    await tap(tab, "tel:3018");
    await waitForHelp(page);
    await assertNoErrors(tab);
  });

  it("a system sheet came up (the window was blurred): nothing is added", async (tab, page) => {
    await open(tab, "now=open&cancel=1");
    await tap(tab, "tel:3018");
    await page.evaluate(() => window.dispatchEvent(new Event("blur")));
    await page.waitForTimeout(3000);
    assert.deepEqual((await state(page)).helps, []);
    await tap(tab, "tel:3018");
    await waitForHelp(page);
    await assertNoErrors(tab);
  });

  it("dial(href) takes the call link after the action event; the link keeps its href; the page stays", async (tab, page) => {
    // No `cancel`: only the widget's dial can keep WebKitGTK from replacing the page.
    await open(tab, "now=open&dial=record");
    await tap(tab, "tel:3018");
    assert.deepEqual(await page.evaluate(() => window.__dialed), [{ href: "tel:3018", afterAction: true }]);
    assert.equal(await page.evaluate(() => location.pathname), "/tests/e2e/pages/last-mile.html", "not navigated");
    assert.ok((await state(page)).hrefs.includes("tel:3018"), "the link keeps its href");
    // Headless, the app's dialer shows nothing either: the help follows.
    await waitForHelp(page);
    // An SMS link is not a call: dial is not asked, the link navigates (the host cancels it).
    await page.evaluate(() => document.addEventListener("click", (e) => e.preventDefault()));
    await tap(tab, "sms:114");
    await waitForHelp(page, 2);
    const after = await state(page);
    assert.deepEqual(after.helps.map((h) => [h.after, h.text]), [
      ["tel:3018", "L'appel ne s'est pas lancé ? Compose le 3018 sur ton téléphone."],
      ["sms:114", "Le SMS ne s'est pas ouvert ? Envoie un SMS au 114 depuis ton téléphone."],
    ]);
    assert.equal((await page.evaluate(() => window.__dialed)).length, 1, "dial was not called for sms:");
    await assertNoErrors(tab);
  });

  it("a dial that throws: bouton3018:error, and the help at once", async (tab, page) => {
    await open(tab, "now=open&dial=throw");
    await tap(tab, "tel:3018");
    const [error] = await waitForEvents(page, "bouton3018:error");
    assert.match(error.detail.message, /^bouton-3018: dial\("tel:3018"\) threw: no bridge$/);
    await waitForHelp(page, 1, 1000);
    assert.equal(await page.evaluate(() => location.pathname), "/tests/e2e/pages/last-mile.html", "not navigated");
    await assertNoErrors(tab);
  });

  it("at night on a computer, the 3114's help has the QR code of its call", async (tab, page) => {
    await open(tab, "now=closed&device=desktop&cancel=1");
    await tap(tab, "tel:3114");
    await waitForHelp(page);
    const [help] = (await state(page)).helps;
    assert.equal(help.after, "tel:3114");
    assert.equal(help.digits, "3114");
    assert.equal(help.qr, "QR code qui lance un appel au 3114");
    await assertNoAxeViolations(page, "(the help with a QR code)");
    await assertNoErrors(tab);
  });
});
