// Hardening (issue 6, item 3): a strict Content-Security-Policy with Trusted Types. Both embeds
// (the npm module from a <script type="module">, and the script tag) mount, open, re-render on a
// timer, lock and release scroll, and close with zero violations — counted both by the page's
// `securitypolicyviolation` events and by the reports the browser POSTs to the loopback
// report-uri (scripts/serve.mjs). A deliberate Trusted Types violation at the end proves both
// channels work (a zero would otherwise prove nothing), and is the only one allowed.
import { after, before, describe, it } from "node:test";
import assert from "node:assert/strict";
import { DIALOG, DIST, HOST, PKG, assertClean, launch, openPage, requireBuilt, serve, waitForDialog } from "./helpers.mjs";

requireBuilt([...PKG, ...DIST]);

/** The policy of the README's "Content Security Policy" section, plus a report-uri. */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types 'none'; report-uri /csp-report";

const PAGES = ["/tests/e2e/pages/csp-module.html", "/tests/e2e/pages/csp-script-tag.html"];

describe("hardening: strict CSP and Trusted Types", { timeout: 120_000 }, () => {
  let browser, server;
  before(async () => {
    const headers = Object.fromEntries(PAGES.map((p) => [p, { "Content-Security-Policy": CSP }]));
    [browser, server] = await Promise.all([launch(), serve(".", headers)]);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  async function violationPage() {
    const tab = await openPage(browser);
    await tab.context.addInitScript(() => {
      window.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => {
        window.__violations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile });
      });
    });
    return tab;
  }

  /**
   * Triggers one known Trusted Types violation, waits until its report reaches the server, and
   * returns every violation seen (events and reports) other than it.
   */
  async function violationsBesidesCanary(page, reportsBefore) {
    const threw = await page.evaluate(() => {
      try {
        document.createElement("div").innerHTML = "<b>canary</b>";
        return false;
      } catch {
        return true;
      }
    });
    assert.ok(threw, "Trusted Types are enforced (the canary innerHTML throws): the CSP header is in effect");
    const isCanary = (r) => /trusted-types/.test(JSON.stringify(r)) && /canary|innerHTML|sink/i.test(JSON.stringify(r));
    const deadline = Date.now() + 10_000;
    while (!server.cspReports.slice(reportsBefore).some(isCanary)) {
      assert.ok(Date.now() < deadline, `the canary report never reached /csp-report (got ${JSON.stringify(server.cspReports.slice(reportsBefore))})`);
      await new Promise((r) => setTimeout(r, 50));
    }
    const events = await page.evaluate(() => window.__violations);
    const isCanaryEvent = (e) => /trusted-types/.test(e.directive) && /canary/.test(e.sample ?? "");
    assert.equal(events.filter(isCanaryEvent).length, 1, `one securitypolicyviolation event for the canary (got ${JSON.stringify(events)})`);
    return {
      reports: server.cspReports.slice(reportsBefore).filter((r) => !isCanary(r)),
      events: events.filter((e) => !isCanaryEvent(e)),
    };
  }

  it("the npm module: mount, open, re-render at 23:00, close, isOpen — zero violations", async () => {
    const tab = await violationPage();
    const { page } = tab;
    const before = server.cspReports.length;
    const response = await page.goto(`${server.url}${PAGES[0]}`);
    assert.equal(response.headers()["content-security-policy"], CSP);
    assert.equal(await page.evaluate(() => window.__mounted), true, "mount() resolved");
    assert.equal(await page.evaluate(() => window.__isOpen), true, "isOpen() works under the CSP");
    await page.click("#report");
    await waitForDialog(page);
    const styled = await page.evaluate((host) => {
      const root = document.querySelector(host).shadowRoot;
      // The base sheet and the theme's (its colours, src/core/theme.rs), both constructable.
      const [base, theme] = root.adoptedStyleSheets;
      return { sheets: root.adoptedStyleSheets.length, base: base?.cssRules.length > 10, theme: theme?.cssRules.length > 0 };
    }, HOST);
    assert.deepEqual(styled, { sheets: 2, base: true, theme: true }, "the constructable stylesheets are adopted under style-src 'self'");
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).overflowY), "hidden", "scroll locked (CSSOM)");
    assert.equal(await page.locator(`${DIALOG} a[href="tel:3018"]`).count(), 1, "open at 22:59:58: the call link");
    // The clock runs from 22:59:58: the timer re-renders at 23:00 (closed, no call link).
    await page.waitForFunction((sel) => {
      const root = document.querySelector(sel).shadowRoot;
      return root.querySelector("dialog[open]") && !root.querySelector('a[href="tel:3018"]');
    }, HOST, { timeout: 10_000 });
    await page.keyboard.press("Escape");
    await waitForDialog(page, false);
    assert.notEqual(await page.evaluate(() => getComputedStyle(document.documentElement).overflowY), "hidden", "scroll released");

    const { reports, events } = await violationsBesidesCanary(page, before);
    assert.deepEqual(events, [], "securitypolicyviolation events");
    assert.deepEqual(reports, [], "reports POSTed to the report-uri");
    assertClean(tab, (t) => /TrustedHTML|Trusted Type|canary/i.test(t));
    await tab.context.close();
  });

  it("the script tag: auto-mount, report, dialog, close — zero violations", async () => {
    const tab = await violationPage();
    const { page } = tab;
    const before = server.cspReports.length;
    await page.goto(`${server.url}${PAGES[1]}`);
    const kind = await page.evaluate(async () => {
      const w = await window.bouton3018.ready;
      return typeof w.show;
    });
    assert.equal(kind, "function");
    assert.deepEqual(await page.evaluate(() => window.__bouton3018Events.filter((e) => e.type === "bouton3018:error")), [], "the wasm loaded (no fallback)");
    await page.click("#report");
    await waitForDialog(page);
    assert.ok((await page.locator(`${DIALOG} a[href^="https://3018.fr"]`).count()) >= 1, "tiktok: the link to the 3018 site");
    await page.keyboard.press("Escape");
    await waitForDialog(page, false);

    const { reports, events } = await violationsBesidesCanary(page, before);
    assert.deepEqual(events, [], "securitypolicyviolation events");
    assert.deepEqual(reports, [], "reports POSTed to the report-uri");
    assertClean(tab, (t) => /TrustedHTML|Trusted Type|canary/i.test(t));
    console.log("# CSP violations (both embeds, canary excluded): 0");
    await tab.context.close();
  });
});
