#!/usr/bin/env python3
"""Easy Read quality table: converts each letter with `easyread convert --to json` and
prints, per letter and overall, the numbers the Easy Read targets are judged by.

Usage: scripts/quality.py [--bin target/debug/easyread] [--markdown] FILE_OR_DIR...
Defaults to fixtures/letters. Needs only Python 3 and a built easyread binary.
"""
import argparse
import json
import pathlib
import subprocess
import sys


def letters(paths):
    for p in map(pathlib.Path, paths):
        if p.is_dir():
            yield from sorted(q for q in p.iterdir() if q.suffix in (".txt", ".md") and not q.name.endswith(".sentences.txt"))
        else:
            yield p


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bin", default="target/debug/easyread")
    ap.add_argument("--markdown", action="store_true", help="print a Markdown table")
    ap.add_argument("paths", nargs="*", default=["fixtures/letters"])
    args = ap.parse_args()

    rows, total = [], {"sentences": 0, "words": 0, "over15": 0, "max": 0, "facts": 0, "kept": 0,
                       "uncommon": 0, "fk_before": [], "fk_after": []}
    for path in letters(args.paths):
        out = subprocess.run([args.bin, "convert", "--to", "json", str(path)], capture_output=True)
        if out.returncode != 0:
            print(f"{path}: easyread failed: {out.stderr.decode(errors='replace').strip()}", file=sys.stderr)
            return 2
        v = json.loads(out.stdout)
        after, before, facts = v["readability_after"], v["readability_before"], v["facts"]
        s, w = after["sentences"], after["words"]
        over15 = round(after["share_over_15"] * s)
        row = {
            "letter": path.name, "sentences": s, "mean": w / s if s else 0.0,
            "max": after["max_sentence_words"], "over15": after["share_over_15"],
            "fk_before": before["flesch_kincaid_grade"], "fk_after": after["flesch_kincaid_grade"],
            "facts": f'{facts["kept"]}/{facts["found"]}', "uncommon": after["share_uncommon_words"],
        }
        rows.append(row)
        total["sentences"] += s
        total["words"] += w
        total["over15"] += over15
        total["max"] = max(total["max"], row["max"])
        total["facts"] += facts["found"]
        total["kept"] += facts["kept"]
        total["uncommon"] += after.get("uncommon_words", 0)
        total["fk_before"].append(row["fk_before"])
        total["fk_after"].append(row["fk_after"])

    n = len(rows)
    if n == 0:
        print("no letters found", file=sys.stderr)
        return 2
    overall = {
        "letter": f"all {n} letters", "sentences": total["sentences"],
        "mean": total["words"] / max(total["sentences"], 1), "max": total["max"],
        "over15": total["over15"] / max(total["sentences"], 1),
        "fk_before": sum(total["fk_before"]) / n, "fk_after": sum(total["fk_after"]) / n,
        "facts": f'{total["kept"]}/{total["facts"]}', "uncommon": total["uncommon"] / max(total["words"], 1),
    }
    head = ["letter", "sentences", "mean words", "max words", "over 15", "FK before", "FK after", "facts kept", "uncommon"]
    fmt = lambda r: [r["letter"], str(r["sentences"]), f'{r["mean"]:.1f}', str(r["max"]), f'{r["over15"]:.0%}',
                     f'{r["fk_before"]:.1f}', f'{r["fk_after"]:.1f}', r["facts"], f'{r["uncommon"]:.1%}']
    table = [fmt(r) for r in rows] + [fmt(overall)]
    if args.markdown:
        print("| " + " | ".join(head) + " |")
        print("|" + "---|" * len(head))
        for r in table:
            print("| " + " | ".join(r) + " |")
    else:
        widths = [max(len(x[i]) for x in table + [head]) for i in range(len(head))]
        for r in [head] + table:
            print("  ".join(c.ljust(wd) if i == 0 else c.rjust(wd) for i, (c, wd) in enumerate(zip(r, widths))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
