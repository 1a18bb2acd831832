// Sends a report synchronously, before the loader has even started fetching the wasm.
document.dispatchEvent(new CustomEvent("bouton3018:report", { detail: { category: "threats", role: "witness" } }));
