#!/bin/bash
# The one test runner (make check runs it after building). Layers:
#   unit   each $B/tests/test-* binary; every "PASS ..."/"FAIL ..." line counts
#   guest  for each guest ARCH: tests/guest/ARCH/*.c and *.S, and the
#          arch-neutral tests/guest/common/*.c (built for every guest; an
#          ARCH file of the same name wins), cross-compiled and run under
#          mimic-ARCH; stdout must match NAME.expected (if present), exit
#          status NAME.status (default 0); optional NAME.args (arguments) and
#          NAME.stdin. A NAME.ARCH.expected (.status, .args, .stdin) beside
#          a common test takes the place of the plain one for that guest
#   diff   random instruction sequences vs the reference emulator:
#          tests/diff/run-diff.sh (riscv64), tests/diff/run-diff-a64.sh
#          (aarch64, when present)
#   fuzz   tests/fuzz/run-fuzz.sh: mutated ELF files must not crash the loader
#   bad    per guest: bad input (missing file, not an ELF, wrong machine,
#          truncated, ...), help/version options, and guest fatal signals
#   conf   tests/linux-user/conf/conf-*.c built for x86-64 (run natively: the
#          expected output) and for each guest, static and dynamic (run under
#          mimic, dynamic ones without -L); one PASS/FAIL per check line and
#          build. Checks a crashed or hung run never printed are re-run alone
#   stress tests/linux-user/stress/stress-*.c (static and dynamic), each run
#          STRESS_RUNS times per guest (half static, half dynamic), with a
#          timeout per run; every run must print "ok ..." and exit 0
#   dynamic  tests/linux-user/dynamic.sh per guest, when present (dynamically
#          linked programs against the Debian cross sysroot, without -L)
#   debian tests/linux-user/debian-arm64.sh, when present (Debian arm64
#          programs under mimic-aarch64)
#   binfmt tests/linux-user/binfmt.sh: foreign programs and #! scripts run
#          as ./prog through binfmt_misc (a uniquely named entry, always
#          removed), argv[0] with and without P, the O descriptor
# Every PASS/FAIL line names the guest ("PASS guest aarch64/sys-files").
# Ends with exactly one line "N passed, N failed[, N skipped]"; exits non-zero
# on any failure.
#
#   tests/run-tests.sh [-j JOBS] [LAYER...]
# Environment: GUESTS ("riscv64 aarch64"); MIMIC_RISCV64, MIMIC_AARCH64
# ($B/mimic-ARCH); CROSS_RISCV64, CROSS_AARCH64 (riscv64-linux-gnu-,
# aarch64-linux-gnu-). MIMIC alone (e.g. MIMIC=qemu-aarch64, to try the runner
# without mimic) picks the guest its name ends with and runs only that one;
# CROSS then goes with it. DIFF_SEEDS (30), DIFF_CASES (200), FUZZ_COUNT
# (300), STRESS_RUNS (50). The sysroots /usr/ARCH-linux-gnu are given to qemu
# as QEMU_LD_PREFIX.
set -u
cd "$(dirname "$0")/.." || exit 1

B=${B:-build} # build directory (make B=...)
JOBS=${JOBS:-$(nproc 2> /dev/null || echo 2)}
RES=$B/test-results
LU_SRC=tests/linux-user
COMMON_SRC=tests/guest/common
export B
ulimit -c 0 # guest signal tests kill the emulator with SIGSEGV and friends

# The guests to test and, for each, its emulator and cross compiler. A MIMIC
# (or CROSS) from the environment belongs to the guest MIMIC's name ends in.
if [ -n "${MIMIC:-}" ] && [ -z "${GUESTS:-}" ]; then
    case $(basename "$MIMIC") in
    *aarch64*) GUESTS=aarch64 ;;
    *) GUESTS=riscv64 ;;
    esac
    case $GUESTS in
    aarch64) MIMIC_AARCH64=${MIMIC_AARCH64:-$MIMIC} CROSS_AARCH64=${CROSS_AARCH64:-${CROSS:-}} ;;
    riscv64) MIMIC_RISCV64=${MIMIC_RISCV64:-$MIMIC} CROSS_RISCV64=${CROSS_RISCV64:-${CROSS:-}} ;;
    esac
