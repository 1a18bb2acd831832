// The three browser engines of the end-to-end suites, behind one small page API, so that each
// suite is written once and runs in Chromium, Firefox and WebKit (docs/accessibility.md,
// behaviour 20).
//
// - Chromium: Debian's /usr/bin/chromium through Playwright (playwright-core), as before. Its
//   page object *is* a Playwright page.
// - Firefox: Debian's firefox-esr through geckodriver (from `cargo install`, scripts/bootstrap.sh),
//   headless.
// - WebKit: Debian's WebKitGTK (the engine of Safari and of every iPhone browser) — its
//   MiniBrowser through WebKitWebDriver, on a private Xvfb display (MiniBrowser has no headless
//   mode).
// Firefox and WebKit are driven over W3C WebDriver by selenium-webdriver (a maintained client,
// pointed at the driver we start: it never downloads a driver or a browser). Their pages are a
// `WebDriverPage`, which offers the subset of Playwright's page API the suites use: `goto`,
// `evaluate`, `waitForFunction`, `waitForTimeout`, `keyboard.press`, `mouse.move/click/wheel`,
// `setViewportSize`, `screenshot`, `bringToFront`, `close`.
//
// What only Chromium can do here says so where it is used: the accessibility tree over CDP
// (`tab.cdp`), touch input and `isMobile` emulation (`tab.touch`), media emulation
// (`tab.emulateMedia`: reduced motion, forced colours, colour scheme). Elsewhere the "phone" is
// its viewport (390×844 CSS px, exact: see `WebDriverPage.setViewportSize`).
//
// `E2E_ENGINES=webkit` (comma-separated) runs a subset; the default is all three.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { Builder, Key } from "selenium-webdriver";

export const ALL_ENGINES = ["chromium", "firefox", "webkit"];
export const ENGINES = (process.env.E2E_ENGINES ?? ALL_ENGINES.join(","))
  .split(",")
  .map((e) => e.trim())
  .filter(Boolean);
for (const e of ENGINES) if (!ALL_ENGINES.includes(e)) throw new Error(`E2E_ENGINES: unknown engine "${e}" (expected ${ALL_ENGINES.join(", ")})`);

export const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
const GECKODRIVER = process.env.GECKODRIVER ?? `${process.env.HOME}/.cargo/bin/geckodriver`;
const MINIBROWSER = process.env.MINIBROWSER ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
const WEBKITDRIVER = process.env.WEBKITDRIVER ?? "/usr/bin/WebKitWebDriver";
/** The time zone every engine runs in (Chromium per context, the others by `TZ`). */
export const TIME_ZONE = "Europe/Paris";

/** The Firefox prefs of webdriver.json (offline: no update, telemetry or safe-browsing calls). */
const FIREFOX_PREFS = JSON.parse(readFileSync(new URL("../../webdriver.json", import.meta.url), "utf8"))["moz:firefoxOptions"].prefs;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts `command`, returns the child; its output is kept for error messages. */
function start(command, args, env) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  child.output = "";
  const keep = (chunk) => {
    child.output = (child.output + chunk).slice(-4000);
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  child.on("error", (error) => keep(String(error)));
  return child;
}

async function stop(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  if (await Promise.race([exited.then(() => true), sleep(3000).then(() => false)])) return;
  child.kill("SIGKILL");
  await exited;
}

