#!/usr/bin/env node
// Regenerates docs/screenshots/*.png: the widget after a report, with the 3018 open (Wednesday
// 15:00 Paris) and closed (Wednesday 23:30 Paris), on
// - a phone, in Chromium: 390×844 at 2×, touch, can call; Instagram preset (call button);
// - a desktop, in Chromium and in WebKit (the engine of Safari): 1280×800, cannot call; generic
//   preset (number shown large, chat link and QR code);
// - a phone's viewport in WebKit: 390×844, can call; Instagram preset;
// - the looks of issue 20, on a phone and a desktop in Chromium and WebKit, line open: the dark
//   theme, and the demo's violet palette (www/palettes.js) in its light scheme;
// - the easy-to-read register, on a phone in Chromium and WebKit, open and closed.
//
//   make screenshots        (builds first)     npm run screenshots   (needs `make build`)
//
// It is also a check: each shot fails on an error in the page or an axe-core violation in the
// widget. Debian's browsers (tests/e2e/engines.mjs), a 127.0.0.1 server, nothing downloaded.
import { mkdir, readdir, rm } from "node:fs/promises";
import { launchEngine } from "../tests/e2e/engines.mjs";
import { PALETTES } from "../www/palettes.js";
import {
  DIST, PKG, RECORDER, ROOT, assertNoAxeViolations, assertNoErrors, clickElement, dialogState, requireBuilt, serve,
  settle, waitForDialog,
} from "../tests/e2e/helpers.mjs";

requireBuilt([...PKG, ...DIST]);

const OUT = `${ROOT}docs/screenshots/`;
const SHOTS = [
  { engine: "chromium", device: "phone", viewport: { width: 390, height: 844 }, scale: 2, touch: true, canCall: true },
  { engine: "chromium", device: "desktop", viewport: { width: 1280, height: 800 }, scale: 1, touch: false, canCall: false },
  { engine: "webkit", device: "desktop", viewport: { width: 1280, height: 800 }, scale: 1, touch: false, canCall: false },
  // WebKit, the engine of every iPhone browser, at a phone's viewport (WebKitWebDriver has no
  // touch emulation: the report button is clicked).
  { engine: "webkit", device: "phone", viewport: { width: 390, height: 844 }, scale: 1, touch: false, canCall: true },
];
const TIMES = {
  open: "2026-11-25T15:00:00+01:00",
  closed: "2026-11-25T23:30:00+01:00",
};
/** The extra looks, each shot with the line open (`name` goes in the file name). */
const LOOKS = [
  { name: "dark", config: { theme: "dark" }, times: ["open"] },
  { name: "violet", config: { theme: "light", colors: PALETTES.violet }, times: ["open"] },
  { name: "easy", config: { register: "easy" }, times: ["open", "closed"], phoneOnly: true },
];

await mkdir(OUT, { recursive: true });
for (const f of await readdir(OUT)) if (f.endsWith(".png")) await rm(OUT + f);

const server = await serve(".", {}, { inject: [RECORDER] });
const engines = {};
try {
  for (const shot of SHOTS) {
    engines[shot.engine] ??= await launchEngine(shot.engine);
    const engine = engines[shot.engine];
    const runs = [{ name: "", config: {}, times: Object.keys(TIMES) }, ...LOOKS.filter((l) => !l.phoneOnly || shot.device === "phone")];
    for (const [look, when] of runs.flatMap((r) => r.times.map((t) => [r, t]))) {
      const now = TIMES[when];
      const config = { platform: shot.canCall ? "instagram" : "generic", canCall: shot.canCall, now, ...look.config };
      const options =
        shot.engine === "chromium"
          ? { viewport: shot.viewport, touch: shot.touch, deviceScaleFactor: shot.scale, locale: "fr-FR", colorScheme: "light" }
          : { viewport: shot.viewport };
      const tab = await engine.newTab(options);
      try {
        const { page } = tab;
        await page.goto(`${server.url}/tests/e2e/pages/screenshot.html?config=${encodeURIComponent(JSON.stringify(config))}`);
        await page.waitForFunction(() => document.documentElement.dataset.widget === "ready");
        await clickElement(tab, "#report", { touch: shot.touch });
        await waitForDialog(page);
        await settle(page);
        // Once the opening animation has ended and the fonts are in.
        await page.evaluate(async () => {
          const root = document.querySelector("[data-bouton3018-host]").shadowRoot;
          await Promise.all(root.getAnimations().map((a) => a.finished));
          await document.fonts.ready;
        });
        const state = await dialogState(page);
        await assertNoAxeViolations(page, `(${shot.engine} ${shot.device}, ${when})`);
        await assertNoErrors(tab);
        const base = [shot.device, when, look.name].filter(Boolean).join("-");
        const name = shot.engine === "chromium" ? base : `${base}-${shot.engine}`;
        const file = `docs/screenshots/${name}.png`;
        await page.screenshot({ path: ROOT + file });
        console.log(`${file}  (${engine.label} ${engine.version}, ${shot.viewport.width}×${shot.viewport.height}; links: ${state.hrefs.join(" ")})`);
      } finally {
        await tab.close();
      }
    }
  }
} finally {
  for (const engine of Object.values(engines)) await engine.close();
  await server.close();
}
