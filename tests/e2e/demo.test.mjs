// (a) The webpack demo (www/dist/): the host page's own report form, then the widget, for each
// preset with the line open (10:00 Paris) and closed (23:30 Paris).
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  DIALOG, PKG, assertClean, assertNoAxeViolations, clearEvents, dialogState, events, launch, openPage,
  requireBuilt, serve, settle, waitForDialog, waitForEvents, waitForFocus,
} from "./helpers.mjs";

requireBuilt([...PKG, "www/dist/index.html"]);

const PRESETS = [
  { value: "instagram", label: "Instagram", call: true },
  { value: "messenger", label: "Messenger", call: true },
  { value: "tiktok", label: "TikTok", call: false },
  { value: "generic", label: "Générique", call: null }, // `auto`: depends on the device
];
const TIMES = [
  { button: "10:00 (ouvert)", wall: "T10:00", open: true },
  { button: "23:30 (fermé)", wall: "T23:30", open: false },
];

describe("webpack demo (www/dist/)", { timeout: 300_000 }, () => {
  let browser, server;
  before(async () => {
    [browser, server] = await Promise.all([launch(), serve("www/dist")]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const preset of PRESETS) {
    for (const time of TIMES) {
      it(`${preset.value}, line ${time.open ? "open (10:00)" : "closed (23:30)"}`, async () => {
        const tab = await openPage(browser);
        const { page } = tab;
        await page.goto(`${server.url}/`);
        const status = page.locator("#status");
        await status.and(page.locator("[data-state=mounted]")).waitFor();

        // The demo's own controls: preset, then the time-travel button.
        await page.getByLabel(preset.label, { exact: true }).check();
        await page.getByRole("button", { name: time.button, exact: true }).click();
        await page.waitForFunction(
          ([platform, wall]) => {
            const s = document.querySelector("#status");
            return s.dataset.state === "mounted" && s.textContent.includes(platform) && s.textContent.includes(wall);
          },
          [preset.value, time.wall],
        );

        // The host's report form, in its own native modal dialog.
        const opener = page.getByRole("button", { name: "Signaler" }).nth(1);
        await opener.click();
        const form = page.locator("#report-dialog");
        await form.waitFor();
        await form.getByLabel("Harcèlement", { exact: true }).check();
        await form.getByLabel("Je suis la victime").check();
        await clearEvents(page);
        await form.getByRole("button", { name: "Envoyer" }).click();

        // Ours is open, modal, focused, titled.
        await waitForDialog(page);
        assert.equal(await form.evaluate((d) => d.open), false, "the host's form dialog closed itself");
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

        const tel3018 = await page.locator(`${DIALOG} a[href="tel:3018"]`).count();
        const tel3114 = await page.locator(`${DIALOG} a[href="tel:3114"]`).count();
        const site = await page.locator(`${DIALOG} a[href^="https://3018.fr"]`).count();
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
        await waitForFocus(opener);
        // The demo's log panel shows what the widget emitted.
        assert.ok(await page.locator('#log li[data-event="bouton3018:close"]').count() >= 1);

        assertClean(tab);
        await tab.context.close();
      });
    }
  }

  // The report form offers the categories; the widget's help differs by topic.
  for (const [label, time, check] of [
    ["Chantage avec des photos ou vidéos intimes", TIMES[1], async (page) => {
      const steps = await page.locator(`${DIALOG} .steps li`).allTextContents();
      assert.equal(steps[0], "Ne paie pas : le maître-chanteur en demande toujours plus.");
      assert.equal(await page.locator(`${DIALOG} .services a[href="https://takeitdown.ncmec.org"]`).count(), 1);
      assert.equal(
        await page.locator(`${DIALOG} .alternatives a`).first().getAttribute("href"),
        "https://masecurite.interieur.gouv.fr/fr/demarches-en-ligne/mineurs",
      );
      return "sextortion";
    }],
    ["Automutilation, idées suicidaires", TIMES[1], async (page) => {
      assert.equal(await page.locator(`${DIALOG} .actions a.primary`).getAttribute("href"), "tel:3114");
      return "self-harm";
    }],
    ["Un enfant en danger", TIMES[0], async (page) => {
      assert.equal(await page.locator(`${DIALOG} .actions a.primary`).getAttribute("href"), "tel:119");
      return "child-abuse";
    }],
  ]) {
    it(`report form: "${label}" at ${time.button} shows its own help`, async () => {
      const tab = await openPage(browser);
      const { page } = tab;
      await page.goto(`${server.url}/?canCall=yes`);
      await page.locator("#status").and(page.locator("[data-state=mounted]")).waitFor();
      await page.getByRole("button", { name: time.button, exact: true }).click();
      await page.waitForFunction((wall) => {
        const s = document.querySelector("#status");
        return s.dataset.state === "mounted" && s.textContent.includes(wall);
      }, time.wall);
      await page.getByRole("button", { name: "Signaler" }).first().click();
      const form = page.locator("#report-dialog");
      await form.getByLabel(label, { exact: true }).check();
      await form.getByLabel("Je suis la victime").check();
      await clearEvents(page);
      await form.getByRole("button", { name: "Envoyer" }).click();
      await waitForDialog(page);
      const topic = await check(page);
      const [show] = await waitForEvents(page, "bouton3018:show");
      assert.equal(show.detail.topic, topic);
      assert.ok(await page.locator(`#log li[data-event="bouton3018:show"]`).filter({ hasText: `"topic":"${topic}"` }).count() >= 1, "the log shows the topic");
      await assertNoAxeViolations(page, `(demo, ${topic})`);
      assertClean(tab);
      await tab.context.close();
    });
  }
});
