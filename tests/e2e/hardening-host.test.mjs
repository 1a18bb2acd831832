// Hardening (issue 6, item 4): a hostile host page (pages/hostile-page.html + .css): global
// `* { all: unset !important }`, `div { display: none !important }`, hostile inherited
// properties on <body> (transparent 3px upper-case RTL text), a sticky header at z-index
// 2147483647, `transform` + `overflow: hidden` on <body>, the host's own modal <dialog> already
// open (the report is sent from inside it), ids that collide with ours, an RTL section in an
// English page. Ours still appears on top, legible, usable by keyboard, and leaves the host
// exactly as it was: the serialised document, every computed style of <html> and <body>, the
// scroll position and the focused element are compared before and after.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { DIALOG, HOST, PKG, assertClean, dialogState, openPage, requireBuilt, waitForDialog, waitForFocus, useBrowserAndServer } from "./helpers.mjs";

requireBuilt(PKG);

/** Everything of the host page the widget could disturb. */
function snapshot(page) {
  return page.evaluate(() => {
    const styles = (el) => {
      const cs = getComputedStyle(el);
      return Object.fromEntries([...cs].map((p) => [p, cs.getPropertyValue(p)]));
    };
    const hostDialog = document.getElementById("host-dialog");
    return {
      outerHTML: document.documentElement.outerHTML,
      html: styles(document.documentElement),
      body: styles(document.body),
      scroll: [scrollX, scrollY],
      active: document.activeElement?.id ?? document.activeElement?.localName,
      hostDialog: { open: hostDialog.open, modal: hostDialog.matches(":modal") },
      ids: ["bouton3018-title", "bouton3018-body", "b3018-title"].map((id) => document.getElementById(id)?.textContent),
    };
  });
}

/** A readable difference between two snapshots (not a 100 KB deepEqual dump). */
function differences(a, b) {
  const out = [];
  if (a.outerHTML !== b.outerHTML) {
    let i = 0;
    while (a.outerHTML[i] === b.outerHTML[i]) i++;
    out.push(`outerHTML differs at ${i}: …${a.outerHTML.slice(Math.max(0, i - 60), i + 80)}… vs …${b.outerHTML.slice(Math.max(0, i - 60), i + 80)}…`);
  }
  for (const el of ["html", "body"]) {
    for (const p of new Set([...Object.keys(a[el]), ...Object.keys(b[el])])) {
      if (a[el][p] !== b[el][p]) out.push(`<${el}> ${p}: ${a[el][p]} -> ${b[el][p]}`);
    }
  }
  for (const k of ["scroll", "active", "hostDialog", "ids"]) {
    if (JSON.stringify(a[k]) !== JSON.stringify(b[k])) out.push(`${k}: ${JSON.stringify(a[k])} -> ${JSON.stringify(b[k])}`);
  }
  return out;
}

