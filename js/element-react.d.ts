// TSX types of <bouton-3018> for React 19 (its JSX namespace is `React.JSX`):
//   import "bouton-3018/element/react";
//   <bouton-3018 platform="instagram" load="intent" />
// React 19 sets an element's known properties (`config`, `dial`) as properties, the rest as
// attributes.
import type { DetailedHTMLProps, HTMLAttributes } from "react";
import type { Bouton3018Element, Bouton3018ElementAttributes } from "./element.js";

export type { Bouton3018Element, Bouton3018ElementAttributes } from "./element.js";

declare module "react" {
  namespace JSX {
    interface IntrinsicElements {
      "bouton-3018": DetailedHTMLProps<HTMLAttributes<Bouton3018Element>, Bouton3018Element> &
        Bouton3018ElementAttributes &
        Partial<Pick<Bouton3018Element, "config" | "dial">>;
    }
  }
}
