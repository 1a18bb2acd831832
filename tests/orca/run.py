#!/usr/bin/env python3
"""The screen-reader suite: Orca reads the widget in Firefox ESR and Chromium, and what it says
is asserted (docs/accessibility.md, "What is heard").

    python3 tests/orca/run.py                      # every scenario, both browsers (make test-orca)
    python3 tests/orca/run.py --only flip          # scenarios whose name contains "flip"
    python3 tests/orca/run.py --browser firefox --repeat 20
    python3 tests/orca/run.py --transcripts tests/orca/transcripts   # keep what was heard

Needs `make build` (pkg/, dist/). Each scenario gets its own private desktop (session.py); they
run one after the other. The output is TAP-like: one `ok`/`not ok` line per scenario and
browser (with the words Orca said on open), a failure's message and the transcript; then, per
easy-register scenario and browser, one `opening words` line comparing what Orca said on open
with its standard twin's (at most half: scenarios.py, `twin`); and a summary with pass rates and
timings. `--only` also runs the twin of an easy scenario it selects. Exit status 1 if any line
is `not ok`.
"""

import argparse
import json
import re
import signal
import subprocess
import sys
import time
import traceback
from pathlib import Path
from urllib.parse import urlencode

sys.dont_write_bytecode = True  # no __pycache__ in the repo
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))

from scenarios import EASY_SHARE, SCENARIOS  # noqa: E402
from session import Session, SessionError  # noqa: E402

BROWSERS = ("firefox", "chromium")
BUTTON = "push button"
#: Built files the pages load: fail loudly, never skip, when they are missing.
BUILT = ["pkg/bouton_3018.js", "pkg/bouton_3018_bg.wasm", "dist/bouton-3018.js", "dist/bouton-3018.mjs"]
#: How long Orca may take to say something after a key press (a busy 2-core machine included).
SPEECH_TIMEOUT = 15
#: How long the first Tab's announcement is waited for before the tree is asked where the focus is.
TAB_TIMEOUT = 6
#: Orca has finished speaking for now when nothing new came for this long.
QUIET = 0.6


def clean(text):
    """Whitespace as the transcript writes it: any run (no-break spaces included) is one space."""
    return " ".join(text.split())


def slug(name):
    """A scenario's name as a file name: `npm·instagram·fr·flip 23:00` -> `npm-instagram-fr-flip-2300`."""
    return re.sub(r"[^a-z0-9]+", "-", name.replace(":", "").lower()).strip("-")


def said(line):
    return line[len("say: "):] if line.startswith("say: ") else None


def words(text):
    """Words as scripts/readability.py counts them: the tokens that hold a letter or a digit."""
    return [t for t in text.split() if any(c.isalnum() for c in t)]


def opening_words(transcript):
    """The words Orca says from the Return that opens the dialog (the first Return: the report
    button's) up to the next key, the first Tab in a scenario with a Tab round. Every line Orca
    says in between counts: the dialog's text, then its description."""
    if "key: return" not in transcript:
        return None
    start = transcript.index("key: return") + 1
    end = next((i for i in range(start, len(transcript)) if transcript[i].startswith("key: ")), len(transcript))
    return len(words(" ".join(said(line) or "" for line in transcript[start:end])))


