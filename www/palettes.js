// The demo's brand palettes (issue 20): two platforms of our own invention, light and dark, that
// pass the widget's contrast checks (src/core/theme.rs). The demo's theme switcher offers them;
// the accessibility suite runs its colour behaviours in each (tests/e2e/a11y-helpers.mjs).
export const PALETTES = {
  /** A violet social app on warm white. */
  violet: {
    light: { accent: "#6b21a8", accentText: "#ffffff", background: "#fffbf5", text: "#1f1235" },
    dark: { accent: "#d8b4fe", accentText: "#2e1065", background: "#1a1325", text: "#f5f3ff" },
  },
  /** A teal school network on cool grey. */
  teal: {
    light: { accent: "#0f766e", accentText: "#ffffff", background: "#f8fafc", text: "#0f172a" },
    dark: { accent: "#5eead4", accentText: "#042f2e", background: "#0b1a1a", text: "#e6fffa" },
  },
};
