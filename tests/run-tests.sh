#!/bin/bash
# The one test runner (make check runs it after building). Layers:
#   unit   each $B/tests/test-* binary; every "PASS ..."/"FAIL ..." line counts
#   guest  tests/guest/riscv64/*.c and *.S, cross-compiled and run under mimic;
#          stdout must match NAME.expected (if present), exit status NAME.status
#          (default 0); optional NAME.args (arguments) and NAME.stdin
#   diff   tests/diff/run-diff.sh: random instruction sequences vs qemu-riscv64
#   fuzz   tests/fuzz/run-fuzz.sh: mutated ELF files must not crash the loader
#   bad    bad input (missing file, not an ELF, wrong machine, truncated, ...),
#          help/version options, and guest fatal signals
# Ends with exactly one line "N passed, N failed[, N skipped]"; exits non-zero
# on any failure.
#
#   tests/run-tests.sh [-j JOBS] [LAYER...]
# Environment: MIMIC (default build/mimic-riscv64; point it at qemu-riscv64 to
# try the runner without mimic), CROSS (riscv64-linux-gnu-), DIFF_SEEDS (30),
# DIFF_CASES (200), FUZZ_COUNT (300).
set -u
cd "$(dirname "$0")/.." || exit 1

B=${B:-build} # build directory (make B=...)
MIMIC=${MIMIC:-$B/mimic-riscv64}
CROSS=${CROSS:-riscv64-linux-gnu-}
JOBS=${JOBS:-$(nproc 2> /dev/null || echo 2)}
GUEST_SRC=tests/guest/riscv64
GUEST_OUT=$B/guest/riscv64
RES=$B/test-results
PREFIX="$(basename "$MIMIC"):" # the prefix of mimic's one-line errors
case $(basename "$MIMIC") in
qemu-*) SIGPFX=qemu SIGSFX='( - core dumped)?' ;; # when standing in for mimic
*) SIGPFX=mimic SIGSFX='' ;;
esac
export MIMIC CROSS
ulimit -c 0 # guest signal tests kill the emulator with SIGSEGV and friends

have_mimic() {
    [ -x "$MIMIC" ] || command -v "$MIMIC" > /dev/null 2>&1
}

# ---- unit ------------------------------------------------------------------

layer_unit() {
    local t out rc
    for t in $B/tests/test-*; do
        [ -x "$t" ] || continue
        out=$(timeout 120 "$t" 2>&1)
        rc=$?
        printf '%s\n' "$out" | grep -E '^(PASS|FAIL)\b' | sed "s#^\(PASS\|FAIL\) #\1 $(basename "$t"): #"
        if [ $rc -ne 0 ] && ! printf '%s\n' "$out" | grep -q '^FAIL'; then
            echo "FAIL $(basename "$t"): exit status $rc"
            printf '%s\n' "$out" | tail -5 | sed 's/^/  /'
        elif ! printf '%s\n' "$out" | grep -qE '^(PASS|FAIL)\b'; then
            echo "PASS $(basename "$t")"
        fi
    done
    for t in tests/unit/test-*.c; do
        [ -e "$t" ] || continue
        t=$(basename "$t" .c)
        [ -x "$B/tests/$t" ] || echo "SKIP $t: not built (make unit)"
    done
}

# ---- guest -----------------------------------------------------------------

# Cross-compile one guest program if its binary is missing or older than its
# source or a header beside it. Extra flags come from a "CFLAGS: ..." line in
# the first lines (in a // , # or /* */ comment), e.g. -march=rv64gc_zbb.
guest_build() {
    local src=$1 bin=$2 flags h
    if [ -x "$bin" ] && [ "$bin" -nt "$src" ]; then
        for h in "$(dirname "$src")"/*.h; do
            [ -e "$h" ] && [ "$h" -nt "$bin" ] && break
            h=""
        done
        [ -z "$h" ] && return 0
    fi
    flags=$(head -n 10 "$src" | sed -n 's|^.*CFLAGS:\(.*\)$|\1|p' | head -n 1 | sed 's|\*/.*||')
    # shellcheck disable=SC2086
    ${CROSS}gcc -static -O2 $flags -o "$bin" "$src" -lm 2> "$bin.cc.log"
}