/** An Xvfb display of its own (`-displayfd` makes Xvfb pick a free display number). */
async function startXvfb() {
  const child = spawn("Xvfb", ["-displayfd", "3", "-nolisten", "tcp", "-screen", "0", "1920x1200x24"], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  const display = await new Promise((resolve, reject) => {
    let text = "";
    const timer = setTimeout(() => reject(new Error("Xvfb did not report a display in 10 s (apt-get install xvfb)")), 10_000);
    child.stdio[3].on("data", (chunk) => {
      text += chunk;
      if (text.includes("\n")) {
        clearTimeout(timer);
        resolve(`:${text.trim()}`);
      }
    });
    child.once("error", (error) => reject(new Error(`Xvfb: ${error.message} (apt-get install xvfb)`)));
  });
  return { child, display };
}

/**
 * Gives MiniBrowser's X window the keyboard focus. Xvfb runs no window manager, so nothing else
 * would: WebKit then reports `document.hasFocus()` false and matches neither `:focus` nor
 * `:focus-visible` (it does so only in the active window, as Safari does).
 */
async function focusWindows(display) {
  const env = { ...process.env, DISPLAY: display };
  for (let i = 0; i < 100; i++) {
    const ids = spawnSync("xdotool", ["search", "--onlyvisible", "--class", "MiniBrowser"], { env, encoding: "utf8" });
    if (ids.error) throw new Error(`xdotool: ${ids.error.message} (apt-get install xdotool)`);
    const windows = ids.stdout.split(/\s+/).filter(Boolean);
    if (windows.length) {
      for (const id of windows) spawnSync("xdotool", ["windowfocus", id], { env });
      return;
    }
    await sleep(50);
  }
  throw new Error("xdotool found no MiniBrowser window to focus");
}

/** Polls `url` until a WebDriver server answers its status endpoint. */
async function waitForDriver(url, child, name) {
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`${name} exited: ${child.output}`);
    try {
      const response = await fetch(`${url}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(50);
  }
  throw new Error(`${name} did not start: ${child.output}`);
}

/**
 * Launches one engine. Returns `{ name, label, version, newTab(options), close() }`.
 * `newTab({ viewport, touch })` opens a fresh page: in Chromium a new browser context (its own
 * cookies, viewport, touch); in Firefox and WebKit a new window of the engine's one WebDriver
 * session (viewport set per page).
 */
export async function launchEngine(name) {
  if (name === "chromium") return launchChromium();
  return launchWebDriver(name);
}

async function launchChromium() {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    name: "chromium",
    label: "Chromium",
    version: browser.version(),
    browser,
    /**
     * @param {{ viewport?: {width: number, height: number}, touch?: boolean, reducedMotion?: string }} [options]
     */
    async newTab({ viewport = { width: 1280, height: 900 }, touch = false, ...rest } = {}) {
      const context = await browser.newContext({
        viewport,
        hasTouch: touch,
        isMobile: touch,
        timezoneId: TIME_ZONE,
        ...rest,
      });
      const page = await context.newPage();
      const tab = chromiumTab(context, page);
      tab.touch = touch;
      return tab;
    },
    close: () => browser.close(),
  };
}

function chromiumTab(context, page) {
  const consoleErrors = [];
  const pageErrors = [];
  page.on("console", (msg) => {
    if (msg.type() === "error") consoleErrors.push(msg.text());
  });
  page.on("pageerror", (error) => pageErrors.push(String(error?.stack ?? error)));
  const tab = {
    engine: "chromium",
    context,
    page,
    consoleErrors,
    pageErrors,
    /** Another page of the same context (same viewport and emulation). */
    async newPage() {
      const other = chromiumTab(context, await context.newPage());
      other.touch = tab.touch;
      return other;
    },
    /** The accessibility tree over CDP (Chromium only). */
    async cdpSession() {
      return context.newCDPSession(page);
    },
    emulateMedia: (media) => page.emulateMedia(media),
    tap: (x, y) => page.touchscreen.tap(x, y),
    close: () => context.close(),
    closePage: () => page.close(),
  };
  return tab;
}

async function launchWebDriver(name) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const scratch = mkdtempSync(join(tmpdir(), `bouton3018-${name}-`));
  let xvfb;
  let driverProcess;
  let capabilities;
  if (name === "firefox") {
    // A profile of our own: offline prefs, and a userChrome.css that hides the toolbars and lifts
    // the window's minimum width, so the viewport can be a phone's (320 or 390 CSS px wide).
    const profile = join(scratch, "profile");
    mkdirSync(join(profile, "chrome"), { recursive: true });
    writeFileSync(
      join(profile, "chrome", "userChrome.css"),
      ":root, #main-window, #navigator-toolbox, #nav-bar, #TabsToolbar, toolbar, #browser { min-width: 0 !important; }\n" +
        "#navigator-toolbox { display: none !important; }\n",
    );
    const prefs = { ...FIREFOX_PREFS, "toolkit.legacyUserProfileCustomizations.stylesheets": true };
    writeFileSync(join(profile, "user.js"), Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`).join(""));
    driverProcess = start(GECKODRIVER, [`--port=${port}`, "--host=127.0.0.1"], { TZ: TIME_ZONE, MOZ_HEADLESS: "1" });
    capabilities = { browserName: "firefox", "moz:firefoxOptions": { binary: FIREFOX, args: ["-headless", "-profile", profile] } };
  } else {
    // GTK's own CSS shrinks MiniBrowser's toolbar so that the window can be as narrow as a phone;
    // the page's content is not affected (WebKit renders it, not GTK).
    const config = join(scratch, "config");
    mkdirSync(join(config, "gtk-3.0"), { recursive: true });
    writeFileSync(
      join(config, "gtk-3.0", "gtk.css"),
      "* { font-size: 1px; min-width: 0; min-height: 0; padding: 0; margin: 0; border-width: 0; -gtk-icon-transform: scale(0.1); }\n",
    );
    xvfb = await startXvfb();
    driverProcess = start(WEBKITDRIVER, [`--port=${port}`], {
      DISPLAY: xvfb.display,
      TZ: TIME_ZONE,
      XDG_CONFIG_HOME: config,
      // No accessibility bus here: keep GTK from looking for one.
      NO_AT_BRIDGE: "1",
    });
    capabilities = { browserName: "MiniBrowser", "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] } };
  }
  const cleanUp = async () => {
    await stop(driverProcess);
    await stop(xvfb?.child);
    rmSync(scratch, { recursive: true, force: true });
  };
  let driver;
  try {
    await waitForDriver(url, driverProcess, name === "firefox" ? "geckodriver" : "WebKitWebDriver");
    driver = await new Builder().usingServer(url).withCapabilities(capabilities).build();
    await driver.manage().setTimeouts({ script: 60_000, pageLoad: 60_000 });
  } catch (error) {
    await cleanUp();
    throw error;
  }
  if (xvfb) await focusWindows(xvfb.display);
  const caps = await driver.getCapabilities();
  const session = { driver, current: await driver.getWindowHandle(), spare: true, display: xvfb?.display };
  return {
    name,
    label: name === "firefox" ? "Firefox" : "WebKit",
    display: xvfb?.display,
    version: `${caps.get("browserName")} ${caps.get("browserVersion")}`,
    driver,
    async newTab({ viewport = { width: 1280, height: 900 } } = {}) {
      const page = await WebDriverPage.open(session, viewport);
      const tab = {
        engine: name,
        page,
        touch: false,
        consoleErrors: [],
        pageErrors: [],
        async newPage() {
          const other = await WebDriverPage.open(session, page.viewport);
          return { ...tab, page: other, consoleErrors: [], pageErrors: [], close: () => other.close(), closePage: () => other.close() };
        },
        close: () => page.close(),
        closePage: () => page.close(),
      };
      return tab;
    },
    async close() {
      try {
        await driver.quit();
      } finally {
        await cleanUp();
      }
    },
  };
}

