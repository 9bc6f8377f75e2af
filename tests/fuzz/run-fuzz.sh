#!/bin/bash
# Loader fuzz test: run seeded truncated and mutated variants of a small
# static riscv64 ELF (tests/fuzz/tiny.c, mutated by tests/fuzz/elfmut.c)
# under mimic. Each variant must end in one of:
#   - rejection: non-zero exit and exactly one stderr line "mimic-riscv64: ...";
#   - a normal exit (any status);
#   - death by a guest signal, announced by "...: uncaught target signal N";
#   - a timeout (tolerated, but at most 5% of variants).
# Anything else fails: a host crash signal without the announcement, or
# "internal error" on stderr. Failing variants are kept in build/fuzz/.
# Prints one PASS or FAIL line (plus detail for the first failures).
#
#   tests/fuzz/run-fuzz.sh [--seed S] [--count N] [-j JOBS]
# Environment: MIMIC (default build/mimic-riscv64), CROSS (riscv64-linux-gnu-).
set -u
cd "$(dirname "$0")/../.." || exit 1

MIMIC=${MIMIC:-build/mimic-riscv64}
CROSS=${CROSS:-riscv64-linux-gnu-}
OUT=build/fuzz
PREFIX="$(basename "$MIMIC"):"   # "mimic-riscv64:" (or "qemu-riscv64:" when standing in)

# One variant: make it, run it, classify it. Prints "OK kind" or "FAIL ...".
check_one() {
    local n=$1 seed=$2 v=$OUT/v-$1 what how rc lines
    what=$($OUT/elfmut $OUT/tiny "$seed" "$n" "$v") || { echo "FAIL fuzz v-$n: elfmut failed"; return; }
    chmod +x "$v"
    build/tools/runstat -t 3 -o "$v.stat" "$MIMIC" "$v" > /dev/null 2> "$v.err" < /dev/null
    read -r how rc _ < "$v.stat"
    lines=$(wc -l < "$v.err")
    local why=""
    if grep -qi 'internal error' "$v.err"; then
        why="internal error"
    elif [ "$how" = timeout ]; then
        echo "OK timeout"; rm -f "$v" "$v.err" "$v.stat"; return
    elif [ "$how" = signal ]; then
        grep -q ": uncaught target signal $rc " "$v.err" || why="host signal $rc without an uncaught-target-signal line"
    elif grep -q "^$PREFIX" "$v.err"; then
        [ "$rc" -ne 0 ] || why="error message but exit status 0"
        [ "$lines" -eq 1 ] || why="$lines stderr lines, expected one"
    fi
    if [ -n "$why" ]; then
        echo "FAIL fuzz v-$n ($what): $why ($how $rc); kept $v"
        head -3 "$v.err" | sed 's/^/  stderr: /'
        return
    fi
    if [ "$how" = signal ]; then echo "OK signal"
    elif grep -q "^$PREFIX" "$v.err"; then echo "OK rejected"
    else echo "OK ran"
    fi
    rm -f "$v" "$v.err" "$v.stat"
}

seed=1 count=300 jobs=2
while [ $# -gt 0 ]; do
    case $1 in
    --seed) seed=$2; shift 2 ;;
    --count) count=$2; shift 2 ;;
    -j) jobs=$2; shift 2 ;;
    --one) check_one "$2" "$3" 2> /dev/null; exit 0 ;; # internal, for xargs
    *) echo "usage: $0 [--seed S] [--count N] [-j JOBS]" >&2; exit 2 ;;
    esac
done

if ! command -v "${CROSS}gcc" > /dev/null; then
    echo "SKIP fuzz-loader: ${CROSS}gcc not found"
    exit 0
fi
mkdir -p $OUT
rm -f $OUT/v-*
tests/bench/build-tools.sh || { echo "FAIL fuzz-loader: runstat does not build"; exit 1; }
if [ ! -x $OUT/elfmut ] || [ $OUT/elfmut -ot tests/fuzz/elfmut.c ]; then
    ${CC:-cc} -O2 -Wall -o $OUT/elfmut tests/fuzz/elfmut.c || { echo "FAIL fuzz-loader: elfmut does not build"; exit 1; }
fi
if [ ! -f $OUT/tiny ] || [ $OUT/tiny -ot tests/fuzz/tiny.c ]; then
    ${CROSS}gcc -static -O2 -s -o $OUT/tiny tests/fuzz/tiny.c || { echo "FAIL fuzz-loader: tiny does not build"; exit 1; }
fi
if [ ! -x "$MIMIC" ] && ! command -v "$MIMIC" > /dev/null; then
    echo "FAIL fuzz-loader: $MIMIC not found (build it first)"
    exit 1
fi
export MIMIC CROSS
seq 0 $((count - 1)) | xargs -P "$jobs" -I{} "$0" --one {} "$seed" > $OUT/results.log
nfail=$(grep -c '^FAIL' $OUT/results.log)
ntime=$(grep -c '^OK timeout' $OUT/results.log)
summary="$count variants (seed $seed): $(grep -c '^OK rejected' $OUT/results.log) rejected,\
 $(grep -c '^OK ran' $OUT/results.log) ran, $(grep -c '^OK signal' $OUT/results.log) guest signals, $ntime timeouts"
if [ "$nfail" -gt 0 ]; then
    # One counted line; the first few failures as indented detail.
    echo "FAIL fuzz-loader: $nfail bad outcomes; $summary"
    sort -t- -k2n $OUT/results.log | grep -A3 '^FAIL' | grep '^FAIL\|^  stderr' | head -20 | sed 's/^FAIL /  /'
    [ "$nfail" -gt 10 ] && echo "  ... (all in $OUT/results.log)"
    exit 1
fi
if [ "$ntime" -gt $((count / 20)) ]; then
    echo "FAIL fuzz-loader: too many timeouts; $summary"
    exit 1
fi
echo "PASS fuzz-loader $summary"
