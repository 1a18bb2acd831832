// <bouton-3018> (issue 20; js/element.js) in a plain page, in Chromium, Firefox and WebKit:
// defined once though imported twice; connected, it mounts; disconnected, it leaves nothing; an
// attribute or `config` change remounts cleanly; `dial` is read at each tap; a bad attribute is
// an error event naming it, never a throw; load="intent" fetches nothing before a report.
// (The React, Vue and Next.js apps: tests/e2e/frameworks.test.mjs.)
import { describe } from "node:test";
import assert from "node:assert/strict";
import {
  ENGINES, PKG, assertNoErrors, dispatchReport, events, requireBuilt, settle, tabTests, useEngineAndServer,
  waitForDialog, waitForEvents,
} from "./helpers.mjs";

requireBuilt(PKG);

const OPEN = "2026-11-25T15:00:00+01:00";

/** The widget's hosts in the page, early dialogs apart, and what their open dialog says. */
const HOSTS = () => {
  const hosts = [...document.querySelectorAll("[data-bouton3018-host]")];
  const open = hosts.map((h) => h.shadowRoot.querySelector("dialog[open]")).find(Boolean);
  return {
    hosts: hosts.length,
    early: hosts.filter((h) => h.hasAttribute("data-bouton3018-early")).length,
    lang: open ? open.lang : null,
    open: !!open,
  };
};

