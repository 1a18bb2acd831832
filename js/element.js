// bouton-3018/element: the <bouton-3018> custom element. Importing this module defines it, once
// (a second import, or another copy of the package, finds it defined and does nothing), and
// nothing at all where there is no `customElements` (server rendering).
//
//   <bouton-3018 platform="instagram" locale="fr" load="intent"></bouton-3018>
//
// Its attributes are the script tag's data- names without `data-` (docs/contract.md): platform,
// locale, action, can-call, return-focus, trigger, categories, theme, font, register, load. Properties:
// `config` (an object merged over the attributes: colors, texts, helplines, topics…), `dial`
// (hybrid apps, read at each tap on a call link: docs/hybrid-apps.md). Connected, it mounts the
// widget (when the browser is idle, or with load="intent" on the first report or `preload()`);
// disconnected, it destroys it: every node, listener and timer goes. An attribute or `config`
// change remounts it cleanly. A report before the widget is ready gets the early dialog, as with
// the script tag (js/front.js). The element itself renders nothing: the widget's dialog lives in
// its own host at the end of <body>, where no parent's overflow or transform can clip it.
import { preload } from "./index.js";
import { mount as mountWasm } from "../pkg/bouton_3018.js";
import { attributeConfig, fail, frontDoor } from "./front.js";

const NAME = "bouton-3018";
/** The attributes (js/front.js `attributeConfig` reads all but `load`). */
const ATTRIBUTES = ["platform", "locale", "action", "return-focus", "theme", "font", "register", "can-call", "trigger", "categories", "load"];

if (typeof customElements != "undefined" && typeof HTMLElement != "undefined" && !customElements.get(NAME)) {
  class Bouton3018Element extends HTMLElement {
    static observedAttributes = ATTRIBUTES;
    #config;
    #door;
    /** Hybrid apps: `(href) => void`, read at each tap on a call link. */
    dial;

    /** More config (colors, texts, helplines…), merged over the attributes; setting it remounts. */
    get config() {
      return this.#config;
    }
    set config(value) {
      this.#config = value;
      this.#remount();
    }

    /** Starts loading and mounting now (say, when the report menu opens); resolves to the widget. */
    preload() {
      return this.#door ? this.#door.start() : Promise.reject(new Error("bouton-3018: preload(): the element is not in the page"));
    }

    /** The mounted widget (or the early dialog, if the widget cannot load), once ready. */
    get ready() {
      return this.#door ? this.#door.ready : Promise.reject(new Error("bouton-3018: ready: the element is not in the page"));
    }

    connectedCallback() {
      this.#mount();
    }
    disconnectedCallback() {
      this.#unmount();
    }
    attributeChangedCallback(name, before, after) {
      if (before !== after) this.#remount();
    }

    #remount() {
      if (this.#door) {
        this.#unmount();
        this.#mount();
      }
    }

    #unmount() {
      this.#door?.destroy();
      this.#door = undefined;
    }

    #mount() {
      if (this.#door || !this.isConnected) return;
      // The script tag's data-* names and rules, without data- (docs/contract.md).
      const config = attributeConfig((field) => this.getAttribute(field.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase())));
      try {
        Object.assign(config, this.#config);
      } catch (error) {
        // A `config` that throws when read (a getter, a Proxy): an error event, nothing mounted.
        return fail(`bouton-3018: invalid config: config: could not be read (${error && error.message})`);
      }
      const dial = () => this.dial ?? this.#config?.dial;
      Object.defineProperty(config, "dial", { get: dial, enumerable: true });
      const en = config.locale == "en";
      const easy = config.register == "easy";
      const door = (this.#door = frontDoor(config, {
        dial,
        // The wasm's glue mounts synchronously once the wasm is initialised (js/index.js).
        load: () => preload().then(() => ({ mount: mountWasm })),
        // Spelled out, one import() each: every bundler splits them into chunks of their own.
        texts: () =>
          easy
            ? en ? import("./texts.en-easy.js") : import("./texts.fr-easy.js")
            : en ? import("./texts.en.js") : import("./texts.fr.js"),
      }));
      const load = this.getAttribute("load");
      if (load != null && load != "idle" && load != "intent") fail(`bouton-3018: load: expected "idle" or "intent", got "${load}"`);
      if (load != "intent") (window.requestIdleCallback || setTimeout)(() => this.#door === door && door.start(), { timeout: 3000 });
    }
  }
  customElements.define(NAME, Bouton3018Element);
}
