#!/usr/bin/env node
// Builds dist/ — the script-tag distribution — from js/ and the wasm-pack output in pkg/:
//
//   dist/bouton-3018.js       js/loader.js with js/front.js, js/early.js and js/early-texts.js
//                             bundled into one classic script by webpack, then minified (budget
//                             3 KB gzipped)
//   dist/bouton-3018.mjs      js/index.js with its imports pointed at the files beside it (for
//                             module users; the loader imports the glue itself)
//   dist/bouton_3018.js       pkg/bouton_3018.js (wasm-bindgen glue), minified
//   dist/bouton_3018_bg.wasm  pkg/bouton_3018_bg.wasm, as is (already wasm-opt'd)
//   dist/integrity.json       SRI hashes of the files above: { "<file>": "sha384-<base64>" }, for
//                             <script integrity> / <link rel="modulepreload" integrity> (README)
//
// Usage: node scripts/build-dist.mjs [--loader-only]
//   --loader-only  only minify the loader and check its budget (works before pkg/ exists)
import { mkdir, mkdtemp, readFile, rm, writeFile, copyFile, access } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import webpack from "webpack";
import { gzipSync } from "node:zlib";
import { createHash } from "node:crypto";
import { fileURLToPath } from "node:url";
import { minify } from "terser";

const root = fileURLToPath(new URL("..", import.meta.url));
const at = (p) => root + p;
const LOADER_BUDGET_GZ = 3072;
const loaderOnly = process.argv.includes("--loader-only");

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const sizes = [];
async function emit(name, bytes) {
  await writeFile(at(`dist/${name}`), bytes);
  const buf = typeof bytes === "string" ? Buffer.from(bytes) : bytes;
  sizes.push([`dist/${name}`, buf.length, gz(buf)]);
}

async function terse(code, file, module) {
  const out = await minify(
    { [file]: code },
    {
      module,
      ecma: 2020,
      // unsafe_arrows: `function` expressions that use no `this` become arrows; safe here, as
      // every browser that runs `import()` (which the loader needs anyway) has arrows.
      compress: { passes: 2, unsafe_arrows: true },
      mangle: true,
      format: { comments: false },
    },
  );
  if (!out.code) throw new Error(`terser produced nothing for ${file}`);
  return out.code;
}

/**
 * js/loader.js and the modules it imports (js/front.js, js/early.js, js/early-texts.js) as one
 * classic script: webpack's module concatenation leaves a single function scope and no module
 * runtime, which terser then minifies. The loader's `import()` of the glue is marked `webpackIgnore`: it stays
 * the browser's own.
 */
