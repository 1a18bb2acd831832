// In-page helpers of bench/run.mjs (a classic script, loaded first by every bench page).
(function () {
  "use strict";
  var HOST = "[data-bouton3018-host]";
  var REPORT = { category: "harassment", role: "victim" };

  /** The open dialog of the widget (or of the reference), inside its open shadow root. */
  function openDialog() {
    var hosts = document.querySelectorAll(HOST);
    for (var i = 0; i < hosts.length; i++) {
      var root = hosts[i].shadowRoot;
      var dialog = root && root.querySelector("dialog");
      if (dialog && dialog.open) return dialog;
    }
    return null;
  }

  /** Open, modal and laid out: `:modal` matches and the box is not empty (forces layout). */
  function isUp() {
    var dialog = openDialog();
    if (!dialog || !dialog.matches(":modal")) return false;
    var box = dialog.getBoundingClientRect();
    return box.width > 0 && box.height > 0;
  }

  function twoFrames() {
    return new Promise(function (resolve) {
      requestAnimationFrame(function () { requestAnimationFrame(function () { resolve(); }); });
    });
  }

  /**
   * Dispatches the report event and times (ms, performance.now()) until the dialog is up, then
   * until the next painted frame (double requestAnimationFrame). `via` says how "up" was seen:
   * "sync" (at once, after dispatchEvent returned), "show" (at the bouton3018:show event, which
   * the widget fires right after showModal()), or "poll" (a 1 ms timer: the least precise).
   */
  function report(detail) {
    return new Promise(function (resolve, reject) {
      var t0, t1, via, timer, done = false;
      function check(how) {
        if (done || !isUp()) return;
        done = true;
        t1 = performance.now();
        via = how;
        document.removeEventListener("bouton3018:show", onShow, true);
        clearTimeout(timer);
        twoFrames().then(function () {
          resolve({ modal: t1 - t0, painted: performance.now() - t0, via: via });
        });
      }
      function onShow() { check("show"); }
      function poll() {
        check("poll");
        if (!done) {
          if (performance.now() - t0 > 30000) return reject(new Error("no modal dialog 30 s after the report"));
          timer = setTimeout(poll, 1);
        }
      }
      document.addEventListener("bouton3018:show", onShow, true);
      t0 = performance.now();
      document.dispatchEvent(new CustomEvent("bouton3018:report", { detail: detail || REPORT }));
      check("sync");
      if (!done) timer = setTimeout(poll, 1);
    });
  }

  /**
   * The throttled cold path (bench/throttled.mjs): dispatches the report and times (ms) until a
   * usable dialog is up (modal, laid out, with at least one link to call or visit), and which
   * one it is: the loader's own early dialog (its host carries `data-bouton3018-early`) or the
   * full widget; then until the full widget is mounted (`bouton3018.ready`).
   */
  function usable(detail) {
    return new Promise(function (resolve, reject) {
      var t0 = performance.now(), up = null;
      function poll() {
        var dialog = openDialog();
        if (!up && isUp() && dialog.querySelector("a[href]")) {
          var host = dialog.getRootNode().host;
          up = { usable: performance.now() - t0, what: host.hasAttribute("data-bouton3018-early") ? "loader" : "widget" };
          window.bouton3018.ready.then(function () {
            up.full = performance.now() - t0;
            resolve(up);
          });
          return;
        }
        if (performance.now() - t0 > 60000) return reject(new Error("no usable dialog 60 s after the report"));
        setTimeout(poll, 5);
      }
      document.dispatchEvent(new CustomEvent("bouton3018:report", { detail: detail || REPORT }));
      poll();
    });
  }

  /** Closes through `close()` (api) or the close button, resolves at bouton3018:close. */
  function close(widget, how) {
    return new Promise(function (resolve, reject) {
      var dialog = openDialog();
      if (!dialog) return reject(new Error("close: no open dialog"));
      document.addEventListener("bouton3018:close", function () { resolve(); }, { once: true });
      if (how === "button") dialog.querySelector("[data-bouton3018-close]").click();
      else widget.close();
    });
  }

  /** Every node of the document, shadow trees included; and the number of widget hosts. */
  function countNodes() {
    var nodes = 0;
    function walk(root) {
      var walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      for (var n = walker.currentNode; n; n = walker.nextNode()) {
        nodes++;
        if (n.shadowRoot) walk(n.shadowRoot);
      }
    }
    walk(document);
    return { nodes: nodes, hosts: document.querySelectorAll(HOST).length };
  }

  /** `n` report/close cycles, closing alternately by API and by the close button. */
  function cycles(widget, n) {
    var i = 0;
    function next() {
      if (i >= n) return Promise.resolve();
      document.dispatchEvent(new CustomEvent("bouton3018:report", { detail: REPORT }));
      if (!isUp()) return Promise.reject(new Error("cycle " + i + ": the dialog did not open"));
      return close(widget, i++ % 2 ? "button" : "api")
        .then(function () { return new Promise(function (r) { setTimeout(r); }); })
        .then(next);
    }
    return next();
  }

  /** The dialog's content as text: tags, sorted attributes (no ids), text. For parity checks. */
  function serialise() {
    var dialog = openDialog();
    function ser(n) {
      if (n.nodeType === 3) return JSON.stringify(n.data);
      if (n.nodeType !== 1) return "";
      var attrs = [].slice.call(n.attributes).map(function (a) { return a.name + "=" + JSON.stringify(a.value); }).sort();
      return "<" + n.localName + (attrs.length ? " " + attrs.join(" ") : "") + ">" + [].map.call(n.childNodes, ser).join("") + "</" + n.localName + ">";
    }
    return dialog ? ser(dialog) : null;
  }

  /**
   * The open dialog as bench/reference.mjs rebuilds it: the host's and the dialog's attributes,
   * the dialog's inner HTML, and which element inside it has focus (null: the dialog itself).
   */
  function markup() {
    var dialog = openDialog();
    var host = dialog.getRootNode().host;
    var attrs = function (el) { return [].map.call(el.attributes, function (a) { return [a.name, a.value]; }); };
    var active = dialog.getRootNode().activeElement;
    // The focused element by its tag and its index among the dialog's elements of that tag.
    var focus = active && active !== dialog
      ? { tag: active.localName, index: [].indexOf.call(dialog.querySelectorAll(active.localName), active) }
      : null;
    return { host: attrs(host), dialog: attrs(dialog), html: dialog.innerHTML, focus: focus };
  }

  window.__bench = {
    REPORT: REPORT, openDialog: openDialog, isUp: isUp, twoFrames: twoFrames, report: report, close: close,
    countNodes: countNodes, cycles: cycles, serialise: serialise, markup: markup, usable: usable
  };
})();
