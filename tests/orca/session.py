"""One private desktop for one scenario: an X display, a session bus, the accessibility bus,
Orca speaking into a transcript, and one browser window; torn down completely afterwards.

Nothing is shared between two sessions or with the machine: each has its own temporary folder
holding HOME, XDG_RUNTIME_DIR, XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME, the bus socket,
the browser profile, Orca's preferences and the transcript. Xvfb picks a free display itself
(`-displayfd`). The recipe and its pitfalls are in docs/accessibility.md ("How the screen-reader
tests run").

Every wait is on a condition (a line in the transcript, a name on the bus, a window on the
display), each with a deadline that turns into a failure naming what did not happen.
"""

import json
import os
import shutil
import signal
import subprocess
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

#: Browsers under test: Debian's packages, never a downloaded build.
FIREFOX = os.environ.get("FIREFOX", "/usr/bin/firefox-esr")
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")

#: Firefox preferences: no first-run page, no update or telemetry traffic, nothing that talks
#: to the network on its own (the same list as webdriver.json). `accessibility.force_disabled`
#: is never set: Orca must be able to turn accessibility on.
FIREFOX_PREFS = {
    "app.update.auto": False,
    "app.update.enabled": False,
    "browser.shell.checkDefaultBrowser": False,
    "browser.startup.homepage_override.mstone": "ignore",
    "browser.aboutwelcome.enabled": False,
    "browser.startup.firstrunSkipsHomepage": True,
    "browser.tabs.warnOnClose": False,
    "browser.sessionstore.resume_from_crash": False,
    "browser.safebrowsing.malware.enabled": False,
    "browser.safebrowsing.phishing.enabled": False,
    "browser.safebrowsing.downloads.enabled": False,
    "browser.safebrowsing.provider.mozilla.updateURL": "",
    "datareporting.policy.dataSubmissionEnabled": False,
    "datareporting.healthreport.uploadEnabled": False,
    "toolkit.telemetry.enabled": False,
    "toolkit.telemetry.reportingpolicy.firstRun": False,
    "network.captive-portal-service.enabled": False,
    "network.connectivity-service.enabled": False,
    "extensions.update.enabled": False,
    "extensions.getAddons.cache.enabled": False,
    "services.settings.server": "",
    "browser.region.network.url": "",
    "media.gmp-manager.url": "",
    "privacy.sanitize.sanitizeOnShutdown": False,
    # No hidden preloaded "New Tab" page (Orca would announce it loading).
    "browser.newtab.preload": False,
}

#: Chromium flags: the renderer's accessibility tree on from the start (AT-SPI reads it), no
#: translate bubble (Orca would speak it), no first-run UI, no background network.
CHROMIUM_FLAGS = [
    "--force-renderer-accessibility",
    "--disable-features=Translate,TranslateUI",
    "--no-first-run",
    "--no-default-browser-check",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-quic",
    "--password-store=basic",
    "--window-position=0,0",
    "--window-size=1280,900",
]

#: Chromium profile preferences.
CHROMIUM_PREFS = {"translate": {"enabled": False}, "browser": {"has_seen_welcome_page": True}}


class SessionError(AssertionError):
    """A step of the session did not happen in time (the message says which)."""


