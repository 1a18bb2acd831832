// Adds the contract's script tag with data-load from `?load=` (default "intent"), as a platform's
// HTML would have it, before the page's load event.
(function () {
  var tag = document.createElement("script");
  tag.src = "/dist/bouton-3018.js";
  tag.dataset.platform = "instagram";
  tag.dataset.canCall = "true";
  tag.dataset.load = new URLSearchParams(location.search).get("load") || "intent";
  document.head.appendChild(tag);
})();
