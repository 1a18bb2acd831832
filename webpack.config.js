// webpack 5 config of the demo site: www/ → www/dist/.
//   npm run build:www   production build
//   npm run demo        `make build`, then webpack-dev-server on http://127.0.0.1:8080
// The demo imports the package by its name ("bouton-3018"), exactly as a platform would; the
// alias below points that name at this checkout instead of node_modules.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import HtmlWebpackPlugin from "html-webpack-plugin";
import CopyWebpackPlugin from "copy-webpack-plugin";

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const GLUE = here("./pkg/bouton_3018.js");

// Fails the compilation (not the config load, so `webpack configtest` works before the Rust
// build) with a message that says what to do, instead of webpack's "Module not found".
class RequireWasmPackage {
  apply(compiler) {
    const check = async () => {
      if (!existsSync(GLUE)) throw new Error("pkg/bouton_3018.js is missing: run `make build` first (wasm-pack build --target web --release --mode no-install).");
    };
    compiler.hooks.beforeRun.tapPromise("RequireWasmPackage", check);
    compiler.hooks.watchRun.tapPromise("RequireWasmPackage", check);
  }
}

export default (env, argv) => {
  const production = argv.mode !== "development";
  return {
    mode: production ? "production" : "development",
    context: here("./"),
    entry: { demo: "./www/index.js" },
    output: {
      path: here("./www/dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      // The .wasm is emitted as an asset: js/index.js says `new URL("../pkg/…_bg.wasm",
      // import.meta.url)`, which webpack 5 turns into an asset module by itself (no
      // `experiments.asyncWebAssembly` needed: the wasm-bindgen glue instantiates it).
      assetModuleFilename: production ? "assets/[name].[contenthash:8][ext]" : "assets/[name][ext]",
      // publicPath "auto" (the default) resolves asset URLs from the script's own URL, so the
      // built site also works under a sub-path.
      clean: true,
    },
    resolve: {
      // `import { mount } from "bouton-3018"` → this checkout's ESM entry. `$` = exact match.
      alias: { "bouton-3018$": here("./js/index.js") },
    },
    // No eval-based source maps: they would need 'unsafe-eval' in a CSP.
    devtool: production ? false : "source-map",
    performance: {
      // The wasm is loaded lazily (on the first mount), not on the critical path: only
      // budget the JavaScript.
      assetFilter: (file) => file.endsWith(".js"),
    },
    plugins: [
      new RequireWasmPackage(),
      new HtmlWebpackPlugin({ template: "./www/index.html" }),
      // Plain static files: the stylesheet is a <link> (no CSS loader, and it stays a
      // separate file a strict `style-src 'self'` allows), the favicon avoids a 404 that
      // tests would see as a console error.
      new CopyWebpackPlugin({ patterns: [{ from: "www/demo.css" }, { from: "www/favicon.svg" }] }),
    ],
    devServer: {
      host: "127.0.0.1",
      port: 8080,
      open: false,
      // A plain page: no HMR, no live-reload client injected into the bundle.
      hot: false,
      liveReload: false,
      client: false,
      webSocketServer: false,
      // Serve only what webpack builds (not the repo's files).
      static: false,
      // Explicit, so streaming compilation works whatever the mime database says.
      devMiddleware: { mimeTypes: { wasm: "application/wasm" } },
    },
  };
};
