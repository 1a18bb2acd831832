// What the packed-tarball app suites share (tests/e2e/apps.test.mjs, tests/e2e/frameworks.test.mjs):
// running a command with its whole output on failure, a free loopback port, packing the tarball,
// and starting a long-running server (a dev server, `next start`) until its banner shows.
import assert from "node:assert/strict";
import { execFile, spawn } from "node:child_process";
import { copyFile, cp, mkdtemp, readFile, rm } from "node:fs/promises";
import { createServer } from "node:net";
import { basename, join } from "node:path";
import { promisify } from "node:util";
import { ROOT } from "./helpers.mjs";

const run = promisify(execFile);

// The children's environment without the npm_* variables an `npm run` parent sets (e.g.
// npm_config_local_prefix would point the apps' `npm install` at the repo root), but with the
// npm cache the caller chose (`npm_config_cache`: the offline installs read it).
export const ENV = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_/i.test(k) || /^npm_config_cache$/i.test(k)));
ENV.npm_config_update_notifier = "false";

/** Runs a command; on failure the error carries its whole output. */
export async function sh(cmd, args, cwd, timeout = 120_000, env = ENV) {
  try {
    return await run(cmd, args, { cwd, timeout, maxBuffer: 16 << 20, env });
  } catch (error) {
    throw new Error(`\`${cmd} ${args.join(" ")}\` in ${cwd} failed (${error.code ?? error.signal}):\n${error.stdout}\n${error.stderr}`);
  }
}

export async function freePort() {
  const server = createServer();
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  await new Promise((ok) => server.close(ok));
  return port;
}

/**
 * The real `npm pack` (prepack included, not a dry run) into `dest`. With `pkgDir`, the
 * package's `pkg/` files are taken from that directory instead (a deliberately broken build):
 * the package is staged in a scratch copy and packed there, the repo's pkg/ is left alone.
 * Returns the tarball's path, npm's report and the packed `.wasm`'s bytes.
 */
export async function packTarball(dest, pkgDir) {
  let from = ROOT;
  if (pkgDir) {
    from = await mkdtemp(join(dest, "stage-"));
    const manifest = JSON.parse(await readFile(`${ROOT}package.json`, "utf8"));
    await copyFile(`${ROOT}package.json`, join(from, "package.json"));
    for (const file of manifest.files) {
      const source = file.startsWith("pkg/") ? join(pkgDir, basename(file)) : ROOT + file;
      await cp(source, join(from, file));
    }
  }
  const { stdout } = await sh("npm", ["pack", "--json", "--pack-destination", dest], from);
  const [report] = JSON.parse(stdout.slice(stdout.indexOf("[")));
  const path = join(dest, report.filename);
  await sh("tar", ["-xzf", path, "package/pkg/bouton_3018_bg.wasm"], dest);
  const wasm = await readFile(join(dest, "package/pkg/bouton_3018_bg.wasm"));
  await rm(join(dest, "package"), { recursive: true, force: true });
  if (pkgDir) await rm(from, { recursive: true, force: true });
  return { path, report, wasm };
}

/** `text` without ANSI colour codes (tools colour their banners when `CI` is set). */
export const plain = (text) => text.replace(/\x1b\[[0-9;]*m/g, "");

/**
 * Starts a server process and resolves once its output (colours removed) contains `ready`.
 * `output()` is everything it printed so far; `stop()` ends it (and waits for its exit).
 */
export async function startProcess(cmd, args, { cwd, env = ENV, ready, timeout = 30_000 }) {
  const child = spawn(cmd, args, { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  const exited = new Promise((ok) => child.once("exit", ok));
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill();
    await exited;
  };
  try {
    await new Promise((ok, fail) => {
      const timer = setTimeout(() => fail(new Error(`\`${basename(cmd)} ${args.join(" ")}\` did not print ${ready} in ${timeout / 1000} s:\n${output}`)), timeout);
      const check = () => {
        if (plain(output).includes(ready)) {
          clearTimeout(timer);
          ok();
        }
      };
      child.stdout.on("data", check);
      child.stderr.on("data", check);
      child.once("exit", (code) => {
        clearTimeout(timer);
        fail(new Error(`\`${basename(cmd)} ${args.join(" ")}\` exited (${code}):\n${output}`));
      });
    });
  } catch (error) {
    await stop();
    throw error;
  }
  return { child, output: () => output, stop };
}

/** Asserts `dir/node_modules/bouton-3018` holds the packed wasm (not an older install). */
export async function assertInstalledWasm(dir, wasm, label) {
  const installed = await readFile(join(dir, "node_modules/bouton-3018/pkg/bouton_3018_bg.wasm"));
  assert.ok(wasm.equals(installed), `${label}: installed wasm = the packed one`);
}