class Session:
    """Start with `with Session(browser) as s:`; `s.open(url, title)` loads a page and waits until
    Orca said it finished loading; `s.key("Tab")`; `s.transcript()`; `s.wait_for(...)`."""

    def __init__(self, browser, keep=False):
        if browser not in ("firefox", "chromium"):
            raise ValueError(f"unknown browser {browser!r}")
        self.browser = browser
        self.keep = keep
        self.dir = Path(tempfile.mkdtemp(prefix=f"bouton3018-orca-{browser}-"))
        self.transcript_path = self.dir / "transcript.txt"
        self.env = None
        self._procs = []  # (name, Popen), in start order
        self._orca_log = None

    # -- life cycle ---------------------------------------------------------------------------

    def __enter__(self):
        try:
            self._start_desktop()
        except BaseException:
            self.close()
            raise
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def _spawn(self, name, argv, **kwargs):
        log = open(self.dir / f"{name}.log", "wb")
        proc = subprocess.Popen(
            argv, env=self.env, cwd=self.dir, stdout=kwargs.pop("stdout", log), stderr=log,
            stdin=subprocess.DEVNULL, start_new_session=True, **kwargs,
        )
        self._procs.append((name, proc))
        return proc

    def _start_desktop(self):
        d = self.dir
        for sub in ("home", "runtime", "config", "data", "cache", "orca", "profile"):
            (d / sub).mkdir(mode=0o700)
        self.env = {
            "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
            "HOME": str(d / "home"),
            "XDG_RUNTIME_DIR": str(d / "runtime"),
            "XDG_CONFIG_HOME": str(d / "config"),
            "XDG_DATA_HOME": str(d / "data"),
            "XDG_CACHE_HOME": str(d / "cache"),
            # Orca's messages and role names in English, whatever the machine's locale.
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "NO_AT_BRIDGE": "0",
            "ORCA_TRANSCRIPT": str(self.transcript_path),
            "PYTHONPATH": str(HERE),
            "PYTHONDONTWRITEBYTECODE": "1",  # no __pycache__ in the repo
            # The session marker: every process of this session inherits it, which is how
            # teardown finds the bus-activated helpers (see `_sweep`).
            "BOUTON3018_ORCA_SESSION": str(d),
        }
        self.transcript_path.touch()

        # 1. X display. Xvfb writes the display number it picked to the pipe once it is ready.
        read_fd, write_fd = os.pipe()
        self._spawn("xvfb", ["Xvfb", "-displayfd", str(write_fd), "-nolisten", "tcp", "-screen", "0", "1280x900x24"],
                    pass_fds=(write_fd,))
        os.close(write_fd)
        number = _read_line(read_fd, 20, "Xvfb did not report a display")
        self.env["DISPLAY"] = f":{number}"

        # 2. Session bus; it prints its address once it listens.
        bus = self._spawn(
            "dbus",
            ["dbus-daemon", "--session", f"--address=unix:path={d}/bus", "--nofork", "--nopidfile", "--print-address=1"],
            stdout=subprocess.PIPE,
        )
        address = _read_line(bus.stdout.fileno(), 20, "dbus-daemon did not print its address")
        self.env["DBUS_SESSION_BUS_ADDRESS"] = address

        # 3. The accessibility bus, then "accessibility is on" for every toolkit.
        self._spawn("atspi", ["/usr/libexec/at-spi-bus-launcher", "--launch-immediately"])
        self._until(lambda: self._gdbus("org.a11y.Bus", "/org/a11y/bus", "org.a11y.Bus.GetAddress") is not None,
                    20, "the accessibility bus (org.a11y.Bus) never appeared")
        self._gdbus("org.a11y.Bus", "/org/a11y/bus", "org.freedesktop.DBus.Properties.Set",
                    "org.a11y.Status", "IsEnabled", "<true>")

        # 4. Orca, speaking into the transcript (tests/orca/transcript_speech.py).
        prefs = d / "orca"
        (prefs / "user-settings.conf").write_text(json.dumps(_orca_settings(), indent=2))
        self._spawn("orca", ["orca", "--replace", "-u", str(prefs)])
        self.wait_for(lambda line: line == "say: Screen reader on.", 30, "Orca never said 'Screen reader on.'")

    def open(self, url, title, timeout=60):
        """Starts the browser on `url` and waits for Orca's "Finished loading <title>." line."""
        profile = self.dir / "profile"
        if self.browser == "firefox":
            (profile / "user.js").write_text(
                "".join(f'user_pref("{k}", {json.dumps(v)});\n' for k, v in FIREFOX_PREFS.items())
            )
            argv = [FIREFOX, "--new-instance", "--no-remote", "--profile", str(profile), "--width", "1280",
                    "--height", "900", url]
        else:
            # Translation off in the profile too: the flag alone still let Chromium 156 offer
            # "Translate this page?" (an alert Orca reads) for a page in another language.
            (profile / "Default").mkdir()
            (profile / "Default" / "Preferences").write_text(json.dumps(CHROMIUM_PREFS))
            argv = [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", url]
        self._spawn("browser", argv)
        self.wait_for(lambda line: line == f"say: Finished loading {title}.", timeout,
                      f"Orca never said 'Finished loading {title}.'")
        self._await_browser_window()

    def _await_browser_window(self):
        """Waits until the browser's window is on the display. Keys then reach it without
        anyone giving it the focus: with no window manager, the X server's focus is PointerRoot
        (keys go to the window under the pointer, which Xvfb starts at the centre of the
        screen, inside the 1280×900 window), and Chromium takes the focus itself. Focusing the
        window from here (`xdotool windowfocus`) made Firefox deactivate and reactivate it, and
        a Tab pressed meanwhile was lost (Orca said the frame instead of the page's button)."""
        browser = dict(self._procs)["browser"]

        def shown():
            out = self._run(["xdotool", "search", "--onlyvisible", "--pid", str(browser.pid), "--name", "."])
            return bool(out and out.split())

        self._until(shown, 20, "the browser window never showed on the display")

    def close(self):
        """Stops everything this session started, then every process carrying its marker."""
        for name, proc in reversed(self._procs):
            _stop(proc, grace=2.0 if name == "orca" else 3.0)
        self._sweep()
        if not self.keep:
            shutil.rmtree(self.dir, ignore_errors=True)

    def _sweep(self):
        """Kills the helpers the buses started for this session (at-spi2-registryd, the
        accessibility bus's own dbus-daemon, dconf), found by the session marker in their
        environment: they were started on this session's behalf, by its own buses."""
        marker = f"BOUTON3018_ORCA_SESSION={self.dir}".encode()
        for _ in range(2):
            pids = []
            for entry in Path("/proc").iterdir():
                if not entry.name.isdigit() or int(entry.name) == os.getpid():
                    continue
                try:
                    environ = (entry / "environ").read_bytes()
                except OSError:
                    continue
                if marker in environ.split(b"\0"):
                    pids.append(int(entry.name))
            if not pids:
                return
            for pid in pids:
                try:
                    os.kill(pid, signal.SIGKILL)
                except ProcessLookupError:
                    pass
            time.sleep(0.2)

    # -- driving --------------------------------------------------------------------------------

    def key(self, *keys):
        """Presses keys on the focused X window (`xdotool key` names: Tab, shift+Tab, Return,
        Escape)."""
        self._run(["xdotool", "key", "--clearmodifiers", *keys], check=True)

    def transcript(self):
        """The transcript's lines so far."""
        return self.transcript_path.read_text(encoding="utf-8").splitlines()

    def mark(self):
        """The transcript's current length, to read only what comes after."""
        return len(self.transcript())

    def wait_for(self, predicate, timeout, what, since=0):
        """Waits until a transcript line after `since` satisfies `predicate`; returns its index."""
        found = []

        def check():
            for i, line in enumerate(self.transcript()[since:], start=since):
                if predicate(line):
                    found.append(i)
                    return True
            return False

        self._until(check, timeout, what)
        return found[0]

    def wait_quiet(self, quiet=1.0, timeout=15, since=0):
        """Waits until the transcript has not grown for `quiet` seconds (Orca has finished
        speaking for now); fails if it keeps talking for `timeout` seconds."""
        deadline = time.monotonic() + timeout
        size, changed = -1, time.monotonic()
        while True:
            now = time.monotonic()
            current = self.transcript_path.stat().st_size
            if current != size:
                size, changed = current, now
            elif now - changed >= quiet:
                return self.transcript()[since:]
            if now > deadline:
                raise SessionError(f"Orca kept talking for {timeout} s")
            time.sleep(0.05)

    def _until(self, condition, timeout, what):
        deadline = time.monotonic() + timeout
        while not condition():
            for name, proc in self._procs:
                if proc.poll() is not None and name != "atspi":
                    raise SessionError(f"{what}: {name} exited with {proc.returncode} ({self._log_tail(name)})")
            if time.monotonic() > deadline:
                raise SessionError(f"{what} within {timeout} s")
            time.sleep(0.05)

    def _log_tail(self, name):
        try:
            return (self.dir / f"{name}.log").read_text(errors="replace")[-600:].strip()
        except OSError:
            return ""

    def _run(self, argv, check=False):
        result = subprocess.run(argv, env=self.env, capture_output=True, text=True, timeout=30)
        if check and result.returncode != 0:
            raise SessionError(f"{' '.join(argv)} failed: {result.stderr.strip()}")
        return result.stdout if result.returncode == 0 else None

    def _gdbus(self, dest, path, method, *args):
        return self._run(["gdbus", "call", "--session", "--dest", dest, "--object-path", path, "--method", method, *args])


def _orca_settings():
    """Orca's preferences: speech into the transcript, no braille, no sounds, default profile."""
    general = {
        "speechServerFactory": "transcript_speech",
        "speechServerInfo": None,
        "enableSpeech": True,
        "enableBraille": False,
        "enableSound": False,
        "enableTutorialMessages": False,
        # Not read aloud on load: the harness waits for the report button's own focus line.
        "sayAllOnLoad": False,
        "pageSummaryOnLoad": False,
        "startingProfile": ["Default", "default"],
        "activeProfile": ["Default", "default"],
        "profile": ["Default", "default"],
    }
    return {
        "general": general,
        "profiles": {"default": {"profile": ["Default", "default"], "pronunciations": {}, "keybindings": {}}},
        "pronunciations": {},
        "keybindings": {},
    }


def _read_line(fd, timeout, what):
    """Reads one line from `fd` (a pipe) within `timeout` seconds."""
    import select

    data = b""
    deadline = time.monotonic() + timeout
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            raise SessionError(f"{what} within {timeout} s")
        chunk = os.read(fd, 256)
        if not chunk:
            raise SessionError(f"{what} (pipe closed)")
        data += chunk
    return data.decode().strip()


def _stop(proc, grace):
    """TERM to the process group, KILL after `grace` seconds (Orca ignores TERM while idle)."""
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(5)
