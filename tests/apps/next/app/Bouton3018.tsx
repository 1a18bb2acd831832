"use client"; // Next.js App Router: a client component (the directive is ignored elsewhere)
import { useEffect } from "react";
import { mount, type Platform, type Widget } from "bouton-3018";

export function Bouton3018({ platform = "instagram" }: { platform?: Platform }) {
  useEffect(() => {
    let widget: Widget | undefined;
    let gone = false;
    mount({ platform }).then((w) => (gone ? w.destroy() : (widget = w)), console.error);
    return () => {            // unmount, route change, hot reload, StrictMode's double effect
      gone = true;
      widget?.destroy();
    };
  }, [platform]);
  return null;
}
