// Right after the loader, long before the wasm: a report, and show() through the global.
window.__early = { hadWidget: !!document.querySelector("[data-bouton3018-host]") };
document.dispatchEvent(new CustomEvent("bouton3018:report", { detail: { category: "harassment", role: "victim" } }));
window.bouton3018.ready.then((widget) => widget.show({ role: "victim" }));
