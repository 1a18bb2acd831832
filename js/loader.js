// bouton-3018 script-tag entry: a small classic script (bundled with js/front.js and js/early.js
// and minified into dist/bouton-3018.js by scripts/build-dist.mjs; budget 3 KB gzipped). It
// - reads its own data-platform, data-locale, data-action, data-can-call, data-return-focus,
//   data-trigger, data-categories, data-theme, data-font, data-register and data-load attributes;
// - does nothing if window.bouton3018 already exists (the tag may be included twice);
// - sets window.bouton3018 = { mount, ready, preload } at once; the platform may add `dial`
//   (read at each tap on a call link: docs/hybrid-apps.md);
// - loads dist/bouton_3018.js (the wasm-bindgen glue) + the .wasm beside it (and mounts) with
//   data-load="idle" (the default) when the browser is idle after the page's load event; with
//   data-load="intent" only when the platform calls bouton3018.preload() (say, when its report
//   menu opens) — page views where nobody reports then cost this file only; either way as soon
//   as a report arrives;
// - a report sent before the wasm is ready is shown by the widget once mounted, if that takes
//   less than EARLY_MS (js/front.js); otherwise by its own early dialog (js/early.js: right for the hour, the
//   widget's texts), which stays for that report; the next report gets the widget. If the wasm
//   cannot load (no WebAssembly, blocked by CSP, network), the early dialog serves every report,
//   and bouton3018:error says why.
// Errors never escape into the host page: console.error + bouton3018:error instead.
import { attributeConfig, fail, frontDoor } from "./front.js";

(function () {
  var win = window;
  var doc = document;
  if (win.bouton3018) return;

  // `currentScript` is null for a module script or when run from a callback: fall back to
  // finding our own tag.
  var script = doc.currentScript || doc.querySelector('script[src*="bouton-3018"]');
  var base = (script && script.src) || doc.baseURI;
  var data = (script && script.dataset) || {};

  // The auto-mount config: only the attributes present (js/front.js).
  var config = attributeConfig(function (name) { return data[name]; });
  var intent = data.load == "intent";
  // `window.bouton3018.dial`, read by the widget at each tap on a call link.
  var dial = function () { return win.bouton3018.dial; };
  Object.defineProperty(config, "dial", { get: dial, enumerable: true });
  // A URL object: fetch() takes it, import() its text.
  var at = function (file) { return new URL(file, base); };

  var module;
  function load() {
    if (!module) {
      if (!win.WebAssembly) {
        module = Promise.reject(new Error("bouton-3018: no WebAssembly in this browser"));
      } else {
        // The glue and the wasm at once (a cold report waits for the slower, not for the sum);
        // the glue straight, not through bouton-3018.mjs: one module fewer to fetch and link
        // before the wasm can be instantiated (bench/BUDGET.md, "Where a cold first report's
        // time goes").
        var wasm = fetch(at("bouton_3018_bg.wasm"));
        wasm.catch(function () {}); // failures surface through `module` below
        module = import(/* webpackIgnore: true */ at("bouton_3018.js")).then(function (glue) {
          return glue.default({ module_or_path: wasm }).then(function () { return glue; });
        });
      }
    }
    return module;
  }

  // The texts module of a config's locale and register (js/texts.<locale>[-easy].js): the early
  // dialog's texts and look, and the easy register's whole set; fetched with the glue and the wasm.
  function texts(c) {
    return import(/* webpackIgnore: true */ at("bouton-3018-texts." + (c.locale == "en" ? "en" : "fr") + (c.register == "easy" ? "-easy" : "") + ".js"));
  }

  var door = frontDoor(config, {
    load: load,
    texts: function () { return texts(config); },
    dial: dial,
  });
  win.bouton3018 = {
    mount: function (options) {
      return Promise.all([load(), options && options.register == "easy" && texts(options)]).then(function (m) {
        return m[0].mount(options, m[1] && m[1].easy);
      });
    },
    ready: door.ready,
    preload: door.start,
  };

  // data-load="idle" (default): load when idle, after the page's own load event. "intent": on
  // preload() or the first report only. Anything else is reported, and treated as the default.
  function idle() {
    (win.requestIdleCallback || setTimeout)(door.start, { timeout: 3000 });
  }
  if (data.load && !intent && data.load != "idle") fail('bouton-3018: data-load: expected "idle" or "intent", got "' + data.load + '"');
  if (!intent) {
    if (doc.readyState == "complete") idle();
    else win.addEventListener("load", idle);
  }
})();
