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
#   conf   tests/linux-user/conf/conf-*.c built for x86-64 (run natively: the
#          expected output) and for riscv64, static and dynamic (run under
#          mimic, dynamic ones without -L); one PASS/FAIL per check line and
#          build. Checks a crashed or hung run never printed are re-run alone
#   stress tests/linux-user/stress/stress-*.c (static and dynamic), each run
#          STRESS_RUNS times (half static, half dynamic), with a timeout per
#          run; every run must print "ok ..." and exit 0
#   dynamic  tests/linux-user/dynamic.sh, when present (dynamically linked
#          programs against the Debian cross sysroot, without -L)
# Ends with exactly one line "N passed, N failed[, N skipped]"; exits non-zero
# on any failure.
#
#   tests/run-tests.sh [-j JOBS] [LAYER...]
# Environment: MIMIC (default build/mimic-riscv64; point it at qemu-riscv64 to
# try the runner without mimic), CROSS (riscv64-linux-gnu-), DIFF_SEEDS (30),
# DIFF_CASES (200), FUZZ_COUNT (300), STRESS_RUNS (50), SYSROOT
# (/usr/riscv64-linux-gnu: given to qemu as QEMU_LD_PREFIX).
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
SYSROOT=${SYSROOT:-/usr/riscv64-linux-gnu}
LU_SRC=tests/linux-user
LU_OUT=$B/linux-user
export MIMIC CROSS B
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

# ---- linux-user: conformance, stress, dynamic ---------------------------------

# Checks excluded when MIMIC is qemu-riscv64 (7.2), each for a qemu bug or
# limitation; mimic must pass them all.
QEMU_EXCLUDE=(
    # MAP_FIXED_NOREPLACE over an existing mapping replaces it, no EEXIST
    mm.fixed-noreplace
    # a brk that shrinks leaves the pages above the new break mapped
    mm.brk
    # sa_mask is not blocked while a riscv64 guest's handler runs
    sig.queueing sig.handler-mask
    # only readlink() and open() of /proc/self/exe are emulated; stat()
    # sees qemu itself
    proc.proc-exe-stat
    # qemu cannot execve a riscv64 binary without binfmt_misc; mimic re-runs
    # itself for guest binaries
    proc.exec-self proc.spawn-self
    # /proc/self/stat is emulated with the state 0 and comm the file name
    misc.proc-stat
)

is_qemu() {
    [ "$SIGPFX" = qemu ]
}

