// What bench/run.mjs and bench/ab-show.mjs share: the widget's state in the timed runs, and the
// statistics.

/// The line open, a phone, French, a victim's report: the content bench/reference.mjs reproduces.
export const AT = "2026-11-28T10:00:00+01:00";
export const CONFIG = { platform: "instagram", canCall: true, now: AT };

export const sorted = (xs) => [...xs].sort((a, b) => a - b);
export const median = (xs) => {
  const s = sorted(xs);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile. */
export const pct = (xs, p) => sorted(xs)[Math.max(0, Math.ceil((p / 100) * xs.length) - 1)];
export const stats = (xs) => ({ n: xs.length, median: median(xs), p95: pct(xs, 95), min: Math.min(...xs), max: Math.max(...xs) });
export const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
