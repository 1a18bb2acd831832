// The real tarball in real apps. `npm pack` the package into a temp dir, check what it ships,
// then install it OFFLINE (from the npm cache only: `npm install --offline`) into copies of the
// three scratch apps of tests/apps/ — webpack 5, Vite, a plain <script type="module"> page —
// build each one with its own bundler, serve it on 127.0.0.1, and in headless Chromium click the
// page's report button: the modal must open, with the wasm the bundler emitted.
//
// Offline: each app copy gets the root package-lock.json beside its package.json, so webpack and
// Vite resolve to exactly the versions the root `npm ci` (scripts/bootstrap.sh) put in the npm
// cache; npm prunes what the app does not use. A missing cache entry fails with ENOTCACHED (it
// never falls back to the network).
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { copyFile, cp, mkdtemp, readFile, readdir, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startServer } from "../../scripts/serve.mjs";
import { assertInstalledWasm, freePort, packTarball, sh, startProcess } from "./apps-common.mjs";
import {
  DIST, PKG, ROOT, assertClean, assertNoAxeViolations, dialogState, dispatchReport, events, launch, openPage,
  requireBuilt, settle, waitForDialog, waitForEvents,
} from "./helpers.mjs";

requireBuilt([...PKG, ...DIST, "dist/integrity.json", "pkg/bouton_3018.d.ts", "pkg/bouton_3018_bg.wasm.d.ts"]);

const manifest = JSON.parse(await readFile(`${ROOT}package.json`, "utf8"));
/** The wasm in the tarball: what every app must end up serving. */
let WASM;
// A weekday afternoon and a late evening, Paris time (the 3018 is open 09:00–23:00).
const OPEN = new Date("2026-11-25T15:00:00+01:00");
const CLOSED = new Date("2026-11-25T23:30:00+01:00");

