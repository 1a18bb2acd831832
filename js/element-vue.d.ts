// Types of <bouton-3018> in Vue 3 templates:
//   import "bouton-3018/element/vue";
//   <bouton-3018 platform="tiktok" :config="{ colors }" />
import type { DefineComponent } from "vue";
import type { Bouton3018Element, Bouton3018ElementAttributes } from "./element.js";

export type { Bouton3018Element, Bouton3018ElementAttributes } from "./element.js";

declare module "vue" {
  interface GlobalComponents {
    "bouton-3018": DefineComponent<Bouton3018ElementAttributes & Partial<Pick<Bouton3018Element, "config" | "dial">>>;
  }
}
