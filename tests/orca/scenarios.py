"""The screen-reader scenarios, as data. Each runs in Firefox ESR and in Chromium (run.py).

Each scenario combines several axes (entry point, preset, locale, register, line open or closed,
a live flip, how it is closed), so that every axis of docs/accessibility.md "What is heard" is
covered without running the whole matrix. The words are the widget's own (src/core/texts.rs;
the easy register's are read from src/core/easy.json, so that rewording it needs no change
here) and Orca's role names ("link", "push button"), in English whatever the widget's locale
(session.py runs Orca in the C locale).

Fields:
  name        printed in the output and used for the transcript's file name
  query       the host page's query (pages/report.html says what each parameter does)
  page        the host page's title, which Orca says once loaded ("Finished loading …")
  report      the host page's report button
  on_open     what must be heard when the widget opens, in this order, and before the main action
              if the main action is heard too
  main        the main action's name (the call link, else the site or chat link)
  dialog      the accessibility tree right after opening: the dialog's name and the start of its
              description (read over AT-SPI, tree.py)
  controls    every control in Tab order from the dialog itself, as (name, role): the close
              button first (it heads the dialog, in the header row, and is first in the DOM),
              then the main action and the other links. The first Tab from the dialog reaches
              the first, Tab from the last wraps to the first, Shift+Tab from the first goes to
              the last
  wrap        True, or why the Tab round's wrap is not checked (printed as a SKIP line)
  close       "escape", or "button" (Return on the close button, which the Tab round's last
              Tab reaches)
  flip        for a scenario whose line opens or closes while the dialog shows: the announcement,
              heard once, with nothing else said and focus left where it was
  twin        for an easy-register scenario: the standard scenario with the same entry, preset,
              locale, hour and report. The words Orca says on open (from the Return that opens
              the dialog up to the first Tab) must be at most half of the twin's, in the same
              browser (run.py, `opening words`)
"""

import json
from pathlib import Path

#: Wednesday 25 November 2026, Paris (UTC+1). The 3018 is open every day 09:00–23:00.
OPEN = "2026-11-25T10:00:00+01:00"
CLOSED = "2026-11-25T23:30:00+01:00"
CLOSES = "2026-11-25T23:00:00+01:00"
OPENS = "2026-11-26T09:00:00+01:00"
#: In a flip scenario, the line opens or closes this long after the report is sent: long enough
#: for Orca to finish what it says on open, short enough not to slow the suite down.
FLIP_MS = 6000
#: The easy register's opening utterance has at most this share of its twin's words.
EASY_SHARE = 0.5

FR = {
    "page": "Fil d'actualité",
    "report": "Signaler",
    "title": "Ce n'est pas de ta faute",
    "sentence": "Ton signalement est envoyé.",
    "close": "Fermer",
}
EN = {
    "page": "News feed",
    "report": "Report",
    "title": "It's not your fault",
    "sentence": "Your report has been sent.",
    "close": "Close",
}
LINK = "link"
BUTTON = "push button"

#: The easy register's texts (src/core/easy.json), per locale.
EASY_TEXTS = json.loads((Path(__file__).resolve().parents[2] / "src" / "core" / "easy.json").read_text(encoding="utf-8"))


def easy(texts, locale):
    """`texts` (the page's words) with the easy register's title, first sentence and close label."""
    e = EASY_TEXTS[locale]
    return {**texts, "title": e["titleVictim"], "sentence": first_sentence(e["bodyVictim"]), "close": e["close"]}


def first_sentence(text):
    end = min(i for i in (text.find(". "), text.find("? "), len(text) - 1) if i >= 0)
    return text[: end + 1]


def fill(template, **values):
    for key, value in values.items():
        template = template.replace("{" + key + "}", value)
    return template


def scenario(name, texts, query, on_open, links, close="escape", flip=None, tab_round=True, wrap=True,
             described=True, twin=None):
    """One scenario. `on_open`: what must be heard on open, in order. `links`: the links in Tab
    order from the main action (the close button, first in the DOM, comes before them).
    `described`: whether the dialog has a description (`aria-describedby`, its first sentence)."""
    return {
        "name": name,
        "query": query,
        "page": texts["page"],
        "report": texts["report"],
        "on_open": on_open,
        "main": links[0][0],
        "dialog": {"name": texts["title"], "description": texts["sentence"] if described else None},
        "controls": [(texts["close"], BUTTON), *links],
        "tab_round": tab_round,
        "wrap": wrap,
        "close": close,
        "flip": flip,
        "twin": twin,
    }


