// (a) The presets, through the webpack demo (www/dist/), in Chromium, Firefox and WebKit: the
// host page's own report form, then the widget, for each preset with the line open (10:00
// Paris) and closed (23:30 Paris). Every click is a real pointer click at the element's centre.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  ENGINES, HOST, PKG, assertNoAxeViolations, assertNoErrors, clearEvents, clickElement, dialogState, events, inEngine,
  requireBuilt, settle, useEngineAndServer, waitForDialog, waitForEvents, waitForFocusOn,
} from "./helpers.mjs";

requireBuilt([...PKG, "www/dist/index.html"]);

const PRESETS = [
  { value: "instagram", call: true },
  { value: "messenger", call: true },
  { value: "tiktok", call: false },
  { value: "generic", call: null }, // `auto`: depends on the device
];
const TIMES = [
  { button: "10:00 (ouvert)", wall: "T10:00", open: true },
  { button: "23:30 (fermé)", wall: "T23:30", open: false },
];

for (const engine of ENGINES) {
  describe(`presets through the webpack demo (www/dist/) in ${engine}`, { timeout: 300_000 }, () => {
    const env = useEngineAndServer(engine, "www/dist");

    for (const preset of PRESETS) {
      for (const time of TIMES) {
        it(inEngine(engine, `${preset.value}, line ${time.open ? "open (10:00)" : "closed (23:30)"}`), async () => {
          const tab = await env.engine.newTab();
          const { page } = tab;
          try {
            await page.goto(`${env.server.url}/`);
            await page.waitForFunction(() => document.querySelector("#status")?.dataset.state === "mounted");

            // The demo's own controls: preset, then the time-travel button.
            await clickElement(tab, `input[name=platform][value=${preset.value}]`);
            await clickElement(tab, "button[data-time]", { text: time.button });
            await page.waitForFunction(
              ([platform, wall]) => {
                const s = document.querySelector("#status");
                return s.dataset.state === "mounted" && s.textContent.includes(platform) && s.textContent.includes(wall);
              },
              [preset.value, time.wall],
            );

            // The host's report form, in its own native modal dialog: the second post's button.
            await page.evaluate(() => document.querySelectorAll("button.report")[1].setAttribute("id", "opener"));
            await clickElement(tab, "#opener");
            await page.waitForFunction(() => document.querySelector("#report-dialog").open);
            await clickElement(tab, "#report-dialog input[name=category][value=harassment]");
            await clickElement(tab, "#report-dialog input[name=role][value=victim]");
            await clearEvents(page);
            await clickElement(tab, "#report-dialog button[type=submit]");

            // Ours is open, modal, focused, titled.
            await waitForDialog(page);
            assert.equal(await page.evaluate(() => document.querySelector("#report-dialog").open), false, "the host's form dialog closed itself");
            const state = await dialogState(page);
            assert.equal(state.hosts, 1);
            assert.equal(state.open, 1, "exactly one widget dialog");
            assert.equal(state.modal, true, "matches :modal");
            assert.equal(state.role, "dialog");
            assert.equal(state.ariaModal, "true");
            assert.equal(state.lang, "fr");
            assert.ok(state.titleVisible, `its title is visible (${state.title})`);
            assert.ok(state.focusInside, `focus is inside (got ${state.focused})`);
            const [report] = await events(page, "bouton3018:report");
            assert.deepEqual(report.detail, { category: "harassment", role: "victim" });
            await waitForEvents(page, "bouton3018:show");

            const count = (selector) => page.evaluate((s) => document.querySelectorAll(s).length, selector);
            const inDialog = (selector) =>
              page.evaluate(([host, s]) => document.querySelector(host).shadowRoot.querySelectorAll(`dialog ${s}`).length, [HOST, selector]);
            assert.equal(await count(HOST), 1);
            const tel3018 = await inDialog('a[href="tel:3018"]');
            const tel3114 = await inDialog('a[href="tel:3114"]');
            const site = await inDialog('a[href^="https://3018.fr"]');
            if (!time.open) {
              assert.equal(tel3018, 0, "closed: no tel:3018 link (absent, not disabled)");
              assert.ok(tel3114 >= 1, "closed: the alternatives, with tel:3114");
            } else if (preset.call === true) {
              assert.equal(tel3018, 1, "open, call preset: a tel:3018 link");
            }
            if (preset.call === false) {
              assert.equal(tel3018, 0, "tiktok: never a tel:3018 link");
              assert.ok(site >= 1, "tiktok: a link to https://3018.fr");
            }
            await assertNoAxeViolations(page, `(${preset.value}, ${time.button})`);

            // Escape closes it; close fires once with via "escape"; focus returns to the opener.
            await page.keyboard.press("Escape");
            await waitForDialog(page, false);
            await waitForEvents(page, "bouton3018:close");
            await settle(page);
            assert.deepEqual((await events(page, "bouton3018:close")).map((e) => e.detail), [{ via: "escape" }]);
            await waitForFocusOn(page, "#opener");
            // The demo's log panel shows what the widget emitted.
            assert.ok((await count('#log li[data-event="bouton3018:close"]')) >= 1);
            await assertNoErrors(tab);
          } finally {
            await tab.close();
          }
        });
      }
    }

    // The report form offers the categories; the widget's help differs by topic.
    const inDialog = (page, selector) =>
      page.evaluate(([host, sel]) => [...document.querySelector(host).shadowRoot.querySelectorAll(`dialog ${sel}`)].map((e) => ({ text: e.textContent, href: e.getAttribute("href") })), [HOST, selector]);
    for (const [label, time, check] of [
      ["Chantage avec des photos ou vidéos intimes", TIMES[1], async (page) => {
        const steps = await inDialog(page, ".steps li");
        assert.equal(steps[0]?.text, "Ne paie pas : le maître-chanteur en demande toujours plus.");
        assert.equal((await inDialog(page, '.services a[href="https://takeitdown.ncmec.org"]')).length, 1);
        assert.equal((await inDialog(page, ".alternatives a"))[0]?.href, "https://masecurite.interieur.gouv.fr/fr/demarches-en-ligne/mineurs");
        return "sextortion";
      }],
      ["Automutilation, idées suicidaires", TIMES[1], async (page) => {
        assert.equal((await inDialog(page, ".actions a.primary"))[0]?.href, "tel:3114");
        return "self-harm";
      }],
      ["Un enfant en danger", TIMES[0], async (page) => {
        assert.equal((await inDialog(page, ".actions a.primary"))[0]?.href, "tel:119");
        return "child-abuse";
      }],
    ]) {
      it(inEngine(engine, `report form: "${label}" at ${time.button} shows its own help`), async () => {
        const tab = await env.engine.newTab();
        const { page } = tab;
        try {
          await page.goto(`${env.server.url}/?canCall=yes`);
          await page.waitForFunction(() => document.querySelector("#status")?.dataset.state === "mounted");
          await clickElement(tab, "button[data-time]", { text: time.button });
          await page.waitForFunction((wall) => {
            const s = document.querySelector("#status");
            return s.dataset.state === "mounted" && s.textContent.includes(wall);
          }, time.wall);
          await clickElement(tab, "button.report");
          await page.waitForFunction(() => document.querySelector("#report-dialog").open);
          await clickElement(tab, "#report-dialog label", { text: label });
          await clickElement(tab, "#report-dialog label", { text: "Je suis la victime" });
          await clearEvents(page);
          await clickElement(tab, "#report-dialog button[type=submit]");
          await waitForDialog(page);
          const topic = await check(page);
          const [show] = await waitForEvents(page, "bouton3018:show");
          assert.equal(show.detail.topic, topic);
          const logged = await page.evaluate(() => [...document.querySelectorAll('#log li[data-event="bouton3018:show"]')].map((li) => li.textContent));
          assert.ok(logged.some((text) => text.includes(`"topic":"${topic}"`)), `the log shows the topic (${logged})`);
          await assertNoAxeViolations(page, `(demo, ${topic})`);
          await assertNoErrors(tab);
        } finally {
          await tab.close();
        }
      });
    }
  });
}
