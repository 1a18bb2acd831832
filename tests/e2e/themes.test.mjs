// The platform's look (issue 20), in Chromium, Firefox and WebKit, through the npm entry: a light
// or dark theme whatever the device, `widget.setTheme()` while open (colours change, the same
// nodes, focus stays, no event), the platform's colours (and a pair under WCAG's ratio refused
// with its numbers), the host page's font. The accessibility behaviours in each look are in the
// a11y suite (LOOKS); CSS payloads in colours are in hardening-injection.test.mjs.
import { describe } from "node:test";
import assert from "node:assert/strict";
import {
  ENGINES, PKG, assertNoErrors, events, requireBuilt, tabTests, useEngineAndServer, waitForDialog,
} from "./helpers.mjs";
import { PALETTES } from "../../www/palettes.js";

requireBuilt(PKG);

const OPEN = "2026-11-25T15:00:00+01:00";

/** What the open dialog looks like: its colours, its font, focus, and a mark on its card. */
const LOOK = async () => {
  const root = document.querySelector("[data-bouton3018-host]").shadowRoot;
  // After the buttons' colour transition (and the opening slide).
  await Promise.all(root.getAnimations({ subtree: true }).map((a) => a.finished));
  const dialog = root.querySelector("dialog");
  const cs = getComputedStyle(dialog);
  const call = root.querySelector("a.primary");
  const active = root.activeElement;
  return {
    background: cs.backgroundColor,
    color: cs.color,
    scheme: cs.colorScheme,
    font: cs.fontFamily,
    primary: call ? getComputedStyle(call).backgroundColor : null,
    focused: active ? active.getAttribute("href") || active.localName : null,
    marked: root.querySelector(".card").__mark === true,
  };
};

for (const engine of ENGINES) describe(`the platform's look in ${engine}`, { timeout: 180_000 }, () => {
  const env = useEngineAndServer(engine);
  /** A test on a fresh tab, closed afterwards whatever happens. */
  const it = tabTests(engine, env);
  async function show(page, config) {
    await page.goto(`${env.server.url}/tests/e2e/pages/theme.html`);
    await page.waitForFunction(() => window.__ready === true);
    await page.evaluate(async (c) => {
      window.__widget = await window.__mount({ platform: "instagram", canCall: true, now: "2026-11-25T15:00:00+01:00", trigger: false, ...c });
      window.__widget.show({ category: "harassment" });
    }, config);
    await waitForDialog(page);
  }
  const look = (page) => page.evaluate(LOOK);

  it("theme: light and dark whatever the device; the dark one ours by default", async (tab, page) => {
    await show(page, { theme: "light" });
    assert.deepEqual((({ background, color, scheme }) => ({ background, color, scheme }))(await look(page)), { background: "rgb(255, 255, 255)", color: "rgb(27, 27, 31)", scheme: "light" });
    await show(page, { theme: "dark" });
    assert.deepEqual((({ background, color, scheme }) => ({ background, color, scheme }))(await look(page)), { background: "rgb(29, 29, 34)", color: "rgb(241, 241, 244)", scheme: "dark" });
    await assertNoErrors(tab);
  });

  it("setTheme() while open: the colours change, the same nodes, focus stays, no event", async (tab, page) => {
    await show(page, {});
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    await page.evaluate(() => { document.querySelector("[data-bouton3018-host]").shadowRoot.querySelector(".card").__mark = true; });
    const before = await look(page);
    const eventsBefore = (await events(page)).length;
    await page.evaluate(() => window.__widget.setTheme("dark"));
    const dark = await look(page);
    assert.equal(dark.background, "rgb(29, 29, 34)");
    assert.equal(dark.marked, true, "not re-rendered: the same card node");
    assert.equal(dark.focused, before.focused, "focus did not move");
    await page.evaluate(() => window.__widget.setTheme("light"));
    assert.equal((await look(page)).background, "rgb(255, 255, 255)");
    assert.equal((await events(page)).length, eventsBefore, "no event");
    const refused = await page.evaluate(() => { try { window.__widget.setTheme("sepia"); return null; } catch (e) { return e.message; } });
    assert.equal(refused, 'bouton-3018: setTheme: expected one of "auto", "light", "dark", got "sepia"');
    // Closed, then set: the next open shows it.
    await page.evaluate(() => { window.__widget.close(); window.__widget.setTheme("dark"); window.__widget.show(); });
    assert.equal((await look(page)).background, "rgb(29, 29, 34)");
    await assertNoErrors(tab);
  });

  it("colors: the platform's palette in each scheme; a pair under WCAG's ratio is refused, with its numbers", async (tab, page) => {
    await show(page, { theme: "light", colors: PALETTES.violet });
    const light = await look(page);
    assert.deepEqual([light.background, light.color, light.primary], ["rgb(255, 251, 245)", "rgb(31, 18, 53)", "rgb(107, 33, 168)"]);
    await page.evaluate(() => window.__widget.setTheme("dark"));
    const dark = await look(page);
    assert.deepEqual([dark.background, dark.color, dark.primary], ["rgb(26, 19, 37)", "rgb(245, 243, 255)", "rgb(216, 180, 254)"]);
    const message = await page.evaluate(() => window.__mount({ platform: "generic", colors: { light: { accent: "#ffcc00" }, dark: { text: "#333" } } }).then(() => null, (e) => e.message));
    assert.equal(
      message,
      // Our white accentText on that yellow fails too: every problem at once, each under the
      // field the platform set.
      "bouton-3018: invalid config (3 problems): colors.light.accent: #ffffff on #ffcc00 is 1.51:1, expected at least 4.5:1; colors.light.accent: #ffcc00 on #ffffff is 1.51:1, expected at least 3:1; colors.dark.text: #333333 on #1d1d22 is 1.32:1, expected at least 4.5:1",
    );
    await assertNoErrors(tab);
  });

  it("font: inherit takes the host page's font; system (the default) keeps the system's", async (tab, page) => {
    await show(page, { font: "inherit" });
    assert.match((await look(page)).font, /^Georgia/);
    await show(page, {});
    assert.doesNotMatch((await look(page)).font, /Georgia/);
    await assertNoErrors(tab);
  });
});
