// The packed tarball in the three front ends platforms actually ship: React 19 (Vite,
// <StrictMode>), Next.js 16 (App Router, `next build` + `next start`) and Vue 3 (Vite), from
// tests/apps/{react,next,vue}. Each app mounts the README's component (verbatim: the first test
// compares them), is type-checked strictly against the package's own types, built for
// production and clicked through in headless Chromium: one host, one dialog per report, and
// after every route change away nothing left (no host, no listener, no timer of the widget, the
// same listeners on document/window and the same number of elements as before), 20 round trips
// in a row, axe clean, only loopback requests, the .wasm served as application/wasm. React and
// Vue also run on Vite's dev server (StrictMode's double effect, hot reload of the component).
// Each app also has a route with the <bouton-3018> element (issue 20): the same round trips, one
// host, nothing left; in Next.js its server render writes the tag and no widget markup.
//
// Dependencies: each app's are installed once (`npm ci` from its committed lockfile) into a
// cache folder outside the checkout (frameworks-helpers.mjs `CACHE`) and hard-linked into a
// scratch copy at each run; the tarball itself is installed OFFLINE into that copy.
//
// `FRAMEWORKS_PKG=/dir` packs the tarball with the pkg/ files of /dir instead of the repo's
// (a deliberately broken build; tests/apps/README.md says how to make one).
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { startServer } from "../../scripts/serve.mjs";
import { ENV, freePort, packTarball, plain, sh, startProcess } from "./apps-common.mjs";
import {
  assertNothingLeft, closeWithEscape, installApp, instrument, reportOnce, scratchFolder, snapshot, waitForHosts,
} from "./frameworks-helpers.mjs";
import { PKG, ROOT, assertClean, assertNoAxeViolations, launch, openPage, requireBuilt } from "./helpers.mjs";

requireBuilt([...PKG, "pkg/bouton_3018.d.ts", "pkg/bouton_3018_bg.wasm.d.ts"]);

const PKG_OVERRIDE = process.env.FRAMEWORKS_PKG;
const ROUNDS = 20;
// Next.js would otherwise send anonymous usage data (nothing leaves this machine).
const NEXT_ENV = { ...ENV, NEXT_TELEMETRY_DISABLED: "1" };
const REPORT = "Signaler ce contenu";

let scratch, tarball, browser;

