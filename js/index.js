// bouton-3018: the side-effect-free ES module entry for bundlers (webpack 5, Vite) and for a
// plain <script type="module">. Importing it runs nothing and touches no `window`/`document`
// (SSR-safe); the wasm is fetched on the first `preload()` or `mount()`.
import init, { isOpen as isOpenWasm, mount as mountWasm } from "../pkg/bouton_3018.js";

/** @type {Promise<unknown> | undefined} The one shared `init()`, memoised. */
let initialised;
/** Set once `init()` has resolved. */
let ready = false;

/**
 * Fetches and compiles the wasm once (later calls share the same promise). `mount()` awaits it
 * anyway; call it early (on idle, on hover of a report button) to hide the download.
 * @param {string | URL | Request | Response | Promise<Response>} [wasm]  where the `.wasm` comes
 *   from, if not from beside this module (a CDN, or a `fetch()` already under way); only the
 *   first call's is used.
 * @returns {Promise<void>}
 */
export function preload(wasm) {
  if (!initialised) {
    // `new URL(literal, import.meta.url)`: the pattern webpack 5 and Vite recognise to emit the
    // .wasm as an asset and rewrite its URL. Named-object form: positional `init(path)` is
    // deprecated in wasm-bindgen.
    initialised = init({ module_or_path: wasm || new URL("../pkg/bouton_3018_bg.wasm", import.meta.url) }).then(() => {
      ready = true;
    });
    // A failed download may succeed later (flaky network): forget the failure so the next
    // call retries. The caller still receives this rejection.
    initialised.catch(() => {
      initialised = undefined;
    });
  }
  return initialised;
}

/**
 * Mounts a widget. Resolves to the `Widget`; rejects with the wasm's own `Error` (whose message
 * names the bad field) when the config is invalid, or with the load error when the wasm cannot
 * be fetched or compiled (e.g. a CSP without 'wasm-unsafe-eval').
 * @param {object} config  `Config` in index.d.ts
 * @returns {Promise<object>}  a `Widget` (index.d.ts)
 */
export async function mount(config) {
  // The easy register's texts come in a module of their own, only for the pages that use it,
  // fetched with the wasm (no extra round trip); the widget reads them as it reads overrides.
  let easy = peek(config, "register") == "easy" ? easyTexts(peek(config, "locale")) : undefined;
  // Once the wasm is initialised (and with the standard texts) there is no `await` before the
  // wasm mount: it runs within this call, so the widget listens for reports as soon as
  // `mount()` returns.
  if (!ready || easy) [, easy] = await Promise.all([preload(), easy]);
  return mountWasm(config, easy);
}

/**
 * `config[key]`, or `undefined` when `config` is not an object or reading it throws (a hostile
 * Proxy, a getter): the wasm's validation then rejects the config with the field's name.
 */
function peek(config, key) {
  try {
    return config[key];
  } catch {
    return undefined;
  }
}

/**
 * The easy register's texts of `locale` (js/texts.<locale>-easy.js). Spelled out, one import()
 * each: every bundler splits them into chunks of their own.
 */
function easyTexts(locale) {
  return (locale == "en" ? import("./texts.en-easy.js") : import("./texts.fr-easy.js")).then((m) => m.easy);
}

/**
 * Whether the main line's phone (the 3018, or what `config.helplines` makes of it) is open at
 * `instantMs` (milliseconds since the epoch), computed by the widget's own engine. Validates
 * `config` as `mount()` does (rejects with the same `Error`); adds nothing to the page.
 * @param {object} config  `Config` in index.d.ts
 * @param {number} instantMs
 * @returns {Promise<boolean>}
 */
export async function isOpen(config, instantMs) {
  if (!ready) await preload();
  return isOpenWasm(config, instantMs);
}
