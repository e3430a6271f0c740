#!/usr/bin/env python3
"""Readability of a hand-made Easy Read sample, counted by easyread itself.

The samples (`../shared/samples/*.easy-read.md`) start with an introduction, then the
letter as rows with a `[concept]` symbol name in front. This keeps what a reader would
read (from the second top-level heading on), drops the symbol names and bold marks, puts
each row in a paragraph of its own, and runs `easyread check --json` on it.

Usage: scripts/sample_readability.py [--bin target/debug/easyread] SAMPLE.md...
"""
import argparse
import json
import re
import subprocess
import sys
import tempfile


def rows(markdown):
    body = markdown.split("\n# ", 1)[1].split("\n", 1)[1]
    out = []
    for line in body.splitlines():
        line = re.sub(r"^\[[^\]]*\]\s*", "", line).replace("**", "")
        if line.strip():
            out.append(line)
    return "\n\n".join(out) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default="target/debug/easyread")
    ap.add_argument("samples", nargs="+")
    args = ap.parse_args()
    for path in args.samples:
        with open(path, encoding="utf-8") as f, tempfile.NamedTemporaryFile(
            "w", suffix=".txt", encoding="utf-8", delete=False
        ) as tmp:
            tmp.write(rows(f.read()))
        out = subprocess.run([args.bin, "check", "--json", tmp.name], capture_output=True)
        r = json.loads(out.stdout)["readability"]
        print(
            f"{path}: {r['words']} words, {r['sentences']} sentences, "
            f"{r['words'] / r['sentences']:.1f} words a sentence, "
            f"{r['syllables'] / r['words']:.2f} syllables a word, "
            f"FK grade {r['flesch_kincaid_grade']:.1f}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
