// The hostile host page's own behaviour: counting buttons, and its report flow in its own modal.
for (const [button, output] of [["host-button", "host-clicks"], ["header-button", "host-clicks"], ["host-dialog-button", "host-dialog-clicks"]]) {
  document.getElementById(button).addEventListener("click", () => {
    const out = document.getElementById(output);
    out.textContent = String(Number(out.textContent) + 1);
  });
}
document.getElementById("opener").addEventListener("click", () => {
  document.dispatchEvent(new CustomEvent("bouton3018:report", { detail: { category: "harassment", role: "victim" } }));
});
