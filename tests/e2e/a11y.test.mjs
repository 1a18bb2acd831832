// The accessibility contract (../shared/A11Y.md, docs/accessibility.md), end to end in headless
// Chromium: each of the 17 behaviours is one test, run for every variant — line open / closed,
// action call / link / both, fr / en, victim / witness, phone (390×844, touch) / desktop
// (1280×800): 48 variants × 17 = 816 tests, plus 2 (B17 with no user activation, per device).
// One browser; one fresh context per variant; nothing in parallel. What each test guarantees,
// how each was seen failing, and what is left to manual checks: docs/accessibility.md.
//
// The widget is the built npm package (js/index.js + pkg/) mounted on a hostile host page
// (pages/a11y-host.html): right-to-left and in the other language, a fixed header at the
// maximum z-index, its own modal report form, a popover that grabs focus, a long scrolled body.
//
// Within a variant the tests run in order on one page (B01 opens the dialog that B02, B03, B13,
// B09–B12 and B16 look at; every later test opens and closes its own), in the order written
// here, not by number.
// A second "soak" page of the same context holds a dialog open from the start, across the
// line's opening/closing, for B14 (announcement) and B05 (no timer closes it): their waits
// overlap the other tests. A11Y_ONLY=substring runs the matching variants only (e.g.
// A11Y_ONLY="open·call·fr" while debugging).
import { after, before, describe, it as nodeIt } from "node:test";
import assert from "node:assert/strict";
import { PKG, assertClean, clearEvents, events, requireBuilt, settle, waitForDialog, useBrowserAndServer } from "./helpers.mjs";
import {
  DEVICES, FLIPS, HOST_PAGE, TEXTS, TEXT_SPACING_CSS, axNodes, axTree, axeRun, configOf, hostKeyboardBaseline, hostLang,
  innerTextOf, mountWidget, openHostPage, showsCall, summariseViolations, variants,
} from "./a11y-helpers.mjs";

requireBuilt([...PKG, "js/index.js"]);

const ONLY = process.env.A11Y_ONLY;
const MATRIX = variants().filter((v) => !ONLY || v.name.includes(ONLY));
/** The host page's own buttons (pages/a11y-host.html), by accessible name. */
const HOST_BUTTONS = ["Menu", "Before", "Report", "Report (form)", "After", "Fallback target", "Bottom"];
/** Every test has its own time limit: a broken widget fails one test, it does not hang the suite. */
const it = (name, fn) => nodeIt(name, { timeout: 60_000 }, fn);
/**
 * 44 CSS px, less layout rounding: boxes sit on a 1/64 px grid, and a 44 px box at a fractional
 * offset can measure 43.99994 px through getBoundingClientRect.
 */
const MIN_TARGET = 44 - 0.01;
const normalise = (text) => (text ?? "").replace(/\s+/g, " ").trim();