fi
GUESTS=${GUESTS:-riscv64 aarch64}
MIMIC_RISCV64=${MIMIC_RISCV64:-$B/mimic-riscv64}
MIMIC_AARCH64=${MIMIC_AARCH64:-$B/mimic-aarch64}
CROSS_RISCV64=${CROSS_RISCV64:-riscv64-linux-gnu-}
CROSS_AARCH64=${CROSS_AARCH64:-aarch64-linux-gnu-}
export GUESTS MIMIC_RISCV64 MIMIC_AARCH64 CROSS_RISCV64 CROSS_AARCH64

# guest_setup ARCH: point the per-guest variables at ARCH.
guest_setup() {
    ARCH=$1
    case $ARCH in
    riscv64) MIMIC=$MIMIC_RISCV64 CROSS=$CROSS_RISCV64 ;;
    aarch64) MIMIC=$MIMIC_AARCH64 CROSS=$CROSS_AARCH64 ;;
    *) echo "run-tests.sh: unknown guest $ARCH" >&2; exit 2 ;;
    esac
    SYSROOT=/usr/$ARCH-linux-gnu
    GUEST_SRC=tests/guest/$ARCH
    GUEST_OUT=$B/guest/$ARCH
    LU_OUT=$B/linux-user/$ARCH
    PREFIX="$(basename "$MIMIC"):" # the prefix of mimic's one-line errors
    case $(basename "$MIMIC") in
    qemu-*) SIGPFX=qemu SIGSFX='( - core dumped)?' ;; # when standing in for mimic
    *) SIGPFX=mimic SIGSFX='' ;;
    esac
}

have_mimic() {
    [ -x "$MIMIC" ] || command -v "$MIMIC" > /dev/null 2>&1
}

