// Injected before everything by tests/e2e/early.test.mjs: `?clock=<ISO 8601>` starts the page's
// `Date.now()` at that instant, and it runs on from there (the widget and the script tag's early
// dialog both read the time from it). The same in every engine: WebDriver has no clock API.
(function () {
  var at = new URLSearchParams(location.search).get("clock");
  if (!at) return;
  var real = Date.now;
  var offset = Date.parse(at) - real.call(Date);
  Date.now = function () { return real.call(Date) + offset; };
})();
