#!/bin/bash
# Differential tester for aarch64: random A64 instruction sequences
# (tests/diff/a64gen.c) run under qemu-aarch64 (the oracle) and mimic;
# x0-x28, NZCV, FPSR, FPCR, v0-v31 and scratch memory must match after
# every case.
#
#   tests/diff/run-diff-a64.sh [--seeds N] [--seed S] [--cases N]
#                              [--classes LIST] [--all] [-j JOBS]
#
# --seeds N runs seeds 1..N (default $DIFF_SEEDS or 24), --seed S only
# seed S; --cases is the number of cases per seed (default $DIFF_CASES or
# 200); --classes is a comma list of int, mem, fp, simd, simdfp (default
# $DIFF_CLASSES or these five), plus the opt-in fault (deliberate faults:
# signal, si_code, si_addr and the state in the signal context must match)
# and sp (sp moved into the scratch buffer and used as a base).
#
# Prints one PASS/FAIL line per seed. On a mismatch also: the case, the
# first differing register, the initial values of the registers the case
# names, the case's disassembly, and the case bisected (by regenerating it
# truncated) to the first item whose result differs, with that item's
# inputs and both emulators' results; a fault only under mimic names the
# faulting instruction instead. --all adds a one-line summary of every
# other differing case of the seed.
#
# Environment: MIMIC (default build/mimic-aarch64), QEMU (default
# qemu-aarch64), CROSS (default aarch64-linux-gnu-), OUT (default
# build/diff-a64), A64GEN_EXCLUDE (an extended regex: generated
# instructions matching it are left out, to look past a known bug).
set -u
cd "$(dirname "$0")/../.." || exit 1

MIMIC=${MIMIC:-build/mimic-aarch64}
QEMU=${QEMU:-qemu-aarch64}
CROSS=${CROSS:-aarch64-linux-gnu-}
OUT=${OUT:-build/diff-a64}
MARCH=armv8-a+crc+lse+rcpc

# From state file $1 (harness output), case $2: the registers that text $3
# names (x/w, v/q/d/s/h/b), then NZCV, FPSR and FPCR.
show_regs() {
    local regs r
    regs=$(grep -o -E '\b[xw]([0-9]|1[0-9]|2[0-8])\b|\b[vqdshb]([0-9]|[12][0-9]|3[01])\b' <<< "$3" |
        sed -E 's/^[xw]/x/; s/^[vqdshb]/v/' | sort -u -V)
    for r in $regs nzcv fpsr fpcr; do
        grep -E "^$2 $r " "$1" | sed 's/^/    /'
    done
}

# Disassembly of case $2's body.
body_listing() {
    ${CROSS}objdump -d --no-show-raw-insn "$1" --disassemble="a64_body_$2" 2> /dev/null |
        sed -n '/<a64_body_/,$p' | tail -n +2 | grep -v -e '^Disassembly' -e '^$'
}

# For a harness fault line "CASE fault SIG pc=PC insn=WORD ...": the
# faulting instruction.
fault_insn() {
    local pc
    pc=$(sed -n 's/.* fault .*pc=\(0x[0-9a-f]*\).*/\1/p' <<< "$2")
    [ -z "$pc" ] && return
    echo "  faulting instruction: $(${CROSS}objdump -d "$1" --start-address="$pc" \
        --stop-address=$((pc + 4)) | grep -E '^ +[0-9a-f]+:' | sed 's/^ *//; s/\t/ /g')"
}

build_bin() { # SRC.S BIN
    ${CROSS}gcc -static -no-pie -nostdlib -ffreestanding -fno-stack-protector -mgeneral-regs-only \
        -O2 -march=$MARCH -o "$2" tests/diff/harness-a64.c "$1"
}

# Does case $2 of the truncated build $1 differ between the emulators?
trunc_differs() {
    local tb=$1 c=$2
    { timeout 20 "$QEMU" "$tb" "$c" > "$tb.qemu" 2> /dev/null; } 2> /dev/null
    { timeout 20 "$MIMIC" "$tb" "$c" > "$tb.mimic" 2> /dev/null; } 2> /dev/null
    ! cmp -s "$tb.qemu" "$tb.mimic"
}

