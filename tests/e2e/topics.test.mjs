// The help that fits what was reported (issue 14), in a real browser from the npm entry:
// the reading order of a sextortion report at night, the leading line changing with the topic
// (3114, 119), the emergency line on top for threats, the minors' chat appearing live when the
// 3018 closes, the 114 by SMS, and axe on each new variant. Each test builds its own page.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import {
  HOST, PKG, assertClean, assertNoAxeViolations, dialogState, dispatchReport, events, openPage, requireBuilt,
  settle, waitForDialog, waitForEvents, useBrowserAndServer,
} from "./helpers.mjs";

requireBuilt(PKG);

const PAGE = "/tests/e2e/pages/hostile-base.html";
/** Saturday 28 November 2026, Paris. */
const DAY = "2026-11-28T15:00:00+01:00";
const NIGHT = "2026-11-28T23:30:00+01:00";
const MINORS_CHAT = "https://masecurite.interieur.gouv.fr/fr/demarches-en-ligne/mineurs";
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

describe("topics: the help that fits what was reported", { timeout: 240_000 }, () => {
  const env = useBrowserAndServer();

  /** A fresh page with a widget mounted from the npm entry with `config`. */
  async function mounted(config, options) {
    const tab = await openPage(env.browser, options);
    await tab.page.goto(`${env.server.url}${PAGE}`);
    await tab.page.evaluate(async (c) => {
      const lib = await import("/js/index.js");
      window.__widget = await lib.mount(c);
    }, config);
    return tab;
  }

  /** What the dialog shows, as rendered text (hidden parts left out), and its links. */
  function rendered(page) {
    return page.evaluate((host) => {
      const root = document.querySelector(host).shadowRoot;
      const card = root.querySelector(".card");
      // The sections are the children of the part that scrolls under the header row.
      const content = root.querySelector(".content");
      const links = [...content.querySelectorAll("a[href]")].map((a) => ({
        href: a.getAttribute("href"),
        text: a.innerText.replace(/\s+/g, " ").trim(),
        section: a.closest(".content > *").className,
        primary: a.classList.contains("primary"),
      }));
      const sections = [...content.children]
        .filter((e) => e.checkVisibility() && e.querySelector("a, li") && !e.matches(".title, .body, .status, .close"))
        .map((e) => e.className);
      return { text: card.innerText.replace(/\u00a0/g, " "), links, sections, focused: root.activeElement?.getAttribute("href") ?? null };
    }, HOST);
  }

  /** Asserts `needles` appear in `text` in this order. */
  function assertInOrder(text, needles, label) {
    let from = 0;
    for (const needle of needles) {
      const at = text.indexOf(needle, from);
      assert.ok(at >= 0, `${label}: "${needle}" after position ${from} in:\n${text}`);
      from = at + needle.length;
    }
  }

  for (const [locale, expected] of [
    ["fr", [
      "rouvre demain à 9 h", "Aller sur le site du 3018", "Ne paie pas : le maître-chanteur en demande toujours plus.",
      "Aller sur Take It Down", "Ouvrir le tchat Espace Mineurs", "Appeler le 3114", "Appeler le 119", "Appeler le 17",
      "Appeler le 112", "Envoyer un SMS au 114",
    ]],
    ["en", [
      "opens again tomorrow at 9 am", "Go to the 3018 website", "Don't pay: the blackmailer always asks for more.",
      "Go to Take It Down", "Open the Espace Mineurs chat", "Call 3114", "Call 119", "Call 17", "Call 112", "Text 114",
    ]],
  ]) {
    it(`sextortion at 23:30 (${locale}): reopening and site, "don't pay" first, Take It Down, the minors' chat, then 3114/119/17/112`, async () => {
      const tab = await mounted({ platform: "instagram", locale, canCall: true, now: NIGHT }, PHONE);
      const { page } = tab;
      await dispatchReport(page, { category: "sextortion", role: "victim" });
      await waitForDialog(page);
      const { text, links } = await rendered(page);
      assertInOrder(text, expected, locale);
      const steps = await page.evaluate((host) => [...document.querySelector(host).shadowRoot.querySelectorAll(".steps li")].map((li) => li.textContent), HOST);
      assert.equal(steps[0], expected[2], "'don't pay' is the first step");
      assert.deepEqual(
        links.filter((l) => l.section === "alternatives").map((l) => l.href),
        [MINORS_CHAT, "tel:3114", "tel:119", "tel:17", "tel:112", "sms:114"],
      );
      assert.ok(!links.some((l) => l.href === "tel:3018"), "the 3018 is closed: no call");
      const [show] = await waitForEvents(page, "bouton3018:show");
      assert.deepEqual(show.detail, { platform: "instagram", locale, open: false, topic: "sextortion" });
      await assertNoAxeViolations(page, `(sextortion, night, ${locale}, phone)`);
      assertClean(tab);
      await tab.context.close();
    });
  }

  it("self-harm and child abuse are opt-in: a default config does not open for them", async () => {
    const tab = await mounted({ platform: "tiktok", canCall: true, now: DAY });
    const { page } = tab;
    await dispatchReport(page, { category: "self-harm", role: "victim" });
    await dispatchReport(page, { category: "child-abuse", role: "victim" });
    await settle(page);
    assert.equal((await dialogState(page)).open, 0);
    await dispatchReport(page, { category: "doxxing", role: "victim" });
    await waitForDialog(page);
    assertClean(tab);
    await tab.context.close();
  });

  it("self-harm leads with a tel:3114 call at any hour, on TikTok too; child abuse with tel:119", async () => {
    for (const now of [DAY, NIGHT]) {
      for (const [category, lead, locale] of [["self-harm", "tel:3114", "fr"], ["child-abuse", "tel:119", "en"]]) {
        // Opt-in topics: the platform lists them.
        const tab = await mounted({ platform: "tiktok", locale, canCall: true, now, categories: ["harassment", category] }, PHONE);
        const { page } = tab;
        await dispatchReport(page, { category, role: "witness" });
        await waitForDialog(page);
        const state = await dialogState(page);
        // Focus on the dialog itself (a screen reader reads it, docs/accessibility.md behaviour 2);
        // Tab goes to "Fermer", then to the call, the main action (behaviour 22: DOM order).
        assert.equal(state.focused, "dialog", `${category} at ${now}: focus on the dialog itself`);
        await page.keyboard.press("Tab");
        assert.equal((await dialogState(page)).focused, "button", `${category} at ${now}: one Tab reaches Fermer`);
        await page.keyboard.press("Tab");
        assert.equal((await dialogState(page)).focused, `a[href=${lead}]`, `${category} at ${now}: two Tabs reach the ${lead} call`);
        const { links, text } = await rendered(page);
        assert.deepEqual(links.filter((l) => l.primary).map((l) => l.href), [lead], `${category}: the main action`);
        assert.ok(!links.some((l) => l.href === "tel:3018" || l.href.startsWith("https://3018.fr")), `${category}: not the 3018`);
        if (category === "self-harm") {
          assert.match(text, /Ouvert 24 h\/24, 7 j\/7/);
          assert.match(text, /Si une vie est en danger immédiat : 15 ou 112/);
          assert.ok(links.some((l) => l.href === "tel:15"));
        } else {
          assert.match(text, /Open 24\/7/);
          assert.ok(links.some((l) => l.href === "sms:114"));
        }
        const [show] = await waitForEvents(page, "bouton3018:show");
        assert.equal(show.detail.topic, category);
        await assertNoAxeViolations(page, `(${category}, ${now}, ${locale})`);
        assertClean(tab);
        await tab.context.close();
      }
    }
  });

  it("threats: the 17/112 line and the 114 above the 3018, day and night; Pharos and the CNIL for hate and doxxing", async () => {
    for (const [now, alternatives] of [[DAY, []], [NIGHT, [MINORS_CHAT, "tel:3114", "tel:119"]]]) {
      const tab = await mounted({ platform: "messenger", canCall: true, now }, PHONE);
      const { page } = tab;
      await dispatchReport(page, { category: "threats", role: "victim" });
      await waitForDialog(page);
      const { links, text } = await rendered(page);
      assert.deepEqual(links.slice(0, 3).map((l) => [l.section, l.href]), [["urgent", "tel:17"], ["urgent", "tel:112"], ["urgent", "sms:114"]], `${now}: on top`);
      assert.equal(links[3].section, "actions", `${now}: then the 3018`);
      assert.deepEqual(links.filter((l) => l.section === "alternatives").map((l) => l.href), alternatives, now);
      assert.equal(links.filter((l) => l.href === MINORS_CHAT).length, 1, `${now}: the minors' chat once`);
      assert.match(text, /Tu peux porter plainte : une victime, même mineure, peut le faire seule\./);
      assert.ok(!/pré-plainte|plainte en ligne/i.test(text), "never the online pre-complaint");
      await assertNoAxeViolations(page, `(threats, ${now})`);
      assertClean(tab);
      await tab.context.close();
    }
    for (const [category, service] of [["hate", "https://www.internet-signalement.gouv.fr"], ["doxxing", "https://www.cnil.fr"]]) {
      const tab = await mounted({ platform: "generic", canCall: false, now: DAY });
      const { page } = tab;
      await dispatchReport(page, { category, role: "witness" });
      await waitForDialog(page);
      const { links } = await rendered(page);
      const link = links.find((l) => l.section === "services");
      assert.equal(link?.href, service, category);
      await assertNoAxeViolations(page, `(${category}, desktop)`);
      assertClean(tab);
      await tab.context.close();
    }
  });

  it("the minors' chat appears when the 3018 closes while the dialog shows (harassment), focus kept", async () => {
    const tab = await mounted({ platform: "instagram", canCall: true, now: "2026-11-28T22:59:58+01:00" });
    const { page } = tab;
    await dispatchReport(page, { category: "harassment", role: "witness" });
    await waitForDialog(page);
    const before = await rendered(page);
    assert.ok(!before.links.some((l) => l.href === MINORS_CHAT), "open: no night route");
    assert.deepEqual(before.sections, ["actions", "channels", "steps", "alternatives"], "open: the ladder last");
    await page.evaluate((host) => document.querySelector(host).shadowRoot.querySelector('a[href="tel:17"]').focus(), HOST);
    await page.waitForFunction(
      ([host, href]) => !!document.querySelector(host).shadowRoot.querySelector(`.alternatives a[href="${href}"]`),
      [HOST, MINORS_CHAT],
      { timeout: 10_000 },
    );
    const { links, focused, sections } = await rendered(page);
    assert.deepEqual(sections, ["actions", "alternatives", "channels", "steps"], "closed: the ladder first");
    assert.deepEqual(links.filter((l) => l.section === "alternatives").map((l) => l.href)[0], MINORS_CHAT, "first of the ladder");
    assert.equal(focused, "tel:17", "focus stays where it was");
    const live = await page.evaluate((host) => document.querySelector(host).shadowRoot.querySelector('[aria-live="polite"]').textContent, HOST);
    assert.equal(live, "Le 3018 est maintenant fermé.");
    await assertNoAxeViolations(page, "(harassment, after the live flip)");
    assertClean(tab);
    await tab.context.close();
  });

  it("a platform's categories map to topics; another accepted category gets the general help; events carry only the topic", async () => {
    const tab = await mounted({
      platform: "facebook", canCall: true, now: NIGHT,
      categories: ["harcelement-scolaire", "autre"], topics: { "harcelement-scolaire": "bullying" },
    });
    const { page } = tab;
    await dispatchReport(page, { category: "harcelement-scolaire", role: "victim", postId: "p-42", userId: "u-7" });
    await waitForDialog(page);
    let { text } = await rendered(page);
    assert.match(text, /Parles-en à un adulte de confiance, et aussi à l'école, au collège ou au lycée\./);
    assert.match(text, /Ouvrir le tchat Espace Mineurs/);
    await page.keyboard.press("Escape");
    await waitForDialog(page, false);
    await dispatchReport(page, { category: "autre", role: "victim" });
    await waitForDialog(page);
    ({ text } = await rendered(page));
    assert.match(text, /Garde des captures d'écran et les liens : ce sont des preuves\./, "the general steps");
    assert.doesNotMatch(text, /Espace Mineurs/, "no night route without a topic");
    await settle(page);
    const shows = (await events(page, "bouton3018:show")).map((e) => e.detail);
    assert.deepEqual(shows, [
      { platform: "facebook", locale: "fr", open: false, topic: "bullying" },
      { platform: "facebook", locale: "fr", open: false },
    ]);
    const emitted = JSON.stringify((await events(page)).filter((e) => e.type !== "bouton3018:report"));
    for (const personal of ["p-42", "u-7", "harcelement-scolaire", "autre", "victim"]) {
      assert.ok(!emitted.includes(personal), `no ${personal} in the widget's events: ${emitted}`);
    }
    assertClean(tab);
    await tab.context.close();
  });

  it("an sms: link is a real link: activating the 114 reports it as a fallback and keeps the dialog (the person comes back to it)", async () => {
    const tab = await mounted({ platform: "instagram", canCall: true, now: DAY }, PHONE);
    const { page } = tab;
    // The sms: navigation itself goes nowhere in headless Chromium; the page must not leave.
    await dispatchReport(page, { category: "threats", role: "victim" });
    await waitForDialog(page);
    await page.evaluate((host) => {
      const a = document.querySelector(host).shadowRoot.querySelector('a[href="sms:114"]');
      a.addEventListener("click", (e) => e.preventDefault(), { once: true });
      a.click();
    }, HOST);
    await settle(page);
    const actions = (await events(page, "bouton3018:action")).map((e) => e.detail);
    assert.deepEqual(actions, [{ kind: "fallback", helpline: "114" }]);
    assert.deepEqual(await events(page, "bouton3018:close"), [], "still open");
    assertClean(tab);
    await tab.context.close();
  });
});
