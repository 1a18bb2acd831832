// The stack the widget needs (issue 19): the wasm's stack is sized in build.rs from a measurement
// of the deepest path (bench/stack.mjs). This runs that path (tests/e2e/fixtures/deepest.mjs:
// the largest valid config, every topic and role, open and closed, phone and desktop, patched
// re-renders, an invalid config with hundreds of problems) against the shipped pkg/. A stack
// too small for it overflows: the wasm traps ("memory access out of bounds", stack-first
// layout) and the path fails. Checked: with `-zstack-size=4096` this test fails. The shadow
// stack's depth depends on the compiled code, not on the engine: Chromium only.
import { describe, it } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { PKG, ROOT, assertClean, openPage, requireBuilt, useBrowserAndServer } from "./helpers.mjs";
import { wasmLayout } from "../../bench/stack.mjs";

requireBuilt(PKG);

describe("the wasm stack", { timeout: 180_000 }, () => {
  const env = useBrowserAndServer();

  it("[chromium] the shipped .wasm keeps its stack first, at the size build.rs sets", () => {
    const layout = wasmLayout(readFileSync(`${ROOT}pkg/bouton_3018_bg.wasm`));
    const set = Number(/const WASM_STACK_BYTES: u32 = ([\d_ *]+);/.exec(readFileSync(`${ROOT}build.rs`, "utf8"))[1].replace(/_/g, "").split("*").reduce((a, b) => a * Number(b), 1));
    assert.equal(layout.stackTop, set, "the stack pointer starts at build.rs's WASM_STACK_BYTES");
    assert.ok(layout.dataStart >= layout.stackTop, "the data lies above the stack (an overflow traps, it cannot overwrite data)");
  });

  it("[chromium] the deepest path runs on that stack", async () => {
    const { context, page, consoleErrors, pageErrors } = await openPage(env.browser);
    try {
      await page.goto(`${env.server.url}/tests/e2e/pages/deepest.html`);
      const result = await page.evaluate(() => window.__deepest);
      assert.ok(result.ok, `the deepest path failed: ${result.error}`);
      assert.equal(result.shown, 176, "every topic × role × open/closed × phone/desktop, twice each");
      assert.ok(result.problems > 300, `the invalid config lists every problem (got ${result.problems})`);
      assertClean({ consoleErrors, pageErrors });
    } finally {
      await context.close();
    }
  });
});