have_cross() {
    command -v "${CROSS}gcc" > /dev/null
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

# guest_file BASE EXT: BASE.ARCH.EXT if it exists, else BASE.EXT.
guest_file() {
    if [ -f "$1.$ARCH.$2" ]; then
        echo "$1.$ARCH.$2"
    else
        echo "$1.$2"
    fi
}

# The guest sources for ARCH: its own, then the common ones it has no
# program of the same name for.
guest_sources() {
    local s n
    ls $GUEST_SRC/*.c $GUEST_SRC/*.S 2> /dev/null
    for s in $COMMON_SRC/*.c $COMMON_SRC/*.S; do
        [ -f "$s" ] || continue
        n=$(basename "${s%.*}")
        [ -f "$GUEST_SRC/$n.c" ] || [ -f "$GUEST_SRC/$n.S" ] || echo "$s"
    done
}

# The source of guest program NAME for ARCH, or nothing.
guest_source_of() {
    local f
    for f in $GUEST_SRC/$1.c $GUEST_SRC/$1.S $COMMON_SRC/$1.c $COMMON_SRC/$1.S; do
        [ -f "$f" ] && { echo "$f"; return; }
    done
}

guest_one() {
    local src=$1 name base bin out rc want args=() stdin=/dev/null exp st
    name=$(basename "${src%.*}")
    base=${src%.*}
    bin=$GUEST_OUT/$name
    out=$RES/guest-$ARCH-$name
    if ! guest_build "$src" "$bin"; then
        echo "FAIL guest $ARCH/$name: does not compile"
        head -n 10 "$bin.cc.log" | sed 's/^/  /'
        return
    fi
    [ -f "$(guest_file "$base" args)" ] && read -r -a args < "$(guest_file "$base" args)"
    [ -f "$(guest_file "$base" stdin)" ] && stdin=$(guest_file "$base" stdin)
    timeout 60 "$MIMIC" "$bin" "${args[@]}" > "$out.out" 2> "$out.err" < "$stdin"
    rc=$?
    want=0
    st=$(guest_file "$base" status)
    [ -f "$st" ] && want=$(tr -d ' \n' < "$st")
    exp=$(guest_file "$base" expected)
    if [ $rc -eq 124 ]; then
        echo "FAIL guest $ARCH/$name: timed out after 60 s"
    elif [ -f "$exp" ] && ! cmp -s "$exp" "$out.out"; then
        echo "FAIL guest $ARCH/$name: stdout differs from $exp (exit $rc)"
        diff -u "$exp" "$out.out" | sed -n '3,22p' | sed 's/^/  /'
        tail -n 3 "$out.err" | sed 's/^/  stderr: /'
    elif [ "$rc" != "$want" ]; then
        echo "FAIL guest $ARCH/$name: exit status $rc, expected $want"
        tail -n 3 "$out.err" | sed 's/^/  stderr: /'
    else
        echo "PASS guest $ARCH/$name"
    fi
}

layer_guest() {
    local srcs
    srcs=$(guest_sources)
    [ -n "$srcs" ] || return 0
    if ! have_cross; then
        echo "SKIP guest $ARCH: ${CROSS}gcc not found"
        return
    fi
    mkdir -p $GUEST_OUT
    printf '%s\n' $srcs | xargs -P "$JOBS" -I{} sh -c '"$0" --guest-one "$1" "$2" > "$3/guest-one-$1-$(basename "$2").log"' "$0" "$ARCH" {} $RES
    for s in $srcs; do
        cat "$RES/guest-one-$ARCH-$(basename "$s").log"
    done
}

# ---- bad input, options, guest signals -------------------------------------

# bad_case NAME KIND CMD...: KIND is "error" (non-zero exit, exactly one
# stderr line starting with the program prefix), "ok" (exit 0, something on
# stdout), or "signal:N:TEXT" (killed by signal N after the uncaught-signal line).
bad_case() {
    local name=$1 kind=$2 how rc lines why="" st=$RES/bad-$ARCH
    shift 2
    build/tools/runstat -t 20 -o "$st.stat" "$@" > "$st.out" 2> "$st.err" < /dev/null
    read -r how rc _ < "$st.stat"
    lines=$(wc -l < "$st.err")
    case $kind in
    error)
        if [ "$how $lines" != "exit 1" ] || [ "$rc" -eq 0 ]; then
            [ "$how" = exit ] && [ "$rc" -eq 0 ] && why="exit status 0"
            [ "$how" != exit ] && why="$how $rc"
            [ "$lines" -ne 1 ] && why="${why:+$why, }$lines stderr lines, expected 1"
        fi
        [ -z "$why" ] && ! grep -q "^$PREFIX " "$st.err" && why="stderr does not start with '$PREFIX '"
        ;;
    ok)
        [ "$how $rc" = "exit 0" ] || why="$how $rc, expected exit 0"
        [ -s "$st.out" ] || why="${why:+$why, }nothing on stdout"
        ;;
    signal:*)
        local n=${kind#signal:} text
        text=${n#*:}
        n=${n%%:*}
        [ "$how $rc" = "signal $n" ] || why="$how $rc, expected death by signal $n"
        tail -n 1 "$st.err" | grep -qE "^$SIGPFX: uncaught target signal $n \($text\)$SIGSFX\$" ||
            why="${why:+$why, }no '$SIGPFX: uncaught target signal $n ($text)' line"
        ;;
    esac
    if [ -n "$why" ]; then
        echo "FAIL bad $ARCH/$name: $why"
        head -n 3 "$st.err" | sed 's/^/  stderr: /'
    else
        echo "PASS bad $ARCH/$name"
    fi
}

# foreign_elf ARCH OUT: a static ELF for another guest: built when its cross
# compiler exists, else ours with e_machine patched.
foreign_elf() {
    local other=$1 out=$2 cc em
    case $other in
    riscv64) cc=$CROSS_RISCV64 em='\363\000' ;; # EM_RISCV 243
    aarch64) cc=$CROSS_AARCH64 em='\267\000' ;; # EM_AARCH64 183
    esac
    if command -v "${cc}gcc" > /dev/null; then
        "${cc}gcc" -static -O2 -o "$out" tests/fuzz/tiny.c
    else
        cp "$B/bad-input/$ARCH/tiny" "$out"
        printf "$em" | dd of="$out" bs=1 seek=18 conv=notrunc status=none
    fi
}

layer_bad() {
    local d=$B/bad-input/$ARCH tiny other
    tiny=$d/tiny
    mkdir -p $d
    rm -f $d/noperm
    if [ ! -f $tiny ] || [ $tiny -ot tests/fuzz/tiny.c ]; then
        ${CROSS}gcc -static -O2 -s -o $tiny tests/fuzz/tiny.c || echo "FAIL bad $ARCH: cannot build $tiny"
    fi
    other=aarch64
    [ "$ARCH" = aarch64 ] && other=riscv64
    printf 'just some text\n' > $d/text
    printf '#!/bin/sh\necho hi\n' > $d/script
    cp "$(type -P true)" $d/x86_64 # a host (x86-64) executable
    [ -f $d/$other ] && [ $d/$other -nt tests/fuzz/tiny.c ] || foreign_elf $other $d/$other
    head -c 100 $tiny > $d/trunc-phdrs   # ELF header intact, program headers cut
    head -c 20000 $tiny > $d/trunc-segment
    head -c 10 $tiny > $d/trunc-ident
    : > $d/empty
    cp $tiny $d/noperm
    chmod +x $d/text $d/script $d/x86_64 $d/$other $d/trunc-* $d/empty
    chmod 000 $d/noperm

    bad_case missing-file error "$MIMIC" $d/does-not-exist
    bad_case not-elf error "$MIMIC" $d/text
    bad_case shell-script error "$MIMIC" $d/script
    bad_case empty-file error "$MIMIC" $d/empty
    bad_case x86_64-elf error "$MIMIC" $d/x86_64
    bad_case $other-elf error "$MIMIC" $d/$other
    bad_case truncated-ident error "$MIMIC" $d/trunc-ident
    bad_case truncated-phdrs error "$MIMIC" $d/trunc-phdrs
    bad_case truncated-segment error "$MIMIC" $d/trunc-segment
    bad_case directory error "$MIMIC" $d
    if [ "$(id -u)" -eq 0 ]; then
        if command -v setpriv > /dev/null; then
            bad_case no-permission error setpriv --reuid=65534 --regid=65534 --clear-groups "$MIMIC" $d/noperm
        else
            echo "SKIP bad $ARCH/no-permission: running as root without setpriv"
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

    local b name src
    for b in whole-sigill:4:Illegal\ instruction whole-segv:11:Segmentation\ fault; do
        name=${b%%:*}
        src=$(guest_source_of "$name")
        mkdir -p $GUEST_OUT
        if [ -n "$src" ] && guest_build "$src" $GUEST_OUT/$name; then
            bad_case "$name" "signal:${b#*:}" "$MIMIC" $GUEST_OUT/$name
        else
            echo "FAIL bad $ARCH/$name: no $name.c or .S for $ARCH (or it does not compile)"
        fi
    done
}

# ---- linux-user: conformance, stress, dynamic ---------------------------------

# Checks excluded when MIMIC is qemu-ARCH (7.2), each for a qemu bug or
# limitation; mimic must pass them all.
QEMU_EXCLUDE_RISCV64=(
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
QEMU_EXCLUDE_AARCH64=(
    # the same qemu limitations as for riscv64 (sa_mask is honoured here)
    mm.fixed-noreplace mm.brk proc.proc-exe-stat proc.exec-self
    proc.spawn-self misc.proc-stat
    # set_robust_list is not passed on: a dead owner's robust mutex is never
    # marked EOWNERDEAD
    thr.robust-mutex
)

is_qemu() {
    [ "$SIGPFX" = qemu ]
}

# is_qemu_excluded CHECK: true when running under qemu and CHECK is on the
# list for this guest.
is_qemu_excluded() {
    local ex list
    is_qemu || return 1
    case $ARCH in
    riscv64) list=("${QEMU_EXCLUDE_RISCV64[@]}") ;;
    aarch64) list=("${QEMU_EXCLUDE_AARCH64[@]}") ;;
    esac
    for ex in "${list[@]}"; do
        [ "$ex" = "$1" ] && return 0
    done
    return 1
}

# lu_build SRC BIN KIND: build one program if BIN is missing or older than
# SRC or a header beside it. KIND: native, static or dynamic (the guest).
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

# Run a guest program under $MIMIC with a time limit (qemu gets the sysroot
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
    local prog=$1 kind=$2 bin=$LU_OUT/$1.$2 res=$RES/lu-$ARCH-$1.$2
    local rc one_rc line name got want hung=0 tag="conf-$kind $ARCH"
    if [ ! -s "$RES/lu-$prog.native" ]; then
        echo "FAIL $tag/$prog: no native output to compare with"
        return
    fi
    if ! lu_build "$LU_SRC/conf/$prog.c" "$bin" "$kind"; then
        echo "FAIL $tag/$prog: does not compile"
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
        if is_qemu_excluded "$name"; then
            echo "SKIP $tag/$name: excluded for qemu (see QEMU_EXCLUDE_*)"
            unset "seen[$name]"
            continue
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
            echo "PASS $tag/$name"
        else
            echo "FAIL $tag/$name"
            echo "  want: $want"
            echo "  got:  ${got:-(missing; the whole run ended: $(rc_str $rc))}"
        fi
    done < "$RES/lu-$prog.native"
    for name in "${!seen[@]}"; do
        echo "FAIL $tag/$prog: unexpected line: ${seen[$name]}"
    done
    if [ $rc -ne 0 ]; then
        echo "FAIL $tag/$prog: the whole run ended: $(rc_str $rc)"
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

# The native runs give the expected lines, once for all guests.
conf_native() {
    local src prog out rc nat=$B/linux-user/native
    mkdir -p "$nat"
    for src in "$LU_SRC"/conf/conf-*.c; do
        prog=$(basename "$src" .c)
        out=$RES/lu-$prog.native
        rm -f "$out"
        if ! lu_build "$src" "$nat/$prog" native; then
            echo "FAIL conf native $prog: does not compile"
            head -n 5 "$nat/$prog.cc.log" | sed 's/^/  /'
            continue
        fi
        CONF_ENV=hello timeout -k 5 60 "$nat/$prog" > "$out.all" 2> "$out.err" < /dev/null
        rc=$?
        # A check failing natively is a test bug or a host without the
        # feature: it fails here once and is not compared.
        grep -v '^ok ' "$out.all" | sed 's/^/FAIL conf native: /'
        [ $rc -eq 0 ] || echo "FAIL conf native $prog: $(rc_str $rc)"
        grep '^ok ' "$out.all" > "$out"
    done
}

layer_conf() {
    local src prog
    if ! have_cross; then
        echo "SKIP conf $ARCH: ${CROSS}gcc not found"
        return
    fi
    mkdir -p "$LU_OUT"
    for src in "$LU_SRC"/conf/conf-*.c; do
        prog=$(basename "$src" .c)
        printf '%s static\n%s dynamic\n' "$prog" "$prog"
    done | xargs -P "$JOBS" -L 1 sh -c '"$0" --conf-one "$2" "$3" "$4" > "$1/lu-$2-$3.$4.log"' "$0" "$RES" "$ARCH"
    for src in "$LU_SRC"/conf/conf-*.c; do
        prog=$(basename "$src" .c)
        cat "$RES/lu-$ARCH-$prog.static.log" "$RES/lu-$ARCH-$prog.dynamic.log"
    done
}

# stress_one PROG KIND N: run N of one stress program; writes N.rc, N.out, N.err.
stress_one() {
    local prog=$1 kind=$2 n=$3 res=$RES/stress/$ARCH.$1.$2.$3 args=()
    # qemu 7.2 aborts on pthread_create in a child forked from a threaded process
    is_qemu && [ "$prog" = stress-fork ] && args=(--no-child-thread)
    lu_run 30 "$LU_OUT/$prog.$kind" "${args[@]}" > "$res.out" 2> "$res.err" < /dev/null
    echo $? > "$res.rc"
}

layer_stress() {
    local src prog kind runs=${STRESS_RUNS:-50} i rc failed first
    if ! have_cross; then
        echo "SKIP stress $ARCH: ${CROSS}gcc not found"
        return
    fi
    mkdir -p "$LU_OUT" "$RES/stress"
    rm -f "$RES"/stress/$ARCH.*
    local progs=""
    for src in "$LU_SRC"/stress/stress-*.c; do
        prog=$(basename "$src" .c)
        for kind in static dynamic; do
            if ! lu_build "$src" "$LU_OUT/$prog.$kind" "$kind"; then
                echo "FAIL stress $ARCH/${prog#stress-} $kind: does not compile"
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
    done | xargs -P "$JOBS" -L 1 sh -c '"$0" --stress-one "$1" "$2" "$3" "$4"' "$0" "$ARCH"
    for prog in $progs; do
        failed=0 first=""
        for i in $(seq 1 "$runs"); do
            kind=static
            [ $((i % 2)) -eq 0 ] && kind=dynamic
            local r=$RES/stress/$ARCH.$prog.$kind.$i
            rc=$(cat "$r.rc" 2> /dev/null || echo 255)
            if [ "$rc" != 0 ] || ! grep -q '^ok ' "$r.out"; then
                failed=$((failed + 1))
                [ -n "$first" ] || first=$r
            fi
        done
        if [ $failed -eq 0 ]; then
            echo "PASS stress $ARCH/${prog#stress-}: $runs runs, static and dynamic"
        else
            echo "FAIL stress $ARCH/${prog#stress-}: $failed of $runs runs failed; first: ${first##*/} ($(rc_str "$(cat "$first.rc" 2> /dev/null || echo 255)"))"
            head -n 2 "$first.out" | sed 's/^/  stdout: /'
            tail -n 3 "$first.err" | sed 's/^/  stderr: /'
        fi
    done
}

