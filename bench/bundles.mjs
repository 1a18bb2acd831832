// The npm entries as a platform's bundler ships them (issue 20: "the element's entry on its own,
// and what it adds to the first report"). webpack 5 in production mode (terser), the way
// webpack.config.js builds the demo, bundles two one-line apps of the package:
//   npm      `import { mount } from "bouton-3018"; mount({ platform: "instagram" })`
//   element  `import "bouton-3018/element"` (defines <bouton-3018>)
// Each entry is its own chunk (no shared chunk between them), so each is weighed on its own; the
// texts modules the element imports on a report are their own async chunks, and the .wasm is an
// asset both entries share. A first report through the element fetches its chunk, the locale's
// texts chunk (the early dialog's, fetched with the wasm) and the wasm; through `mount()` the
// entry's chunk and the wasm.
//
//   node bench/bundles.mjs    prints the table (bench/run.mjs imports measureBundles)
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import webpack from "webpack";

const ROOT = fileURLToPath(new URL("..", import.meta.url));

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;

/** Bundles both apps in a scratch folder; resolves to { npm, element, textsFr, wasm } sizes (raw, gz). */
export async function measureBundles(root = ROOT) {
  const dir = mkdtempSync(join(tmpdir(), "bouton3018-bundles-"));
  try {
    writeFileSync(join(dir, "npm.js"), 'import { mount } from "bouton-3018";\nmount({ platform: "instagram" });\n');
    writeFileSync(join(dir, "element.js"), 'import "bouton-3018/element";\n');
    const stats = await new Promise((resolve, reject) =>
      webpack(
        {
          mode: "production",
          context: dir,
          entry: { npm: "./npm.js", element: "./element.js" },
          output: { path: join(dir, "out"), filename: "[name].js", chunkFilename: "chunk-[name].js", assetModuleFilename: "[name][ext]" },
          resolve: { alias: { "bouton-3018$": join(root, "js/index.js"), "bouton-3018/element$": join(root, "js/element.js") } },
          optimization: { splitChunks: false, runtimeChunk: false, chunkIds: "named" },
          performance: { hints: false },
          devtool: false,
        },
        (error, s) => (error ? reject(error) : s.hasErrors() ? reject(new Error(s.toString({ all: false, errors: true }))) : resolve(s)),
      ),
    );
    const out = join(dir, "out");
    const size = (file) => {
      const bytes = readFileSync(join(out, file));
      return { file, raw: bytes.length, gz: gz(bytes) };
    };
    const files = readdirSync(out);
    const textsFr = files.find((f) => /^chunk-.*texts_fr_js\.js$/.test(f));
    if (!textsFr) throw new Error(`bench/bundles.mjs: no French texts chunk among ${files.join(", ")}`);
    return {
      webpack: webpack.version,
      npm: size("npm.js"),
      element: size("element.js"),
      textsFr: size(textsFr),
      wasm: size(files.find((f) => f.endsWith(".wasm"))),
      chunks: stats.toJson({ all: false, chunks: true }).chunks.length,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Markdown rows of the table. */
export function bundleRows(b) {
  const firstNpm = b.npm.gz + b.wasm.gz;
  const firstElement = b.element.gz + b.textsFr.gz + b.wasm.gz;
  return [
    "| bundled by webpack " + b.webpack + " (production) | raw | gzip -9 |",
    "| --- | ---: | ---: |",
    `| \`import { mount } from "bouton-3018"\` + \`mount()\`: the app's chunk | ${b.npm.raw} | ${b.npm.gz} |`,
    `| \`import "bouton-3018/element"\`: the app's chunk | ${b.element.raw} | ${b.element.gz} |`,
    `| the element's French texts chunk (fetched on a report, with the wasm) | ${b.textsFr.raw} | ${b.textsFr.gz} |`,
    `| the .wasm (the same asset for both) | ${b.wasm.raw} | ${b.wasm.gz} |`,
    `| first report through \`mount()\` (chunk + wasm) | | ${firstNpm} |`,
    `| first report through \`<bouton-3018>\` (chunk + texts + wasm) | | ${firstElement} (+${firstElement - firstNpm}) |`,
  ];
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const b = await measureBundles();
  console.log(bundleRows(b).join("\n"));
}
