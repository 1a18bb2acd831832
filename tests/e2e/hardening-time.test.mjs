// Hardening (issue 6, item 6): time truth. The widget's own open/closed decision for the 3018
// (`isOpen`, the exported engine the dialog uses) against the browser's own computation with
// `Intl.DateTimeFormat` in Europe/Paris (open iff 09:00 ≤ local time < 23:00), at every 10th
// minute from 2020-01-01 to 2040-12-31 (1,104,624 instants, batched inside the page), with the
// device in Europe/Paris; and with the device in other zones (Playwright `timezoneId`) at every
// 70th minute over the same years (157,804 instants each; 70 minutes walks through every
// 10-minute slot of the day). Zero mismatches allowed.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { PKG, assertClean, launch, openPage, requireBuilt, serve } from "./helpers.mjs";

requireBuilt(PKG);

const FROM = Date.UTC(2020, 0, 1);
const TO = Date.UTC(2041, 0, 1);
const ZONES = [
  ["Europe/Paris", 10],
  ["America/New_York", 70],
  ["Asia/Tokyo", 70],
  ["Pacific/Kiritimati", 70],
  ["UTC", 70],
];

describe("hardening: time truth (isOpen against Intl, 2020–2040)", { timeout: 180_000 }, () => {
  let browser, server;
  const totals = { checked: 0, mismatches: 0 };
  before(async () => {
    [browser, server] = await Promise.all([launch(), serve(".")]);
  });
  after(async () => {
    console.log(`# time truth: ${totals.checked} instants compared, ${totals.mismatches} mismatches`);
    await browser?.close();
    await server?.close();
  });

  for (const [timezoneId, stepMinutes] of ZONES) {
    it(`device in ${timezoneId}: every ${stepMinutes}th minute, 0 mismatches`, async () => {
      const tab = await openPage(browser, { timezoneId });
      const { page } = tab;
      await page.goto(`${server.url}/tests/e2e/pages/hostile-base.html`);
      const r = await page.evaluate(async ({ from, to, step }) => {
        const lib = await import("/js/index.js");
        await lib.preload();
        // The same module instance js/index.js initialised: its synchronous export, for speed.
        const { isOpen } = await import("/pkg/bouton_3018.js");
        const config = { platform: "generic" };
        const paris = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", hourCycle: "h23", hour: "2-digit", minute: "2-digit" });
        const truth = (t) => {
          let h = 0;
          let m = 0;
          for (const p of paris.formatToParts(t)) {
            if (p.type === "hour") h = Number(p.value);
            else if (p.type === "minute") m = Number(p.value);
          }
          const minutes = h * 60 + m;
          return minutes >= 9 * 60 && minutes < 23 * 60;
        };
        // Positive controls around one day's edges, through the public (async) API too.
        const at = (iso) => Date.parse(iso);
        const controls = await Promise.all(
          ["2026-03-29T08:59:59+02:00", "2026-03-29T09:00:00+02:00", "2026-10-25T22:59:59+01:00", "2026-10-25T23:00:00+01:00"].map((iso) => lib.isOpen(config, at(iso))),
        );
        let checked = 0;
        let open = 0;
        const mismatches = [];
        const started = performance.now();
        for (let t = from; t < to; t += step * 60_000) {
          const expected = truth(t);
          const got = isOpen(config, t);
          checked++;
          if (expected) open++;
          if (got !== expected && mismatches.push({ at: new Date(t).toISOString(), expected, got }) > 20) break;
        }
        return {
          zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          controls,
          checked,
          open,
          mismatches,
          ms: performance.now() - started,
        };
      }, { from: FROM, to: TO, step: stepMinutes });

      assert.equal(r.zone, timezoneId, "the device zone is in effect");
      assert.deepEqual(r.controls, [false, true, true, false], "09:00 opens and 23:00 closes, across both DST days of 2026");
      assert.equal(r.checked, Math.ceil((TO - FROM) / (stepMinutes * 60_000)));
      // 14 open hours of 24: a check that the oracle is not trivially constant.
      const share = r.open / r.checked;
      assert.ok(Math.abs(share - 14 / 24) < 0.005, `open ${(share * 100).toFixed(2)}% of the time`);
      assert.deepEqual(r.mismatches, [], `mismatches in ${timezoneId}`);
      totals.checked += r.checked;
      totals.mismatches += r.mismatches.length;
      console.log(`# ${timezoneId}: ${r.checked} instants in ${Math.round(r.ms)} ms, 0 mismatches`);
      assertClean(tab);
      await tab.context.close();
    });
  }
});
