// How deep the wasm's stack goes on the widget's deepest path (tests/e2e/fixtures/deepest.mjs),
// measured by stack painting in headless Chromium: the shipped `.wasm` keeps its stack at the
// bottom of linear memory (wasm-ld's --stack-first, which rustc passes for wasm32: an overflow
// then traps instead of overwriting data), from address 0 up to the stack pointer's initial
// value. Between calls into the wasm nothing lives there, so the page fills it with a pattern,
// runs the path, and finds the lowest byte that changed.
//
// Used by bench/run.mjs; alone: [BENCH_SITE=dir] node bench/stack.mjs
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { startServer } from "../scripts/serve.mjs";
import { CHROMIUM, CHROMIUM_ARGS } from "../tests/e2e/helpers.mjs";

/**
 * The stack's size and the data's place, read from the `.wasm`: the first global (rustc's
 * `__stack_pointer`, a mutable i32) starts at the stack's top; the data segments must start at or
 * above it (stack first), or painting would overwrite data.
 */
export function wasmLayout(bytes) {
  let p = 8;
  const uleb = () => {
    let r = 0, s = 0, x;
    do { x = bytes[p++]; r += (x & 0x7f) * 2 ** s; s += 7; } while (x & 0x80);
    return r;
  };
  const sleb = () => {
    let r = 0, s = 0, x;
    do { x = bytes[p++]; r |= (x & 0x7f) << s; s += 7; } while (x & 0x80);
    if (s < 32 && x & 0x40) r |= ~0 << s;
    return r;
  };
  const layout = { stackTop: null, dataStart: Infinity, dataEnd: 0, initialPages: null };
  while (p < bytes.length) {
    const id = bytes[p++];
    const size = uleb();
    const end = p + size;
    if (id === 5) {
      uleb();
      uleb();
      layout.initialPages = uleb();
    } else if (id === 6) {
      uleb();
      const [type, mutable, op] = [bytes[p++], bytes[p++], bytes[p++]];
      if (type === 0x7f && mutable === 1 && op === 0x41) layout.stackTop = sleb();
    } else if (id === 11) {
      const n = uleb();
      for (let i = 0; i < n; i++) {
        const flags = uleb();
        let offset = 0;
        if (flags === 0) {
          p++; // i32.const
          offset = sleb();
          p++; // end
        }
        const len = uleb();
        p += len;
        layout.dataStart = Math.min(layout.dataStart, offset);
        layout.dataEnd = Math.max(layout.dataEnd, offset + len);
      }
    }
    p = end;
  }
  if (layout.stackTop == null) throw new Error("no __stack_pointer global found in the .wasm");
  if (layout.dataStart < layout.stackTop) throw new Error(`the .wasm's data starts at ${layout.dataStart}, under the stack's top ${layout.stackTop}: not stack-first, cannot paint`);
  return layout;
}

/** Paints, runs the deepest path on `page` (bench/pages/widget.html loaded), returns the depth. */
export async function measureStack(page, layout) {
  return page.evaluate(async ({ top }) => {
    const exports = await window.__bench.init();
    const memory = new Uint8Array(exports.memory.buffer, 0, top);
    memory.fill(0xa5);
    const { run } = await import("/tests/e2e/fixtures/deepest.mjs");
    const { isOpen } = await import("/js/index.js");
    const seen = await run(window.__bench.mount, isOpen);
    const after = new Uint8Array(exports.memory.buffer, 0, top);
    let lowest = 0;
    while (lowest < top && after[lowest] === 0xa5) lowest++;
    return { ...seen, deepest: top - lowest, pagesAfter: exports.memory.buffer.byteLength / 65536 };
  }, { top: layout.stackTop });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = process.env.BENCH_SITE ?? fileURLToPath(new URL("..", import.meta.url));
  const layout = wasmLayout(readFileSync(`${root}/pkg/bouton_3018_bg.wasm`));
  const server = await startServer({ root, port: 0 });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    page.on("console", (m) => m.type() === "error" && console.error("page:", m.text()));
    await page.goto(`${server.url}/bench/pages/widget.html`);
    await page.waitForFunction(() => window.__bench && window.__bench.loaded);
    const r = await measureStack(page, layout);
    console.log(JSON.stringify({ layout, ...r }));
  } finally {
    await browser.close();
    await server.close();
  }
}
