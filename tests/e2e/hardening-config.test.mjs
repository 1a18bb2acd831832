// Hardening (issue 6, item 1): hostile configs. Every entry of the corpus in
// fixtures/bad-configs.mjs makes mount() reject with an Error naming the field path and what was
// expected; nothing is left in the DOM; no uncaught error; no wasm trap (a valid mount right
// after still works); the host page keeps working. The same for the script tag's data-*
// attributes, whose errors go to console.error and bouton3018:error, never into the host.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { BAD_ATTRIBUTES, BAD_CONFIGS } from "./fixtures/bad-configs.mjs";
import { DIST, HOST, PKG, assertClean, openPage, requireBuilt, waitForEvents, useBrowserAndServer } from "./helpers.mjs";

requireBuilt([...PKG, ...DIST]);

const PAGE = "/tests/e2e/pages/hostile-base.html";

describe("hardening: hostile configs", { timeout: 120_000 }, () => {
  const env = useBrowserAndServer();

  it(`mount() rejects each of the ${BAD_CONFIGS.length} bad configs with an Error naming the field`, async () => {
    assert.ok(BAD_CONFIGS.length >= 60, `at least 60 bad configs (got ${BAD_CONFIGS.length})`);
    const tab = await openPage(env.browser);
    const { page } = tab;
    await page.goto(`${env.server.url}${PAGE}`);
    const results = await page.evaluate(async (hostSelector) => {
      const { BAD_CONFIGS } = await import("/tests/e2e/fixtures/bad-configs.mjs");
      const { mount } = await import("/js/index.js");
      const out = [];
      for (const c of BAD_CONFIGS) {
        let error = null;
        let mounted = false;
        try {
          const widget = await mount(c.make());
          mounted = true;
          widget.destroy();
        } catch (e) {
          error = e;
        }
        const leftover = document.querySelectorAll(hostSelector).length;
        // No trap, nothing poisoned: a valid mount right after still opens its dialog.
        let validAfter = "ok";
        try {
          const w = await mount({ platform: "generic", trigger: false, now: "2026-11-28T10:00:00+01:00" });
          w.show();
          const opened = !!document.querySelector(hostSelector)?.shadowRoot?.querySelector("dialog[open]");
          w.destroy();
          if (!opened) validAfter = "did not open";
          if (document.querySelectorAll(hostSelector).length) validAfter = "left a host after destroy()";
        } catch (e) {
          validAfter = `threw: ${e?.message ?? e}`;
        }
        out.push({
          name: c.name,
          mounted,
          isError: error instanceof Error,
          message: error instanceof Error ? error.message : String(error),
          leftover,
          validAfter,
        });
      }
      return out;
    }, HOST);

    assert.equal(results.length, BAD_CONFIGS.length);
    const problems = [];
    for (const [i, r] of results.entries()) {
      const c = BAD_CONFIGS[i];
      const where = `#${i} ${c.name}`;
      if (r.mounted) problems.push(`${where}: mount() resolved`);
      else if (!r.isError) problems.push(`${where}: rejected with a non-Error: ${r.message}`);
      else {
        if (!r.message.startsWith("bouton-3018: invalid config")) problems.push(`${where}: message does not start with "bouton-3018: invalid config": ${r.message.slice(0, 300)}`);
        const named = r.message.includes(`: ${c.path}: `) || r.message.includes(`; ${c.path}: `);
        if (!named) problems.push(`${where}: message does not name ${c.path}: ${r.message.slice(0, 300)}`);
        if (!c.expected.test(r.message)) problems.push(`${where}: message does not say ${c.expected}: ${r.message.slice(0, 300)}`);
        if (r.message.length > 4000) problems.push(`${where}: message is ${r.message.length} characters long (a huge input echoed back?)`);
      }
      if (r.leftover) problems.push(`${where}: ${r.leftover} host node(s) left in the page`);
      if (r.validAfter !== "ok") problems.push(`${where}: a valid mount afterwards ${r.validAfter}`);
    }
    assert.deepEqual(problems, [], `${problems.length} of ${results.length} bad configs misbehaved`);

    // The host page still works: its own button, by a real click.
    await page.click("#host-button");
    assert.equal(await page.textContent("#host-clicks"), "1", "the host's button still works");
    assertClean(tab);
    console.log(`# bad configs tried: ${results.length}`);
    await tab.context.close();
  });

  it(`the script tag: each of ${BAD_ATTRIBUTES.length} bad data-* attributes goes to console.error and bouton3018:error`, async () => {
    const tab = await openPage(env.browser);
    const { page } = tab;
    const problems = [];
    for (const c of BAD_ATTRIBUTES) {
      tab.consoleErrors.length = 0;
      await page.goto(`${env.server.url}${PAGE}`);
      await page.evaluate((attrs) => {
        window.__pwned = 0;
        const script = document.createElement("script");
        script.src = "/dist/bouton-3018.js";
        for (const [k, v] of Object.entries(attrs)) script.setAttribute(k, v);
        document.head.append(script);
      }, c.attrs);
      const [error] = await waitForEvents(page, "bouton3018:error");
      const message = error.detail.message;
      const widget = await page.evaluate(async (hostSelector) => {
        const w = await window.bouton3018.ready; // never rejects: the minimal fallback dialog
        return { show: typeof w.show, hosts: document.querySelectorAll(hostSelector).length, pwned: window.__pwned };
      }, HOST);
      const where = c.name;
      if (!message.includes(`${c.path}: `)) problems.push(`${where}: does not name ${c.path}: ${message}`);
      if (!c.expected.test(message)) problems.push(`${where}: does not say ${c.expected}: ${message}`);
      if (!tab.consoleErrors.some((t) => t.includes(c.path))) problems.push(`${where}: not on the console (${tab.consoleErrors})`);
      if (widget.show !== "function") problems.push(`${where}: ready did not resolve to a widget`);
      if (widget.hosts) problems.push(`${where}: ${widget.hosts} host node(s) before any report`);
      if (widget.pwned) problems.push(`${where}: a payload ran`);
      await page.click("#host-button");
      if ((await page.textContent("#host-clicks")) !== "1") problems.push(`${where}: the host's button stopped working`);
    }
    assert.deepEqual(problems, []);
    // console.error is the documented channel for these; nothing was thrown into the host.
    assert.deepEqual(tab.pageErrors, [], "uncaught exceptions in the page");
    console.log(`# bad data-* attribute sets tried: ${BAD_ATTRIBUTES.length}`);
    await tab.context.close();
  });
});
