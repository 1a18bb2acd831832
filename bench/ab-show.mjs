#!/usr/bin/env node
// Same-run A/B of builds on the wasm's own work: the median time of `widget.show()` and
// `widget.close()` (synchronous wasm + DOM calls, no layout wait), the builds interleaved in one
// headless Chromium so the machine's load hits them alike. Not part of `make bench`; used to
// choose the allocator (bench/BUDGET.md, "Cuts", step 10).
//
// Usage: node bench/ab-show.mjs name=/site/dir name2=/other/dir ...
//   each directory holds js/ and pkg/ as the repository does (copy them after `make pkg`).
import { chromium } from "playwright-core";
import { startServer } from "../scripts/serve.mjs";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/e2e/helpers.mjs";
import { CONFIG, median, pct } from "./common.mjs";

const sites = Object.fromEntries(process.argv.slice(2).map((arg) => arg.split("=")));
if (Object.keys(sites).length < 2) {
  console.error("usage: node bench/ab-show.mjs name=/site/dir name2=/other/dir ...");
  process.exit(2);
}
const ROUNDS = 6;
const CYCLES = 300;
const WARMUP = 50;

const servers = {};
for (const [name, root] of Object.entries(sites)) servers[name] = await startServer({ root });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const samples = Object.fromEntries(Object.keys(sites).map((name) => [name, { show: [], close: [] }]));
for (let round = 0; round < ROUNDS; round++) {
  for (const name of Object.keys(sites)) {
    const page = await browser.newPage();
    await page.goto(`${servers[name].url}/js/index.js`); // any page of the site: same origin
    const run = await page.evaluate(async ({ CONFIG, CYCLES, WARMUP }) => {
      const { mount } = await import("/js/index.js");
      const w = await mount({ ...CONFIG, trigger: false });
      const show = [];
      const close = [];
      for (let i = 0; i < CYCLES; i++) {
        let t = performance.now();
        w.show({ category: "harassment" });
        show.push(performance.now() - t);
        t = performance.now();
        w.close();
        close.push(performance.now() - t);
        if (i % 20 === 0) await new Promise((resolve) => setTimeout(resolve, 0));
      }
      w.destroy();
      return { show: show.slice(WARMUP), close: close.slice(WARMUP) };
    }, { CONFIG, CYCLES, WARMUP });
    samples[name].show.push(...run.show);
    samples[name].close.push(...run.close);
    await page.close();
  }
}
await browser.close();

console.log(`| build | show median (ms) | show p95 | close median | n |`);
console.log(`| --- | ---: | ---: | ---: | ---: |`);
for (const [name, { show, close }] of Object.entries(samples)) {
  console.log(`| ${name} | ${median(show).toFixed(2)} | ${pct(show, 95).toFixed(2)} | ${median(close).toFixed(2)} | ${show.length} |`);
}
process.exit(0);