describe("hardening: a hostile host page", { timeout: 120_000 }, () => {
  const env = useBrowserAndServer();

  it("on top, legible, keyboard-usable, and the host exactly as it was after close and after destroy", async () => {
    const tab = await openPage(env.browser, { viewport: { width: 1000, height: 700 } });
    const { page } = tab;
    await page.goto(`${env.server.url}/tests/e2e/pages/hostile-page.html`);
    await page.evaluate(async () => {
      window.scrollTo(0, 500);
      document.getElementById("host-dialog").showModal();
      document.getElementById("opener").focus();
    });
    const pristine = await snapshot(page);
    assert.deepEqual(pristine.scroll, [0, 500], "the host page is scrolled");
    assert.equal(pristine.active, "opener");
    await page.evaluate(async () => {
      const { mount } = await import("/js/index.js");
      window.__widget = await mount({ platform: "instagram", locale: "en", canCall: true, now: "2026-11-28T10:00:00+01:00" });
    });
    const mounted = await snapshot(page);

    // The report is sent from inside the host's own modal, by a real click.
    await page.click("#opener");
    await waitForDialog(page);
    const state = await dialogState(page);
    assert.equal(state.open, 1);
    assert.equal(state.modal, true);
    assert.equal(state.title, "It's not your fault", "aria-labelledby finds our title, not the host's element with the same id");
    assert.ok(state.focusInside, `focus is inside ours (got ${state.focused})`);

    const look = await page.evaluate((hostSelector) => {
      const host = document.querySelector(hostSelector);
      const root = host.shadowRoot;
      const dialog = root.querySelector("dialog");
      const call = root.querySelector('a[href="tel:3018"]');
      const r = call.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      const inner = root.elementFromPoint(x, y);
      const text = (el) => {
        const cs = getComputedStyle(el);
        return { color: cs.color, fontSize: parseFloat(cs.fontSize), letterSpacing: cs.letterSpacing, textTransform: cs.textTransform, direction: cs.direction, visibility: cs.visibility, opacity: cs.opacity, cursor: cs.cursor, display: cs.display };
      };
      const d = dialog.getBoundingClientRect();
      return {
        onTop: document.elementFromPoint(x, y) === host && !!inner && call.contains(inner),
        title: text(root.querySelector("h2")),
        body: text(root.querySelector("p")),
        call: text(call),
        close: text(root.querySelector("button")),
        dialog: { ...text(dialog), width: d.width, height: d.height, left: d.left, top: d.top, right: innerWidth - d.right },
      };
    }, HOST);
    assert.ok(look.onTop, "ours is hit-tested above the host's modal and its z-index 2147483647 header");
    for (const part of ["title", "body", "call", "close"]) {
      const s = look[part];
      const alpha = /rgba\(.*,\s*([\d.]+)\)/.exec(s.color)?.[1];
      assert.ok(alpha === undefined || Number(alpha) === 1, `${part}: opaque text colour (got ${s.color})`);
      assert.ok(s.fontSize >= 14, `${part}: font size ≥ 14px (got ${s.fontSize})`);
      assert.equal(s.letterSpacing, "normal", `${part}: letter-spacing`);
      assert.equal(s.textTransform, "none", `${part}: text-transform`);
      assert.equal(s.direction, "ltr", `${part}: direction (English widget on an RTL-styled body)`);
      assert.equal(s.visibility, "visible", `${part}: visibility`);
      assert.equal(s.opacity, "1", `${part}: opacity`);
    }
    assert.ok(look.dialog.width >= 280 && look.dialog.height >= 200, `a real-size dialog (got ${look.dialog.width}×${look.dialog.height})`);
    assert.ok(look.dialog.left >= 0 && look.dialog.top >= 0 && look.dialog.right >= 0, "inside the viewport");
    assert.notEqual(look.dialog.cursor, "none", "the pointer is visible over the dialog");

    // Keyboard: Tab cycles inside ours (never into the host's modal beneath), Escape closes ours only.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press(i % 3 === 2 ? "Shift+Tab" : "Tab");
      const where = await dialogState(page);
      assert.ok(where.focusInside, `Tab #${i}: focus stays in ours (got ${where.focused}, page ${await page.evaluate(() => document.activeElement?.id)})`);
    }
    await page.keyboard.press("Escape");
    await waitForDialog(page, false);
    await waitForFocus(page.locator("#opener"));
    assert.equal(await page.evaluate(() => document.getElementById("host-dialog").open), true, "Escape closed ours, not the host's");

    const closed = await snapshot(page);
    assert.deepEqual(differences(mounted, closed), [], "the host after close, compared with before opening");

    await page.evaluate(() => window.__widget.destroy());
    assert.equal(await page.locator(HOST).count(), 0);
    assert.deepEqual(differences(pristine, await snapshot(page)), [], "the host after destroy(), compared with before mount()");
    // The host keeps working: its modal's button by a real click, its page after its modal closes.
    await page.click("#host-dialog-button");
    assert.equal(await page.textContent("#host-dialog-clicks"), "1");
    await page.keyboard.press("Escape"); // the host's own modal closes as it always did
    await page.waitForFunction(() => !document.getElementById("host-dialog").open);
    await page.click("#header-button");
    assert.equal(await page.textContent("#host-clicks"), "1");
    assert.equal(await page.locator(`${DIALOG}`).count(), 0);
    assertClean(tab);
    await tab.context.close();
  });
});