layer_dynamic() {
    if [ -f "$LU_SRC/dynamic.sh" ]; then
        MIMIC=$MIMIC CROSS=$CROSS GUEST=$ARCH bash "$LU_SRC/dynamic.sh"
    else
        echo "SKIP dynamic $ARCH: $LU_SRC/dynamic.sh not present yet"
    fi
}

# guest_tag TAG: put the guest into the PASS/FAIL/SKIP lines of a script
# that does not name it ("PASS TAG seed 3" -> "PASS TAG aarch64/seed 3").
guest_tag() {
    sed -E "s#^(PASS|FAIL|SKIP) ($1) #\1 \2 $ARCH/#; s#^(PASS|FAIL|SKIP) ($1):#\1 \2 $ARCH:#"
}

# The differential testers, one per guest; each prints PASS/FAIL lines.
layer_diff() {
    if [ "$ARCH" = riscv64 ]; then
        MIMIC=$MIMIC CROSS=$CROSS tests/diff/run-diff.sh -j "$JOBS" --seeds "${DIFF_SEEDS:-30}" \
            --cases "${DIFF_CASES:-200}" | guest_tag diff
        return
    fi
    local script=tests/diff/run-diff-a64.sh
    if [ ! -f "$script" ]; then
        echo "SKIP diff $ARCH: $script not present yet"
        return
    fi
    # Its own defaults for seeds and cases, unless DIFF_SEEDS/DIFF_CASES say.
    MIMIC=$MIMIC CROSS=$CROSS OUT=$B/diff-a64 bash "$script" -j "$JOBS" \
        ${DIFF_SEEDS:+--seeds "$DIFF_SEEDS"} ${DIFF_CASES:+--cases "$DIFF_CASES"} | guest_tag diff-a64
}