def night_links(t):
    """The closed line's links, in the words of the easy texts `t`: the 3018's site, the minors'
    chat, the 3114, 119, 17 and 112 calls and the 114 by SMS."""
    calls = [(fill(t["callNumber"], number=n), LINK) for n in ("3114", "119", "17", "112")]
    return [(t["site"], LINK), (t["minorsChat"], LINK), *calls, (fill(t["smsNumber"], number="114"), LINK)]


def opening(texts, status):
    """What the widget must say first: its title, its first sentence, the line's state."""
    return [texts["title"], texts["sentence"], status]


EASY_FR, EASY_EN = easy(FR, "fr"), easy(EN, "en")
E_FR, E_EN = EASY_TEXTS["fr"], EASY_TEXTS["en"]

SCENARIOS = [
    # The case: npm entry, Instagram (call preset) on a phone, French, line open.
    # Open, Tab through every control and round again, Escape, back on the report button.
    scenario(
        "npm·instagram·fr·open·call",
        FR,
        {"entry": "npm", "platform": "instagram", "locale": "fr", "canCall": "true", "now": OPEN},
        opening(FR, "Ouvert maintenant, jusqu'à 23 h"),
        [
            ("Appeler le 3018", LINK),
            ("Discuter en ligne avec le 3018", LINK),
            ("Accès sourds et malentendants (transcription, LSF)", LINK),
            ("Appeler le 17", LINK),
            ("Appeler le 112", LINK),
            ("Envoyer un SMS au 114", LINK),
        ],
    ),
    # TikTok (link preset), English, line open, closed with the Close button.
    scenario(
        "npm·tiktok·en·open·link",
        EN,
        {"entry": "npm", "platform": "tiktok", "locale": "en", "now": OPEN},
        opening(EN, "Open now, until 11 pm"),
        [
            ("Chat online with the 3018", LINK),
            ("Deaf and hard-of-hearing access (captioning, French Sign Language)", LINK),
            ("Call 17", LINK),
            ("Call 112", LINK),
            ("Text 114", LINK),
        ],
        close="button",
    ),
    # Call preset while the line is closed: no call link, the 24/7 numbers right after the site.
    scenario(
        "npm·instagram·en·closed·call",
        EN,
        {"entry": "npm", "platform": "instagram", "locale": "en", "canCall": "true", "now": CLOSED},
        opening(EN, "Closed right now — opens again tomorrow at 9 am, in 9 h 30 min"),
        [
            ("Go to the 3018 website", LINK),
            ("Open the Espace Mineurs chat", LINK),
            ("Call 3114", LINK),
            ("Call 119", LINK),
            ("Call 17", LINK),
            ("Call 112", LINK),
            ("Text 114", LINK),
        ],
    ),
    # The same in the easy-to-read register: the twin of the one above.
    scenario(
        "npm·instagram·en·closed·call·easy",
        EASY_EN,
        {"entry": "npm", "platform": "instagram", "locale": "en", "canCall": "true", "now": CLOSED, "register": "easy"},
        opening(EASY_EN, fill(E_EN["statusClosed"], day=E_EN["tomorrow"], time="9 am")),
        night_links(E_EN),
        twin="npm·instagram·en·closed·call",
    ),
    # Issue 21's comparison: a harassment report by the victim, npm entry, Instagram, French,
    # line closed; in the standard register, then in the easy one (its twin).
    scenario(
        "npm·instagram·fr·closed·call",
        FR,
        {"entry": "npm", "platform": "instagram", "locale": "fr", "canCall": "true", "now": CLOSED},
        opening(FR, "Fermé pour le moment — rouvre demain à 9 h, dans 9 h 30 min"),
        [
            ("Aller sur le site du 3018", LINK),
            ("Ouvrir le tchat Espace Mineurs", LINK),
            ("Appeler le 3114", LINK),
            ("Appeler le 119", LINK),
            ("Appeler le 17", LINK),
            ("Appeler le 112", LINK),
            ("Envoyer un SMS au 114", LINK),
        ],
    ),
    scenario(
        "npm·instagram·fr·closed·call·easy",
        EASY_FR,
        {"entry": "npm", "platform": "instagram", "locale": "fr", "canCall": "true", "now": CLOSED, "register": "easy"},
        opening(EASY_FR, fill(E_FR["statusClosed"], day=E_FR["tomorrow"], time="9 h")),
        night_links(E_FR),
        close="button",
        twin="npm·instagram·fr·closed·call",
    ),
    # The script tag, TikTok, French, line closed, closed with the Fermer button.
    scenario(
        "script·tiktok·fr·closed·link",
        FR,
        {"entry": "script", "platform": "tiktok", "locale": "fr", "now": CLOSED},
        opening(FR, "Fermé pour le moment — rouvre demain à 9 h, dans 9 h 30 min"),
        [
            ("Aller sur le site du 3018", LINK),
            ("Ouvrir le tchat Espace Mineurs", LINK),
            ("Appeler le 3114", LINK),
            ("Site du 3114", LINK),
            ("Appeler le 119", LINK),
            ("Appeler le 17", LINK),
            ("Appeler le 112", LINK),
            ("Envoyer un SMS au 114", LINK),
        ],
        close="button",
    ),
    # The live flip at 23:00: opened while "closing soon", the line closes 6 s later.
    scenario(
        "npm·instagram·fr·flip 23:00",
        FR,
        {"entry": "npm", "platform": "instagram", "locale": "fr", "canCall": "true", "now": CLOSES, "flipIn": FLIP_MS},
        opening(FR, "Ouvert, ferme bientôt : à 23 h"),
        [("Appeler le 3018", LINK)],
        tab_round=False,
        flip="Le 3018 est maintenant fermé.",
    ),
    # The other flip, through the script tag, in English: the line opens at 09:00.
    scenario(
        "script·generic·en·flip 09:00",
        EN,
        {"entry": "script", "platform": "generic", "locale": "en", "now": OPENS, "flipIn": FLIP_MS},
        opening(EN, "Closed right now — opens again today at 9 am"),
        [("Go to the 3018 website", LINK)],
        tab_round=False,
        flip="The 3018 is now open.",
    ),
    # The script tag's own dialog (js/early.js), here because the wasm cannot load (no
    # WebAssembly); the same dialog a report gets before the wasm is ready. Its clock is the
    # page's (`now` sets it). Its body is the witness's ("whether you are a victim or a witness").
    scenario(
        "script fallback·instagram·fr",
        FR,
        {"entry": "fallback", "platform": "instagram", "locale": "fr", "now": OPEN},
        opening(FR, "Ouvert maintenant, jusqu'à 23 h"),
        [
            ("Appeler le 3018", LINK),
            ("Discuter en ligne avec le 3018", LINK),
            ("Appeler le 3114", LINK),
            ("Appeler le 119", LINK),
            ("Appeler le 17", LINK),
            ("Appeler le 112", LINK),
            ("Envoyer un SMS au 114", LINK),
        ],
    ),
    # The same dialog in the easy register (data-register="easy": the loader fetches
    # js/texts.fr-easy.js). Its body is the easy witness's, right for a victim too.
    scenario(
        "script fallback·instagram·fr·easy",
        {**EASY_FR, "sentence": first_sentence(E_FR["bodyWitness"])},
        {"entry": "fallback", "platform": "instagram", "locale": "fr", "now": OPEN, "register": "easy"},
        opening({**EASY_FR, "sentence": first_sentence(E_FR["bodyWitness"])}, fill(E_FR["statusOpen"], close="23 h")),
        [
            (E_FR["call"], LINK),
            (E_FR["chat"], LINK),
            (fill(E_FR["callNumber"], number="3114"), LINK),
            (fill(E_FR["callNumber"], number="119"), LINK),
            (fill(E_FR["callNumber"], number="17"), LINK),
            (fill(E_FR["callNumber"], number="112"), LINK),
            (fill(E_FR["smsNumber"], number="114"), LINK),
        ],
        close="button",
    ),
]
