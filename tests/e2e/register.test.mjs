// The easy-to-read register (issue 21), in Chromium, Firefox and WebKit, in the npm entry, the
// script tag and the <bouton-3018> element: `register: "easy"` shows the texts of
// src/core/easy.json (read from that file here, so that rewording it needs no change of this
// test); a platform's own override still wins; its texts module is fetched only when the register
// is asked for, beside the wasm; the script tag's early dialog speaks it too.
import { describe } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import {
  DIST, ENGINES, PKG, ROOT, assertNoAxeViolations, assertNoErrors, dispatchReport, requireBuilt, tabTests,
  useEngineAndServer, waitForDialog,
} from "./helpers.mjs";

requireBuilt([...PKG, ...DIST]);

const EASY = JSON.parse(readFileSync(`${ROOT}src/core/easy.json`, "utf8"));
const OPEN = "2026-11-25T15:00:05+01:00";

/** The open dialog's title, body and host. */
const SAID = () => {
  for (const host of document.querySelectorAll("[data-bouton3018-host]")) {
    const dialog = host.shadowRoot.querySelector("dialog[open]");
    if (!dialog) continue;
    const root = host.shadowRoot;
    const ref = (a) => root.getElementById(dialog.getAttribute(a))?.textContent ?? null;
    return { early: host.hasAttribute("data-bouton3018-early"), title: ref("aria-labelledby"), body: ref("aria-describedby"), lang: dialog.lang };
  }
  return null;
};

for (const engine of ENGINES) describe(`the easy-to-read register in ${engine}`, { timeout: 240_000 }, () => {
  const env = useEngineAndServer(engine, ".", { inject: ["/tests/e2e/pages/clock.js"] });
  const held = useEngineAndServer(engine, ".", { inject: ["/tests/e2e/pages/clock.js"], delay: { "/dist/bouton_3018_bg.wasm": 4000 } });
  /** A test on a fresh tab, closed afterwards whatever happens. */
  const it = tabTests(engine, env);
  const said = (page) => page.evaluate(SAID);
  const open = (page, server, query) =>
    page.goto(`${server.url}/tests/e2e/pages/register.html?clock=${encodeURIComponent(OPEN)}&${query}`).then(() => page.waitForFunction(() => window.__ready === true));

  for (const locale of ["fr", "en"]) {
    it(`npm, ${locale}: the easy texts; the platform's own override still wins; the module fetched only for that register`, async (tab, page) => {
      const from = env.server.requests.length;
      await open(page, env.server, `route=npm&locale=${locale}`);
      await page.evaluate(async () => (window.__w = await window.__mount({ trigger: false })).show({ category: "harassment" }));
      assert.deepEqual(env.server.requests.slice(from).filter((r) => /texts\./.test(r)), [], "the standard register fetches no texts module");
      await page.evaluate(() => window.__w.destroy());
      await page.evaluate(async () => (window.__w = await window.__mount({ register: "easy", trigger: false })).show({ category: "harassment" }));
      await waitForDialog(page);
      const easy = await said(page);
      assert.deepEqual([easy.title, easy.body, easy.lang], [EASY[locale].titleVictim, EASY[locale].bodyVictim, locale]);
      assert.deepEqual(env.server.requests.slice(from).filter((r) => /texts\./.test(r)), [`/js/texts.${locale}-easy.js`]);
      await assertNoAxeViolations(page, `(easy, ${locale})`);
      await page.evaluate(() => window.__w.destroy());
      await page.evaluate(async (l) => (window.__w = await window.__mount({ register: "easy", trigger: false, texts: { [l]: { bodyVictim: "Texte de la plateforme." } } })).show(), locale);
      assert.equal((await said(page)).body, "Texte de la plateforme.", "a platform's override over the easy register");
      await assertNoErrors(tab);
    });
  }

  it("the script tag (data-register=easy) and the element (register=easy): the easy texts", async (tab, page) => {
    await open(page, env.server, "route=script&register=easy");
    await page.evaluate(() => window.bouton3018.ready);
    await dispatchReport(page);
    await waitForDialog(page);
    const script = await said(page);
    assert.deepEqual([script.early, script.body], [false, EASY.fr.bodyVictim]);
    await open(page, env.server, "route=element&register=easy&locale=en");
    await page.evaluate(() => document.querySelector("bouton-3018").ready);
    await dispatchReport(page, { category: "harassment", role: "witness" });
    await waitForDialog(page);
    const element = await said(page);
    assert.deepEqual([element.title, element.body], [EASY.en.titleWitness, EASY.en.bodyWitness]);
    await assertNoErrors(tab);
  });

  it("the script tag's early dialog speaks the easy register too", async (tab, page) => {
    await page.goto(`${held.server.url}/tests/e2e/pages/register.html?clock=${encodeURIComponent(OPEN)}&route=script&register=easy&load=intent`);
    await page.waitForFunction(() => window.__ready === true && !!window.bouton3018);
    await dispatchReport(page);
    await waitForDialog(page, true, 3500);
    const early = await said(page);
    assert.deepEqual([early.early, early.title, early.body], [true, EASY.fr.titleVictim, EASY.fr.bodyWitness]);
    await assertNoAxeViolations(page, "(the early dialog, easy)");
    await assertNoErrors(tab);
  });
});
