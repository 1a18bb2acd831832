#!/usr/bin/env python3
"""Writes docs/easy-read-texts.md: every easy-to-read string of src/core/easy.json, French and
English side by side, general texts first, then each topic, with a blank column for reviewers.

    python3 scripts/easy-table.py
"""

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src" / "core" / "easy.json"
TARGET = ROOT / "docs" / "easy-read-texts.md"
# Inserted into other sentences by the code ("rouvre demain à 9 h"), never shown alone.
FRAGMENTS = {"weekdays", "today", "tomorrow", "onWeekday", "onDate", "localTime"}

INTRO = """\
# Easy-to-read texts (`register: "easy"`)

<!-- Written by scripts/easy-table.py from src/core/easy.json: edit the JSON, then run
     `python3 scripts/easy-table.py`. -->

These are the widget's texts in its easy-to-read register, for children aged 9 to 12 and for
readers with learning disabilities. They are written to the European easy-to-read rules
(Inclusion Europe, "Information for all"; *Facile à lire et à comprendre*, FALC, in French): one
idea per sentence, short sentences (none over 15 words), everyday words, numbers as digits,
"tu" / "you", active voice, no abbreviations (SMS, said as a word, and names such as the CNIL,
explained where it appears), no compressed forms (no "sourd·e", no contractions in English), no
semicolons. And they are short: each line says only what it is for, so that a screen reader
reads the whole dialog on open in at most half the words of the standard texts. They say the same
facts as the standard texts (docs/facts.md), fewer of them. Why each choice, and the measures:
[docs/easy-read.md](easy-read.md).

**They have not been reviewed by readers with learning disabilities yet.** Easy-to-read texts
are checked by the people they are written for; until that is done, these texts do not carry the
European easy-to-read logo, and neither the widget nor its documentation may show it.

`{close}`, `{time}`, `{day}`, `{number}`, `{name}`, `{weekday}`, `{date}` are filled in by the
widget. Keys marked *(fragment)* are not shown alone: they are inserted into other sentences (the
day in the closed status line, the device's own time after a status). `scripts/readability.py`
measures sentence lengths and the readability scores.
"""

HEADER = "| key | français | English | reviewer's notes |\n|---|---|---|---|"


def cell(text):
    return " ".join(text.split()).replace("\\", "\\\\").replace("|", "\\|")


def rows(keys, fr, en, prefix=""):
    for key in keys:
        name = key[len(prefix):]
        f, e = fr[key], en[key]
        if isinstance(f, list):
            for i, (fs, es) in enumerate(zip(f, e), 1):
                yield f"| {name} {i}/{len(f)} | {cell(fs)} | {cell(es)} |  |"
        else:
            label = f"{name} *(fragment)*" if key in FRAGMENTS else name
            yield f"| {label} | {cell(f)} | {cell(e)} |  |"


def main():
    data = json.loads(SOURCE.read_text(encoding="utf-8"))
    fr, en = data["fr"], data["en"]
    if list(fr) != list(en):
        raise SystemExit("easy.json: fr and en do not have the same keys in the same order")
    general = [k for k in fr if "." not in k]
    topics = list(dict.fromkeys(k.split(".", 1)[0] for k in fr if "." in k))
    out = [INTRO, "## General texts", "", HEADER, *rows(general, fr, en), ""]
    for topic in topics:
        keys = [k for k in fr if k.startswith(topic + ".")]
        out += [f"## Topic `{topic}`", "", HEADER, *rows(keys, fr, en, topic + "."), ""]
    TARGET.write_text("\n".join(out), encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