/** Playwright's key names (as the suites write them) → WebDriver keys. */
const KEYS = { Tab: Key.TAB, Shift: Key.SHIFT, Escape: Key.ESCAPE, Enter: Key.ENTER, Control: Key.CONTROL, Alt: Key.ALT, Space: Key.SPACE };

/**
 * A page (a window of the engine's WebDriver session) with the subset of Playwright's page API
 * the suites use. Commands switch the session to this page's window first, so several pages
 * can be used in turn (the soak page of the accessibility suite).
 */
export class WebDriverPage {
  static async open(session, viewport) {
    let handle;
    if (session.spare) {
      // The session's first window is the first page.
      session.spare = false;
      handle = session.current;
    } else {
      await session.driver.switchTo().newWindow("tab");
      handle = await session.driver.getWindowHandle();
      session.current = handle;
      if (session.display) await focusWindows(session.display);
    }
    const page = new WebDriverPage(session, handle);
    await page.setViewportSize(viewport);
    return page;
  }

  constructor(session, handle) {
    this.session = session;
    this.handle = handle;
    this.pointer = { x: 0, y: 0 };
    const page = this;
    this.keyboard = {
      /** `"Tab"`, `"Shift+Tab"`, `"Escape"`, `"Enter"`… */
      async press(combo) {
        const keys = combo.split("+").map((k) => KEYS[k] ?? k);
        const driver = await page.use();
        const perform = () => {
          let actions = driver.actions();
          for (const k of keys) actions = actions.keyDown(k);
          for (const k of [...keys].reverse()) actions = actions.keyUp(k);
          return actions.perform();
        };
        try {
          await perform();
        } catch (error) {
          // WebKitWebDriver has answered a key action with an error and no message, once in a CI
          // run, right after the session switched back from another window (the accessibility
          // suite's soak page). A driver error, not a page's: release the input state, retry once.
          if (error?.name !== "WebDriverError" || error.message) throw error;
          await driver.actions().clear();
          await sleep(100);
          await perform();
        }
      },
    };
    this.mouse = {
      async move(x, y) {
        const driver = await page.use();
        page.pointer = { x: Math.round(x), y: Math.round(y) };
        await driver.actions().move({ x: page.pointer.x, y: page.pointer.y, origin: "viewport" }).perform();
      },
      async click(x, y) {
        const driver = await page.use();
        page.pointer = { x: Math.round(x), y: Math.round(y) };
        await driver.actions().move({ x: page.pointer.x, y: page.pointer.y, origin: "viewport" }).press().release().perform();
      },
      async wheel(deltaX, deltaY) {
        const driver = await page.use();
        await driver.actions().scroll(page.pointer.x, page.pointer.y, Math.round(deltaX), Math.round(deltaY)).perform();
      },
    };
  }