# Bisect a differing case over its item count to the first item after which
# the states differ; show that item, its inputs (the state before it under
# qemu) and the registers it leaves different.
bisect_case() {
    local s=$1 cases=$2 cls=$3 c=$4 bin=$5 n lo hi mid tb=$5.t item
    n=$(sed -n "s/^# case $c begin.*items=\([0-9]*\)/\1/p" "$bin.S")
    [ -z "$n" ] && return
    lo=0 hi=$n
    while [ $((hi - lo)) -gt 1 ]; do
        mid=$(((lo + hi) / 2))
        $OUT/a64gen "$s" "$cases" "$cls" "$c" "$mid" > "$tb.S" && build_bin "$tb.S" "$tb" 2> /dev/null || return
        if trunc_differs "$tb" "$c"; then hi=$mid; else lo=$mid; fi
    done
    item=$(sed -n "/^# case $c begin/,/^# case $c end/p" "$bin.S" | sed -n "/^# item $hi\$/,/^# /p" |
        grep -v -e '^#' -e '^\.L' | sed 's/^\t*//')
    echo "  bisected to item $hi of $n:"
    sed 's/^/    /' <<< "$item"
    $OUT/a64gen "$s" "$cases" "$cls" "$c" "$lo" > "$tb.S" && build_bin "$tb.S" "$tb" 2> /dev/null || return
    "$QEMU" "$tb" "$c" > "$tb.before" 2> /dev/null
    echo "  its inputs (state after item $lo under qemu):"
    show_regs "$tb.before" "$c" "$item"
    $OUT/a64gen "$s" "$cases" "$cls" "$c" "$hi" > "$tb.S" && build_bin "$tb.S" "$tb" 2> /dev/null || return
    trunc_differs "$tb" "$c"
    echo "  after it: qemu vs mimic"
    diff "$tb.qemu" "$tb.mimic" | grep '^[<>]' | head -12 | sed 's/^/    /'
}

# Every differing case of a seed, one line each (--all).
list_all() {
    local bin=$1 c q m d
    for c in $(sed 's/ .*//' "$bin.qemu" | uniq); do
        q=$(grep "^$c " "$bin.qemu")
        m=$(grep "^$c " "$bin.mimic")
        [ "$q" = "$m" ] && continue
        d=$(diff <(echo "$q") <(echo "$m"))
        q=$(sed -n 's/^< //p' <<< "$d" | head -1)
        m=$(sed -n 's/^> //p' <<< "$d" | head -1)
        echo "  case $c: qemu '$q'  mimic '${m:-<none>}'"
        fault_insn "$bin" "$m"
    done
}

