// The smallest webpack 5 setup: no plugin, no `experiments`. webpack emits the .wasm as an asset
// from the package's `new URL("…_bg.wasm", import.meta.url)` and rewrites its URL.
import { fileURLToPath } from "node:url";

export default {
  entry: "./src/main.js",
  output: {
    path: fileURLToPath(new URL("./dist/", import.meta.url)),
    filename: "main.js",
    clean: true,
  },
};