# lu_build SRC BIN KIND: build one program if BIN is missing or older than
# SRC or a header beside it. KIND: native, static or dynamic (riscv64).
lu_build() {
    local src=$1 bin=$2 kind=$3 h
    if [ -x "$bin" ] && [ "$bin" -nt "$src" ]; then
        for h in "$(dirname "$src")"/*.h; do
            [ -e "$h" ] && [ "$h" -nt "$bin" ] && break
            h=""
        done
        [ -z "$h" ] && return 0
    fi
    case $kind in
    native) ${CC:-cc} -O2 -Wall -pthread -o "$bin" "$src" 2> "$bin.cc.log" ;;
    static) ${CROSS}gcc -static -O2 -Wall -pthread -o "$bin" "$src" -latomic 2> "$bin.cc.log" ;;
    dynamic) ${CROSS}gcc -O2 -Wall -pthread -o "$bin" "$src" -latomic 2> "$bin.cc.log" ;;
    esac
}

# Run a riscv64 program under $MIMIC with a time limit (qemu gets the sysroot
# through QEMU_LD_PREFIX; mimic finds it by default, so it gets no -L).
lu_run() {
    local secs=$1
    shift
    if is_qemu; then
        QEMU_LD_PREFIX=${QEMU_LD_PREFIX:-$SYSROOT} timeout -k 5 "$secs" "$MIMIC" "$@"
    else
        timeout -k 5 "$secs" "$MIMIC" "$@"
    fi
}

# The check named by an output line ("ok NAME: ..." / "FAIL NAME: ...").
conf_line_name() {
    local l=${1#* }
    l=${l%%:*}
    printf '%s\n' "${l%% *}"
}

# conf_one PROG KIND: one conformance program, one build; one line per check.
conf_one() {
    local prog=$1 kind=$2 bin=$LU_OUT/$1.$2 res=$RES/lu-$1.$2
    local rc one_rc line name got want ex hung=0
    if [ ! -s "$RES/lu-$prog.native" ]; then
        echo "FAIL conf-$kind $prog: no native output to compare with"
        return
    fi
    if ! lu_build "$LU_SRC/conf/$prog.c" "$bin" "$kind"; then
        echo "FAIL conf-$kind $prog: does not compile"
        head -n 5 "$bin.cc.log" | sed 's/^/  /'
        return
    fi
    CONF_ENV=hello lu_run 60 "$bin" > "$res.out" 2> "$res.err" < /dev/null
    rc=$?
    declare -A seen=()
    while IFS= read -r line; do
        seen[$(conf_line_name "$line")]=$line
    done < "$res.out"
    while IFS= read -r want; do
        name=$(conf_line_name "$want")
        if is_qemu; then
            for ex in "${QEMU_EXCLUDE[@]}"; do
                if [ "$ex" = "$name" ]; then
                    echo "SKIP conf-$kind $name: excluded for qemu (see QEMU_EXCLUDE)"
                    unset "seen[$name]"
                    continue 2
                fi
            done
        fi
        got=${seen[$name]-}
        # Lost to a crash or a hang: run it alone (after 3 checks that hang
        # alone too, give up on the rest rather than wait for each).
        if [ -z "$got" ] && [ $rc -ne 0 ] && [ $hung -lt 3 ]; then
            CONF_ENV=hello lu_run 10 "$bin" "$name" > "$res.one" 2>> "$res.err" < /dev/null
            one_rc=$?
            got=$(head -n 1 "$res.one")
            [ $one_rc -eq 124 ] || [ $one_rc -eq 137 ] && hung=$((hung + 1))
            [ -n "$got" ] || got="(no output when run alone: $(rc_str $one_rc))"
        fi
        unset "seen[$name]"
        if [ "$got" = "$want" ]; then
            echo "PASS conf-$kind $name"
        else
            echo "FAIL conf-$kind $name"
            echo "  want: $want"
            echo "  got:  ${got:-(missing; the whole run ended: $(rc_str $rc))}"
        fi
    done < "$RES/lu-$prog.native"
    for name in "${!seen[@]}"; do
        echo "FAIL conf-$kind $prog: unexpected line: ${seen[$name]}"
    done
    if [ $rc -ne 0 ]; then
        echo "FAIL conf-$kind $prog: the whole run ended: $(rc_str $rc)"
        tail -n 3 "$res.err" | sed 's/^/  stderr: /'
    fi
}

rc_str() {
    case $1 in
    124 | 137) echo "timed out" ;;
    0) echo "exit 0" ;;
    *) [ "$1" -gt 128 ] && echo "killed by signal $(($1 - 128))" || echo "exit $1" ;;
    esac
}

layer_conf() {
    local src prog out rc
    if ! command -v "${CROSS}gcc" > /dev/null; then
        echo "SKIP conf: ${CROSS}gcc not found"
        return
    fi
    mkdir -p "$LU_OUT"
    # The native runs give the expected lines.
    for src in "$LU_SRC"/conf/conf-*.c; do
        prog=$(basename "$src" .c)
        out=$RES/lu-$prog.native
        rm -f "$out"
        if ! lu_build "$src" "$LU_OUT/$prog" native; then
            echo "FAIL conf native $prog: does not compile"
            head -n 5 "$LU_OUT/$prog.cc.log" | sed 's/^/  /'
            continue
        fi
        CONF_ENV=hello timeout -k 5 60 "$LU_OUT/$prog" > "$out.all" 2> "$out.err" < /dev/null
        rc=$?
        # A check failing natively is a test bug or a host without the
        # feature: it fails here once and is not compared.
        grep -v '^ok ' "$out.all" | sed 's/^/FAIL conf native: /'
        [ $rc -eq 0 ] || echo "FAIL conf native $prog: $(rc_str $rc)"
        grep '^ok ' "$out.all" > "$out"
    done
    for src in "$LU_SRC"/conf/conf-*.c; do
        prog=$(basename "$src" .c)
        printf '%s static\n%s dynamic\n' "$prog" "$prog"
    done | xargs -P "$JOBS" -L 1 sh -c '"$0" --conf-one "$2" "$3" > "$1/lu-$2.$3.log"' "$0" "$RES"
    for src in "$LU_SRC"/conf/conf-*.c; do
        prog=$(basename "$src" .c)
        cat "$RES/lu-$prog.static.log" "$RES/lu-$prog.dynamic.log"
    done
}

# stress_one PROG KIND N: run N of one stress program; writes N.rc, N.out, N.err.
stress_one() {
    local prog=$1 kind=$2 n=$3 res=$RES/stress/$1.$2.$3 args=()
    # qemu 7.2 aborts on pthread_create in a child forked from a threaded process
    is_qemu && [ "$prog" = stress-fork ] && args=(--no-child-thread)
    lu_run 30 "$LU_OUT/$prog.$kind" "${args[@]}" > "$res.out" 2> "$res.err" < /dev/null
    echo $? > "$res.rc"
}

layer_stress() {
    local src prog kind runs=${STRESS_RUNS:-50} i rc failed first
    if ! command -v "${CROSS}gcc" > /dev/null; then
        echo "SKIP stress: ${CROSS}gcc not found"
        return
    fi
    mkdir -p "$LU_OUT" "$RES/stress"
    rm -f "$RES"/stress/*
    local progs=""
    for src in "$LU_SRC"/stress/stress-*.c; do
        prog=$(basename "$src" .c)
        for kind in static dynamic; do
            if ! lu_build "$src" "$LU_OUT/$prog.$kind" "$kind"; then
                echo "FAIL stress $prog $kind: does not compile"
                head -n 5 "$LU_OUT/$prog.$kind.cc.log" | sed 's/^/  /'
                continue 2
            fi
        done
        progs="$progs $prog"
    done
    # Runs interleaved across programs and builds, JOBS at a time.
    for i in $(seq 1 "$runs"); do
        kind=static
        [ $((i % 2)) -eq 0 ] && kind=dynamic
        for prog in $progs; do
            echo "$prog $kind $i"
        done
    done | xargs -P "$JOBS" -L 1 sh -c '"$0" --stress-one "$1" "$2" "$3"' "$0"
    for prog in $progs; do
        failed=0 first=""
        for i in $(seq 1 "$runs"); do
            kind=static
            [ $((i % 2)) -eq 0 ] && kind=dynamic
            local r=$RES/stress/$prog.$kind.$i
            rc=$(cat "$r.rc" 2> /dev/null || echo 255)
            if [ "$rc" != 0 ] || ! grep -q '^ok ' "$r.out"; then
                failed=$((failed + 1))
                [ -n "$first" ] || first=$r
            fi
        done
        if [ $failed -eq 0 ]; then
            echo "PASS stress ${prog#stress-}: $runs runs, static and dynamic"
        else
            echo "FAIL stress ${prog#stress-}: $failed of $runs runs failed; first: ${first##*/} ($(rc_str "$(cat "$first.rc" 2> /dev/null || echo 255)"))"
            head -n 2 "$first.out" | sed 's/^/  stdout: /'
            tail -n 3 "$first.err" | sed 's/^/  stderr: /'
        fi
    done
}