class Scenario:
    """Plays one scenario in one session and asserts what Orca says."""

    def __init__(self, session, sc, url):
        self.s = session
        self.sc = sc
        self.url = url
        #: Checks this scenario does not make, and why (printed loudly).
        self.skipped = []

    def play(self):
        s, sc = self.s, self.sc
        query = urlencode(sc["query"])
        s.open(f"{self.url}/tests/orca/pages/report.html?{query}", sc["page"])
        report = f"{sc['report']} push button."
        # A keyboard user: Tab to the report button (the page's only control), Orca says it.
        s.wait_quiet(QUIET)
        start = s.mark()
        s.key("Tab")
        try:
            s.wait_for(lambda line: said(line) == report, TAB_TIMEOUT, "", since=start)
        except SessionError:
            # Set-up, not the widget: once in CI (Firefox) the Tab was followed by no speech at
            # all, a key lost while Firefox activated its window. Only if the tree shows the
            # focus is not on the report button, the Tab is pressed once more; anything else
            # still fails below, with the transcript.
            focused = self.tree()["focused"]
            if focused and focused.get("name") == sc["report"]:
                # The focus is on it (Firefox put it there while loading): Orca must have said so.
                assert any(said(line) == report for line in s.transcript()), (
                    f"the focus is on {sc['report']!r} but Orca never said {report!r}"
                )
            else:
                start = s.mark()
                s.key("Tab")
                s.wait_for(lambda line: said(line) == report, SPEECH_TIMEOUT,
                           f"Tab to the report button: {report!r} not heard after a second Tab (focus was on {focused})",
                           since=start)
        s.wait_quiet(QUIET)

        self.opened()
        self.tree_after_open()
        if sc["flip"]:
            self.flip()
        if sc["tab_round"]:
            self.tab_round()
        self.close(report)

    # -- the steps -------------------------------------------------------------------------------

    def opened(self):
        """Return on the report button: the title, the first sentence and the line's state are
        heard, in that order, before the main action if it is heard too; nothing cuts them off."""
        s, sc = self.s, self.sc
        start = s.mark()
        s.key("Return")
        expected = [clean(t) for t in sc["on_open"]]
        try:
            s.wait_for(lambda line: expected[0] in (said(line) or ""), SPEECH_TIMEOUT,
                       f"the title {expected[0]!r} was not heard", since=start)
        except SessionError as err:
            heard = s.wait_quiet(QUIET, since=start)
            raise AssertionError(f"on open: {err}; heard: {heard}") from None
        heard = s.wait_quiet(QUIET * 2, since=start)
        self.opening = heard
        # Everything heard from the title on, in one string, in order.
        first = next(i for i, line in enumerate(heard) if expected[0] in (said(line) or ""))
        after_title = heard[first:]
        assert "stop" not in after_title, f"on open: speech was cut off after the title: {heard}"
        spoken = " ".join(said(line) or "" for line in after_title)
        position = -1
        for text in expected:
            found = spoken.find(text, position + 1)
            assert found > position, f"on open: {text!r} not heard after what came before it; heard: {heard}"
            position = found
        main = spoken.find(clean(sc["main"]))
        if main >= 0:
            head = spoken[:main]
            for text in expected:
                assert text in head, f"on open: {text!r} not heard before the main action {sc['main']!r}: {heard}"

    def tree_after_open(self):
        """The accessibility tree (AT-SPI) right after opening: one dialog, modal, named by its
        title, described by its first sentence; the focus on the dialog itself."""
        tree = self.tree()
        want = self.sc["dialog"]
        dialogs = tree["dialogs"]
        assert [d["role"] for d in dialogs] == ["dialog"], f"AT-SPI: one dialog (got {dialogs})"
        dialog = dialogs[0]
        assert "modal" in dialog["states"], f"AT-SPI: the dialog is modal (states {dialog['states']})"
        assert clean(dialog["name"]) == clean(want["name"]), f"AT-SPI: dialog name {dialog['name']!r}"
        if want["description"]:
            assert clean(dialog["description"]).startswith(clean(want["description"])), (
                f"AT-SPI: dialog description {dialog['description']!r}"
            )
        focused = tree["focused"]
        assert focused and focused["role"] == "dialog" and focused["name"] == dialog["name"], (
            f"AT-SPI: the focus is on the dialog itself (got {focused})"
        )
        self.focused_on_open = focused

    def flip(self):
        """The line opens or closes while the dialog shows: the live region's sentence is heard
        exactly once, nothing else is said (no focus change), the focus stays on the dialog,
        and the region is polite."""
        s, sc = self.s, self.sc
        start = s.mark()
        announcement = clean(sc["flip"])
        flip_s = sc["query"]["flipIn"] / 1000
        s.wait_for(lambda line: announcement in (said(line) or ""), flip_s + SPEECH_TIMEOUT,
                   f"the flip's announcement {announcement!r} was not heard", since=start)
        heard = s.wait_quiet(QUIET * 3, since=start)
        assert heard == [f"say: {announcement}"], f"at the flip: only the announcement, once (heard {heard})"
        tree = self.tree()
        assert tree["focused"] == self.focused_on_open or (
            tree["focused"] and tree["focused"]["role"] == "dialog"
        ), f"AT-SPI: the focus did not move at the flip (now {tree['focused']})"
        live = [r for r in tree["live"] if clean(r["text"]) == announcement]
        assert live and all(r["live"] == "polite" for r in live), f"AT-SPI: a polite live region says it ({tree['live']})"

    def tab_round(self):
        """Tab from the dialog reaches every control in order, each heard with its name and role:
        the close button first (it heads the dialog), then the main action and the other links;
        Tab from the last wraps to the first (never the browser's toolbar), Shift+Tab from the
        first goes back to the last. To close with the button, one more Tab wraps to it."""
        controls = self.sc["controls"]
        for i, control in enumerate(controls, start=1):
            self.press_and_hear("Tab", control, f"Tab #{i}")
        if self.sc["wrap"] is not True:
            self.skipped.append(f"Tab/Shift+Tab wrap not checked: {self.sc['wrap']}")
            return
        self.press_and_hear("Tab", controls[0], "Tab from the last control (wrap)")
        self.press_and_hear("shift+Tab", controls[-1], "Shift+Tab from the first control (wrap)")
        if self.sc["close"] == "button":
            assert controls[0][1] == BUTTON, f"the first control is the close button (got {controls[0]})"
            self.press_and_hear("Tab", controls[0], "Tab from the last control to the close button")

    def press_and_hear(self, key, control, what):
        s = self.s
        name, role = clean(control[0]), control[1]
        start = s.mark()
        s.key(key)

        def heard_control(line):
            text = said(line)
            return text is not None and text.startswith(name) and text.rstrip(".").endswith(role)

        try:
            s.wait_for(heard_control, SPEECH_TIMEOUT, f"{what}: {name!r} {role} was not heard", since=start)
        except SessionError as err:
            raise AssertionError(f"{err}; heard: {s.wait_quiet(QUIET, since=start)}") from None

    def close(self, report):
        """Escape (or Return on the close button, which the Tab round's last Tab has reached):
        the dialog goes, and Orca says the report button again, which has the focus back."""
        s, sc = self.s, self.sc
        start = s.mark()
        if sc["close"] == "button":
            assert sc["tab_round"] and sc["wrap"] is True, "closing with the button needs the Tab round (which ends on it)"
            s.key("Return")
        else:
            s.key("Escape")
        try:
            s.wait_for(lambda line: said(line) == report, SPEECH_TIMEOUT,
                       f"after closing ({sc['close']}), {report!r} was not heard", since=start)
        except SessionError as err:
            raise AssertionError(f"{err}; heard: {s.wait_quiet(QUIET, since=start)}") from None
        tree = self.tree()
        assert tree["dialogs"] == [], f"AT-SPI: no dialog left after closing ({tree['dialogs']})"
        assert tree["focused"] and tree["focused"]["name"] == sc["report"], (
            f"AT-SPI: the focus is back on {sc['report']!r} (got {tree['focused']})"
        )

    def tree(self):
        result = subprocess.run(
            [sys.executable, str(HERE / "tree.py")], env=self.s.env, capture_output=True, text=True, timeout=60
        )
        if result.returncode != 0:
            raise SessionError(f"tree.py failed: {result.stderr.strip()[-800:]}")
        return json.loads(result.stdout)