before(async () => {
  scratch = await scratchFolder();
  tarball = await packTarball(scratch, PKG_OVERRIDE);
  browser = await launch();
});
after(async () => {
  await browser?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Records requests leaving `origin` and every .wasm response of the tab. */
function watchNetwork(tab, origin) {
  tab.foreign = [];
  tab.wasm = [];
  tab.page.on("request", (r) => {
    if (!r.url().startsWith(`${origin}/`) && !r.url().startsWith("data:")) tab.foreign.push(r.url());
  });
  tab.page.on("response", (r) => {
    if (new URL(r.url()).pathname.endsWith(".wasm")) tab.wasm.push(r);
  });
}

/** One tab on `url` with the ledger, the network watch and a same-document marker. */
async function openApp(url) {
  const tab = await instrument(await openPage(browser));
  watchNetwork(tab, new URL(url).origin);
  await tab.page.goto(url);
  await tab.page.evaluate(() => (window.__sameDocument = true));
  return tab;
}

/** The wasm was fetched once, as application/wasm, with the packed bytes; nothing left 127.0.0.1. */
async function assertNetwork(tab, label) {
  assert.equal(tab.wasm.length, 1, `${label}: the wasm is fetched once (got ${tab.wasm.map((r) => r.url())})`);
  assert.equal(tab.wasm[0].headers()["content-type"], "application/wasm", `${label}: wasm MIME type`);
  assert.ok(tarball.wasm.equals(await tab.wasm[0].body()), `${label}: the served wasm is the packed one`);
  assert.deepEqual(tab.foreign, [], `${label}: no request leaves 127.0.0.1`);
}

/**
 * Holds the .wasm download until `release()`: a route left before the wasm arrived (the
 * component unmounts while `mount()` is pending). `requested` resolves once it was asked for.
 */
async function holdWasm(page) {
  let requested, release, continued;
  const asked = new Promise((ok) => (requested = ok));
  const released = new Promise((ok) => (release = ok));
  const done = new Promise((ok) => (continued = ok));
  const pattern = /\.wasm(\?|$)/;
  await page.route(pattern, async (route) => {
    requested();
    await released;
    await route.continue();
    continued();
  });
  return {
    asked,
    release: async () => {
      release();
      await done;
      await page.unroute(pattern);
    },
  };
}

const heading = (page, name) => page.getByRole("heading", { level: 1, name, exact: true }).waitFor();
const link = (page, name) => page.getByRole("link", { name, exact: true }).click();

/**
 * The single-page apps (React, Vue): #/ has no widget, #/post has one (and #/element, the
 * <bouton-3018> element: `route`). First the post route is
 * left before the wasm arrived; then ROUNDS round trips: one host after `mountsPerVisit`
 * mounts (2 under StrictMode's double effect in development), one dialog per report, and back
 * home (by the link after Escape, or by Back with the dialog still open) nothing left.
 */
async function spaRoundTrips(tab, { mountsPerVisit, label, route = { link: "Un post", heading: "Un post" }, earlyMounts = mountsPerVisit }) {
  const { page } = tab;
  await heading(page, "Accueil");
  const start = await snapshot(tab);
  assert.deepEqual([start.hosts, start.added], [0, 0], `${label}: no widget on the home route`);

  const wasm = await holdWasm(page);
  await link(page, route.link);
  await heading(page, route.heading);
  await wasm.asked;
  await link(page, "Accueil");
  await heading(page, "Accueil");
  await wasm.release();
  await waitForHosts(page, 0, earlyMounts, `${label}, left before the wasm arrived`);
  const early = await snapshot(tab);
  assert.equal(early.added, earlyMounts, `${label}: ${earlyMounts} mount(s) resolved after the route was left`);
  assertNothingLeft(early, null, `${label}, left before the wasm arrived`);

  let reference;
  for (let round = 1; round <= ROUNDS; round++) {
    const where = `${label}, round ${round}`;
    const { added } = await snapshot(tab);
    await link(page, route.link);
    await waitForHosts(page, 1, added + mountsPerVisit, where);
    const mounted = await snapshot(tab);
    assert.equal(mounted.added - added, mountsPerVisit, `${where}: ${mountsPerVisit} mount(s) per visit`);
    assert.ok(mounted.listeners > 0, `${where}: the ledger sees the widget's listeners (got ${mounted.listeners})`);
    await reportOnce(tab, where);
    if (round === 1) await assertNoAxeViolations(page, `(${where})`);
    if (round % 2) {
      await closeWithEscape(page);
      await link(page, "Accueil");
    } else {
      await page.evaluate(() => history.back()); // the dialog still open
    }
    await heading(page, "Accueil");
    await waitForHosts(page, 0, mounted.added, where);
    const left = await snapshot(tab);
    assertNothingLeft(left, reference, `${where}, back home`);
    reference ??= left;
  }
  assert.equal(await page.evaluate(() => window.__sameDocument), true, `${label}: every route change stayed in the page`);
  return reference;
}

/**
 * Vite's dev server hot-updates the README component after a test rewrites it (the widget
 * now in English). `remounts`: whether the framework re-runs the component's mount on a hot
 * update: Vue remounts it; React 19 re-renders it but, under <StrictMode>, does not re-run an
 * effect whose dependencies did not change (react-dom's development build resets
 * `ignorePreviousDependencies` in StrictMode's second render, `renderWithHooksAgain`), so the
 * old widget stays until the next mount. Either way: one host, the same widget listeners, the
 * page not reloaded; the next visit mounts the edited component; leaving leaves nothing.
 */
async function hotReload(tab, dir, component, { label, reference, remounts }) {
  const { page } = tab;
  await link(page, "Un post");
  await waitForHosts(page, 1, 1, `${label}, before the edit`);
  const before = await snapshot(tab);
  const file = join(dir, component);
  const source = await readFile(file, "utf8");
  const edited = source.replace("mount({ platform })", 'mount({ platform, locale: "en" })');
  assert.notEqual(edited, source, `${label}: the component calls mount({ platform })`);
  const updated = page.waitForEvent("console", { predicate: (m) => m.text() === `[vite] hot updated: /${component}`, timeout: 20_000 });
  await writeFile(file, edited);
  await updated;
  const lang = remounts ? "en" : "fr";
  await waitForHosts(page, 1, before.added + (remounts ? 1 : 0), `${label}, after the edit`);
  await page.waitForFunction((l) => document.querySelector("[data-bouton3018-host]")?.getAttribute("lang") === l, lang);
  const now = await snapshot(tab);
  assert.equal(await page.evaluate(() => window.__sameDocument), true, `${label}: hot update, not a page reload`);
  assert.deepEqual([now.hosts, now.added - before.added, now.removed - before.removed], [1, remounts ? 1 : 0, remounts ? 1 : 0], `${label}: one widget (hosts, mounts, destroys since the edit)`);
  assert.deepEqual(now.listenerTypes, before.listenerTypes, `${label}: the same widget listeners as before the edit`);
  assert.equal(now.timers, 0, `${label}: no widget timer while closed`);
  await link(page, "Accueil");
  await heading(page, "Accueil");
  await waitForHosts(page, 0, now.added, `${label}, back home`);
  assertNothingLeft(await snapshot(tab), reference, `${label}, back home`);
  await link(page, "Un post");
  await waitForHosts(page, 1, now.added + 1, `${label}, next visit`);
  const state = await reportOnce(tab, `${label}, next visit`);
  assert.equal(state.lang, "en", `${label}: the next visit mounts the edited component`);
  await closeWithEscape(page);
  await link(page, "Accueil");
  await heading(page, "Accueil");
  const { added } = await snapshot(tab);
  await waitForHosts(page, 0, added, `${label}, back home again`);
  assertNothingLeft(await snapshot(tab), reference, `${label}, back home again`);
  assert.equal(await page.evaluate(() => window.__sameDocument), true, `${label}: still the same page`);
}

/** The component's source as the README shows it. */
async function readmeBlocks() {
  const readme = await readFile(`${ROOT}README.md`, "utf8");
  const start = readme.indexOf("\n## Frameworks and bundlers\n");
  assert.ok(start >= 0, "README has a Frameworks and bundlers section");
  const section = readme.slice(start, readme.indexOf("\n## ", start + 1));
  return [...section.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map(([, lang, code]) => ({ lang, code }));
}

describe("the README's framework snippets are the apps' code", () => {
  it("React (tsx): tests/apps/react and tests/apps/next mount the README's component verbatim", async () => {
    const tsx = (await readmeBlocks()).filter((b) => b.lang === "tsx");
    assert.equal(tsx.length, 1, "one tsx block in the section");
    assert.equal(await readFile(`${ROOT}tests/apps/react/src/Bouton3018.tsx`, "utf8"), tsx[0].code);
    assert.equal(await readFile(`${ROOT}tests/apps/next/app/Bouton3018.tsx`, "utf8"), tsx[0].code);
    assert.equal(
      await readFile(`${ROOT}tests/apps/next/app/ReportButton.tsx`, "utf8"),
      await readFile(`${ROOT}tests/apps/react/src/ReportButton.tsx`, "utf8"),
      "one report button for both React apps",
    );
  });
  it("Vue (vue): tests/apps/vue mounts the README's component verbatim", async () => {
    const vue = (await readmeBlocks()).filter((b) => b.lang === "vue");
    assert.equal(vue.length, 1, "one vue block in the section");
    assert.equal(await readFile(`${ROOT}tests/apps/vue/src/Bouton3018.vue`, "utf8"), vue[0].code);
  });
});

/** Serves `root` on 127.0.0.1 while `fn(url)` runs. */
async function served(root, fn) {
  const server = await startServer({ root, port: 0 });
  try {
    return await fn(server.url);
  } finally {
    await server.close();
  }
}

/** Vite's dev server on a free loopback port while `fn(url)` runs. */
async function viteDev(dir, fn) {
  const port = await freePort();
  const server = await startProcess(process.execPath, [join(dir, "node_modules/vite/bin/vite.js"), "--host", "127.0.0.1", "--port", String(port), "--strictPort"], {
    cwd: dir,
    ready: `127.0.0.1:${port}`,
  });
  try {
    return await fn(`http://127.0.0.1:${port}/`);
  } finally {
    await server.stop();
  }
}

/** The React and Vue apps: install, type-check, build, then production and dev-server runs. */
function viteApp({ name, title, typecheck, component, mountsInDev, remountsOnEdit }) {
  describe(title, { timeout: 600_000 }, () => {
    let dir, reference;

    it("installs the tarball offline and type-checks strictly against the package's types", async (t) => {
      const install = await installApp(name, scratch, tarball);
      dir = install.dir;
      t.diagnostic(`install: ${seconds(install.totalMs)} (dependencies ${install.installedDependencies ? "installed now" : "from the cache"}: ${seconds(install.dependenciesMs)})`);
      const started = Date.now();
      await sh(join(dir, "node_modules/.bin", typecheck), ["-p", "."], dir);
      t.diagnostic(`${typecheck}: ${seconds(Date.now() - started)}`);
    });

    it(`production build: ${ROUNDS} round trips between a route with the widget and one without`, async (t) => {
      assert.ok(dir, "needs the app installed by the previous test");
      const started = Date.now();
      await sh(join(dir, "node_modules/.bin/vite"), ["build", "--logLevel", "warn"], dir);
      t.diagnostic(`vite build: ${seconds(Date.now() - started)}`);
      const browsing = Date.now();
      await served(join(dir, "dist"), async (url) => {
        const tab = await openApp(`${url}/`);
        reference = await spaRoundTrips(tab, { mountsPerVisit: 1, label: `${name} (production)` });
        await assertNetwork(tab, `${name} (production)`);
        assertClean(tab);
        await tab.context.close();
      });
      t.diagnostic(`browser: ${seconds(Date.now() - browsing)}`);
    });

    it(`<bouton-3018> (bouton-3018/element/${name}), production build: removed before the wasm arrived, then ${ROUNDS} round trips`, async (t) => {
      assert.ok(dir, "needs the app built by the previous test");
      const browsing = Date.now();
      await served(join(dir, "dist"), async (url) => {
        const tab = await openApp(`${url}/`);
        // The element's widget waits for the browser to be idle; an element removed before the
        // wasm arrived mounts nothing at all (js/front.js), hence no early mount.
        await spaRoundTrips(tab, { mountsPerVisit: 1, earlyMounts: 0, label: `${name} (element)`, route: { link: "Un autre post", heading: "Un autre post" } });
        await assertNetwork(tab, `${name} (element)`);
        assertClean(tab);
        await tab.context.close();
      });
      t.diagnostic(`browser: ${seconds(Date.now() - browsing)}`);
    });

    it(`dev server: ${mountsInDev === 2 ? "StrictMode's double effect, " : ""}${ROUNDS} round trips, then a hot reload of the component`, async (t) => {
      assert.ok(dir, "needs the app installed by the first test");
      const started = Date.now();
      await viteDev(dir, async (url) => {
        const tab = await openApp(url);
        const devReference = await spaRoundTrips(tab, { mountsPerVisit: mountsInDev, label: `${name} (dev)` });
        await hotReload(tab, dir, component, { label: `${name} (hot reload)`, reference: devReference, remounts: remountsOnEdit });
        await assertNetwork(tab, `${name} (dev)`);
        assertClean(tab);
        await tab.context.close();
      });
      t.diagnostic(`dev server and browser: ${seconds(Date.now() - started)}`);
    });
  });
}

viteApp({ name: "react", title: "React 19 (Vite, <StrictMode>)", typecheck: "tsc", component: "src/Bouton3018.tsx", mountsInDev: 2, remountsOnEdit: false });
viteApp({ name: "vue", title: "Vue 3 (Vite)", typecheck: "vue-tsc", component: "src/Bouton3018.vue", mountsInDev: 1, remountsOnEdit: true });

describe("Next.js 16 (App Router, next build + next start)", { timeout: 600_000 }, () => {
  let dir, server, url;

  after(async () => {
    await server?.stop();
  });

  it("installs the tarball offline; `next build` type-checks strictly and prerenders without touching window", async (t) => {
    const install = await installApp("next", scratch, tarball);
    dir = install.dir;
    t.diagnostic(`install: ${seconds(install.totalMs)} (dependencies ${install.installedDependencies ? "installed now" : "from the cache"}: ${seconds(install.dependenciesMs)})`);
    const started = Date.now();
    const { stdout, stderr } = await sh(process.execPath, [join(dir, "node_modules/next/dist/bin/next"), "build"], dir, 300_000, NEXT_ENV);
    t.diagnostic(`next build: ${seconds(Date.now() - started)}`);
    const output = plain(stdout + stderr);
    assert.match(output, /Finished TypeScript/, "next build ran the type check");
    // Under CI=true (and only there) Next says "⚠ No build cache found" about its own `.next/cache`,
    // which a fresh scratch folder never has: a note about caching builds in CI, not about the
    // app or the package. Any other warning fails.
    const warnings = output.split("\n").filter((line) => /⚠|warn/i.test(line) && !/No build cache found/.test(line));
    assert.deepEqual(warnings, [], "next build printed no warning");
    assert.match(output, /○ \/feed/, "/feed prerendered at build time (server render of the component)");
    assert.match(output, /ƒ \/messages/, "/messages rendered on the server at each request");
  });

  it("`next start`: the server render has no widget markup, and the .wasm is served as application/wasm", async () => {
    assert.ok(dir, "needs the app built by the previous test");
    const port = await freePort();
    server = await startProcess(process.execPath, [join(dir, "node_modules/next/dist/bin/next"), "start", "-H", "127.0.0.1", "-p", String(port)], {
      cwd: dir,
      env: NEXT_ENV,
      ready: "Ready in",
    });
    url = `http://127.0.0.1:${port}`;
    for (const path of ["/feed", "/messages"]) {
      const response = await fetch(`${url}${path}`);
      const html = await response.text();
      assert.equal(response.status, 200, path);
      assert.match(html, new RegExp(`<button type="button">${REPORT}</button>`), `${path}: the page itself is server-rendered`);
      assert.doesNotMatch(html, /data-bouton3018|<dialog|shadowroot/i, `${path}: no widget markup in the server render`);
    }
  });

  it("a page loaded directly: the widget mounts after hydration (no hydration warning), one dialog per report", async () => {
    assert.ok(url, "needs `next start` from the previous test");
    const tab = await openApp(`${url}/feed`);
    await heading(tab.page, "Un post");
    await waitForHosts(tab.page, 1, 1, "next, /feed loaded directly");
    await reportOnce(tab, "next, /feed loaded directly");
    await assertNoAxeViolations(tab.page, "(next, /feed)");
    await closeWithEscape(tab.page);
    await assertNetwork(tab, "next, /feed loaded directly");
    assert.deepEqual(tab.console.filter((m) => /hydrat|#418|#423|#425/i.test(m)), [], "no hydration warning");
    assertClean(tab);
    await tab.context.close();
  });

  it(`client-side navigations: left before the wasm arrived, then ${ROUNDS} rounds home → /feed → /messages → home, one widget at a time`, async (t) => {
    assert.ok(url, "needs `next start`");
    const started = Date.now();
    const tab = await openApp(`${url}/`);
    const { page } = tab;
    await heading(page, "Accueil");

    const wasm = await holdWasm(page);
    await link(page, "Fil");
    await heading(page, "Un post");
    await wasm.asked;
    await link(page, "Accueil");
    await heading(page, "Accueil");
    await wasm.release();
    await waitForHosts(page, 0, 1, "next, left before the wasm arrived");
    assertNothingLeft(await snapshot(tab), null, "next, left before the wasm arrived");

    let reference;
    for (let round = 1; round <= ROUNDS; round++) {
      const where = `next, round ${round}`;
      const { added } = await snapshot(tab);
      await link(page, "Fil");
      await heading(page, "Un post");
      await waitForHosts(page, 1, added + 1, `${where}, /feed`);
      await reportOnce(tab, `${where}, /feed`);
      await closeWithEscape(page);
      await link(page, "Messages");
      await heading(page, "Messages");
      await waitForHosts(page, 1, added + 2, `${where}, /messages`);
      const messages = await snapshot(tab);
      assert.deepEqual([messages.added, messages.removed], [added + 2, added + 1], `${where}: /feed's widget destroyed, /messages' mounted`);
      await reportOnce(tab, `${where}, /messages`);
      if (round % 2 === 0) {
        await page.evaluate(() => history.back()); // to /feed, the dialog still open
        await heading(page, "Un post");
        await waitForHosts(page, 1, added + 3, `${where}, back to /feed`);
      } else {
        await closeWithEscape(page);
      }
      await link(page, "Accueil");
      await heading(page, "Accueil");
      const { added: total } = await snapshot(tab);
      await waitForHosts(page, 0, total, `${where}, home`);
      const left = await snapshot(tab);
      assertNothingLeft(left, reference, `${where}, home`);
      reference ??= left;
    }
    assert.equal(await page.evaluate(() => window.__sameDocument), true, "every navigation was client-side");
    await assertNetwork(tab, "next, navigations");
    assert.deepEqual(tab.console.filter((m) => /hydrat|#418|#423|#425/i.test(m)), [], "no hydration warning");
    assertClean(tab);
    await tab.context.close();
    t.diagnostic(`browser: ${seconds(Date.now() - started)}`);
  });

  it("<bouton-3018> (bouton-3018/element/react): server-rendered as a plain tag, no widget markup; it mounts in the browser, and leaving leaves nothing", async () => {
    assert.ok(url, "needs `next start`");
    const html = await (await fetch(`${url}/element`)).text();
    assert.match(html, /<bouton-3018 platform="instagram"><\/bouton-3018>/, "the tag and its attribute in the server render");
    assert.doesNotMatch(html, /data-bouton3018|<dialog|shadowroot/i, "no widget markup in the server render");
    const tab = await openApp(`${url}/`);
    const { page } = tab;
    await heading(page, "Accueil");
    const start = await snapshot(tab);
    let reference;
    for (let round = 1; round <= 5; round++) {
      const where = `next element, round ${round}`;
      const { added } = await snapshot(tab);
      await link(page, "Élément");
      await heading(page, "Un autre post");
      await waitForHosts(page, 1, added + 1, where);
      await reportOnce(tab, where);
      if (round === 1) await assertNoAxeViolations(page, `(${where})`);
      await closeWithEscape(page);
      await link(page, "Accueil");
      await heading(page, "Accueil");
      await waitForHosts(page, 0, added + 1, `${where}, home`);
      const left = await snapshot(tab);
      assertNothingLeft(left, reference ?? null, `${where}, home`);
      reference ??= left;
    }
    assert.equal(start.hosts, 0);
    assert.deepEqual(tab.console.filter((m) => /hydrat|#418|#423|#425/i.test(m)), [], "no hydration warning");
    assertClean(tab);
    await tab.context.close();
  });

  it("`next start` printed no error (the server render threw nothing)", () => {
    assert.ok(server, "needs `next start`");
    const output = plain(server.output());
    assert.doesNotMatch(output, /⨯|error|window is not defined|document is not defined/i, output);
  });
});