# Real Debian programs (aarch64 only, for now).
layer_debian() {
    local script=tests/linux-user/debian-arm64.sh
    [ "$ARCH" = aarch64 ] || return 0
    if [ ! -f "$script" ]; then
        echo "SKIP debian $ARCH: $script not present yet"
        return
    fi
    MIMIC=$MIMIC bash "$script" | guest_tag debian
}

# ---- driver ----------------------------------------------------------------

case ${1:-} in
--guest-one) guest_setup "$2"; guest_one "$3" 2> /dev/null; exit 0 ;; # internal, for xargs
--conf-one) guest_setup "$2"; conf_one "$3" "$4"; exit 0 ;;
--stress-one) guest_setup "$2"; stress_one "$3" "$4" "$5"; exit 0 ;;
esac

all_layers="unit guest diff fuzz bad conf stress dynamic debian binfmt gdb"
layers=""
while [ $# -gt 0 ]; do
    case $1 in
    -j) JOBS=$2; shift 2 ;;
    *)
        case " $all_layers " in
        *" $1 "*) layers="$layers $1"; shift ;;
        *) echo "usage: $0 [-j JOBS] [$(echo $all_layers | tr ' ' '|')]..." >&2; exit 2 ;;
        esac
        ;;
    esac
done
layers=${layers:-$all_layers}
export JOBS

