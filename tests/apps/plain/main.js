// The integration a platform writes: mount once, then say "a report was just sent" after its
// own report request succeeds (here: on a button click).
import { mount } from "bouton-3018";

const button = document.getElementById("report");
const status = document.getElementById("status");

mount({ platform: "generic" }).then(
  () => {
    button.disabled = false;
    button.addEventListener("click", () => {
      // ...the platform's own report request goes here; once it has succeeded:
      document.dispatchEvent(new CustomEvent("bouton3018:report", { detail: { category: "harassment", role: "victim" } }));
    });
    document.documentElement.dataset.widget = "ready";
  },
  (error) => {
    status.textContent = `bouton-3018: ${error.message}`;
    document.documentElement.dataset.widget = "failed";
  },
);
