// Injected first into every page the cross-engine suites load (scripts/serve.mjs `inject`): the
// same instrumentation in Chromium, Firefox and WebKit, where WebDriver has no init scripts and
// no console log. It records every bouton3018:* event (`window.__bouton3018Events`) and every
// error the page itself can see (`window.__bouton3018Errors`): console.error calls, uncaught
// exceptions and unhandled rejections, CSP violations. Plain DOM APIs only (no Trusted Types
// sink), so it runs under the strictest policy the suites use.
(function () {
  "use strict";
  if (window.__bouton3018Events) return;
  var EVENTS = ["bouton3018:report", "bouton3018:show", "bouton3018:action", "bouton3018:close", "bouton3018:error"];
  var events = (window.__bouton3018Events = []);
  var errors = (window.__bouton3018Errors = { console: [], page: [] });
  EVENTS.forEach(function (type) {
    document.addEventListener(type, function (event) {
      var detail = null;
      try {
        detail = JSON.parse(JSON.stringify(event.detail === undefined ? null : event.detail));
      } catch (e) {
        detail = "<unserialisable>";
      }
      events.push({ type: type, detail: detail, bubbles: event.bubbles, composed: event.composed });
    });
  });
  var consoleError = console.error;
  console.error = function () {
    // An Error's message and its stack (Firefox's and WebKit's stacks leave the message out).
    errors.console.push(Array.prototype.map.call(arguments, function (a) {
      return a && a.stack ? String(a) + "\n" + a.stack : String(a);
    }).join(" "));
    return consoleError.apply(this, arguments);
  };
  window.addEventListener("error", function (event) {
    errors.page.push(String((event.error && event.error.stack) || event.message));
  });
  window.addEventListener("unhandledrejection", function (event) {
    errors.page.push("unhandled rejection: " + String((event.reason && event.reason.stack) || event.reason));
  });
  document.addEventListener("securitypolicyviolation", function (event) {
    errors.console.push("Content-Security-Policy violation: " + event.violatedDirective + " " + event.blockedURI);
  });
})();
