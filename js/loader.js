// bouton-3018 script-tag entry: a small classic script (minified into dist/bouton-3018.js by
// scripts/build-dist.mjs; budget 2 KB gzipped). It
// - reads its own data-platform, data-locale, data-action, data-can-call, data-return-focus,
//   data-trigger, data-categories and data-load attributes;
// - does nothing if window.bouton3018 already exists (the tag may be included twice);
// - sets window.bouton3018 = { mount, ready, preload } at once;
// - loads dist/bouton_3018.js (the wasm-bindgen glue) + the .wasm beside it (and mounts) with
//   data-load="idle" (the default) when the browser is idle after the page's load event; with
//   data-load="intent" only when the platform calls bouton3018.preload() (say, when its report
//   menu opens) — page views where nobody reports then cost this file only; either way as soon
//   as a report arrives;
// - queues a report sent before the wasm is ready and shows the widget for it once mounted;
// - if the wasm cannot load (no WebAssembly, blocked by CSP, network), still shows a minimal
//   accessible dialog for a report, and fires bouton3018:error.
// Errors never escape into the host page: console.error + bouton3018:error instead.
(function () {
  "use strict";
  var win = window;
  var doc = document;
  if (win.bouton3018) return;

  // `currentScript` is null for a module script or when run from a callback: fall back to
  // finding our own tag.
  var script = doc.currentScript || doc.querySelector('script[src*="bouton-3018"]');
  var base = (script && script.src) || doc.baseURI;
  var data = (script && script.dataset) || {};
  var PREFIX = "bouton3018:";

  // The auto-mount config: only the attributes present. Values are passed as they are (apart
  // from booleans) so the wasm validates them and its error names the field.
  var config = {};
  var categories = ["harassment", "bullying", "hate", "threats", "sexual-harassment", "sextortion", "doxxing", "impersonation"];
  var trigger = PREFIX + "report";
  ["platform", "locale", "action", "returnFocus"].forEach(function (key) {
    if (data[key] != null) config[key] = data[key];
  });
  var canCall = data.canCall;
  if (canCall && canCall != "auto") config.canCall = canCall == "true" || (canCall != "false" && canCall);
  if (data.trigger) trigger = config.trigger = data.trigger != "false" && data.trigger;
  if (data.categories) categories = config.categories = data.categories.split(/[\s,]+/).filter(Boolean);
  var intent = data.load == "intent";

  function emit(name, detail) {
    doc.dispatchEvent(new CustomEvent(PREFIX + name, { bubbles: true, composed: true, detail: detail }));
  }

  function fail(error) {
    console.error(error);
    emit("error", { message: String((error && error.message) || error) });
  }

  var module;
  function load() {
    if (!module) {
      if (!win.WebAssembly) {
        module = Promise.reject(new Error("bouton-3018: WebAssembly is not available in this browser"));
      } else {
        // A URL object: fetch() takes it, import() its text.
        var at = function (file) { return new URL(file, base); };
        // The glue and the wasm at once (a cold report waits for the slower, not for the sum);
        // the glue straight, not through bouton-3018.mjs: one module fewer to fetch and link
        // before the wasm can be instantiated (bench/BUDGET.md, "Where a cold first report's
        // time goes").
        var wasm = fetch(at("bouton_3018_bg.wasm"));
        wasm.catch(function () {}); // failures surface through `module` below
        module = import(at("bouton_3018.js")).then(function (glue) {
          return glue.default({ module_or_path: wasm }).then(function () { return glue; });
        });
      }
    }
    return module;
  }

  function mount(options) {
    return load().then(function (m) { return m.mount(options); });
  }

  // The minimal dialog shown when the wasm cannot load: native <dialog> in an open shadow root,
  // built with createElement/textContent only, styled by a constructable stylesheet (an inline
  // <style> is blocked by `style-src 'self'`).
  var EN = config.locale == "en";
  var LANG = EN ? "en" : "fr";
  var CSS =
    "dialog{max-width:min(28rem,100% - 2rem);border:0;border-radius:12px;padding:1.5rem;font:16px/1.5 system-ui,sans-serif;color:#111;background:#fff}" +
    "::backdrop{background:#0008}h2{margin:0 0 .5rem}" +
    // ≥ 44×44 px targets (docs/accessibility.md, behaviour 10); the border takes the text colour.
    "a,button{display:block;box-sizing:border-box;width:100%;min-height:44px;margin-top:.75rem;padding:.6rem 1rem;border:2px solid;border-radius:8px;font:inherit;font-weight:600;text-align:center;text-decoration:none;color:#0b57d0;background:#fff}" +
    "a[href^=tel]{color:#fff;background:#0b57d0}button{color:#111;background:#eee}" +
    ":focus-visible{outline:3px solid #111;outline-offset:2px}"; // no animation, nothing to reduce

  function fallbackWidget() {
    var host, dialog, via, previous;
    function el(tag, parent, text) {
      var node = doc.createElement(tag);
      if (text) node.textContent = text;
      parent.appendChild(node);
      return node;
    }
    function link(href, text, kind) {
      var a = el("a", dialog, text);
      a.href = href;
      a.addEventListener("click", function () { emit("action", { kind: kind, helpline: "3018" }); });
      return a;
    }
    function build() {
      host = doc.createElement("div");
      host.setAttribute("data-bouton3018-host", "");
      var root = host.attachShadow({ mode: "open" });
      try {
        var sheet = new CSSStyleSheet();
        sheet.replaceSync(CSS);
        root.adoptedStyleSheets = [sheet];
      } catch (e) { /* no constructable stylesheets: unstyled but usable */ }
      dialog = el("dialog", root);
      dialog.setAttribute("role", "dialog"); // explicit: axe's aria-dialog-name checks explicit roles only
      dialog.setAttribute("aria-modal", "true");
      dialog.setAttribute("aria-labelledby", "b3018-title");
      dialog.tabIndex = -1; // focusable by script (on open), never by Tab
      dialog.lang = LANG;
      el("h2", dialog, EN ? "It's not your fault" : "Ce n'est pas de ta faute").id = "b3018-title";
      el("p", dialog, EN
        ? "You can talk to the 3018: free, anonymous and confidential, every day 9 am to 11 pm, Paris time."
        : "Tu peux en parler au 3018 : gratuit, anonyme et confidentiel, tous les jours de 9 h à 23 h.");
      link("tel:3018", EN ? "Call 3018" : "Appeler le 3018", "call");
      link("https://3018.fr", EN ? "Go to the 3018 website" : "Aller sur le site du 3018", "link").target = "_blank";
      var button = el("button", dialog, EN ? "Close" : "Fermer");
      button.type = "button";
      button.addEventListener("click", function () { close("button"); });
      // Escape closes natively; `close` is async and also follows close(): report how once.
      dialog.addEventListener("close", function () {
        emit("close", { via: via || "escape" });
        via = null;
        if (previous && previous.focus) previous.focus(); // a no-op if it left the page
      });
      doc.body.appendChild(host);
    }
    function close(how) {
      if (dialog && dialog.open) {
        via = how;
        dialog.close();
      }
    }
    return {
      show: function (detail) {
        if (!host) build();
        if (dialog.open) return;
        previous = doc.activeElement;
        dialog.showModal();
        // The dialog itself, as the wasm widget does: a screen reader then reads its title and
        // text (focused on the call link, Orca says the link alone, or nothing in Chromium).
        dialog.focus();
        emit("show", { platform: config.platform, locale: LANG }); // hours unknown: no `open`
      },
      close: function () { close("api"); },
      destroy: function () {
        close("api");
        if (host) host.remove();
        host = null;
      },
      free: function () {}
    };
  }

  // Until the wasm widget exists (and forever if it cannot load), this listener catches reports.
  var widget, queued, resolveReady;
  function qualifies(detail) {
    return categories.indexOf(detail && detail.category) >= 0;
  }
  function onReport(event) {
    if (!qualifies(event.detail)) return;
    if (!widget) {
      queued = event.detail;
      start();
    } else try { widget.show(event.detail); } catch (error) { fail(error); }
  }
  if (trigger) doc.addEventListener(trigger, onReport);

  var started, ready;
  // Loads and mounts once; the Promise of the auto-mounted widget.
  function start() {
    if (!started) load()
      .then(function (m) {
        // load() has initialised the wasm, so the glue's mount() mounts synchronously (it throws
        // on a bad config): the wasm widget is listening before ours stops, no report falls
        // between.
        widget = m.mount(config);
        if (trigger) doc.removeEventListener(trigger, onReport);
      })
      .catch(function (error) {
        fail(error);
        widget = fallbackWidget();
        if (trigger) doc.addEventListener(trigger, onReport); // back on if it was handed over
      })
      .then(function () {
        if (queued) {
          var detail = queued;
          queued = null;
          try { widget.show(detail); } catch (error) { fail(error); }
        }
        resolveReady(widget);
      });
    started = 1;
    return ready;
  }

  ready = new Promise(function (resolve) { resolveReady = resolve; });
  win.bouton3018 = { mount: mount, ready: ready, preload: start };

  // data-load="idle" (default): load when idle, after the page's own load event. "intent": on
  // preload() or the first report only. Anything else is reported, and treated as the default.
  function idle() {
    (win.requestIdleCallback || setTimeout)(start, { timeout: 3000 });
  }
  if (data.load && !intent && data.load != "idle") fail('bouton-3018: data-load: expected "idle" or "intent", got "' + data.load + '"');
  if (!intent) {
    if (doc.readyState == "complete") idle();
    else win.addEventListener("load", idle);
  }
})();
