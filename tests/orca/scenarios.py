"""The screen-reader scenarios, as data. Each runs in Firefox ESR and in Chromium (run.py).

Each scenario combines several axes (entry point, preset, locale, line open or closed, a live
flip, how it is closed), so that every axis of docs/accessibility.md "What is heard" is covered
without running the whole matrix. The words are the widget's own (src/core/texts.rs) and
Orca's role names ("link", "push button"), in English whatever the widget's locale
(session.py runs Orca in the C locale).

Fields:
  name        printed in the output and used for the transcript's file name
  query       the host page's query (pages/report.html says what each parameter does)
  page        the host page's title, which Orca says once loaded ("Finished loading …")
  report      the host page's report button
  on_open     what must be heard when the widget opens, in this order, and before the main action
              if the main action is heard too
  dialog      the accessibility tree right after opening: the dialog's name and the start of its
              description (read over AT-SPI, tree.py)
  controls    every control in Tab order from the main action, as (name, role): the first Tab from
              the dialog reaches the first, Tab from the last wraps to the first, Shift+Tab from
              the first to the last. The close button is first in the DOM (the header row) and so
              comes last here: the widget's Tab wrap goes from the last link to it, and one more
              Tab reaches the main action
  wrap        True, or why the Tab round's wrap is not checked (printed as a SKIP line)
  close       "escape", or "button" (Return on the last control, the close button)
  flip        for a scenario whose line opens or closes while the dialog shows: the announcement,
              heard once, with nothing else said and focus left where it was
"""

#: Wednesday 25 November 2026, Paris (UTC+1). The 3018 is open every day 09:00–23:00.
OPEN = "2026-11-25T10:00:00+01:00"
CLOSED = "2026-11-25T23:30:00+01:00"
CLOSES = "2026-11-25T23:00:00+01:00"
OPENS = "2026-11-26T09:00:00+01:00"
#: In a flip scenario, the line opens or closes this long after the report is sent: long enough
#: for Orca to finish what it says on open, short enough not to slow the suite down.
FLIP_MS = 6000

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


def scenario(name, texts, query, on_open, controls, close="escape", flip=None, tab_round=True, wrap=True,
             described=True):
    """One scenario. `on_open`: what must be heard on open, in order. `described`: whether the
    dialog has a description (`aria-describedby`, its first sentence)."""
    return {
        "name": name,
        "query": query,
        "page": texts["page"],
        "report": texts["report"],
        "on_open": on_open,
        "main": controls[0][0],
        "dialog": {"name": texts["title"], "description": texts["sentence"] if described else None},
        "controls": controls,
        "tab_round": tab_round,
        "wrap": wrap,
        "close": close,
        "flip": flip,
    }


def opening(texts, status):
    """What the widget must say first: its title, its first sentence, the line's state."""
    return [texts["title"], texts["sentence"], status]


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
            (FR["close"], BUTTON),
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
            (EN["close"], BUTTON),
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
            (EN["close"], BUTTON),
        ],
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
            (FR["close"], BUTTON),
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
    # The script tag's own minimal dialog, when the wasm cannot load (no WebAssembly).
    scenario(
        "script fallback·instagram·fr",
        FR,
        {"entry": "fallback", "platform": "instagram", "locale": "fr"},
        # Its own, shorter text (js/loader.js): no report sentence, no status, no description.
        [FR["title"], "Tu peux en parler au 3018", "tous les jours de 9 h à 23 h"],
        [("Appeler le 3018", LINK), ("Aller sur le site du 3018", LINK), (FR["close"], BUTTON)],
        described=False,
        wrap="the fallback dialog has no Tab wrap: Tab from Fermer reaches the browser's toolbar in both "
        "browsers (seen here); a wrap costs ~70 B gz, the loader has 2 B left of its 2 KB budget",
    ),
]