# run_layer LAYER: one layer for one guest (ARCH set by guest_setup).
run_layer() {
    if ! have_mimic; then
        echo "FAIL $1 $ARCH: $MIMIC not found (build it with make)"
        return
    fi
    case $1 in
    guest) layer_guest ;;
    diff) layer_diff ;;
    fuzz)
        # The loader is shared: its fuzz test runs on riscv64 binaries only.
        [ "$ARCH" = riscv64 ] || return 0
        MIMIC=$MIMIC CROSS=$CROSS tests/fuzz/run-fuzz.sh -j "$JOBS" --count "${FUZZ_COUNT:-300}" |
            guest_tag 'fuzz|fuzz-loader'
        ;;
    bad) layer_bad ;;
    conf) layer_conf ;;
    stress) layer_stress ;;
    dynamic) layer_dynamic ;;
    debian) layer_debian ;;
    gdb) MIMIC=$MIMIC CROSS=$CROSS GUEST=$ARCH bash tests/gdb/gdb-test.sh ;;
    esac
}

mkdir -p $RES
tests/bench/build-tools.sh || { echo "0 passed, 1 failed"; exit 1; }
log=$RES/all.log
: > $log
for layer in $layers; do
    echo "== $layer"
    {
        if [ "$layer" = unit ]; then
            layer_unit
        elif [ "$layer" = binfmt ]; then
            B=$B bash tests/linux-user/binfmt.sh
        else
            [ "$layer" = conf ] && conf_native
            for g in $GUESTS; do
                guest_setup "$g"
                run_layer "$layer"
            done
        fi
    } 2>&1 | tee -a $log
done
passed=$(grep -c '^PASS' $log)
failed=$(grep -c '^FAIL' $log)
skipped=$(grep -c '^SKIP' $log)
line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ]
