#!/usr/bin/env node
// A tiny static file server for the end-to-end tests (node:http, no dependencies).
//
//   import { startServer } from "./scripts/serve.mjs";
//   const { url, close } = await startServer({ root: ".", port: 0, headers: { "/page.html": { "Content-Security-Policy": "..." } } });
//
//   node scripts/serve.mjs [root=.] [port=8080]    # CLI; prints the URL
//
// - binds 127.0.0.1 only; port 0 (the default of startServer) = an ephemeral port;
// - `.wasm` is served as application/wasm (else the glue falls back to slower non-streaming
//   instantiation with a console warning), `.js`/`.mjs` as text/javascript;
// - `headers`: extra response headers per URL path (exact pathname), or `"*"` for every
//   response — e.g. a Content-Security-Policy for one test page;
// - `Cache-Control: no-store`, so a rebuilt dist/ is never served stale to a reused browser;
// - `/` and directories serve their index.html; nothing outside `root` is reachable;
// - `POST /csp-report` (a CSP `report-uri`) stores each report's JSON in the returned
//   `cspReports` array and answers 204 (bodies over 64 KB are cut);
// - `inject`: script URLs added as `<script src>` at the very start of every HTML page, before
//   the page's own scripts (what an init script does in Playwright, for every engine);
// - `fail`: URL paths whose requests fail as a network error would (the connection is dropped);
// - `delay`: `{ "/path": ms }` holds those responses that long (a slow network for one file);
// - `aliases`: `{ "/url/prefix/": "/some/dir" }` serves that prefix's files from that directory
//   instead (e.g. a deliberately broken build of pkg/);
// - `requests`: every request's path, in order, in the returned `requests` array.
import { createServer } from "node:http";
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { extname, join, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const MIME = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".txt": "text/plain; charset=utf-8",
  ".ts": "text/plain; charset=utf-8",
};

/**
 * @param {{ root?: string, port?: number, host?: string, headers?: Record<string, Record<string, string>>, inject?: string[], fail?: string[], delay?: Record<string, number>, aliases?: Record<string, string> }} [options]
 * @returns {Promise<{ url: string, port: number, cspReports: object[], requests: string[], close: () => Promise<void> }>}
 */
export async function startServer({ root = ".", port = 0, host = "127.0.0.1", headers = {}, inject = [], fail = [], delay = {}, aliases = {} } = {}) {
  const base = resolve(root);
  const cspReports = [];
  const requests = [];
  const injected = inject.map((src) => `<script src="${src}"></script>`).join("");
  const server = createServer(async (req, res) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      return send(res, 400, "bad request");
    }
    requests.push(pathname);
    if (fail.includes(pathname)) return req.socket.destroy();
    if (delay[pathname]) await new Promise((resolve) => setTimeout(resolve, delay[pathname]));
    const extra = { ...headers["*"], ...headers[pathname] };
    if (req.method === "POST" && pathname === "/csp-report") {
      let body = "";
      req.setEncoding("utf8");
      req.on("data", (chunk) => {
        if (body.length < 65536) body += chunk;
      });
      req.on("end", () => {
        try {
          cspReports.push(JSON.parse(body));
        } catch {
          cspReports.push({ unparsed: body });
        }
        res.writeHead(204, { "Cache-Control": "no-store" }).end();
      });
      return;
    }
    if (req.method !== "GET" && req.method !== "HEAD") return send(res, 405, "method not allowed", extra);
    const alias = Object.keys(aliases).find((prefix) => pathname.startsWith(prefix));
    const dir = alias ? resolve(aliases[alias]) : base;
    let file = resolve(join(dir, alias ? pathname.slice(alias.length) : pathname));
    if (file !== dir && !file.startsWith(dir + sep)) return send(res, 403, "forbidden", extra);
    try {
      let info = await stat(file);
      if (info.isDirectory()) {
        file = join(file, "index.html");
        info = await stat(file);
      }
      const type = MIME[extname(file).toLowerCase()] ?? "application/octet-stream";
      if (injected && type.startsWith("text/html")) {
        // Before everything, the doctype included: a script before `<!doctype html>` would put
        // the page in quirks mode, so it goes right after it.
        const html = await readFile(file, "utf8");
        const doctype = /^\s*<!doctype[^>]*>/i.exec(html)?.[0] ?? "";
        const body = Buffer.from(doctype + injected + html.slice(doctype.length));
        res.writeHead(200, { "Content-Type": type, "Content-Length": body.length, "Cache-Control": "no-store", ...extra });
        return res.end(req.method === "HEAD" ? undefined : body);
      }
      res.writeHead(200, {
        "Content-Type": type,
        "Content-Length": info.size,
        "Cache-Control": "no-store",
        ...extra,
      });
      if (req.method === "HEAD") return res.end();
      createReadStream(file).on("error", () => res.destroy()).pipe(res);
    } catch {
      send(res, 404, `not found: ${pathname}`, extra);
    }
  });
  await new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, ok);
  });
  const actual = server.address().port;
  return {
    url: `http://${host}:${actual}`,
    port: actual,
    cspReports,
    requests,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}

function send(res, status, text, extra = {}) {
  res.writeHead(status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...extra });
  res.end(text);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [root = ".", port = "8080"] = process.argv.slice(2);
  const { url } = await startServer({ root, port: Number(port) });
  console.log(`serving ${resolve(root)} at ${url}/ (Ctrl+C to stop)`);
}
