// The accessibility suite's in-page toolbox, `window.__a11y` (tests/e2e/a11y.suite.mjs), injected
// before the host page's own scripts (scripts/serve.mjs `inject`) in every engine. Everything
// reads the widget through its open shadow root, never through our own shell code.
(function () {
  "use strict";
  const t = {
    host: () => document.querySelector("[data-bouton3018-host]"),
    root: () => t.host()?.shadowRoot ?? null,
    dialog: () => t.root()?.querySelector("dialog") ?? null,
    isOpen: () => !!t.dialog()?.open,
    /** Every control of the dialog, independently of the shell's own list. */
    controls: () =>
      [...(t.dialog()?.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]") ?? [])].filter(
        (el) => el.checkVisibility() && el.tabIndex >= 0,
      ),
    /** The focused element, through open shadow roots. */
    deepActive: () => {
      let a = document.activeElement;
      while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
      return a;
    },
    /** A short stable name of an element, for assertion messages and sequences. */
    describe: (el) => {
      if (!el) return null;
      if (el.id) return `#${el.id}`;
      const href = el.getAttribute?.("href");
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      return `${el.localName}${href ? `[href=${href}]` : ""}${text ? `"${text}"` : ""}`;
    },
    insideDialog: (el) => !!el && !!t.dialog()?.contains(el) && document.activeElement === t.host(),
    /** Colour → [r, g, b, a] (0–255, a 0–1), via a canvas so any CSS colour syntax works. */
    rgba: (css) => {
      const ctx = (t._ctx ??= new OffscreenCanvas(1, 1).getContext("2d", { willReadFrequently: true }));
      ctx.clearRect(0, 0, 1, 1);
      ctx.fillStyle = "#00000000";
      ctx.fillStyle = css;
      ctx.fillRect(0, 0, 1, 1);
      const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
      return [r, g, b, a / 255];
    },
    over: ([r, g, b, a], [R, G, B]) => [r * a + R * (1 - a), g * a + G * (1 - a), b * a + B * (1 - a), 1],
    luminance: ([r, g, b]) => {
      const c = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * c(r) + 0.7152 * c(g) + 0.0722 * c(b);
    },
    contrast: (a, b) => {
      const [x, y] = [t.luminance(a), t.luminance(b)].sort((p, q) => q - p);
      return (x + 0.05) / (y + 0.05);
    },
    /** The opaque colour painted behind `el` (its nearest backgrounds, composited up to the dialog). */
    backdropOf: (el) => {
      const layers = [];
      for (let node = el; node; node = node.parentElement ?? node.getRootNode().host ?? null) {
        const bg = t.rgba(getComputedStyle(node).backgroundColor);
        if (bg[3] > 0) layers.push(bg);
        if (bg[3] >= 1 || node === t.dialog()) break;
      }
      return layers.reverse().reduce((acc, layer) => t.over(layer, acc), [255, 255, 255, 1]);
    },
    /** Whether `el` is what a pointer at its centre hits: our host for the page, `el` inside. */
    topmostAtCentre: (el) => {
      const r = el.getBoundingClientRect();
      const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
      const page = document.elementFromPoint(x, y);
      const inner = t.root().elementFromPoint(x, y);
      return { x, y, page: t.describe(page), inner: t.describe(inner), ok: page === t.host() && !!inner && el.contains(inner) };
    },
  };
  window.__a11y = t;
})();
