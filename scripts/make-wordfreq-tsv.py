#!/usr/bin/env python3
"""Convert wordfreq's English word frequencies into assets/lexicon/wordfreq/wordfreq-en.tsv.

This is a one-off conversion: the output is committed, and nothing at build or run time
needs Python or wordfreq. Re-run it only to regenerate the file, e.g.:

    python3 -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq==3.1.1
    /tmp/wf/bin/python scripts/make-wordfreq-tsv.py

The data is licensed CC BY-SA 4.0 (see assets/lexicon/wordfreq/README.md and LICENSE).

Output format (UTF-8, LF line ends):
    a few '#' comment lines (source, version, licence)
    word<TAB>zipf                       header
    the<TAB>7.73                        one row per word, by descending Zipf frequency

Kept words: lowercase, made only of (Latin-script) letters, with internal apostrophes or
hyphens allowed ("don't", "well-being"); no digits, no punctuation-only tokens, no
abbreviations with dots. The top N (default 60,000) such words of wordfreq's 'best'
English list are kept.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import sys
from pathlib import Path

import regex  # a dependency of wordfreq
import wordfreq

WORD_RE = regex.compile(r"\p{Latin}+(?:['-]\p{Latin}+)*")
DEFAULT_OUT = Path(__file__).resolve().parent.parent / "assets/lexicon/wordfreq/wordfreq-en.tsv"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output TSV path")
    ap.add_argument("--count", type=int, default=60_000, help="number of words to keep")
    args = ap.parse_args()

    version = importlib.metadata.version("wordfreq")
    # 'best' is the large English list; ask for far more than we keep, since the
    # filter drops numbers, punctuation and non-Latin tokens.
    candidates = wordfreq.top_n_list("en", args.count * 4, wordlist="best")

    rows: list[tuple[str, float, int]] = []
    seen: set[str] = set()
    for rank, token in enumerate(candidates):
        word = token.lower().replace("\u2019", "'")
        if word in seen or not WORD_RE.fullmatch(word):
            continue
        zipf = wordfreq.zipf_frequency(word, "en", wordlist="best")
        if zipf <= 0:
            continue
        seen.add(word)
        rows.append((word, zipf, rank))
        if len(rows) == args.count:
            break
    if len(rows) < args.count:
        print(f"warning: only {len(rows)} words passed the filter", file=sys.stderr)

    # Descending frequency; ties keep wordfreq's own order, which is deterministic.
    rows.sort(key=lambda r: (-r[1], r[2]))

    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="\n") as f:
        f.write(f"# English word frequencies from wordfreq {version} (Robyn Speer), wordlist 'best'\n")
        f.write("# Licence: CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); see README.md and LICENSE beside this file\n")
        f.write(f"# Adapted: top {len(rows)} letter-only words, Zipf scale, 2 decimals; converted by scripts/make-wordfreq-tsv.py\n")
        f.write("word\tzipf\n")
        for word, zipf, _ in rows:
            f.write(f"{word}\t{zipf:.2f}\n")
    print(f"wrote {len(rows)} words to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