describe("the packed tarball in webpack, Vite and plain-HTML apps", { timeout: 240_000 }, () => {
  let tmp, tarball, browser;

  before(async () => {
    tmp = await mkdtemp(join(tmpdir(), "bouton-3018-apps-"));
    // The real `npm pack` (prepack included), not a dry run.
    const built = await readFile(`${ROOT}pkg/bouton_3018_bg.wasm`);
    tarball = { ...(await packTarball(tmp)), built };
    WASM = tarball.wasm;
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  it("ships exactly package.json + the listed files: the .wasm, the .d.ts, nothing stray", async (t) => {
    const { stdout } = await sh("tar", ["-tzf", tarball.path], tmp);
    const listed = stdout.trim().split("\n").sort();
    const expected = ["package.json", ...manifest.files].map((f) => `package/${f}`).sort();
    assert.deepEqual(listed, expected);
    for (const f of ["pkg/bouton_3018_bg.wasm", "pkg/bouton_3018.d.ts", "js/index.d.ts"]) assert.ok(listed.includes(`package/${f}`), f);
    // The wasm in the tarball is the one built (not an empty or stale file).
    assert.ok(WASM.equals(tarball.built), "packed wasm = pkg/bouton_3018_bg.wasm (if pkg/ was rebuilt meanwhile, rerun)");
    const { size } = await stat(tarball.path);
    t.diagnostic(`${tarball.report.filename}: ${size} B (unpacked ${tarball.report.unpackedSize} B)`);
    for (const f of tarball.report.files) t.diagnostic(`  ${String(f.size).padStart(7)} B  ${f.path}`);
  });

  /** Copies tests/apps/<name> to the temp dir and installs the tarball into it, offline. */
  async function install(name) {
    const dir = join(tmp, name);
    const skip = new Set(["node_modules", "dist", "package-lock.json", "bouton-3018.tgz"]);
    await cp(`${ROOT}tests/apps/${name}`, dir, { recursive: true, filter: (src) => !skip.has(src.split("/").pop()) });
    await copyFile(tarball.path, join(dir, "bouton-3018.tgz"));
    await copyFile(`${ROOT}package-lock.json`, join(dir, "package-lock.json"));
    await sh("npm", ["install", "--offline", "--no-audit", "--no-fund", "./bouton-3018.tgz"], dir);
    await assertInstalledWasm(dir, WASM, name);
    return dir;
  }

  /**
   * Opens `url` at `time`, waits for the app's mount, clicks its report button and returns the
   * dialog's state. Asserts: only loopback requests, the wasm served as application/wasm with
   * the built bytes, no console error, no axe violation in the open widget.
   */
  async function reportIn(url, time, label) {
    const tab = await openPage(browser);
    const { page } = tab;
    await page.clock.setFixedTime(time);
    const origin = new URL(url).origin;
    const foreign = [];
    const wasm = [];
    page.on("request", (r) => {
      if (!r.url().startsWith(`${origin}/`) && !r.url().startsWith("data:")) foreign.push(r.url());
    });
    page.on("response", (r) => {
      if (new URL(r.url()).pathname.endsWith(".wasm")) wasm.push(r);
    });
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.widget, null, { timeout: 30_000 });
    const mounted = await page.evaluate(() => [document.documentElement.dataset.widget, document.getElementById("status").textContent]);
    assert.deepEqual(mounted, ["ready", ""], `${label}: mount() resolved`);
    await page.getByRole("button", { name: "Signaler ce contenu" }).click();
    await waitForDialog(page);
    await settle(page);
    const state = await dialogState(page);
    assert.equal(state.open, 1, `${label}: one open dialog`);
    assert.equal(state.modal, true, `${label}: modal`);
    assert.ok(state.titleVisible, `${label}: title visible`);
    assert.ok(state.focusInside, `${label}: focus inside (got ${state.focused})`);
    assert.equal(wasm.length, 1, `${label}: the wasm is fetched once`);
    assert.equal(wasm[0].headers()["content-type"], "application/wasm", `${label}: wasm MIME type`);
    assert.ok(WASM.equals(await wasm[0].body()), `${label}: the served wasm is the built one`);
    await assertNoAxeViolations(page, `(${label})`);
    assert.deepEqual(foreign, [], `${label}: no request leaves 127.0.0.1`);
    assertClean(tab);
    state.wasmPath = new URL(wasm[0].url()).pathname;
    state.qr = await page.evaluate(() => {
      const svg = document.querySelector("[data-bouton3018-host]").shadowRoot.querySelector("dialog svg[role=img]");
      return svg ? svg.getAttribute("aria-label") : null;
    });
    await tab.context.close();
    return state;
  }

  /** Serves `root` on 127.0.0.1 while `fn(url)` runs. */
  async function served(root, fn) {
    const server = await startServer({ root, port: 0 });
    try {
      return await fn(server.url);
    } finally {
      await server.close();
    }
  }

  it("webpack 5 (no plugin, no experiments): builds, emits the wasm, opens the modal on a report (instagram)", async () => {
    const dir = await install("webpack");
    await sh(join(dir, "node_modules/.bin/webpack"), ["--mode", "production"], dir);
    const emitted = (await readdir(join(dir, "dist"))).filter((f) => f.endsWith(".wasm"));
    assert.equal(emitted.length, 1, `webpack emitted the wasm as an asset (dist/: ${emitted})`);
    const state = await served(dir, (url) => reportIn(`${url}/`, OPEN, "webpack, open"));
    assert.equal(state.wasmPath, `/dist/${emitted[0]}`);
    assert.ok(state.hrefs.includes("tel:3018"), `instagram while open: a call link (got ${state.hrefs})`);
    assert.ok(state.qr, "desktop (cannot call), line open: a QR code with a text alternative");
  });

  it("Vite (no config): `vite build` output opens the modal on a report (tiktok)", async () => {
    const dir = await install("vite");
    await sh(join(dir, "node_modules/.bin/vite"), ["build", "--logLevel", "warn"], dir);
    const state = await served(join(dir, "dist"), (url) => reportIn(`${url}/`, OPEN, "vite build, open"));
    assert.match(state.wasmPath, /^\/assets\/bouton_3018_bg-[\w-]+\.wasm$/);
    assert.ok(!state.hrefs.includes("tel:3018"), `tiktok: never a call link (got ${state.hrefs})`);
    assert.ok(state.hrefs.some((h) => h.startsWith("https://3018.fr")), `tiktok: a link to https://3018.fr (got ${state.hrefs})`);
  });

  it("Vite dev server (no config): the module graph and the wasm load, the modal opens", async () => {
    const dir = join(tmp, "vite");
    assert.ok((await stat(join(dir, "node_modules/bouton-3018"))).isDirectory(), "needs the Vite app installed by the previous test");
    const port = await freePort();
    // Vite colours its banner when `CI` is set (picocolors): startProcess matches the text
    // without the colour codes.
    const server = await startProcess(process.execPath, [join(dir, "node_modules/vite/bin/vite.js"), "--host", "127.0.0.1", "--port", String(port), "--strictPort"], {
      cwd: dir,
      ready: `127.0.0.1:${port}`,
    });
    try {
      const state = await reportIn(`http://127.0.0.1:${port}/`, CLOSED, "vite dev, closed");
      assert.ok(!state.hrefs.includes("tel:3018"), `tiktok: never a call link (got ${state.hrefs})`);
    } finally {
      await server.stop();
    }
  });

  it("the installed tarball's types compile (tests/types, strict, both resolutions)", async () => {
    const dir = join(tmp, "vite");
    assert.ok((await stat(join(dir, "node_modules/bouton-3018"))).isDirectory(), "needs the Vite app installed by a previous test");
    await cp(`${ROOT}tests/types`, join(dir, "types"), { recursive: true });
    for (const project of ["types/tsconfig.json", "types/tsconfig.bundler.json"]) {
      const { stdout } = await sh(`${ROOT}node_modules/.bin/tsc`, ["-p", project, "--traceResolution"], dir);
      // Resolved from the app's node_modules (the tarball), not from the repo.
      assert.match(stdout, /Module name 'bouton-3018' was successfully resolved to '[^']*\/vite\/node_modules\/bouton-3018\/js\/index\.d\.ts'/, project);
    }
  });

  it("plain <script type=\"module\"> + import map, no build: opens the modal on a report (generic, closed)", async () => {
    const dir = await install("plain");
    const state = await served(dir, (url) => reportIn(`${url}/`, CLOSED, "plain, closed"));
    assert.equal(state.wasmPath, "/node_modules/bouton-3018/pkg/bouton_3018_bg.wasm");
    assert.ok(!state.hrefs.includes("tel:3018"), `line closed: no 3018 call link (got ${state.hrefs})`);
    assert.ok(state.hrefs.includes("https://3114.fr"), `line closed, cannot call: the 24/7 3114 as a link (got ${state.hrefs})`);
    assert.equal(state.qr, null, "line closed: no QR code to call a closed line");
  });
});

// The types: tests/types/example.ts uses every config field and every event in strict mode
// (`skipLibCheck: false`, so the shipped .d.ts files are checked too), with Node16-style and
// bundler-style resolution, against the repo's own package (self-reference through "exports").
describe("types (strict tsc --noEmit of tests/types/example.ts)", () => {
  for (const project of ["tests/types/tsconfig.json", "tests/types/tsconfig.bundler.json"]) {
    it(project, async () => {
      await sh(`${ROOT}node_modules/.bin/tsc`, ["-p", project], ROOT);
    });
  }
});

// dist/integrity.json: the SRI hashes scripts/build-dist.mjs writes, recomputed here, then used
// as the README shows them: the loader tag's `integrity` + `crossorigin`, and an import map
// `integrity` for the module it imports (the wasm-bindgen glue). A wrong hash must block the file.
describe("dist/integrity.json (Subresource Integrity)", { timeout: 60_000 }, () => {
  const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
  let manifestSri;

  it("has one sha384 per dist file, each matching the file's bytes", async () => {
    manifestSri = JSON.parse(await readFile(`${ROOT}dist/integrity.json`, "utf8"));
    const files = (await readdir(`${ROOT}dist`)).filter((f) => f !== "integrity.json").sort();
    assert.deepEqual(Object.keys(manifestSri).sort(), files, "every dist file, and only those");
    for (const f of files) {
      assert.match(manifestSri[f], /^sha384-[A-Za-z0-9+/]{64}$/, f);
      assert.equal(manifestSri[f], sri(await readFile(`${ROOT}dist/${f}`)), `${f}: hash matches (rebuilt since? run make dist)`);
    }
  });

  /** The README's production snippet, with `tamper` replacing one hash by a wrong one. */
  function page(hashes, tamper) {
    const h = { ...hashes };
    if (tamper) h[tamper] = sri(Buffer.from("not the file"));
    const importMap = JSON.stringify({
      integrity: { "/dist/bouton_3018.js": h["bouton_3018.js"] },
    });
    return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>SRI</title><link rel="icon" href="data:,">
<script type="importmap">${importMap}</script>
<script src="/dist/bouton-3018.js" integrity="${h["bouton-3018.js"]}" crossorigin="anonymous" data-platform="tiktok" async></script>
</head><body><main><h1>SRI</h1></main></body></html>`;
  }

  async function load(browser, url, html) {
    const tab = await openPage(browser);
    await tab.page.route(`${url}/sri.html`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: html }));
    await tab.page.goto(`${url}/sri.html`);
    return tab;
  }

  it("the README tag with the right hashes loads the wasm widget; a wrong hash blocks the file", async () => {
    manifestSri ??= JSON.parse(await readFile(`${ROOT}dist/integrity.json`, "utf8"));
    const browser = await launch();
    const server = await startServer({ root: ROOT, port: 0 });
    try {
      // Right hashes: the real widget (its show event knows the hours: `open`).
      const ok = await load(browser, server.url, page(manifestSri));
      await ok.page.evaluate(() => window.bouton3018.ready);
      await dispatchReport(ok.page);
      await waitForDialog(ok.page);
      const [shown] = await waitForEvents(ok.page, "bouton3018:show");
      assert.equal(typeof shown.detail.open, "boolean", "the wasm widget, not the no-wasm fallback");
      assert.deepEqual(await events(ok.page, "bouton3018:error"), []);
      assertClean(ok);
      await ok.context.close();

      // Wrong hash on the loader: the browser refuses to run it.
      const loader = await load(browser, server.url, page(manifestSri, "bouton-3018.js"));
      await loader.page.waitForFunction(() => document.readyState === "complete");
      await settle(loader.page);
      assert.equal(await loader.page.evaluate(() => typeof window.bouton3018), "undefined", "tampered loader did not run");
      assert.ok(loader.consoleErrors.some((e) => /integrity/i.test(e)), `an integrity error (got ${loader.consoleErrors})`);
      await loader.context.close();

      // Wrong hash on the module (import map): the import fails, the loader falls back.
      const mod = await load(browser, server.url, page(manifestSri, "bouton_3018.js"));
      await mod.page.evaluate(() => window.bouton3018.ready);
      const [error] = await waitForEvents(mod.page, "bouton3018:error");
      assert.ok(error, "bouton3018:error when the module is blocked");
      assert.ok(mod.consoleErrors.some((e) => /integrity/i.test(e)), `an integrity error (got ${mod.consoleErrors})`);
      await mod.context.close();
    } finally {
      await browser.close();
      await server.close();
    }
  });
});
