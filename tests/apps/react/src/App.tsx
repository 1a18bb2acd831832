// A single-page app with a hash router: the widget lives only on the post route (#/post), so
// every route change mounts or destroys it, by a link or by the browser's Back button.
import { useEffect, useState } from "react";
import { Bouton3018 } from "./Bouton3018";
import { ReportButton } from "./ReportButton";

type Route = "home" | "post";
const current = (): Route => (location.hash === "#/post" ? "post" : "home");

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
        <a href="#/post" aria-current={route === "post" ? "page" : undefined}>Un post</a>
      </nav>
      <main>
        {route === "home" ? (
          <h1>Accueil</h1>
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