# One seed: generate, build (cached), run both, compare.
run_seed() {
    local s=$1 cases=$2 cls=$3 bin=$OUT/seed-$1-$2-$3$XTAG
    if [ ! -x "$bin" ] || [ "$bin" -ot $OUT/a64gen ] || [ "$bin" -ot tests/diff/harness-a64.c ] || [ "$bin" -ot tests/diff/harness-scratch.h ]; then
        $OUT/a64gen "$s" "$cases" "$cls" > "$bin.S" &&
            build_bin "$bin.S" "$bin" 2> "$bin.cc.log" || {
            echo "FAIL diff-a64 seed $s: could not build (see $bin.cc.log)"
            return
        }
    fi
    { timeout 60 "$QEMU" "$bin" > "$bin.qemu" 2> /dev/null; } 2> /dev/null
    local qrc=$?
    { timeout 60 "$MIMIC" "$bin" > "$bin.mimic" 2> "$bin.mimic.err"; } 2> /dev/null
    local mrc=$?
    if [ $qrc -ne 0 ] || { [[ $cls != *fault* ]] && grep -q ' fault ' "$bin.qemu"; }; then
        echo "FAIL diff-a64 seed $s: reference emulator exited with $qrc or faulted (generator bug?)"
        return
    fi
    if cmp -s "$bin.qemu" "$bin.mimic" && [ $mrc -eq 0 ]; then
        echo "PASS diff-a64 seed $s ($cases cases, $cls)"
        return
    fi
    # First differing line is "CASE REG VALUE"; a missing line means mimic stopped early.
    local line q m c listing
    line=$(cmp "$bin.qemu" "$bin.mimic" 2> /dev/null | sed -n 's/.* line \([0-9]*\).*/\1/p')
    [ -z "$line" ] && line=$(($(wc -l < "$bin.mimic") + 1))
    q=$(sed -n "${line}p" "$bin.qemu")
    m=$(sed -n "${line}p" "$bin.mimic")
    c=${q%% *}
    echo "FAIL diff-a64 seed $s case ${c:-?}: mimic exit $mrc"
    echo "  first difference: qemu '${q:-<none>}'  mimic '${m:-<none>}'"
    fault_insn "$bin" "$m"
    [ -s "$bin.mimic.err" ] && sed 's/^/  mimic stderr: /' "$bin.mimic.err" | head -5
    if [ -n "$c" ]; then
        # Other registers of the same case that differ too.
        local others
        others=$(diff <(grep "^$c " "$bin.qemu") <(grep "^$c " "$bin.mimic" 2> /dev/null) |
            sed -n 's/^> [0-9]* \([^ ]*\) .*/\1/p' | tr '\n' ' ')
        [ -n "$others" ] && echo "  all differing in case $c: $others"
        listing=$(body_listing "$bin" "$c")
        echo "  initial state (${bin}.S .Ltab_$c; $(sed -n "s/^# case $c begin (\(.*\)).*/\1/p" "$bin.S")):"
        "$QEMU" "$bin" "$c" init > "$bin.init" 2> /dev/null
        show_regs "$bin.init" "$c" "$listing"
        echo "  listing:"
        sed 's/^/    /' <<< "$listing"
        echo "  reproduce: $MIMIC $bin $c   vs   $QEMU $bin $c   (append 'mem' for a memory dump)"
        # a fault only under mimic names the instruction already
        if ! grep -q "^$c fault" "$bin.mimic" || grep -q "^$c fault" "$bin.qemu"; then
            bisect_case "$s" "$cases" "$cls" "$c" "$bin"
        fi
    fi
    [ "$ALL" = 1 ] && list_all "$bin"
}

ALL=${ALL:-0}
seeds=${DIFF_SEEDS:-24} seed="" cases=${DIFF_CASES:-200} jobs=2
classes=${DIFF_CLASSES:-int,mem,fp,simd,simdfp}
while [ $# -gt 0 ]; do
    case $1 in
    --seeds) seeds=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --cases) cases=$2; shift 2 ;;
    --classes) classes=$2; shift 2 ;;
    -j) jobs=$2; shift 2 ;;
    --all) ALL=1; shift ;;
    --one) run_seed "$2" "$3" "$4"; exit 0 ;; # internal, for xargs
    *) echo "usage: $0 [--seeds N] [--seed S] [--cases N] [--classes LIST] [--all] [-j JOBS]" >&2; exit 2 ;;
    esac
done

for t in "${CROSS}gcc" "$QEMU"; do
    if ! command -v "$t" > /dev/null; then
        echo "SKIP diff-a64: $t not found"
        exit 0
    fi
done
mkdir -p $OUT
if [ ! -x $OUT/a64gen ] || [ $OUT/a64gen -ot tests/diff/a64gen.c ] || [ $OUT/a64gen -ot tests/diff/gen-rng.h ]; then
    ${CC:-cc} -O2 -Wall -o $OUT/a64gen tests/diff/a64gen.c || { echo "FAIL diff-a64: a64gen does not build"; exit 1; }
fi
XTAG=
[ -n "${A64GEN_EXCLUDE:-}" ] && XTAG=-x$(printf '%s' "$A64GEN_EXCLUDE" | md5sum | cut -c1-8)
export MIMIC QEMU CROSS OUT ALL XTAG A64GEN_EXCLUDE
if [ -n "$seed" ]; then list=$seed; else list=$(seq 1 "$seeds"); fi
printf '%s\n' $list | xargs -P "$jobs" -I{} sh -c '"$0" --one {} "$1" "$2" > "$3/seed-{}-$1-$2$4.result"' "$0" "$cases" "$classes" $OUT "$XTAG"
fail=0
for s in $list; do
    cat $OUT/seed-$s-$cases-$classes$XTAG.result
    grep -q '^FAIL' $OUT/seed-$s-$cases-$classes$XTAG.result && fail=1
done
exit $fail
