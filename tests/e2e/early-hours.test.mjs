// The early dialog's clock (js/early.js `hours`, `countdown`), in Node, whatever the device's
// time zone: run under TZ=Europe/Paris, America/New_York, Pacific/Auckland, Asia/Kolkata and UTC
// (child processes), it must say what the widget's own engine says (`isOpen` of the shipped
// wasm) at every 10th minute of 2026 and 2027, and count the minutes to 09:00 Paris as a
// minute-by-minute walk does, across both changes of summer time each year (the walk at every
// 7th instant, and at every one near the changes).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PKG, ROOT, requireBuilt } from "./helpers.mjs";

requireBuilt(PKG);

const ZONES = ["Europe/Paris", "America/New_York", "Pacific/Auckland", "Asia/Kolkata", "UTC"];
const SELF = fileURLToPath(import.meta.url);

/** In a child process with TZ=zone: the checks, returning what they found. */
async function check() {
  const { hours, countdown } = await import(`${ROOT}js/early.js`);
  const glue = await import(`${ROOT}pkg/bouton_3018.js`);
  await glue.default({ module_or_path: readFileSync(`${ROOT}pkg/bouton_3018_bg.wasm`) });
  const config = { platform: "generic" };
  const paris = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Paris", hour: "numeric", minute: "numeric", hourCycle: "h23" });
  const hm = (ms) => paris.format(ms);
  let points = 0;
  const wrong = [];
  const start = Date.parse("2026-01-01T00:00:00Z");
  const end = Date.parse("2028-01-01T00:00:00Z");
  for (let ms = start; ms < end; ms += 10 * 60_000) {
    points++;
    const at = ms + 7_000; // a few seconds into the minute, as a real report would be
    const h = hours(at);
    if (h.open !== glue.isOpen(config, at)) wrong.push(`${new Date(at).toISOString()}: open ${h.open}`);
    // The minute walk, at every 7th closed instant (and every one within 2 days of a change of
    // summer time, where it matters).
    const nearChange = new Date(at).getUTCMonth() % 7 === 2 && Math.abs(new Date(at).getUTCDate() - 28) <= 4;
    if (!h.open && (points % 7 === 0 || nearChange)) {
      // The next 09:00 in Paris, by walking the minutes.
      let walk = Math.floor(at / 60_000) * 60_000;
      while (hm(walk) !== "09:00") walk += 60_000;
      const expected = Math.ceil((walk - at) / 60_000);
      if (h.wait !== expected) wrong.push(`${new Date(at).toISOString()}: wait ${h.wait}, expected ${expected}`);
      if (h.today !== paris.formatToParts(at).find((p) => p.type === "hour").value < 9) wrong.push(`${new Date(at).toISOString()}: today ${h.today}`);
    }
  }
  const samples = [90, 45, 480, 540, 570, 630].map(countdown);
  return { zone: process.env.TZ, offset: new Date(start).getTimezoneOffset(), points, wrong: wrong.slice(0, 5), count: wrong.length, samples };
}

if (process.env.BOUTON3018_EARLY_CHILD) {
  console.log(JSON.stringify(await check()));
} else {
  describe("the early dialog's clock", { timeout: 600_000 }, () => {
    for (const zone of ZONES) {
      it(`with the device in ${zone}: open when the widget says so, the minutes to 09:00 Paris counted across summer time`, () => {
        const out = execFileSync(process.execPath, [SELF], { env: { ...process.env, TZ: zone, BOUTON3018_EARLY_CHILD: "1" }, encoding: "utf8" });
        const r = JSON.parse(out.trim().split("\n").pop());
        assert.equal(r.zone, zone);
        assert.equal(r.points, 2 * 365 * 144, "every 10th minute of 2026 and 2027");
        assert.deepEqual(r.wrong, [], `${r.count} instants disagree`);
        const nb = "\u00a0";
        assert.deepEqual(r.samples, [`1${nb}h${nb}30${nb}min`, `45${nb}min`, `8${nb}h`, `9${nb}h`, `9${nb}h${nb}30${nb}min`, `10${nb}h${nb}30${nb}min`]);
      });
    }
    it("the zones really differ (the test would notice a device-zone dependency)", () => {
      const offsets = ZONES.map((zone) => execFileSync(process.execPath, ["-e", "console.log(new Date('2026-01-01T00:00:00Z').getTimezoneOffset())"], { env: { ...process.env, TZ: zone }, encoding: "utf8" }).trim());
      assert.equal(new Set(offsets).size, ZONES.length, offsets.join(" "));
    });
  });
}
