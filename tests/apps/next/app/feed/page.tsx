// A server component: it renders on the server (where `bouton-3018` is imported, through the
// client component, and must touch no `window`); the widget mounts in the browser only.
import { Bouton3018 } from "../Bouton3018";
import { ReportButton } from "../ReportButton";

export default function Feed() {
  return (
    <article>
      <h1>Un post</h1>
      <Bouton3018 platform="instagram" />
      <ReportButton />
    </article>
  );
}
