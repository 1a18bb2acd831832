// A server component with the <bouton-3018> element: the server render writes the tag and its
// attributes (no widget markup); the element upgrades and mounts the widget in the browser.
import type {} from "bouton-3018/element/react"; // the element's TSX types
import { DefineElement } from "../DefineElement";
import { ReportButton } from "../ReportButton";

export default function Element() {
  return (
    <article>
      <h1>Un autre post</h1>
      <DefineElement />
      <bouton-3018 platform="instagram" />
      <ReportButton />
    </article>
  );
}
