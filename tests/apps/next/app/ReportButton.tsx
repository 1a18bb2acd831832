"use client";
// The platform's own report button: once its report request has succeeded, it says so with the
// DOM event the widget listens for (no reference to the widget needed).
export function ReportButton() {
  const reported = () => {
    // ...the platform's own report request goes here; once it has succeeded:
    document.dispatchEvent(new CustomEvent("bouton3018:report", { detail: { category: "harassment", role: "victim" } }));
  };
  return (
    <button type="button" onClick={reported}>
      Signaler ce contenu
    </button>
  );
}
