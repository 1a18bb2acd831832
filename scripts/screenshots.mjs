#!/usr/bin/env node
// Regenerates docs/screenshots/*.png: the widget after a report, on a phone (390×844 at 2×, touch,
// can call; Instagram preset: call button) and a desktop (1280×800, cannot call; generic preset:
// number shown large, chat link and QR code), with the 3018 open (Wednesday 15:00 Paris) and
// closed (Wednesday 23:30 Paris).
//
//   make screenshots        (builds first)     npm run screenshots   (needs `make build`)
//
// It is also a check: each shot fails on a console error or an axe-core violation in the widget.
// Headless Debian Chromium (/usr/bin/chromium), a 127.0.0.1 server, nothing downloaded.
import { mkdir, readdir, rm } from "node:fs/promises";
import { startServer } from "./serve.mjs";
import {
  DIST, PKG, ROOT, assertClean, assertNoAxeViolations, dialogState, dispatchReport, launch, openPage, requireBuilt,
  settle, waitForDialog,
} from "../tests/e2e/helpers.mjs";

requireBuilt([...PKG, ...DIST]);

const OUT = `${ROOT}docs/screenshots/`;
const DEVICES = {
  phone: { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, canCall: true },
  desktop: { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1, isMobile: false, hasTouch: false, canCall: false },
};
const TIMES = {
  open: "2026-11-25T15:00:00+01:00",
  closed: "2026-11-25T23:30:00+01:00",
};

// A plain host page: a post and its report button. The widget comes from dist/ (the script-tag
// build's ES module), with the time fixed by `now` so the shots do not depend on the clock.
function hostPage(config) {
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>bouton-3018</title>
<link rel="icon" href="data:,">
<style>
  body { margin: 0; font: 16px/1.5 system-ui, sans-serif; background: #f3f4f6; color: #111827; }
  header { background: #fff; border-bottom: 1px solid #e5e7eb; padding: 12px 20px; font-weight: 700; }
  main { max-width: 560px; margin: 24px auto; padding: 0 16px; }
  article { background: #fff; border: 1px solid #e5e7eb; border-radius: 12px; padding: 16px; }
  button { font: inherit; padding: 8px 14px; border-radius: 8px; border: 1px solid #9ca3af; background: #fff; }
</style>
</head>
<body>
<header>Piaf</header>
<main>
  <article>
    <p><strong>nael_skate</strong></p>
    <p>Quelqu'un a posté une vidéo de moi qui tombe au skatepark avec des commentaires horribles.</p>
    <button type="button" id="report">Signaler</button>
  </article>
</main>
<script type="module">
  import { mount } from "/dist/bouton-3018.mjs";
  await mount(${JSON.stringify(config)});
  document.documentElement.dataset.widget = "ready";
</script>
</body>
</html>`;
}

await mkdir(OUT, { recursive: true });
for (const f of await readdir(OUT)) if (f.endsWith(".png")) await rm(OUT + f);

const server = await startServer({ root: ROOT, port: 0 });
const browser = await launch();
try {
  for (const [device, { canCall, ...options }] of Object.entries(DEVICES)) {
    for (const [when, now] of Object.entries(TIMES)) {
      const config = { platform: canCall ? "instagram" : "generic", canCall, now };
      const tab = await openPage(browser, { ...options, locale: "fr-FR", timezoneId: "Europe/Paris", colorScheme: "light" });
      const { page } = tab;
      const url = `${server.url}/screenshot-${device}-${when}.html`;
      await page.route(url, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: hostPage(config) }));
      await page.goto(url);
      await page.waitForFunction(() => document.documentElement.dataset.widget === "ready");
      await page.locator("#report").focus();
      await dispatchReport(page);
      await waitForDialog(page);
      await settle(page);
      await page.evaluate(() => document.fonts.ready);
      const state = await dialogState(page);
      await assertNoAxeViolations(page, `(${device}, ${when})`);
      assertClean(tab);
      const file = `docs/screenshots/${device}-${when}.png`;
      await page.screenshot({ path: ROOT + file, animations: "disabled" });
      console.log(`${file}  (${options.viewport.width}×${options.viewport.height}; links: ${state.hrefs.join(" ")})`);
      await tab.context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
