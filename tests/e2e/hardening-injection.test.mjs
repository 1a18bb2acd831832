// Hardening (issue 6, item 2): injection. Every host-supplied string (each overridable text, a
// helpline's name, a URL's query) goes through text nodes or attribute values only: classic XSS
// payloads in all of them at once, rendered open and closed, on a phone and on a computer, run
// nothing (a `window.__pwned` trap), create no element, and appear in the shadow root's
// serialisation only as escaped text. URL schemes and numbers are rejected by the config (the
// javascript:/data:/http:/vbscript:/protocol-relative/obfuscated variants are in
// fixtures/bad-configs.mjs, run by hardening-config.test.mjs).
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { HOST, PKG, assertClean, openPage, requireBuilt, settle, useBrowserAndServer } from "./helpers.mjs";

requireBuilt(PKG);

const PAYLOADS = [
  `<img src=x onerror="window.__pwned=1">`,
  `<script>window.__pwned=2</script>`,
  `"><svg onload=window.__pwned=3>`,
  `'><iframe srcdoc="<script>parent.__pwned=4</script>">`,
  `javascript:window.__pwned=5`,
  `</dialog><img src=x onerror=__pwned=6>`,
  `<math><mtext><table><mglyph><style><img src=x onerror=__pwned=7>`,
  `<!--<img src=x onerror=__pwned=8>-->`,
  `<a href="javascript:__pwned=9">tap</a>`,
  `{{constructor.constructor('__pwned=10')()}}`,
  "${__pwned=11}",
  `&lt;img src=x onerror=__pwned=12&gt;`,
  `<style>*{display:none!important}</style>`,
  `\u202e<b>reversed</b>\u202c`,
  `<template><img src=x onerror=__pwned=15></template>`,
  `<details open ontoggle=__pwned=16>`,
  `<body onload=__pwned=17>`,
  `<object data="javascript:__pwned=18">`,
  `<input autofocus onfocus=__pwned=19>`,
  `<svg><animate onbegin=__pwned=20 attributeName=x dur=1s>`,
  `{number} {time} {in} {day} {close} <b>{number}</b>`,
  `%3Cscript%3E__pwned=22%3C/script%3E`,
  `<noscript><p title="</noscript><img src=x onerror=__pwned=23>">`,
  `<base href="javascript:/"><a href=x>x</a>`,
];

