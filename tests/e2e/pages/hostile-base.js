// The host page's own behaviour, which the widget must never break: a button that counts.
document.getElementById("host-button").addEventListener("click", () => {
  const out = document.getElementById("host-clicks");
  out.textContent = String(Number(out.textContent) + 1);
});