describe("accessibility contract in Chromium (A11Y.md behaviours × variants)", { timeout: 900_000 }, () => {
  const env = useBrowserAndServer();

  /**
   * A second page of the variant's context, opened first and left alone: its widget's clock
   * starts 3 s before the line opens or closes, its dialog is shown at once with focus on the
   * close button. B14 later checks the flip's announcement there, B05 that nothing closed it;
   * both waits overlap the other tests instead of adding to them.
   */
  async function openSoakPage(context, v) {
    const page = await context.newPage();
    const soak = { page, consoleErrors: [], pageErrors: [] };
    page.on("console", (msg) => msg.type() === "error" && soak.consoleErrors.push(msg.text()));
    page.on("pageerror", (error) => soak.pageErrors.push(String(error?.stack ?? error)));
    await page.goto(`${env.server.url}${HOST_PAGE}?lang=${hostLang(v)}&role=${v.role}`);
    await mountWidget(page, configOf(v, FLIPS[v.line].at - 3000));
    soak.before = await page.evaluate(([role, closeLabel]) => {
      window.__widget.show({ category: "harassment", role });
      const t = window.__a11y;
      t.controls().find((c) => c.textContent.trim() === closeLabel).focus();
      window.__moves = [];
      for (const type of ["focusin", "focusout"]) t.root().addEventListener(type, (e) => window.__moves.push(`${type} ${t.describe(e.target)}`));
      return {
        text: t.dialog().innerText.replace(/\s+/g, " ").trim(),
        live: [...t.root().querySelectorAll("[aria-live], [role=status], [role=alert]")].map((e) => e.textContent),
        focus: t.describe(t.deepActive()),
      };
    }, [v.role, TEXTS[v.locale].close]);
    soak.shownAt = Date.now();
    return soak;
  }

  for (const v of MATRIX) {
    describe(v.name, () => {
      const T = TEXTS[v.locale];
      const title = v.role === "victim" ? T.titleVictim : T.titleWitness;
      /** State shared by this variant's tests, which run in order on one page. */
      const s = {};
      const page = () => s.tab.page;

      /** Opens the widget the way a keyboard user of the host page does: Enter on "Report". */
      async function openWithKeyboard(opener = "#opener", scrollY = 0) {
        await page().evaluate(
          ([selector, y]) => {
            document.querySelector(selector).focus({ preventScroll: true });
            window.scrollTo(0, y);
          },
          [opener, scrollY],
        );
        await page().keyboard.press("Enter");
        await waitForDialog(page());
      }

      async function closeIfOpen() {
        if (await page().evaluate(() => window.__a11y.isOpen())) {
          await page().evaluate(() => window.__widget.close());
          await waitForDialog(page(), false);
        }
      }

      /** The focused element, as `{ name, inside }` (inside our dialog, with our host focused). */
      const focused = () =>
        page().evaluate(() => {
          const t = window.__a11y;
          const a = t.deepActive();
          return { name: t.describe(a), inside: t.insideDialog(a), body: document.activeElement === document.body };
        });

      before(async () => {
        s.tab = await openHostPage(env.browser, env.server, v);
        // What the host page's keyboard does before the widget exists (behaviour 7).
        s.baseline = await hostKeyboardBaseline(page());
        s.styles = await page().evaluate(() => [document.documentElement.getAttribute("style"), document.body.getAttribute("style")]);
        await mountWidget(page(), configOf(v));
        s.soak = await openSoakPage(s.tab.context, v);
        await page().bringToFront();
      });
      after(async () => {
        if (!s.tab) return;
        try {
          assertClean(s.tab);
          if (s.soak) assertClean(s.soak);
        } finally {
          await s.tab.context.close();
        }
      });

      it("B01 one modal dialog: role=dialog, aria-modal=true, named by its visible title (aria-labelledby)", async () => {
        await clearEvents(page());
        await openWithKeyboard("#opener", 240);
        const st = await page().evaluate(() => {
          const t = window.__a11y;
          const d = t.dialog();
          const root = t.root();
          const id = d.getAttribute("aria-labelledby");
          const heading = id ? root.getElementById(id) : null;
          const all = [...document.querySelectorAll("dialog"), ...root.querySelectorAll("dialog")];
          return {
            hosts: document.querySelectorAll("[data-bouton3018-host]").length,
            open: all.filter((x) => x.open).length,
            visible: all.filter((x) => x.checkVisibility()).length,
            modal: d.matches(":modal"),
            role: d.getAttribute("role"),
            ariaModal: d.getAttribute("aria-modal"),
            title: heading ? heading.textContent : null,
            titleVisible: !!heading && heading.checkVisibility() && heading.getBoundingClientRect().height > 0,
            titleInside: !!heading && d.contains(heading),
          };
        });
        assert.equal(st.hosts, 1, "one host element");
        assert.equal(st.open, 1, "exactly one open dialog in the page");
        assert.equal(st.visible, 1, "exactly one visible dialog");
        assert.equal(st.modal, true, "opened with showModal()");
        assert.equal(st.role, "dialog", "explicit role=dialog");
        assert.equal(st.ariaModal, "true");
        assert.equal(st.title, title, "aria-labelledby points at the title, in the same shadow root");
        assert.ok(st.titleVisible && st.titleInside, "the title is visible, inside the dialog");
        // What a screen reader gets: one dialog, named by that title.
        const dialogs = (await axTree(s.tab.cdp)).filter((n) => n.role === "dialog");
        assert.deepEqual(dialogs.map((n) => n.name), [title], "accessibility tree: one dialog named by its title");
        assert.equal((await events(page(), "bouton3018:show")).length, 1, "bouton3018:show once");
      });

      it("B02 focus moves inside on open, onto the dialog itself (what a screen reader reads), the main action one Tab away, never body", async () => {
        // Focus on the dialog itself is what makes Orca say the title and the text on open
        // (docs/accessibility.md "What is heard", tests/orca/).
        const onOpen = () =>
          page().evaluate(() => {
            const t = window.__a11y;
            const a = t.deepActive();
            const d = t.dialog();
            return {
              name: t.describe(a), inside: t.insideDialog(a), onDialog: a === d, tabindex: d.getAttribute("tabindex"),
              ring: d.matches(":focus-visible"), outline: getComputedStyle(d).outlineStyle,
            };
          });
        const st = await onOpen();
        assert.ok(st.inside, `focus is inside the dialog (got ${st.name})`);
        assert.ok(st.onDialog, `focus on the dialog itself (got ${st.name})`);
        assert.equal(st.tabindex, "-1", "the dialog is focusable by script only, never by Tab");
        assert.ok(st.ring && st.outline === "solid", `opened from the keyboard: the dialog shows its focus ring (${st.outline})`);

        // Opened by a tap or a click: the same focus, and nothing drawn for it (no change for
        // touch and mouse users).
        await closeIfOpen();
        // A pointer user's report button gets focus from the pointer, not back from us.
        await page().evaluate(() => document.activeElement?.blur());
        if (v.device === "phone") await page().tap("#opener");
        else await page().click("#opener");
        await waitForDialog(page());
        const pointer = await onOpen();
        assert.ok(pointer.onDialog, `opened by ${v.device === "phone" ? "a tap" : "a click"}: focus on the dialog (got ${pointer.name})`);
        assert.ok(!pointer.ring && pointer.outline === "none", `opened by pointer: no focus ring drawn (${pointer.outline})`);
        await closeIfOpen();
        await openWithKeyboard("#opener", 240);

        await page().keyboard.press("Tab");
        const next = await page().evaluate(() => {
          const t = window.__a11y;
          const a = t.deepActive();
          return { name: t.describe(a), inside: t.insideDialog(a), first: a === t.controls()[0], href: a?.getAttribute("href") };
        });
        assert.ok(next.inside && next.first, `one Tab: the main action, first control (got ${next.name})`);
        if (showsCall(v)) assert.equal(next.href, "tel:3018", "open line with a call action: the call link");
        else assert.match(next.href ?? "", /^https:\/\/3018\.fr/, "otherwise the 3018 site or chat link");
      });

      it("B03 Tab / Shift+Tab wrap inside; host code calling .focus() on its own elements cannot take focus", async () => {
        const controls = await page().evaluate(() => window.__a11y.controls().map(window.__a11y.describe));
        assert.ok(controls.length >= 2, `at least the main action and Fermer (got ${controls})`);
        const seen = [];
        for (let i = 0; i < controls.length; i++) {
          await page().keyboard.press("Tab");
          const f = await focused();
          assert.ok(f.inside, `Tab #${i + 1} left the dialog (to ${f.name})`);
          seen.push(f.name);
        }
        assert.deepEqual(seen, [...controls.slice(1), controls[0]], "Tab visits every control in order, then wraps to the first");
        await page().keyboard.press("Shift+Tab");
        const back = await focused();
        assert.equal(back.name, controls.at(-1), "Shift+Tab from the first control goes to the last");
        await page().keyboard.press("Tab");

        // Host code focuses its own button, then a popover of its own (a toast with a button).
        const stolen = await page().evaluate(() => {
          const t = window.__a11y;
          const out = {};
          const button = document.getElementById("after");
          button.focus();
          out.button = document.activeElement === button;
          const toast = document.getElementById("toast");
          toast.showPopover();
          const undo = document.getElementById("toast-button");
          undo.focus();
          out.popover = document.activeElement === undo || t.deepActive() === undo;
          toast.hidePopover();
          out.after = t.describe(t.deepActive());
          out.inside = t.insideDialog(t.deepActive());
          return out;
        });
        assert.equal(stolen.button, false, "host .focus() on its button did not take focus");
        assert.equal(stolen.popover, false, "host .focus() on a button in its popover did not take focus");
        assert.ok(stolen.inside, `focus stayed inside (got ${stolen.after})`);
      });

      it("B13 lang and dir on the widget root match its locale, on a host page in the other language, right-to-left", async () => {
        const st = await page().evaluate(() => {
          const t = window.__a11y;
          const d = t.dialog();
          const heading = t.root().getElementById(d.getAttribute("aria-labelledby"));
          return {
            htmlLang: document.documentElement.lang,
            htmlDir: getComputedStyle(document.documentElement).direction,
            hostLang: t.host().getAttribute("lang"),
            dialogLang: d.getAttribute("lang"),
            titleLang: heading.closest("[lang]")?.getAttribute("lang"),
            otherLangs: [...t.root().querySelectorAll("[lang]")].map((e) => e.getAttribute("lang")).filter((l) => l !== d.getAttribute("lang")),
            direction: [d, heading, ...t.controls()].map((e) => getComputedStyle(e).direction),
          };
        });
        assert.equal(st.htmlLang, hostLang(v), "the host page is in the other language");
        assert.equal(st.htmlDir, "rtl", "the host page is right-to-left");
        assert.equal(st.hostLang, v.locale, "lang on the host element");
        assert.equal(st.dialogLang, v.locale, "lang on the dialog");
        assert.equal(st.titleLang, v.locale, "the title's nearest lang is ours");
        assert.deepEqual(st.otherLangs, [], "no other language inside");
        assert.ok(st.direction.every((d) => d === "ltr"), `the widget reads left-to-right (got ${st.direction})`);
      });

      it("B09 the call link is a real <a href=tel:3018> named by its visible text; absent (not disabled) when closed", async () => {
        const st = await page().evaluate((callLabel) => {
          const t = window.__a11y;
          const root = t.root();
          const tel = [...root.querySelectorAll('[href="tel:3018"]')];
          return {
            tel: tel.map((e) => ({ tag: e.localName, text: e.innerText, disabled: e.hasAttribute("disabled") || e.hasAttribute("aria-disabled") })),
            disabled: [...root.querySelectorAll("[disabled], [aria-disabled], [inert]")].map(t.describe),
            callLabels: [...root.querySelectorAll("*")].filter((e) => e.textContent.trim() === callLabel).length,
            links: root.querySelectorAll("a[href]").length,
          };
        }, T.call);
        if (showsCall(v)) {
          assert.equal(st.tel.length, 1, "one tel:3018 link");
          assert.equal(st.tel[0].tag, "a", "a real link");
          assert.equal(st.tel[0].disabled, false);
          assert.ok(normalise(st.tel[0].text).startsWith(T.call), `its visible text starts with "${T.call}"`);
        } else {
          assert.deepEqual(st.tel, [], v.line === "closed" ? "no tel:3018 link while the line is closed" : "link mode never shows a call link");
          assert.equal(st.callLabels, 0, `no "${T.call}" control or label at all`);
        }
        assert.deepEqual(st.disabled, [], "nothing disabled or inert inside: absent, not greyed out");
        // WCAG 2.5.3: each link's accessible name (the browser's, as screen readers get it)
        // contains its visible text.
        const axLinks = await axNodes(s.tab.cdp, "window.__a11y.dialog()", "link");
        assert.equal(axLinks.length, st.links, "every link is in the accessibility tree as a link");
        for (const node of axLinks) {
          const visible = normalise(await innerTextOf(s.tab.cdp, node.backendDOMNodeId));
          const name = normalise(node.name?.value);
          assert.ok(visible && name.toLowerCase().includes(visible.toLowerCase()), `link name "${name}" contains its visible text "${visible}"`);
        }
      });

      it("B10 every control is at least 44×44 CSS px", async () => {
        const sizes = await page().evaluate(() =>
          window.__a11y.controls().map((c) => {
            const r = c.getBoundingClientRect();
            return { name: window.__a11y.describe(c), width: r.width, height: r.height };
          }),
        );
        assert.ok(sizes.length >= 2);
        const small = sizes.filter((c) => c.width < MIN_TARGET || c.height < MIN_TARGET);
        assert.deepEqual(small, [], "controls under 44×44");
      });

      it("B11 focus is visible (≥ 2 px, ≥ 3:1) and the focused control is topmost, under a z-index: 2147483647 header", async () => {
        const count = await page().evaluate(() => window.__a11y.controls().length);
        const problems = [];
        let underHeader = 0;
        for (let i = 0; i < count; i++) {
          await page().keyboard.press("Tab");
          const r = await page().evaluate(async () => {
            const t = window.__a11y;
            const a = t.deepActive();
            const cs = getComputedStyle(a);
            const behind = t.backdropOf(a.parentElement);
            const ring = t.over(t.rgba(cs.outlineColor), behind);
            // Where the browser brought it into view: with mobile emulation Chromium may do that
            // a frame after the focus moves, so give it up to 10 frames.
            for (let frame = 0; frame < 10; frame++) {
              const box = a.getBoundingClientRect();
              if (box.top >= 0 && box.bottom <= innerHeight) break;
              await new Promise((resolve) => requestAnimationFrame(resolve));
            }
            const natural = t.topmostAtCentre(a);
            // Then at the top of the dialog's scrollport, under the host's header if it scrolls.
            a.scrollIntoView({ block: "start" });
            const top = t.topmostAtCentre(a);
            const header = document.getElementById("host-header").getBoundingClientRect();
            return {
              name: t.describe(a),
              inside: t.insideDialog(a),
              style: cs.outlineStyle,
              width: parseFloat(cs.outlineWidth),
              contrast: t.contrast(ring, behind),
              focusVisible: a.matches(":focus-visible"),
              natural,
              top,
              underHeader: top.y < header.bottom,
            };
          });
          if (!r.inside) problems.push(`${r.name}: focus left the dialog`);
          if (r.style === "none" || !(r.width >= 2)) problems.push(`${r.name}: outline ${r.style} ${r.width}px`);
          if (!(r.contrast >= 3)) problems.push(`${r.name}: focus ring contrast ${r.contrast.toFixed(2)}:1`);
          if (!r.focusVisible) problems.push(`${r.name}: not :focus-visible after Tab`);
          for (const at of [r.natural, r.top]) {
            if (!at.ok) problems.push(`${r.name}: at (${at.x}, ${at.y}) the page hits ${at.page} / ${at.inner}`);
          }
          if (r.underHeader) underHeader++;
        }
        assert.deepEqual(problems, []);
        s.underHeader = underHeader;
      });

      it("B12 no horizontal scrolling at 320 px wide and at 400 % zoom, also with WCAG 1.4.12 text spacing", async () => {
        const measure = () =>
          page().evaluate(() => {
            const t = window.__a11y;
            const d = t.dialog();
            const html = document.documentElement;
            const box = d.getBoundingClientRect();
            const controls = t.controls().map((c) => {
              const r = c.getBoundingClientRect();
              return { name: t.describe(c), left: r.left, right: r.right, width: r.width, height: r.height, clipped: c.scrollWidth > c.clientWidth + 1 };
            });
            return {
              viewport: html.clientWidth,
              page: [html.scrollWidth, html.clientWidth],
              dialog: [d.scrollWidth, d.clientWidth],
              box: [box.left, box.right],
              controls,
              letterSpacing: getComputedStyle(t.root().getElementById(d.getAttribute("aria-labelledby"))).letterSpacing,
            };
          });
        const problems = [];
        const sizes = [
          { label: "320 px", viewport: { width: 320, height: 568 } },
          { label: "400 % zoom of 1280×800", viewport: { width: 320, height: 200 } },
        ];
        try {
          for (const size of sizes) {
            await page().setViewportSize(size.viewport);
            for (const spacing of [false, true]) {
              const label = `${size.label}${spacing ? " + text spacing" : ""}`;
              if (spacing) {
                await page().evaluate((css) => {
                  const sheet = new CSSStyleSheet();
                  sheet.replaceSync(css);
                  window.__spacing = sheet;
                  const root = window.__a11y.root();
                  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
                  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
                }, TEXT_SPACING_CSS);
              }
              const m = await measure();
              if (spacing) {
                assert.notEqual(m.letterSpacing, "normal", "the text-spacing sheet applies inside the shadow root");
                await page().evaluate(() => {
                  const root = window.__a11y.root();
                  root.adoptedStyleSheets = root.adoptedStyleSheets.filter((x) => x !== window.__spacing);
                  document.adoptedStyleSheets = document.adoptedStyleSheets.filter((x) => x !== window.__spacing);
                });
              }
              if (m.page[0] > m.page[1]) problems.push(`${label}: page scrollWidth ${m.page[0]} > ${m.page[1]}`);
              if (m.dialog[0] > m.dialog[1]) problems.push(`${label}: dialog scrollWidth ${m.dialog[0]} > ${m.dialog[1]}`);
              // The dialog is in the top layer (fixed): wider than the viewport, its overflow
              // cannot even be scrolled to.
              if (m.box[0] < -0.5 || m.box[1] > m.viewport + 0.5) problems.push(`${label}: the dialog spans ${m.box[0]}–${m.box[1]} px of a ${m.viewport} px viewport`);
              for (const c of m.controls) {
                if (c.left < m.box[0] - 0.5 || c.right > m.box[1] + 0.5) problems.push(`${label}: ${c.name} sticks out of the dialog`);
                if (c.clipped) problems.push(`${label}: ${c.name} clips its text`);
                if (c.width < MIN_TARGET || c.height < MIN_TARGET) problems.push(`${label}: ${c.name} is ${c.width}×${c.height}`);
              }
            }
          }
        } finally {
          await page().setViewportSize(DEVICES[v.device].viewport);
        }
        assert.deepEqual(problems, []);
      });

      it("B16 axe-core: zero violations (wcag2a/aa, 21a/aa, 22aa, best-practice + target-size)", async () => {
        const results = await axeRun(page());
        assert.deepEqual(summariseViolations(results.violations), [], "axe violations");
        const passed = results.passes.map((r) => r.id);
        for (const rule of ["aria-dialog-name", "target-size", "color-contrast", "link-name", "button-name"]) {
          assert.ok(passed.includes(rule), `axe rule ${rule} ran and passed (passes: ${passed.join(", ")})`);
        }
      });

      it("B06 focus returns to the opener on every route; to returnFocus when the opener was removed or hidden; never body", async () => {
        const expectFocus = async (name, route) => {
          const f = await focused();
          assert.equal(f.name, name, `after ${route}: focus on ${name} (got ${f.name})`);
          assert.equal(f.body, false);
        };
        await closeIfOpen();
        await openWithKeyboard();
        await page().keyboard.press("Escape");
        await waitForDialog(page(), false);
        await expectFocus("#opener", "Escape");

        await openWithKeyboard();
        const close = page().locator("[data-bouton3018-host] dialog button", { hasText: T.close });
        if (v.device === "phone") await close.tap();
        else await close.click();
        await waitForDialog(page(), false);
        await expectFocus("#opener", `${v.device === "phone" ? "a tap" : "a click"} on ${T.close}`);

        await openWithKeyboard();
        await page().evaluate(() => window.__widget.close());
        await waitForDialog(page(), false);
        await expectFocus("#opener", "widget.close()");

        for (const fate of ["removed", "hidden"]) {
          await page().evaluate(() => {
            const b = document.createElement("button");
            b.id = "temporary-opener";
            b.textContent = "Report (temporary)";
            b.addEventListener("click", () =>
              document.dispatchEvent(new CustomEvent("bouton3018:report", { detail: { category: "harassment", role: window.__host.role } })));
            document.querySelector("main p").append(b);
          });
          try {
            await openWithKeyboard("#temporary-opener");
            // The host page changes under the dialog (a re-render of its report button).
            await page().evaluate((how) => {
              const b = document.getElementById("temporary-opener");
              if (how === "removed") b.remove();
              else b.style.setProperty("display", "none");
            }, fate);
            await page().keyboard.press("Escape");
            await waitForDialog(page(), false);
            await expectFocus("#return-here", `Escape with the opener ${fate}`);
          } finally {
            await page().evaluate(() => document.getElementById("temporary-opener")?.remove());
          }
        }
      });

      it("B08 the page's scroll position is unchanged while open and after close (inline styles restored exactly)", async () => {
        await closeIfOpen();
        const Y = 600;
        await openWithKeyboard("#opener", Y);
        const during = await page().evaluate(() => window.scrollY);
        // Try to scroll the page under the dialog: a wheel over the backdrop corner and the dialog.
        const vp = DEVICES[v.device].viewport;
        for (const [x, y] of [[4, 4], [vp.width / 2, vp.height / 2]]) {
          await page().mouse.move(x, y);
          await page().mouse.wheel(0, 400);
        }
        await settle(page());
        const wheeled = await page().evaluate(() => window.scrollY);
        await page().evaluate(() => window.__widget.close());
        await waitForDialog(page(), false);
        await settle(page());
        const afterClose = await page().evaluate(() => ({
          y: window.scrollY,
          styles: [document.documentElement.getAttribute("style"), document.body.getAttribute("style")],
        }));
        assert.equal(during, Y, "unchanged on open");
        assert.equal(wheeled, Y, "the page does not scroll under the dialog");
        assert.equal(afterClose.y, Y, "unchanged after close");
        assert.deepEqual(afterClose.styles, s.styles, "<html>/<body> inline styles restored exactly");
      });

      it("B04 the host page can be neither clicked nor reached by screen readers while open (inert)", async () => {
        await closeIfOpen();
        await clearEvents(page());
        await openWithKeyboard();
        const tree = await axTree(s.tab.cdp);
        const reachable = tree.filter((n) => n.role === "button" && HOST_BUTTONS.includes(n.name)).map((n) => n.name);
        assert.deepEqual(reachable, [], "no host button in the accessibility tree");
        const ours = tree.filter((n) => n.role === "button" && n.name === T.close);
        assert.equal(ours.length, 1, "our own button is in it");

        // A real pointer on a host button (the header's is topmost in the page, z-index
        // 2147483647): the first one whose centre is not under one of our own controls (pressing
        // those is a legitimate use of the widget, e.g. a call).
        const point = await page().evaluate(() => {
          const t = window.__a11y;
          for (const id of ["corner", "before", "opener", "open-form", "after", "return-here"]) {
            const r = document.getElementById(id).getBoundingClientRect();
            const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
            if (y < 0 || y > innerHeight) continue;
            const hit = document.elementFromPoint(x, y);
            const inner = t.root().elementFromPoint(x, y);
            if (!inner?.closest("a[href], button")) return { id, x, y, hit: hit === t.host() };
          }
          return null;
        });
        assert.ok(point, "a host button not under one of our controls");
        assert.ok(point.hit, `the host's #${point.id} is covered by the dialog or its backdrop`);
        const clicksBefore = await page().evaluate(() => ({ ...window.__host.clicks }));
        if (v.device === "phone") await page().touchscreen.tap(point.x, point.y);
        else await page().mouse.click(point.x, point.y);
        await settle(page());
        assert.deepEqual(await page().evaluate(() => window.__host.clicks), clicksBefore, "the host page received no click");
        // The press landed on our backdrop (closes, via "backdrop") or on our dialog (stays open).
        const closes = (await events(page(), "bouton3018:close")).map((e) => e.detail.via);
        const open = await page().evaluate(() => window.__a11y.isOpen());
        assert.deepEqual(closes, open ? [] : ["backdrop"]);
        await closeIfOpen();
      });

      it("B15 reduced motion stops every animation/transition; forced colours keep controls and focus visible; dark mode follows the scheme and passes axe", async () => {
        await closeIfOpen();
        const showAndProbe = () =>
          page().evaluate((role) => {
            window.__widget.show({ category: "harassment", role });
            const t = window.__a11y;
            const root = t.root();
            const elements = [t.dialog(), ...t.dialog().querySelectorAll("*")];
            const durations = [];
            for (const e of elements) {
              for (const pseudo of [null, "::before", "::after", ...(e === t.dialog() ? ["::backdrop"] : [])]) {
                const cs = getComputedStyle(e, pseudo);
                const anim = cs.animationName !== "none" && cs.animationDuration.split(",").some((d) => parseFloat(d) > 0);
                const trans = cs.transitionDuration.split(",").some((d) => parseFloat(d) > 0);
                if (anim || trans) durations.push(`${t.describe(e)}${pseudo ?? ""}: animation ${cs.animationName} ${cs.animationDuration}, transition ${cs.transitionDuration}`);
              }
            }
            const animations = [...root.getAnimations(), ...document.getAnimations()];
            return { animations: animations.map((a) => a.animationName ?? a.transitionProperty ?? a.constructor.name), durations };
          }, v.role);
        try {
          // The probe sees animations when motion is allowed (else the next check proves nothing).
          const moving = await showAndProbe();
          assert.ok(moving.animations.length > 0, "with no preference the opening is animated (probe check)");
          await closeIfOpen();

          await page().emulateMedia({ reducedMotion: "reduce" });
          const still = await showAndProbe();
          assert.deepEqual(still.animations, [], "no animation runs in the shadow root or the page");
          assert.deepEqual(still.durations, [], "every animation and transition duration is 0");
          const hover = await page().evaluate(() => window.__a11y.controls().at(-1).getBoundingClientRect().toJSON());
          await page().mouse.move(hover.x + hover.width / 2, hover.y + hover.height / 2);
          assert.deepEqual(await page().evaluate(() => window.__a11y.root().getAnimations().length), 0, "no transition on hover");
          await closeIfOpen();

          await page().emulateMedia({ reducedMotion: "reduce", forcedColors: "active" });
          await openWithKeyboard();
          const count = await page().evaluate(() => window.__a11y.controls().length);
          const problems = [];
          for (let i = 0; i < count; i++) {
            const r = await page().evaluate((index) => {
              const t = window.__a11y;
              const c = t.controls()[index];
              const resting = getComputedStyle(c);
              const behind = t.backdropOf(c.parentElement);
              const edge = {
                style: resting.borderTopStyle,
                width: parseFloat(resting.borderTopWidth),
                contrast: t.contrast(t.over(t.rgba(resting.borderTopColor), behind), behind),
              };
              c.focus();
              const cs = getComputedStyle(c);
              return {
                name: t.describe(c),
                edge,
                ring: { style: cs.outlineStyle, width: parseFloat(cs.outlineWidth), contrast: t.contrast(t.over(t.rgba(cs.outlineColor), behind), behind) },
              };
            }, i);
            if (r.edge.style === "none" || !(r.edge.width >= 1) || !(r.edge.contrast >= 3)) {
              problems.push(`${r.name}: border ${r.edge.style} ${r.edge.width}px ${r.edge.contrast.toFixed(2)}:1`);
            }
            if (r.ring.style === "none" || !(r.ring.width >= 2) || !(r.ring.contrast >= 3)) {
              problems.push(`${r.name}: focus ring ${r.ring.style} ${r.ring.width}px ${r.ring.contrast.toFixed(2)}:1`);
            }
          }
          assert.deepEqual(problems, [], "forced colours: every control keeps a visible edge and focus ring");
          await closeIfOpen();

          await page().emulateMedia({ reducedMotion: "reduce", forcedColors: "none", colorScheme: "dark" });
          await openWithKeyboard();
          const dark = await page().evaluate(() => {
            const t = window.__a11y;
            const a = t.deepActive();
            const bg = t.backdropOf(t.dialog());
            // Focus is on the dialog itself on open; its ring is inset, over its own background.
            const behind = a === t.dialog() ? bg : t.backdropOf(a.parentElement);
            return { bg: t.luminance(bg), ring: t.contrast(t.over(t.rgba(getComputedStyle(a).outlineColor), behind), behind) };
          });
          assert.ok(dark.bg < 0.05, `dark scheme: the dialog is dark (luminance ${dark.bg.toFixed(3)})`);
          assert.ok(dark.ring >= 3, `dark scheme: focus ring ${dark.ring.toFixed(2)}:1`);
          const results = await axeRun(page());
          assert.deepEqual(summariseViolations(results.violations), [], "axe violations in dark mode");
          assert.ok(results.passes.some((r) => r.id === "color-contrast"), "axe color-contrast ran and passed in dark mode");
        } finally {
          await closeIfOpen();
          await page().emulateMedia({ reducedMotion: "no-preference", forcedColors: "none", colorScheme: "light" });
        }
      });

      it("B17 over the host's own modal <dialog>: ours is on top and takes focus; closing ours returns into theirs, still open", async () => {
        await closeIfOpen();
        await clearEvents(page());
        // The host's report form (a native modal dialog); its "Send report" sends the report.
        await page().evaluate(() => document.getElementById("open-form").focus());
        await page().keyboard.press("Enter");
        await page().waitForFunction(() => document.getElementById("host-form").open);
        await page().evaluate(() => document.getElementById("host-submit").focus());
        await page().keyboard.press("Enter");
        await waitForDialog(page());
        const st = await page().evaluate(async () => {
          const t = window.__a11y;
          // Where things are once the opening slide (motion allowed here) has ended.
          // (Bounded: an endless animation must fail the checks below, not hang here.)
          const idle = new Promise((resolve) => setTimeout(resolve, 1000));
          await Promise.race([Promise.all(t.root().getAnimations().map((a) => a.finished)), idle]);
          const theirs = document.getElementById("host-form");
          const submit = document.getElementById("host-submit");
          const r = submit.getBoundingClientRect();
          const covered = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) === t.host();
          submit.focus();
          const stolen = document.activeElement === submit;
          const topmost = t.controls().map((c) => {
            c.scrollIntoView({ block: "nearest" });
            return t.topmostAtCentre(c);
          });
          return { theirsOpen: theirs.open, theirsModal: theirs.matches(":modal"), oursModal: t.dialog().matches(":modal"), covered, stolen, topmost, inside: t.insideDialog(t.deepActive()) };
        });
        assert.ok(st.theirsOpen && st.theirsModal, "their dialog stays open underneath");
        assert.ok(st.oursModal, "ours is modal");
        assert.ok(st.covered, "their button is covered by ours");
        assert.equal(st.stolen, false, "their button cannot take focus");
        assert.deepEqual(st.topmost.filter((p) => !p.ok), [], "every one of our controls is topmost at its centre");
        assert.ok(st.inside, "focus is inside ours");

        await page().keyboard.press("Escape");
        await waitForDialog(page(), false);
        await settle(page());
        const back = await page().evaluate(() => ({
          theirsOpen: document.getElementById("host-form").open,
          focus: window.__a11y.describe(window.__a11y.deepActive()),
        }));
        assert.equal(back.theirsOpen, true, "Escape closed ours only: theirs is still open");
        assert.equal(back.focus, "#host-submit", "focus is back in theirs, on the button that sent the report");
        assert.deepEqual((await events(page(), "bouton3018:close")).map((e) => e.detail.via), ["escape"], "one close event");
        await page().evaluate(() => document.getElementById("host-form").close());
      });

      it("B14 the line opening/closing while open is announced politely in a live region, focus unmoved", async () => {
        // The soak page's widget started 3 s before the flip; by now the flip has usually happened.
        const soak = s.soak.page;
        const announcement = FLIPS[v.line].becomesOpen ? T.announceOpen : T.announceClosed;
        // Interval polling: the soak page is a background tab (no animation frames).
        await soak.waitForFunction(() => window.__a11y.root().querySelector("[aria-live]").textContent.trim() !== "", null, { timeout: 10_000, polling: 100 });
        const flipped = await soak.evaluate(() => {
          const t = window.__a11y;
          const live = t.root().querySelector("[aria-live]");
          return {
            text: live.textContent,
            role: live.getAttribute("role"),
            politeness: live.getAttribute("aria-live"),
            atomic: live.getAttribute("aria-atomic"),
            inside: t.dialog().contains(live),
            assertive: t.root().querySelectorAll("[aria-live=assertive], [role=alert]").length,
            focus: t.describe(t.deepActive()),
            inDialog: t.insideDialog(t.deepActive()),
            moves: window.__moves,
            open: t.isOpen(),
            body: t.dialog().innerText.replace(/\s+/g, " ").trim(),
          };
        });
        const before = s.soak.before;
        assert.deepEqual(before.live, [""], "one live region, empty before the change");
        assert.equal(flipped.text, announcement);
        assert.deepEqual([flipped.role, flipped.politeness, flipped.atomic], ["status", "polite", "true"], "a polite, atomic status region");
        assert.equal(flipped.assertive, 0, "nothing assertive");
        assert.ok(flipped.inside, "inside the dialog (everything outside is inert)");
        assert.equal(flipped.focus, before.focus, "focus did not move");
        assert.ok(flipped.inDialog);
        assert.deepEqual(flipped.moves, [], "no focusin/focusout during the change");
        assert.ok(flipped.open, "still open");
        assert.notEqual(flipped.body, before.text, "the visible status changed too");
        const cdp = await soak.context().newCDPSession(soak);
        const ax = await axTree(cdp);
        await cdp.detach();
        assert.ok(ax.some((n) => n.name.includes(announcement)), "the announcement is in the accessibility tree");
      });

      it("B05 never closes on a timer; Fermer is a type=button in the tab order; Escape closes with one close event", async () => {
        // The soak page's dialog, shown at the start of this variant and left alone (a timer
        // re-rendered it at the B14 flip): still open after at least 3 s, no close event.
        const elapsed = Date.now() - s.soak.shownAt;
        if (elapsed < 3000) await page().waitForTimeout(3000 - elapsed); // the point is waiting: nothing may happen
        assert.ok(await s.soak.page.evaluate(() => window.__a11y.isOpen()), `still open after ${Math.max(elapsed, 3000)} ms`);
        assert.deepEqual(await events(s.soak.page, "bouton3018:close"), [], "no close event while nobody closed it");

        await closeIfOpen();
        await clearEvents(page());
        await openWithKeyboard();

        const close = await page().evaluate((label) => {
          const b = window.__a11y.controls().find((c) => c.textContent.trim() === label);
          const controls = window.__a11y.controls().length;
          return b && { tag: b.localName, type: b.getAttribute("type"), tabIndex: b.tabIndex, name: window.__a11y.describe(b), visible: b.checkVisibility(), controls };
        }, T.close);
        assert.ok(close, `a visible "${T.close}" control`);
        assert.deepEqual([close.tag, close.type, close.tabIndex, close.visible], ["button", "button", 0, true]);
        const reached = [];
        for (let i = 0; i < close.controls && !reached.includes(close.name); i++) {
          await page().keyboard.press("Tab");
          reached.push((await focused()).name);
        }
        assert.ok(reached.includes(close.name), `Tab reaches "${T.close}" (got ${reached})`);

        await page().keyboard.press("Escape");
        await waitForDialog(page(), false);
        await settle(page());
        await page().keyboard.press("Escape"); // a second Escape, closed: nothing more
        await settle(page());
        assert.deepEqual((await events(page(), "bouton3018:close")).map((e) => e.detail), [{ via: "escape" }], "exactly one close event");
      });

      it("B07 closed: nothing focusable or announced; after destroy() the host's Tab and Escape behave as before", async () => {
        await closeIfOpen();
        const closed = await hostKeyboardBaseline(page());
        assert.deepEqual(closed.order, s.baseline.order, "closed: the host's Tab order is unchanged");
        assert.deepEqual(closed.escape, s.baseline.escape, "closed: the host's keydown listener sees Escape as before");
        const names = (await axTree(s.tab.cdp)).map((n) => n.name);
        for (const text of [title, T.close]) assert.ok(!names.includes(text), `closed: "${text}" is not in the accessibility tree`);
        assert.equal(await page().evaluate(() => window.__a11y.controls().length), 0, "closed: no focusable control");

        await page().evaluate(() => window.__widget.destroy());
        const destroyed = await hostKeyboardBaseline(page());
        assert.deepEqual(destroyed.order, s.baseline.order, "destroyed: the host's Tab order is unchanged");
        assert.deepEqual(destroyed.escape, s.baseline.escape, "destroyed: Escape reaches the host as before, not prevented");
        await clearEvents(page());
        await page().click("#opener");
        await settle(page());
        const after = await page().evaluate(() => ({
          hosts: document.querySelectorAll("[data-bouton3018-host]").length,
          styles: [document.documentElement.getAttribute("style"), document.body.getAttribute("style")],
        }));
        assert.equal(after.hosts, 0, "destroyed: no node left");
        assert.deepEqual(after.styles, s.styles, "destroyed: <html>/<body> inline styles as before");
        assert.deepEqual((await events(page())).map((e) => e.type), ["bouton3018:report"], "destroyed: a report opens nothing");
      });

    });
  }

  // Outside the matrix, once per device: a platform that sends the report after a network round
  // trip opens the widget without a user activation. Chromium groups close watchers created
  // without one, so a single Escape could close both dialogs; it must close ours only.
  for (const device of Object.keys(DEVICES)) {
    it(`B17 (${device}) report sent with no user activation over the host's open form: Escape closes ours only`, async () => {
      const v = { line: "open", action: "call", locale: "fr", role: "victim", device };
      const tab = await openHostPage(env.browser, env.server, v);
      try {
        const { page } = tab;
        await mountWidget(page, configOf(v));
        await page.focus("#open-form");
        await page.keyboard.press("Enter");
        await page.waitForFunction(() => document.getElementById("host-form").open);
        // As after a fetch(): a task with no user activation.
        await page.evaluate(() => setTimeout(() => document.getElementById("host-submit").click(), 50));
        await waitForDialog(page);
        assert.ok(await page.evaluate(() => window.__a11y.insideDialog(window.__a11y.deepActive())), "focus is inside ours");
        await page.keyboard.press("Escape");
        await waitForDialog(page, false);
        await settle(page);
        const st = await page.evaluate(() => ({
          theirs: document.getElementById("host-form").open,
          focus: window.__a11y.describe(window.__a11y.deepActive()),
        }));
        assert.deepEqual(st, { theirs: true, focus: "#host-submit" }, "theirs stays open with focus back in it");
        assert.deepEqual((await events(page, "bouton3018:close")).map((e) => e.detail.via), ["escape"]);
        assertClean(tab);
      } finally {
        await tab.context.close();
      }
    });
  }
});
