// A single-page app with a hash router: the widget lives only on the post route (#/post, the
// README's component) and the element route (#/element, <bouton-3018>), so every route change
// mounts or destroys it, by a link or by the browser's Back button.
import { useEffect, useState } from "react";
import "bouton-3018/element/react";
import { Bouton3018 } from "./Bouton3018";
import { ReportButton } from "./ReportButton";

type Route = "home" | "post" | "element";
const current = (): Route => (location.hash === "#/post" ? "post" : location.hash === "#/element" ? "element" : "home");

export function App() {
  const [route, setRoute] = useState<Route>(current);
  useEffect(() => {
    const follow = () => setRoute(current());
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);
  return (
    <>
      <nav aria-label="Rubriques">
        <a href="#/" aria-current={route === "home" ? "page" : undefined}>Accueil</a>{" "}
        <a href="#/post" aria-current={route === "post" ? "page" : undefined}>Un post</a>{" "}
        <a href="#/element" aria-current={route === "element" ? "page" : undefined}>Un autre post</a>
      </nav>
      <main>
        {route === "home" ? (
          <h1>Accueil</h1>
        ) : route === "element" ? (
          <article>
            <h1>Un autre post</h1>
            <bouton-3018 platform="instagram" />
            <ReportButton />
          </article>
        ) : (
          <article>
            <h1>Un post</h1>
            <Bouton3018 platform="instagram" />
            <ReportButton />
          </article>
        )}
      </main>
    </>
  );
}
