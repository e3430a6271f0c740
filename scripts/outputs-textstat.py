#!/usr/bin/env python3
"""Flesch-Kincaid grade of Easy Read drafts by two counters: easyread's own (figures
counted as spoken: "£4.85" is "four pounds eighty-five") and textstat 0.7.13 (a figure is
one word of about one syllable), over the same text.

The body of each draft is measured: from after the title to the "Hard words" glossary or
the "About this letter" block, without the greeting; each line (a sentence, or a list item
given a full stop) is a paragraph. Hand-made Easy Read samples (Markdown) can be measured
the same way with --markdown-samples.

Usage (textstat needs the virtual environment of scripts/requirements-bench.txt, which
`BENCH_KEEP=1 scripts/bench-compare.sh` leaves behind):
  VENV/bin/python scripts/outputs-textstat.py --bin target/release/easyread fixtures/unseen
  VENV/bin/python scripts/outputs-textstat.py --bin target/release/easyread \\
      --markdown-samples ../shared/samples/*.easy-read.md
"""
import argparse
import json
import pathlib
import subprocess
import sys
import tempfile

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
from textstat_reference import default_nltk_data, ensure_cmudict_corpus  # noqa: E402

END_MARKS = (".", "?", "!", ":")


def body_of_draft(text: str) -> str:
    """The measured lines of an `easyread convert --to txt` draft."""
    text = text.split("\nHard words\n")[0].split("\nAbout this letter\n")[0]
    lines = []
    for line in text.split("\n")[1:]:
        line = line.strip()
        if not line or line.startswith("Dear "):
            continue
        line = line.lstrip("- ").strip()
        lines.append(line if line.endswith(END_MARKS) else line + ".")
    return "\n\n".join(lines)


def body_of_sample(text: str) -> str:
    """The measured lines of a hand-made Markdown sample (up to its "Hard words")."""
    text = text.split("## Hard words")[0]
    lines = []
    for line in text.split("\n"):
        line = line.strip().lstrip("#-*| ").strip()
        if not line or set(line) <= set("-|: "):
            continue
        lines.append(line if line.endswith(END_MARKS) else line + ".")
    return "\n\n".join(lines)


def own_grade(binary: str, body: str) -> float:
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
        f.write(body)
    out = subprocess.run([binary, "check", "--json", f.name], capture_output=True)
    pathlib.Path(f.name).unlink()
    return json.loads(out.stdout)["readability"]["flesch_kincaid_grade"]


def letters(paths):
    for p in map(pathlib.Path, paths):
        if p.is_dir():
            yield from sorted(
                q for q in p.iterdir()
                if q.suffix in (".txt", ".md") and not q.name.endswith(".sentences.txt")
            )
        else:
            yield p


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default="target/release/easyread")
    ap.add_argument("--markdown-samples", action="store_true",
                    help="the paths are hand-made Easy Read Markdown, not letters to convert")
    ap.add_argument("paths", nargs="+")
    args = ap.parse_args()
    ensure_cmudict_corpus(default_nltk_data())
    import textstat

    rows = []
    for path in letters(args.paths):
        if args.markdown_samples:
            body = body_of_sample(path.read_text(encoding="utf-8"))
        else:
            out = subprocess.run([args.bin, "convert", "--to", "txt", str(path)], capture_output=True)
            if out.returncode != 0:
                print(f"{path}: easyread failed", file=sys.stderr)
                return 2
            body = body_of_draft(out.stdout.decode("utf-8"))
        rows.append((path.name, own_grade(args.bin, body), textstat.flesch_kincaid_grade(body)))
    if not rows:
        print("no letters found", file=sys.stderr)
        return 2
    for name, own, ts in rows:
        print(f"{name:45} easyread {own:5.1f}   textstat {ts:5.1f}")
    n = len(rows)
    own = [r[1] for r in rows]
    ts = [r[2] for r in rows]
    print(f"{'all ' + str(n):45} easyread {sum(own) / n:5.1f}   textstat {sum(ts) / n:5.1f}   "
          f"(max {max(own):.1f} / {max(ts):.1f}; over 7: {sum(g > 7 for g in own)} / "
          f"{sum(g > 7 for g in ts)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