guest_one() {
    local src=$1 name base bin out rc want args=() stdin=/dev/null
    name=$(basename "${src%.*}")
    base=${src%.*}
    bin=$GUEST_OUT/$name
    out=$RES/guest-$name
    if ! guest_build "$src" "$bin"; then
        echo "FAIL guest $name: does not compile"
        head -n 10 "$bin.cc.log" | sed 's/^/  /'
        return
    fi
    [ -f "$base.args" ] && read -r -a args < "$base.args"
    [ -f "$base.stdin" ] && stdin=$base.stdin
    timeout 60 "$MIMIC" "$bin" "${args[@]}" > "$out.out" 2> "$out.err" < "$stdin"
    rc=$?
    want=0
    [ -f "$base.status" ] && want=$(tr -d ' \n' < "$base.status")
    if [ $rc -eq 124 ]; then
        echo "FAIL guest $name: timed out after 60 s"
    elif [ -f "$base.expected" ] && ! cmp -s "$base.expected" "$out.out"; then
        echo "FAIL guest $name: stdout differs from $base.expected (exit $rc)"
        diff -u "$base.expected" "$out.out" | sed -n '3,22p' | sed 's/^/  /'
        tail -n 3 "$out.err" | sed 's/^/  stderr: /'
    elif [ "$rc" != "$want" ]; then
        echo "FAIL guest $name: exit status $rc, expected $want"
        tail -n 3 "$out.err" | sed 's/^/  stderr: /'
    else
        echo "PASS guest $name"
    fi
}

