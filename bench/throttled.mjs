// The throttled cold path (issue 19): a report sent right after the script-tag entry ran
// (`data-load="intent"`, nothing preloaded), on a slow network and a slow CPU emulated over CDP,
// timed until a usable dialog is up (bench/pages/measure.js `usable()`), with which dialog it was
// (the loader's own early dialog or the full widget) and when the full widget was mounted.
//
// Used by bench/run.mjs (`make bench`); also runs alone, e.g. against another build:
//   [BENCH_SITE=dir] node bench/throttled.mjs [--runs N] [--profile name]
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../scripts/serve.mjs";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/e2e/helpers.mjs";
import { median, round, stats } from "./common.mjs";

/**
 * The profiles. "slow 4G" and "fast 4G" are Chrome DevTools' presets of those names
 * (front_end/core/sdk/NetworkManager.ts: throughput × 0.9, latency × 3.75 / × 2.75, as DevTools
 * applies them); "3G" is the issue's: 400 kbit/s each way, 300 ms round trip. Throughputs in
 * bytes per second, latency in ms (CDP `Network.emulateNetworkConditions`), CPU as a slowdown
 * factor (`Emulation.setCPUThrottlingRate`).
 */
export const PROFILES = [
  { name: "none (loopback)", latency: 0, down: -1, up: -1, cpu: 1, budgetMs: null },
  { name: "fast 4G + 4× CPU", latency: 60 * 2.75, down: (9e6 / 8) * 0.9, up: (1.5e6 / 8) * 0.9, cpu: 4, budgetMs: null },
  { name: "slow 4G + 4× CPU", latency: 150 * 3.75, down: (1.6e6 / 8) * 0.9, up: (750e3 / 8) * 0.9, cpu: 4, budgetMs: 1000 },
  { name: "3G + 6× CPU", latency: 300, down: 400e3 / 8, up: 400e3 / 8, cpu: 6, budgetMs: 1500 },
];

/** `runs` fresh contexts per profile on `baseUrl` (a server of the repo or of BENCH_SITE). */
export async function measureThrottled(browser, baseUrl, { runs = 5, profiles = PROFILES } = {}) {
  const out = [];
  for (const profile of profiles) {
    const samples = [];
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, timezoneId: "Europe/Paris", locale: "fr-FR" });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: profile.latency,
        downloadThroughput: profile.down,
        uploadThroughput: profile.up,
      });
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: profile.cpu });
      const errors = [];
      page.on("pageerror", (e) => errors.push(String(e)));
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      await page.goto(`${baseUrl}/bench/pages/throttled.html`, { timeout: 120_000 });
      await page.waitForFunction(() => window.__result !== undefined, null, { timeout: 120_000 });
      const r = await page.evaluate(() => window.__result, null, { timeout: 120_000 });
      samples.push({ ...r, errors });
      await context.close();
    }
    const usable = stats(samples.map((s) => s.usable));
    const full = stats(samples.map((s) => s.full));
    const what = {};
    for (const s of samples) what[s.what] = (what[s.what] ?? 0) + 1;
    out.push({
      profile,
      usable,
      full,
      what,
      errors: [...new Set(samples.flatMap((s) => s.errors))],
      samples: samples.map(({ usable: u, full: f, what: w }) => ({ usable: round(u), full: round(f), what: w })),
      ok: profile.budgetMs == null ? null : usable.max <= profile.budgetMs,
    });
  }
  return out;
}

/** Table rows for bench/run.mjs and the stand-alone run. */
export function throttledRows(results) {
  const rows = [["throttled cold report (data-load=\"intent\")", "usable dialog: median (max) ms", "what appeared", "full widget mounted: median ms", "budget"], ["---", "---:", "---", "---:", "---"]];
  for (const r of results) {
    const what = Object.entries(r.what).map(([k, n]) => `${k} ×${n}`).join(", ");
    const budget = r.profile.budgetMs == null ? "" : `≤ ${r.profile.budgetMs} ms: ${r.ok ? "ok" : "**over**"}`;
    rows.push([`${r.profile.name} (n=${r.usable.n})`, `${round(r.usable.median)} (${round(r.usable.max)})`, what, round(r.full.median), budget]);
  }
  return rows.map((cells) => `| ${cells.join(" | ")} |`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const runs = Number(args[args.indexOf("--runs") + 1]) || 3;
  const only = args.includes("--profile") ? args[args.indexOf("--profile") + 1] : null;
  const root = process.env.BENCH_SITE ?? fileURLToPath(new URL("..", import.meta.url));
  const server = await startServer({ root, port: 0, headers: { "*": { "Cache-Control": "public, max-age=31536000, immutable" } } });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const profiles = only ? PROFILES.filter((p) => p.name.includes(only)) : PROFILES;
    const results = await measureThrottled(browser, server.url, { runs, profiles });
    console.log(throttledRows(results).join("\n"));
    for (const r of results) {
      console.log(`${r.profile.name}: ${JSON.stringify(r.samples)}${r.errors.length ? ` errors: ${r.errors.join(" / ")}` : ""}`);
    }
    console.log(`median of medians, usable: ${round(median(results.map((r) => r.usable.median)))} ms`);
  } finally {
    await browser.close();
    await server.close();
  }
}
