// The npm route under a strict CSP: the ES module, its wasm, a report button.
import { isOpen, mount } from "/js/index.js";

const params = new URLSearchParams(location.search);
window.__mounted = mount({
  platform: "instagram",
  canCall: params.get("canCall") !== "false",
  now: params.get("now") ?? "2026-11-28T22:59:58+01:00",
}).then(async (widget) => {
  window.__widget = widget;
  window.__isOpen = await isOpen({ platform: "generic" }, Date.parse("2026-11-28T10:00:00+01:00"));
  return true;
});
document.getElementById("report").addEventListener("click", () => {
  document.dispatchEvent(new CustomEvent("bouton3018:report", { detail: { category: "harassment", role: "victim" } }));
});