layer_guest() {
    local srcs
    srcs=$(ls $GUEST_SRC/*.c $GUEST_SRC/*.S 2> /dev/null)
    [ -n "$srcs" ] || return 0
    if ! command -v "${CROSS}gcc" > /dev/null; then
        echo "SKIP guest: ${CROSS}gcc not found"
        return
    fi
    mkdir -p $GUEST_OUT
    printf '%s\n' $srcs | xargs -P "$JOBS" -I{} sh -c '"$0" --guest-one "$1" > "$2/guest-one-$(basename "$1").log"' "$0" {} $RES
    for s in $srcs; do
        cat "$RES/guest-one-$(basename "$s").log"
    done
}

# ---- bad input, options, guest signals -------------------------------------

# bad_case NAME KIND CMD...: KIND is "error" (non-zero exit, exactly one
# stderr line starting with the program prefix), "ok" (exit 0, something on
# stdout), or "signal:N:TEXT" (killed by signal N after the uncaught-signal line).
bad_case() {
    local name=$1 kind=$2 how rc lines why=""
    shift 2
    build/tools/runstat -t 20 -o "$RES/bad.stat" "$@" > "$RES/bad.out" 2> "$RES/bad.err" < /dev/null
    read -r how rc _ < "$RES/bad.stat"
    lines=$(wc -l < "$RES/bad.err")
    case $kind in
    error)
        if [ "$how $lines" != "exit 1" ] || [ "$rc" -eq 0 ]; then
            [ "$how" = exit ] && [ "$rc" -eq 0 ] && why="exit status 0"
            [ "$how" != exit ] && why="$how $rc"
            [ "$lines" -ne 1 ] && why="${why:+$why, }$lines stderr lines, expected 1"
        fi
        [ -z "$why" ] && ! grep -q "^$PREFIX " "$RES/bad.err" && why="stderr does not start with '$PREFIX '"
        ;;
    ok)
        [ "$how $rc" = "exit 0" ] || why="$how $rc, expected exit 0"
        [ -s "$RES/bad.out" ] || why="${why:+$why, }nothing on stdout"
        ;;
    signal:*)
        local n=${kind#signal:} text
        text=${n#*:}
        n=${n%%:*}
        [ "$how $rc" = "signal $n" ] || why="$how $rc, expected death by signal $n"
        tail -n 1 "$RES/bad.err" | grep -qE "^$SIGPFX: uncaught target signal $n \($text\)$SIGSFX\$" ||
            why="${why:+$why, }no '$SIGPFX: uncaught target signal $n ($text)' line"
        ;;
    esac
    if [ -n "$why" ]; then
        echo "FAIL bad $name: $why"
        head -n 3 "$RES/bad.err" | sed 's/^/  stderr: /'
    else
        echo "PASS bad $name"
    fi
}

layer_bad() {
    local d=build/bad-input tiny
    mkdir -p $d
    rm -f $d/noperm
    tiny=build/fuzz/tiny
    if [ ! -f $tiny ] || [ $tiny -ot tests/fuzz/tiny.c ]; then
        mkdir -p build/fuzz
        ${CROSS}gcc -static -O2 -s -o $tiny tests/fuzz/tiny.c || echo "FAIL bad: cannot build $tiny"
    fi
    printf 'just some text\n' > $d/text
    printf '#!/bin/sh\necho hi\n' > $d/script
    cp "$(type -P true)" $d/x86_64 # a host (x86-64) executable
    # aarch64: a real one if a cross compiler exists, else patch e_machine (183).
    if command -v aarch64-linux-gnu-gcc > /dev/null; then
        aarch64-linux-gnu-gcc -static -O2 -o $d/aarch64 tests/fuzz/tiny.c
    else
        cp $tiny $d/aarch64
        printf '\267\000' | dd of=$d/aarch64 bs=1 seek=18 conv=notrunc status=none
    fi
    head -c 100 $tiny > $d/trunc-phdrs   # ELF header intact, program headers cut
    head -c 20000 $tiny > $d/trunc-segment
    head -c 10 $tiny > $d/trunc-ident
    : > $d/empty
    cp $tiny $d/noperm
    chmod +x $d/text $d/script $d/x86_64 $d/aarch64 $d/trunc-* $d/empty
    chmod 000 $d/noperm

    bad_case missing-file error "$MIMIC" $d/does-not-exist
    bad_case not-elf error "$MIMIC" $d/text
    bad_case shell-script error "$MIMIC" $d/script
    bad_case empty-file error "$MIMIC" $d/empty
    bad_case x86_64-elf error "$MIMIC" $d/x86_64
    bad_case aarch64-elf error "$MIMIC" $d/aarch64
    bad_case truncated-ident error "$MIMIC" $d/trunc-ident
    bad_case truncated-phdrs error "$MIMIC" $d/trunc-phdrs
    bad_case truncated-segment error "$MIMIC" $d/trunc-segment
    bad_case directory error "$MIMIC" $d
    if [ "$(id -u)" -eq 0 ]; then
        if command -v setpriv > /dev/null; then
            bad_case no-permission error setpriv --reuid=65534 --regid=65534 --clear-groups "$MIMIC" $d/noperm
        else
            echo "SKIP bad no-permission: running as root without setpriv"
        fi
    else
        bad_case no-permission error "$MIMIC" $d/noperm
    fi
    bad_case no-program error "$MIMIC"
    bad_case unknown-option error "$MIMIC" -no-such-option $tiny
    bad_case option-missing-arg error "$MIMIC" -cpu
    bad_case help ok "$MIMIC" -h
    bad_case cpu-help ok "$MIMIC" -cpu help
    bad_case d-help ok "$MIMIC" -d help
    bad_case version ok "$MIMIC" -version

    local b
    for b in whole-sigill:4:Illegal\ instruction whole-segv:11:Segmentation\ fault; do
        local name=${b%%:*}
        if [ -f $GUEST_SRC/$name.c ] && guest_build $GUEST_SRC/$name.c $GUEST_OUT/$name; then
            bad_case "$name" "signal:${b#*:}" "$MIMIC" $GUEST_OUT/$name
        else
            echo "FAIL bad $name: $GUEST_SRC/$name.c missing or does not compile"
        fi
    done
}

# ---- driver ----------------------------------------------------------------

case ${1:-} in
--guest-one) guest_one "$2" 2> /dev/null; exit 0 ;; # internal, for xargs
esac

layers=""
while [ $# -gt 0 ]; do
    case $1 in
    -j) JOBS=$2; shift 2 ;;
    unit | guest | diff | fuzz | bad) layers="$layers $1"; shift ;;
    *) echo "usage: $0 [-j JOBS] [unit|guest|diff|fuzz|bad]..." >&2; exit 2 ;;
    esac
done
layers=${layers:-unit guest diff fuzz bad}
export JOBS

mkdir -p $RES
tests/bench/build-tools.sh || { echo "0 passed, 1 failed"; exit 1; }
log=$RES/all.log
: > $log
for layer in $layers; do
    echo "== $layer"
    if [ "$layer" != unit ] && ! have_mimic; then
        echo "FAIL $layer: $MIMIC not found (build it with make)" | tee -a $log
        continue
    fi
    case $layer in
    unit) layer_unit ;;
    guest) layer_guest ;;
    diff) tests/diff/run-diff.sh -j "$JOBS" --seeds "${DIFF_SEEDS:-30}" --cases "${DIFF_CASES:-200}" ;;
    fuzz) tests/fuzz/run-fuzz.sh -j "$JOBS" --count "${FUZZ_COUNT:-300}" ;;
    bad) layer_bad ;;
    esac 2>&1 | tee -a $log
done
passed=$(grep -c '^PASS' $log)
failed=$(grep -c '^FAIL' $log)
skipped=$(grep -c '^SKIP' $log)
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ]