layer_dynamic() {
    if [ -x "$LU_SRC/dynamic.sh" ]; then
        "$LU_SRC/dynamic.sh"
    elif [ -f "$LU_SRC/dynamic.sh" ]; then
        bash "$LU_SRC/dynamic.sh"
    else
        echo "SKIP dynamic: $LU_SRC/dynamic.sh not present yet"
    fi
}

# ---- driver ----------------------------------------------------------------

case ${1:-} in
--guest-one) guest_one "$2" 2> /dev/null; exit 0 ;; # internal, for xargs
--conf-one) conf_one "$2" "$3"; exit 0 ;;
--stress-one) stress_one "$2" "$3" "$4"; exit 0 ;;
esac

layers=""
while [ $# -gt 0 ]; do
    case $1 in
    -j) JOBS=$2; shift 2 ;;
    unit | guest | diff | fuzz | bad | conf | stress | dynamic) layers="$layers $1"; shift ;;
    *) echo "usage: $0 [-j JOBS] [unit|guest|diff|fuzz|bad|conf|stress|dynamic]..." >&2; exit 2 ;;
    esac
done
layers=${layers:-unit guest diff fuzz bad conf stress dynamic}
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
    conf) layer_conf ;;
    stress) layer_stress ;;
    dynamic) layer_dynamic ;;
    esac 2>&1 | tee -a $log
done
passed=$(grep -c '^PASS' $log)
failed=$(grep -c '^FAIL' $log)
skipped=$(grep -c '^SKIP' $log)
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ]