for (const engine of ENGINES) describe(`<bouton-3018> in ${engine}`, { timeout: 240_000 }, () => {
  const env = useEngineAndServer(engine);
  /** A test on a fresh tab, closed afterwards whatever happens. */
  const it = tabTests(engine, env);
  const hosts = (page) => page.evaluate(HOSTS);
  async function open(page, attrs) {
    const query = attrs ? `?attrs=${encodeURIComponent(JSON.stringify(attrs))}` : "";
    await page.goto(`${env.server.url}/tests/e2e/pages/element.html${query}`);
    await page.waitForFunction(() => window.__ready === true);
  }
  const ready = (page) => page.evaluate(async () => {
    const w = await document.querySelector("bouton-3018").ready;
    return typeof w.show == "function";
  });

  it("connected, it mounts one widget (defined once, though imported twice); a report opens its dialog", async (tab, page) => {
    await open(page, { platform: "instagram", "can-call": "true" });
    assert.equal(await page.evaluate(() => customElements.get("bouton-3018") === window.__defined && !!window.__defined), true);
    assert.equal(await ready(page), true);
    await dispatchReport(page);
    await waitForDialog(page);
    assert.deepEqual(await hosts(page), { hosts: 1, early: 0, lang: "fr", open: true });
    assert.equal((await events(page, "bouton3018:show")).length, 1);
    await assertNoErrors(tab);
  });

  it("disconnected, it leaves nothing; connected again, it mounts again", async (tab, page) => {
    await open(page, { platform: "instagram" });
    await ready(page);
    await page.evaluate(() => document.querySelector("bouton-3018").remove());
    await settle(page);
    assert.deepEqual(await hosts(page), { hosts: 0, early: 0, lang: null, open: false }, "no host left in the page");
    await dispatchReport(page);
    await settle(page);
    assert.equal((await events(page, "bouton3018:show")).length, 0, "nothing listens any more");
    await page.evaluate(() => {
      const el = document.createElement("bouton-3018");
      el.setAttribute("platform", "tiktok");
      document.getElementById("slot").append(el);
      return el.ready;
    });
    await dispatchReport(page);
    await waitForDialog(page);
    assert.deepEqual(await hosts(page), { hosts: 1, early: 0, lang: "fr", open: true }, "one widget again");
    await assertNoErrors(tab);
  });

  it("an attribute change remounts cleanly: one widget, in the new locale", async (tab, page) => {
    await open(page, { platform: "messenger" });
    await ready(page);
    await page.evaluate(() => document.querySelector("bouton-3018").setAttribute("locale", "en"));
    assert.equal(await ready(page), true);
    await dispatchReport(page);
    await waitForDialog(page);
    assert.deepEqual(await hosts(page), { hosts: 1, early: 0, lang: "en", open: true });
    await assertNoErrors(tab);
  });

  it("`config` (colours, the clock) and `dial`: set as properties, read by the widget", async (tab, page) => {
    await open(page, { platform: "instagram", "can-call": "true" });
    await page.evaluate((now) => {
      const el = document.querySelector("bouton-3018");
      window.__dialed = [];
      el.dial = (href) => window.__dialed.push(href);
      el.config = { now, colors: { light: { accent: "#6b21a8", accentText: "#ffffff" } } };
    }, OPEN);
    await ready(page);
    await page.evaluate(() => document.querySelector("bouton-3018").ready.then((w) => w.show({ category: "harassment" })));
    await waitForDialog(page);
    const look = await page.evaluate(() => {
      const root = document.querySelector("[data-bouton3018-host]").shadowRoot;
      const call = root.querySelector('a[href="tel:3018"]');
      call.addEventListener("click", (e) => window.__prevented = e.defaultPrevented);
      call.click();
      return getComputedStyle(call).backgroundColor;
    });
    assert.equal(look, "rgb(107, 33, 168)", "the platform's accent");
    assert.deepEqual(await page.evaluate(() => window.__dialed), ["tel:3018"]);
    await assertNoErrors(tab);
  });

  it("a bad attribute: bouton3018:error naming it, no throw; the early dialog still answers a report", async (tab, page) => {
    await open(page, { platform: "myspace" });
    const [error] = await waitForEvents(page, "bouton3018:error");
    assert.match(error.detail.message, /platform: expected one of "instagram"/);
    await dispatchReport(page);
    await waitForDialog(page);
    assert.equal((await hosts(page)).early, 1);
    await assertNoErrors(tab, (t) => /bouton-3018/.test(t));
  });

  it("a config that throws when read (a Proxy): bouton3018:error naming config, nothing mounted, no throw", async (tab, page) => {
    await open(page);
    await page.evaluate(() => {
      const el = document.createElement("bouton-3018");
      const hostile = () => { throw new Error("hostile get"); };
      el.config = new Proxy({}, { get: hostile, ownKeys: hostile, getOwnPropertyDescriptor: hostile });
      document.getElementById("slot").append(el);
    });
    const [error] = await waitForEvents(page, "bouton3018:error");
    assert.match(error.detail.message, /^bouton-3018: invalid config: config: could not be read \(hostile get\)$/);
    await settle(page);
    assert.deepEqual(await hosts(page), { hosts: 0, early: 0, lang: null, open: false });
    await assertNoErrors(tab, (t) => /bouton-3018: invalid config/.test(t));
  });

  it('load="intent": nothing fetched before a report; the report loads it and is shown', async (tab, page) => {
    const from = env.server.requests.length;
    await open(page, { platform: "generic", load: "intent" });
    await page.waitForTimeout(1500);
    const before = env.server.requests.slice(from).filter((r) => /\.wasm$|early-texts\.(fr|en)\.js$/.test(r));
    assert.deepEqual(before, [], "no wasm nor the early dialog's texts before a report");
    await dispatchReport(page);
    await waitForDialog(page);
    await ready(page);
    assert.ok(env.server.requests.slice(from).some((r) => r.endsWith(".wasm")), "the report loaded the wasm");
    await assertNoErrors(tab);
  });

  it("the script tag's rules: an empty can-call or categories counts as absent; `config.trigger` is the event waited for before the widget loads", async (tab, page) => {
    await open(page);
    await page.evaluate(() => {
      const el = document.createElement("bouton-3018");
      el.setAttribute("platform", "instagram");
      el.setAttribute("can-call", "");
      el.setAttribute("categories", "");
      el.setAttribute("load", "intent");
      el.config = { trigger: "app:report" };
      document.getElementById("slot").append(el);
    });
    // The platform's own event, before anything loaded: the front door takes it, loads, shows.
    await page.evaluate(() => document.dispatchEvent(new CustomEvent("app:report", { detail: { category: "harassment", role: "victim" } })));
    await waitForDialog(page);
    await ready(page);
    assert.equal((await hosts(page)).open, true);
    await assertNoErrors(tab);
  });

  it("removed before the widget arrived: nothing is left behind", async (tab, page) => {
    await open(page);
    await page.evaluate(() => {
      const el = document.createElement("bouton-3018");
      el.setAttribute("platform", "instagram");
      document.body.append(el);
      el.preload();
      el.remove();
    });
    await page.waitForTimeout(1500);
    assert.deepEqual(await hosts(page), { hosts: 0, early: 0, lang: null, open: false });
    await assertNoErrors(tab);
  });
});