def start_server(root):
    """scripts/serve.mjs on an ephemeral port (it serves .wasm as application/wasm)."""
    proc = subprocess.Popen(
        ["node", str(ROOT / "scripts" / "serve.mjs"), str(root), "0"],
        stdout=subprocess.PIPE, text=True, start_new_session=True,
    )
    line = proc.stdout.readline()
    match = re.search(r"(http://127\.0\.0\.1:\d+)", line)
    if not match:
        proc.kill()
        raise SystemExit(f"test-orca: the static server did not start ({line!r})")
    return proc, match.group(1)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--browser", choices=BROWSERS, action="append", help="only this browser (repeatable)")
    parser.add_argument("--only", help="only the scenarios whose name contains this")
    parser.add_argument("--repeat", type=int, default=1, help="run each scenario this many times")
    parser.add_argument("--transcripts", type=Path, help="write each transcript to DIR/<browser>-<scenario>.txt")
    parser.add_argument("--root", type=Path, default=ROOT,
                        help="folder to serve (the repo by default; one holding another build's js/, pkg/, dist/ "
                             "and this repo's tests/ checks that build)")
    parser.add_argument("--keep", action="store_true", help="keep each session's folder (logs, profile)")
    args = parser.parse_args()
    # TERM (a CI timeout, `kill`) unwinds like Ctrl+C, so every session still tears down.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))

    missing = [p for p in BUILT if not (args.root / p).exists()]
    if missing:
        raise SystemExit(f"test-orca: missing build output {', '.join(missing)}: run `make build` first")
    chosen = {sc["name"] for sc in SCENARIOS if not args.only or args.only in sc["name"]}
    if not chosen:
        raise SystemExit(f"test-orca: no scenario matches {args.only!r}")
    # An easy scenario is measured against its twin: run that too.
    chosen |= {sc["twin"] for sc in SCENARIOS if sc["name"] in chosen and sc["twin"]}
    scenarios = [sc for sc in SCENARIOS if sc["name"] in chosen]
    browsers = args.browser or list(BROWSERS)
    if args.transcripts:
        args.transcripts.mkdir(parents=True, exist_ok=True)

    server, url = start_server(args.root)
    results = []  # (browser, name, ok, seconds)
    opening = {}  # (browser, name) -> words Orca said on open, for the scenarios that passed
    began = time.monotonic()
    n = 0
    try:
        for round_ in range(args.repeat):
            for sc in scenarios:
                for browser in browsers:
                    n += 1
                    label = f"{browser} · {sc['name']}" + (f" · run {round_ + 1}" if args.repeat > 1 else "")
                    t0 = time.monotonic()
                    transcript, error, skipped = [], None, []
                    try:
                        with Session(browser, keep=args.keep) as session:
                            session.env["TZ"] = "Europe/Paris"  # the browsers' local time, as a French teenager's
                            play = Scenario(session, sc, url)
                            try:
                                play.play()
                            finally:
                                transcript, skipped = session.transcript(), play.skipped
                    except (AssertionError, SessionError) as err:
                        error = str(err)
                    except Exception:
                        error = traceback.format_exc()
                    seconds = time.monotonic() - t0
                    results.append((browser, sc["name"], error is None, seconds))
                    heard = opening_words(transcript)
                    if error is None and round_ == 0:
                        opening[(browser, sc["name"])] = heard
                    if error is None:
                        print(f"ok {n} - {label} ({seconds:.1f} s; {heard} words on open)", flush=True)
                        for reason in skipped:
                            print(f"  # SKIP {reason}", flush=True)
                    else:
                        print(f"not ok {n} - {label} ({seconds:.1f} s)", flush=True)
                        print("  # " + error.replace("\n", "\n  # "))
                        print("  # transcript:\n" + "".join(f"  #   {line}\n" for line in transcript), end="", flush=True)
                    if args.transcripts and round_ == 0:
                        path = args.transcripts / f"{browser}-{slug(sc['name'])}.txt"
                        path.write_text("".join(line + "\n" for line in transcript), encoding="utf-8")
    finally:
        server.terminate()
        server.wait(5)

    # The easy register, heard shorter: on open, at most EASY_SHARE of its standard twin's words,
    # counted the same way for both (opening_words), in the same browser.
    for sc in scenarios:
        if not sc["twin"]:
            continue
        for browser in browsers:
            n += 1
            label = f"{browser} · opening words · {sc['name']} vs {sc['twin']}"
            easy, standard = opening.get((browser, sc["name"])), opening.get((browser, sc["twin"]))
            if easy is None or standard is None:
                ok, why = False, "not measured: a scenario of the pair failed"
            else:
                ok = easy <= EASY_SHARE * standard
                why = f"{easy} words, {standard} for the standard register ({easy / standard:.2f}; at most {EASY_SHARE})"
            results.append((browser, label, ok, 0.0))
            print(f"{'ok' if ok else 'not ok'} {n} - {label}: {why}", flush=True)

    print(f"1..{n}")
    print(f"# {'scenario':<36} {'browser':<9} {'passed':>8} {'mean s':>7} {'max s':>6}")
    for sc in scenarios:
        for browser in browsers:
            runs = [r for r in results if r[0] == browser and r[1] == sc["name"]]
            if not runs:
                continue
            passed = sum(1 for r in runs if r[2])
            times = [r[3] for r in runs]
            print(f"# {sc['name']:<36} {browser:<9} {passed:>4}/{len(runs):<3} {sum(times) / len(times):>7.1f} {max(times):>6.1f}")
    failed = sum(1 for r in results if not r[2])
    print(f"# {len(results) - failed}/{len(results)} passed in {time.monotonic() - began:.0f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