describe("hardening: injection through host-supplied strings", { timeout: 120_000 }, () => {
  const env = useBrowserAndServer();

  it(`${PAYLOADS.length} XSS payloads in every text, name and URL run nothing and stay text`, async () => {
    const tab = await openPage(env.browser);
    const { page } = tab;
    await page.goto(`${env.server.url}/tests/e2e/pages/hostile-base.html`);
    const report = await page.evaluate(async ({ payloads, hostSelector }) => {
      window.__pwned = 0;
      const { mount } = await import("/js/index.js");
      // The overridable keys, as the widget itself lists them in its error.
      let keys = [];
      try {
        await mount({ platform: "generic", texts: { fr: { "?": "x" } } });
      } catch (e) {
        keys = [...e.message.matchAll(/`([A-Za-z0-9]+)`/g)].map((m) => m[1]).filter((k) => k !== "weekdays");
      }
      const escapeText = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\u00a0/g, "&nbsp;");
      const FORBIDDEN = "script, img, iframe, object, embed, style, template, input, details, math, body, base, noscript, animate, a:not([href])";
      const failures = [];
      let renders = 0;
      let injected = 0;
      for (const [i, payload] of payloads.entries()) {
        const texts = Object.fromEntries(keys.map((k) => [k, payload]));
        texts.weekdays = "<i>L</i>,<i>M</i>,<i>M</i>,<i>J</i>,<i>V</i>,<i>S</i>,<i>D</i>";
        // A topic's texts too: every other payload is shown for a sextortion report.
        const topic = i % 2 ? "sextortion" : undefined;
        for (const k of ["titleVictim", "bodyVictim", "callHint"]) texts[`sextortion.${k}`] = payload;
        texts["sextortion.steps"] = [payload, payload.slice(0, 10) || "x"];
        for (const [now, canCall] of [["2026-11-28T10:00:00+01:00", true], ["2026-11-28T23:30:00+01:00", false]]) {
          const config = {
            platform: "generic",
            canCall,
            now,
            trigger: false,
            texts: { fr: texts },
            helplines: [
              { id: "3018", name: payload.slice(0, 100) },
              { id: "extra", name: payload.slice(0, 100), number: "01 23", url: `https://example.org/?q="><script>__pwned=${100 + i}</script>` },
            ],
          };
          injected += keys.length + 7;
          let widget;
          try {
            widget = await mount(config);
          } catch (e) {
            failures.push(`#${i} rejected: ${e.message.slice(0, 200)}`);
            continue;
          }
          widget.show({ category: topic });
          renders++;
          const root = document.querySelector(hostSelector).shadowRoot;
          const html = root.innerHTML; // reading the serialisation is the check; the widget never writes it
          const where = `#${i} ${JSON.stringify(payload)} (${canCall ? "open, phone" : "closed, computer"})`;
          const bad = [...root.querySelectorAll(FORBIDDEN)].map((e) => e.localName);
          if (bad.length) failures.push(`${where}: elements ${bad}`);
          const handlers = [...root.querySelectorAll("*")].flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.localName}[${a.name}]`));
          if (handlers.length) failures.push(`${where}: event-handler attributes ${handlers}`);
          const hrefs = [...root.querySelectorAll("[href]")].map((e) => e.getAttribute("href"));
          const unsafe = hrefs.filter((h) => !/^(tel:\+?[0-9]+$|sms:\+?[0-9]+$|https:\/\/)/.test(h));
          if (unsafe.length) failures.push(`${where}: hrefs ${unsafe}`);
          if (/[<>&]/.test(payload) && html.includes(payload)) failures.push(`${where}: the payload appears unescaped in the shadow root`);
          if (!html.includes(escapeText(payload))) failures.push(`${where}: the payload is not shown as text`);
          if (!root.querySelector("dialog[open]")) failures.push(`${where}: the dialog did not open`);
          widget.destroy();
        }
      }
      // Give anything that could have been scheduled (an onerror, a srcdoc) its chance.
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 50))));
      return { failures, renders, injected, keys: keys.length, pwned: window.__pwned, hosts: document.querySelectorAll(hostSelector).length };
    }, { payloads: PAYLOADS, hostSelector: HOST });

    assert.ok(report.keys >= 30, `the overridable text keys were found (${report.keys})`);
    assert.deepEqual(report.failures, []);
    assert.equal(report.renders, PAYLOADS.length * 2);
    assert.equal(report.pwned, 0, "no payload ran");
    assert.equal(report.hosts, 0, "destroy() left nothing");
    await settle(page);
    assert.equal(await page.evaluate(() => window.__pwned), 0, "no payload ran later either");
    assertClean(tab);
    console.log(`# XSS payloads tried: ${PAYLOADS.length} × ${report.keys + 3} host strings × 2 renders = ${report.injected} injections`);
    await tab.context.close();
  });

  // Issue 20: the platform's colours go into a stylesheet. A config string in CSS could make the
  // page fetch an address (a privacy leak) or restyle the host: only validated numbers may reach
  // it. Each payload, in every colour field, is refused naming that field, no widget is added,
  // and no stylesheet in the page (the widget's adopted sheets or <style> elements) ever holds it.
  const CSS_PAYLOADS = [
    "red;background:url(https://tracker.example/x)",
    "#fff;background-image:url(//tracker.example/y)",
    "#000}dialog{display:none",
    "#fff}</style><img src=x onerror=__pwned=1>",
    "expression(alert(1))",
    "url(https://tracker.example/z)",
    "#abc\\;x:y",
    "\\23 fff",
    "#fff !important",
    "rgb(0,0,0)",
    "var(--x, url(https://tracker.example/v))",
    "#fff/*",
    "#ffffff00",
    "#fff\n",
    "#１２３",
    "@import url(https://tracker.example/i.css)",
  ];

  it(`${CSS_PAYLOADS.length} CSS payloads in every colour field are refused, naming the field; none reaches a stylesheet`, async () => {
    const tab = await openPage(env.browser);
    const { page } = tab;
    const requests = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`${env.server.url}/tests/e2e/pages/hostile-base.html`);
    const report = await page.evaluate(async ({ payloads, hostSelector }) => {
      window.__pwned = 0;
      const { mount } = await import("/js/index.js");
      const failures = [];
      let tried = 0;
      const sheets = () => {
        const texts = [];
        for (const host of document.querySelectorAll(hostSelector)) {
          const root = host.shadowRoot;
          for (const sheet of root.adoptedStyleSheets) texts.push([...sheet.cssRules].map((r) => r.cssText).join(""));
          for (const style of root.querySelectorAll("style")) texts.push(style.textContent);
        }
        for (const style of document.querySelectorAll("style")) texts.push(style.textContent);
        return texts.join("\n");
      };
      for (const payload of payloads) {
        for (const scheme of ["light", "dark"]) {
          for (const field of ["accent", "accentText", "background", "text"]) {
            tried++;
            const path = `colors.${scheme}.${field}`;
            try {
              const w = await mount({ platform: "generic", trigger: false, colors: { [scheme]: { [field]: payload } } });
              w.show();
              failures.push(`${path} = ${JSON.stringify(payload)}: accepted`);
              w.destroy();
            } catch (e) {
              if (!e.message.includes(`${path}: expected a hex colour`)) failures.push(`${path} = ${JSON.stringify(payload)}: ${e.message.slice(0, 160)}`);
            }
            if (document.querySelectorAll(hostSelector).length) failures.push(`${path}: a host was left in the page`);
          }
        }
      }
      // And a widget with valid colours: its stylesheets hold no payload's text.
      const w = await mount({ platform: "generic", trigger: false, colors: { light: { accent: "#6b21a8" } } });
      w.show();
      const css = sheets();
      for (const payload of payloads) {
        for (const piece of ["url(", "expression", "tracker", "@import", "</style"]) {
          if (payload.includes(piece) && css.includes(piece)) failures.push(`a stylesheet holds ${piece}`);
        }
      }
      w.destroy();
      await new Promise((r) => setTimeout(r, 50));
      return { failures, tried, pwned: window.__pwned, hasAccent: css.includes("#6b21a8") };
    }, { payloads: CSS_PAYLOADS, hostSelector: HOST });
    assert.deepEqual(report.failures, []);
    assert.equal(report.tried, CSS_PAYLOADS.length * 8);
    assert.equal(report.hasAccent, true, "the valid colour is in the theme stylesheet (the check above looked at it)");
    assert.equal(report.pwned, 0);
    assert.deepEqual(requests.filter((u) => u.includes("tracker.example")), [], "nothing fetched from a payload");
    assertClean(tab);
    await tab.context.close();
  });
});
