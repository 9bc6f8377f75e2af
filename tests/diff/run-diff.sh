#!/bin/bash
# Differential tester: random riscv64 instruction sequences (tests/diff/rvgen.c)
# run under qemu-riscv64 (the oracle) and mimic; registers, FP registers,
# fcsr and scratch memory must match after every case.
#
#   tests/diff/run-diff.sh [--seeds N] [--seed S] [--cases N] [-j JOBS]
#
# --seeds N runs seeds 1..N (default 30), --seed S only seed S; --cases is
# the number of cases per seed (default 200). Prints one PASS/FAIL line per
# seed; on a mismatch also the case, the first differing register and the
# case's listing. Environment: MIMIC (default build/mimic-riscv64), QEMU
# (default qemu-riscv64), CROSS (default riscv64-linux-gnu-).
set -u
cd "$(dirname "$0")/../.." || exit 1

MIMIC=${MIMIC:-build/mimic-riscv64}
QEMU=${QEMU:-qemu-riscv64}
CROSS=${CROSS:-riscv64-linux-gnu-}
OUT=build/diff
MARCH=rv64gc_zba_zbb_zbs

# One seed: generate, build (cached), run both, compare.
run_seed() {
    local s=$1 cases=$2 bin=$OUT/seed-$1-$2
    if [ ! -x "$bin" ] || [ "$bin" -ot $OUT/rvgen ] || [ "$bin" -ot tests/diff/harness.c ] || [ "$bin" -ot tests/diff/harness-scratch.h ]; then
        $OUT/rvgen "$s" "$cases" > "$bin.S" &&
            ${CROSS}gcc -static -O2 -march=$MARCH -o "$bin" tests/diff/harness.c "$bin.S" 2> "$bin.cc.log" || {
            echo "FAIL diff seed $s: could not build (see $bin.cc.log)"
            return
        }
    fi
    timeout 60 "$QEMU" "$bin" > "$bin.qemu" 2> /dev/null
    local qrc=$?
    timeout 60 "$MIMIC" "$bin" > "$bin.mimic" 2> "$bin.mimic.err"
    local mrc=$?
    if [ $qrc -ne 0 ]; then
        echo "FAIL diff seed $s: reference emulator exited with $qrc (generator bug?)"
        return
    fi
    if cmp -s "$bin.qemu" "$bin.mimic" && [ $mrc -eq 0 ]; then
        echo "PASS diff seed $s ($cases cases)"
        return
    fi
    # First differing line is "CASE REG VALUE"; a missing line means mimic stopped early.
    local line q m c
    line=$(cmp "$bin.qemu" "$bin.mimic" 2> /dev/null | sed -n 's/.* line \([0-9]*\).*/\1/p')
    [ -z "$line" ] && line=$(($(wc -l < "$bin.mimic") + 1))
    q=$(sed -n "${line}p" "$bin.qemu")
    m=$(sed -n "${line}p" "$bin.mimic")
    c=${q%% *}
    echo "FAIL diff seed $s case ${c:-?}: mimic exit $mrc"
    echo "  first difference: qemu '${q:-<none>}'  mimic '${m:-<none>}'"
    [ -s "$bin.mimic.err" ] && sed 's/^/  mimic stderr: /' "$bin.mimic.err" | head -5
    if [ -n "$c" ]; then
        echo "  initial state: .Ltab_$c in $bin.S; listing:"
        sed -n "/^# case $c begin/,/^# case $c end/p" "$bin.S" | sed 's/^/    /'
        echo "  reproduce: $MIMIC $bin $c   vs   $QEMU $bin $c"
    fi
}

seeds=30 seed="" cases=200 jobs=2
while [ $# -gt 0 ]; do
    case $1 in
    --seeds) seeds=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --cases) cases=$2; shift 2 ;;
    -j) jobs=$2; shift 2 ;;
    --one) run_seed "$2" "$3"; exit 0 ;; # internal, for xargs
    *) echo "usage: $0 [--seeds N] [--seed S] [--cases N] [-j JOBS]" >&2; exit 2 ;;
    esac
done

for t in "${CROSS}gcc" "$QEMU"; do
    if ! command -v "$t" > /dev/null; then
        echo "SKIP diff: $t not found"
        exit 0
    fi
done
mkdir -p $OUT
if [ ! -x $OUT/rvgen ] || [ $OUT/rvgen -ot tests/diff/rvgen.c ] || [ $OUT/rvgen -ot tests/diff/gen-rng.h ]; then
    ${CC:-cc} -O2 -Wall -o $OUT/rvgen tests/diff/rvgen.c || { echo "FAIL diff: rvgen does not build"; exit 1; }
fi
export MIMIC QEMU CROSS
if [ -n "$seed" ]; then list=$seed; else list=$(seq 1 "$seeds"); fi
printf '%s\n' $list | xargs -P "$jobs" -I{} sh -c '"$0" --one {} "$1" > "$2/seed-{}-$1.result"' "$0" "$cases" $OUT
fail=0
for s in $list; do
    cat $OUT/seed-$s-$cases.result
    grep -q '^FAIL' $OUT/seed-$s-$cases.result && fail=1
done
exit $fail
