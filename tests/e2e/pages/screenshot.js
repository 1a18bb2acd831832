// scripts/screenshots.mjs: mounts the widget with the config of `?config=`.
import { mount } from "/dist/bouton-3018.mjs";

const config = JSON.parse(new URLSearchParams(location.search).get("config"));
await mount(config);
document.documentElement.dataset.widget = "ready";
// The report button reports, as a platform's would: the screenshots press it with a finger
// (phone) or the mouse (desktop), so the dialog shows as a touch or mouse user sees it (no
// keyboard focus ring on the dialog).
document.getElementById("report").addEventListener("click", () =>
  document.dispatchEvent(new CustomEvent("bouton3018:report", { detail: { category: "harassment", role: "victim" } })),
);
