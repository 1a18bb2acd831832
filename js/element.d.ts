// Types of `bouton-3018/element` (js/element.js): the <bouton-3018> custom element. Importing the
// module defines the element; its DOM type is in `HTMLElementTagNameMap`. For TSX, import
// `bouton-3018/element/react` instead (React 19's `JSX.IntrinsicElements`); for Vue templates,
// `bouton-3018/element/vue` (`GlobalComponents`).
import type { ActionMode, Config, Font, Locale, Platform, Theme, WidgetHandle } from "./index.js";

/** The element's attributes: the script tag's `data-` names without `data-`. */
export interface Bouton3018ElementAttributes {
  platform?: Platform;
  locale?: Locale;
  action?: ActionMode;
  /** `"true"`, `"false"`, or `"auto"` (detected, the default). */
  "can-call"?: "true" | "false" | "auto";
  /** CSS selector focused on close when the element focused before is gone. */
  "return-focus"?: string;
  /** The event listened for on `document` (default `"bouton3018:report"`); `"false"`: none. */
  trigger?: string;
  /** Report categories that open the widget, separated by spaces or commas. */
  categories?: string;
  theme?: Theme;
  font?: Font;
  /** `"idle"` (default): load when the browser is idle; `"intent"`: on `preload()` or the first report. */
  load?: "idle" | "intent";
}

/** The <bouton-3018> element. */
export declare class Bouton3018Element extends HTMLElement {
  /** More config (colors, texts, helplines…), merged over the attributes; setting it remounts. */
  config: Partial<Config> | undefined;
  /** Hybrid apps: called with a call link's `href` instead of following it; read at each tap. */
  dial: ((href: string) => void) | undefined;
  /** Starts loading and mounting now; resolves to the widget (or the early dialog). */
  preload(): Promise<WidgetHandle>;
  /** The mounted widget, once ready (the early dialog if the widget cannot load). */
  readonly ready: Promise<WidgetHandle>;
}

declare global {
  interface HTMLElementTagNameMap {
    "bouton-3018": Bouton3018Element;
  }
}
