// The npm package's shape: every file `files` names exists and is in the tarball (wasm-pack's
// pkg/.gitignore must not drop any), the entry imports in Node without a DOM (SSR-safe), and
// the .d.ts text keys match the ones the wasm accepts.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { PKG, ROOT, requireBuilt } from "./helpers.mjs";

requireBuilt([...PKG, "pkg/bouton_3018.d.ts", "pkg/bouton_3018_bg.wasm.d.ts"]);
const manifest = JSON.parse(readFileSync(`${ROOT}package.json`, "utf8"));

describe("npm package", () => {
  it("lists its files one by one and ships each of them", () => {
    assert.ok(!manifest.files.some((f) => f.replace(/\/$/, "") === "pkg"), "never a bare pkg/ (pkg/.gitignore would drop it)");
    for (const required of ["js/index.js", "js/index.d.ts", "pkg/bouton_3018.js", "pkg/bouton_3018_bg.wasm"]) {
      assert.ok(manifest.files.includes(required), `files lists ${required}`);
    }
    const missing = manifest.files.filter((f) => !existsSync(ROOT + f));
    assert.deepEqual(missing, [], "every listed file exists (run `make build`)");
    const [report] = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd: ROOT, encoding: "utf8" }));
    const packed = new Set(report.files.map((f) => f.path));
    assert.deepEqual(manifest.files.filter((f) => !packed.has(f)), [], "npm pack keeps every listed file");
    assert.ok(report.files.every((f) => !f.path.startsWith("www/") && !f.path.startsWith("tests/")), "no demo or test files in the tarball");
  });

  it("imports by its name in Node without touching window/document (SSR-safe)", async () => {
    const mod = await import("bouton-3018"); // self-reference through package.json "exports"
    assert.equal(typeof mod.mount, "function");
    assert.equal(typeof mod.preload, "function");
    assert.equal(typeof globalThis.window, "undefined");
    assert.equal(typeof globalThis.document, "undefined");
  });

  it("js/index.d.ts re-exports only names the glue's .d.ts declares, and never `any`", () => {
    const ours = readFileSync(`${ROOT}js/index.d.ts`, "utf8");
    const glue = readFileSync(`${ROOT}pkg/bouton_3018.d.ts`, "utf8");
    const imported = ours.match(/import type \{([^}]+)\} from "\.\.\/pkg\/bouton_3018\.js"/)?.[1].split(",").map((n) => n.trim()).filter(Boolean) ?? [];
    assert.ok(imported.length > 5, "found the import from the glue");
    const missing = imported.filter((name) => !new RegExp(`export (declare )?(type|interface|class) ${name}\\b`).test(glue));
    assert.deepEqual(missing, [], "names js/index.d.ts imports from pkg/bouton_3018.d.ts");
    assert.doesNotMatch(ours.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ""), /\bany\b/, "no `any` in js/index.d.ts");
  });

  it("types every text key the wasm accepts (pkg/bouton_3018.d.ts vs src/core/texts.rs)", () => {
    const rust = readFileSync(`${ROOT}src/core/texts.rs`, "utf8");
    const wasmKeys = [...rust.matchAll(/^\s*\w+ \/ "(\w+)":/gm)].map((m) => m[1]).sort();
    // js/index.d.ts re-exports TextKey from the glue's types (written by src/lib.rs).
    const dts = readFileSync(`${ROOT}pkg/bouton_3018.d.ts`, "utf8");
    const union = dts.match(/export type Bouton3018TextKey =([^;]+);/)?.[1] ?? "";
    const typed = [...union.matchAll(/"(\w+)"/g)].map((m) => m[1]).sort();
    assert.ok(wasmKeys.length > 10, "found the keys in texts.rs");
    assert.deepEqual(typed, wasmKeys);
  });
});