async function bundleLoader() {
  const out = await mkdtemp(join(tmpdir(), "bouton3018-loader-"));
  try {
    const stats = await new Promise((resolve, reject) =>
      webpack(
        {
          mode: "none",
          context: root,
          entry: "./js/loader.js",
          target: ["web", "es2020"],
          devtool: false,
          output: { path: out, filename: "loader.js", iife: true },
          optimization: { concatenateModules: true, usedExports: true, providedExports: true, sideEffects: true },
        },
        (error, result) => (error ? reject(error) : resolve(result)),
      ),
    );
    if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
    const code = await readFile(join(out, "loader.js"), "utf8");
    if (/__webpack_require__/.test(code)) throw new Error("the loader bundle kept webpack's module runtime: a module could not be concatenated");
    return code;
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

// Replaces `from` by `to` exactly once, so a changed js/index.js cannot silently ship an import
// that points at ../pkg/ (which does not exist in dist/).
function rewriteOnce(code, from, to, file) {
  const n = code.split(from).length - 1;
  if (n !== 1) throw new Error(`${file}: expected "${from}" exactly once, found it ${n} times`);
  return code.replace(from, to);
}

const PKG = ["pkg/bouton_3018.js", "pkg/bouton_3018_bg.wasm"];
if (!loaderOnly) {
  const missing = [];
  for (const p of PKG) await access(at(p)).catch(() => missing.push(p));
  if (missing.length) {
    console.error(`build-dist: missing ${missing.join(", ")}: run \`make build\` first (wasm-pack build --target web --release --mode no-install), or pass --loader-only.`);
    process.exit(1);
  }
}

await rm(at("dist"), { recursive: true, force: true });
await mkdir(at("dist"));

// 1. The script-tag entry. Not `module`: it is a classic script (its own IIFE scope).
const loader = await terse(await bundleLoader(), "loader.js", false);
await emit("bouton-3018.js", loader);

if (!loaderOnly) {
  // 2. The ESM wrapper, pointing at the glue and wasm beside it.
  let wrapper = await readFile(at("js/index.js"), "utf8");
  wrapper = rewriteOnce(wrapper, '"../pkg/bouton_3018.js"', '"./bouton_3018.js"', "js/index.js");
  wrapper = rewriteOnce(wrapper, '"../pkg/bouton_3018_bg.wasm"', '"./bouton_3018_bg.wasm"', "js/index.js");
  for (const easy of ["fr-easy", "en-easy"]) {
    wrapper = rewriteOnce(wrapper, `"./texts.${easy}.js"`, `"./bouton-3018-texts.${easy}.js"`, "js/index.js");
  }
  await emit("bouton-3018.mjs", await terse(wrapper, "bouton-3018.mjs", true));

  // 2b. The texts modules, one per locale and register (js/texts.*.js): the early dialog's texts
  //     and look, and the easy register's whole set (the loader imports the one of its
  //     data-locale and data-register with the glue and the wasm).
  for (const name of ["fr", "en", "fr-easy", "en-easy"]) {
    const texts = await readFile(at(`js/texts.${name}.js`), "utf8");
    await emit(`bouton-3018-texts.${name}.js`, await terse(texts, `texts.${name}.js`, true));
  }

  // 3. The wasm-bindgen glue. Minifying keeps property names (the wasm's import object keys)
  //    and `import.meta.url`; check the latter survived, the default wasm URL depends on it.
  const glue = await terse(await readFile(at("pkg/bouton_3018.js"), "utf8"), "bouton_3018.js", true);
  if (!glue.includes("import.meta.url")) throw new Error("minified glue lost import.meta.url");
  await emit("bouton_3018.js", glue);

  // 4. The wasm, as wasm-pack + wasm-opt left it.
  await copyFile(at("pkg/bouton_3018_bg.wasm"), at("dist/bouton_3018_bg.wasm"));
  const wasm = await readFile(at("dist/bouton_3018_bg.wasm"));
  sizes.push(["dist/bouton_3018_bg.wasm", wasm.length, gz(wasm)]);
}

const pad = (s, n) => String(s).padStart(n);
for (const [name, raw, z] of sizes) console.log(`${name.padEnd(28)} ${pad(raw, 8)} B  ${pad(z, 7)} B gz`);
const loaderGz = sizes[0][2];
if (loaderGz > LOADER_BUDGET_GZ) {
  console.error(`build-dist: dist/bouton-3018.js is ${loaderGz} B gzipped, over its ${LOADER_BUDGET_GZ} B budget`);
  process.exit(1);
}
console.log(`build-dist: loader ${loaderGz} B gz (budget ${LOADER_BUDGET_GZ} B)`);

// 5. Subresource Integrity: sha384 of each file as written (read back from disk).
const integrity = {};
for (const [path] of sizes) {
  const name = path.slice("dist/".length);
  integrity[name] = `sha384-${createHash("sha384").update(await readFile(at(path))).digest("base64")}`;
}
await writeFile(at("dist/integrity.json"), `${JSON.stringify(integrity, null, 2)}\n`);
console.log("dist/integrity.json (SRI):");
for (const [name, hash] of Object.entries(integrity)) console.log(`  ${name.padEnd(22)} ${hash}`);
