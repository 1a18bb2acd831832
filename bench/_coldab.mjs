import { chromium } from "playwright-core";
import { startServer } from "../scripts/serve.mjs";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/e2e/helpers.mjs";
const H = { "*": { "Cache-Control": "public, max-age=31536000, immutable" } };
const sites = { hop: "/tmp/sz/coldA", direct: "/tmp/sz/coldB" };
const servers = {};
for (const [k, root] of Object.entries(sites)) servers[k] = await startServer({ root, port: 0, headers: H });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
const res = { hop: [], direct: [] };
for (let i = 0; i < 30; i++) {
  for (const k of i % 2 ? ["hop", "direct"] : ["direct", "hop"]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(servers[k].url + "/bench/pages/cold.html");
    await page.waitForFunction(() => window.__result !== undefined);
    const r = await page.evaluate(() => window.__result);
    res[k].push(r);
    await context.close();
  }
}
const med = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
for (const k of Object.keys(res)) console.log(k, "modal", med(res[k].map((r) => r.modal)).toFixed(1), "painted", med(res[k].map((r) => r.painted)).toFixed(1), "n", res[k].length);
await browser.close();
for (const s of Object.values(servers)) await s.close();
