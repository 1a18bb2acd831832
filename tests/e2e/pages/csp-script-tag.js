// The host's report button (an external script: the strict CSP allows no inline one).
document.getElementById("report").addEventListener("click", () => {
  document.dispatchEvent(new CustomEvent("bouton3018:report", { detail: { category: "harassment", role: "witness" } }));
});