  /** The driver, switched to this page's window. */
  async use() {
    if (this.session.current !== this.handle) {
      await this.session.driver.switchTo().window(this.handle);
      this.session.current = this.handle;
    }
    return this.session.driver;
  }

  async goto(url) {
    const driver = await this.use();
    await driver.get(url);
  }

  /**
   * Runs `fn(arg)` in the page (awaiting a returned promise, as WebDriver's Execute Script
   * does) and returns its JSON value; a string is run as a script body.
   */
  async evaluate(fn, arg) {
    const driver = await this.use();
    if (typeof fn === "string") return driver.executeScript(fn);
    return driver.executeScript(`return (${fn}).apply(null, arguments);`, arg);
  }

  /** Polls `fn(arg)` until it returns a truthy value (every `polling` ms, 50 by default). */
  async waitForFunction(fn, arg, { timeout = 30_000, polling = 50 } = {}) {
    const deadline = Date.now() + timeout;
    for (;;) {
      const value = await this.evaluate(fn, arg);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`waitForFunction timed out after ${timeout} ms: ${String(fn).slice(0, 200)}`);
      await sleep(polling);
    }
  }

  waitForTimeout(ms) {
    return sleep(ms);
  }

  /**
   * Makes the page's viewport (`innerWidth` × `innerHeight`) exactly `width` × `height` CSS px:
   * WebDriver sizes the outer window, so the browser's own frame is measured and added.
   */
  async setViewportSize({ width, height }) {
    const driver = await this.use();
    const window = driver.manage().window();
    const measure = () => driver.executeScript("return [innerWidth, innerHeight, outerWidth, outerHeight]");
    let [innerWidth, innerHeight, outerWidth, outerHeight] = await measure();
    const tried = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      if (innerWidth === width && innerHeight === height) {
        this.viewport = { width, height };
        return;
      }
      // The frame (toolbar, borders) around the viewport, as the browser reports it now.
      const target = {
        width: Math.max(1, Math.round(width + outerWidth - innerWidth)),
        height: Math.max(1, Math.round(height + outerHeight - innerHeight)),
      };
      tried.push(`${target.width}×${target.height}`);
      await window.setRect(target);
      // The window manager-less resize lands a little later in WebKit: wait until the viewport
      // is the one asked for, or has stopped changing (three equal readings 50 ms apart).
      let last = "";
      for (let same = 0, i = 0; i < 40 && same < 3; i++) {
        [innerWidth, innerHeight, outerWidth, outerHeight] = await measure();
        if (innerWidth === width && innerHeight === height) break;
        const now = `${innerWidth}×${innerHeight}×${outerWidth}×${outerHeight}`;
        same = now === last ? same + 1 : 0;
        last = now;
        await sleep(50);
      }
    }
    throw new Error(`could not make the viewport ${width}×${height} (got ${innerWidth}×${innerHeight}; windows tried: ${tried.join(", ")})`);
  }

  async screenshot({ path }) {
    const driver = await this.use();
    const png = Buffer.from(await driver.takeScreenshot(), "base64");
    if (path) writeFileSync(path, png);
    return png;
  }

  async bringToFront() {
    await this.use();
  }

  async close() {
    const driver = this.session.driver;
    const handles = await driver.getAllWindowHandles();
    if (handles.length > 1 && handles.includes(this.handle)) {
      await this.use();
      await driver.close();
      const [next] = handles.filter((h) => h !== this.handle);
      await driver.switchTo().window(next);
      this.session.current = next;
    } else {
      // The session's last window stays (closing it would end the session): blank it instead,
      // and let the next page take it.
      await this.goto("about:blank");
      this.session.spare = true;
    }
  }
}
