#!/bin/bash
# The gdb layer: gdb-multiarch in batch mode against mimic's gdbstub (-g on
# a unix socket), and the -d / -D / -dfilter / -one-insn-per-tb logging,
# for each guest, on tests/gdb/prog.c built static with -O0 -g.
#
#   tests/gdb/gdb-test.sh                 every guest in GUESTS
#   GUEST=ARCH MIMIC=... CROSS=... tests/gdb/gdb-test.sh    one guest
#
# Prints one "PASS gdb ARCH <check>" / "FAIL ..." / "SKIP ..." line per
# check. Every mimic started here is killed on exit. Parts: log_checks,
# session_checks (break, registers, locals, stepi, next, set var/register,
# threads, auxv, exit), signal_checks, dynamic_checks, rsp_checks (the raw
# protocol, tests/gdb/rsp-check.py).
set -u
cd "$(dirname "$0")/../.." || exit 1

B=${B:-build}
RES=$B/test-results/gdb
mkdir -p "$RES" || exit 1
RES=$(cd "$RES" && pwd)
# Unix socket paths must be short: keep them out of the build tree.
SOCKDIR=$(mktemp -d /tmp/mimic-gdb.XXXXXX) || exit 1
PIDS=""
# kill_mimic PID: kill a mimic this script started that is still running
# (and is still that mimic: the pid comes from its socket name).
kill_mimic() {
    grep -q "mimic" "/proc/$1/cmdline" 2> /dev/null && kill -9 "$1" 2> /dev/null
}
cleanup() {
    for p in $PIDS; do
        kill_mimic "$p"
    done
    rm -rf "$SOCKDIR"
}
trap cleanup EXIT
trap 'exit 1' INT TERM

pass() { echo "PASS gdb $ARCH $1"; }
fail() { echo "FAIL gdb $ARCH $1${2:+: $2}"; }
check() { # check NAME DETAIL COMMAND...
    local name=$1 detail=$2
    shift 2
    if "$@"; then pass "$name"; else fail "$name" "$detail"; fi
}

# start_mimic TAG ARGS...: run mimic -g on a fresh socket in the background
# ("%d" in its name becomes mimic's pid); sets MPID and SOCK; false if the
# socket never appears. A wrapper subshell records the exit status (and
# keeps bash's "Segmentation fault" notice out of the output).
start_mimic() {
    local tag=$1 s
    shift
    rm -f "$RES/$ARCH-$tag.status"
    (
        "$MIMIC" -g "$SOCKDIR/$ARCH-$tag-%d" "$PROG" "$@" \
            > "$RES/$ARCH-$tag.out" 2> "$RES/$ARCH-$tag.err"
        echo $? > "$RES/$ARCH-$tag.status"
    ) 2> /dev/null &
    MPID="" SOCK=""
    for _ in $(seq 100); do
        for s in "$SOCKDIR/$ARCH-$tag-"*; do
            if [ -S "$s" ]; then
                SOCK=$s MPID=${s##*-}
                PIDS="$PIDS $MPID"
                return 0
            fi
        done
        [ -e "$RES/$ARCH-$tag.status" ] && return 1
        sleep 0.05
    done
    return 1
}

# wait_mimic TAG: wait (up to 10 s) for the background mimic; its exit
# status in MRC.
wait_mimic() {
    for _ in $(seq 200); do
        [ -e "$RES/$ARCH-$1.status" ] && break
        sleep 0.05
    done
    [ -e "$RES/$ARCH-$1.status" ] || kill_mimic "$MPID"
    wait
    PIDS=${PIDS/ $MPID/}
    MRC=$(cat "$RES/$ARCH-$1.status" 2> /dev/null || echo none)
}

# run_gdb TAG FILE: gdb-multiarch -batch on the commands in $RES/ARCH-TAG.gdb
# (FILE: the program to load, or "" to let gdb ask the target).
run_gdb() {
    timeout 60 gdb-multiarch -nx -batch -x "$RES/$ARCH-$1.gdb" $2 \
        > "$RES/$ARCH-$1.log" 2>&1 < /dev/null
}

has() { grep -q -- "$2" "$1"; }

# ---- the debugging session ----------------------------------------------------

session_checks() {
    local T=$RES/$ARCH-session.log O=$RES/$ARCH-session.out
    if ! start_mimic session; then
        if grep -q "Function not implemented" "$RES/$ARCH-session.err"; then
            echo "SKIP gdb $ARCH: $MIMIC has no gdb registers (GuestArch.gdb_*)"
            return 1
        fi
        fail session "mimic did not open the socket: $(head -c 300 "$RES/$ARCH-session.err")"
        return 1
    fi
    cat > "$RES/$ARCH-session.gdb" << EOF
set pagination off
set confirm off
target remote $SOCK
break compute
continue
print x
printf "REG arg=%d\n", \$$ARG0
printf "PC1 %lx\n", \$pc
stepi
printf "PC2 %lx\n", \$pc
next
print local
set var local = 100
info threads
info registers $FPREGS
info auxv
watch counter
continue
delete
hbreak *report
continue
set \$$ARG0 = 77
continue
EOF
    run_gdb session "$PROG"
    wait_mimic session
    check break "no stop at compute" has "$T" "Breakpoint 1, compute (x=14)"
    check local-variable "print x" has "$T" '^\$1 = 14$'
    check read-register "\$$ARG0" has "$T" "^REG arg=14$"
    local pc1 pc2
    pc1=$(sed -n 's/^PC1 //p' "$T")
    pc2=$(sed -n 's/^PC2 //p' "$T")
    check stepi "pc $pc1 -> $pc2" test -n "$pc1" -a -n "$pc2" -a \
        "$((16#${pc2:-0} - 16#${pc1:-0}))" -gt 0 -a \
        "$((16#${pc2:-0} - 16#${pc1:-0}))" -le 4
    check next "print local after next" has "$T" '^\$2 = 42$'
    check threads "info threads" grep -Eq '^\* 1 +Thread [0-9]+' "$T"
    check fp-registers "info registers $FPREGS" grep -Eq "^${FPREGS##* } +0x" "$T"
    check auxv "info auxv (qXfer:auxv:read)" grep -Eq 'AT_PAGESZ +System page size +4096' "$T"
    check watchpoint "watch counter" grep -qz 'Old value = 0.New value = 100' "$T"
    # gdb shows no address when the stop is at the start of a line: right
    # after the store that ends line "counter += local".
    check watchpoint-pc "stopped right after the store" \
        grep -Pqz 'New value = 100\ncompute \(x=14\) at ' "$T"
    check hbreak "hbreak (Z1)" has "$T" "Hardware assisted breakpoint 3 at"
    check set-variable "result/counter after set var" \
        grep -qz 'result=101.*counter=100' "$O"
    check set-register "report after set \$$ARG0" has "$O" "^report=77$"
    check exit "W packet" has "$T" "exited normally"
    check exit-status "mimic status $MRC" test "$MRC" = 0
    return 0
}

# A guest SIGSEGV stops with T0b; continuing passes it and the guest dies
# (X). gdb gets no program file: it asks the target (qXfer:exec-file:read).
signal_checks() {
    local T=$RES/$ARCH-signal.log
    if ! start_mimic signal segv; then
        fail signal "mimic did not open the socket"
        return
    fi
    cat > "$RES/$ARCH-signal.gdb" << EOF
set pagination off
set confirm off
target remote $SOCK
continue
bt 1
continue
EOF
    run_gdb signal ""
    wait_mimic signal
    check exec-file "gdb found the program itself" grep -q "fault () at .*prog.c" "$T"
    check signal-stop "T0b" has "$T" "Program received signal SIGSEGV"
    check signal-pass "X0b" has "$T" "Program terminated with signal SIGSEGV"
    check signal-status "mimic status $MRC" test "$MRC" = 139
}

# A dynamically linked build: gdb finds ld.so and libc through the auxv
# (qXfer:auxv:read), in `set sysroot` (TAG dynamic) or, by default, read
# from mimic with vFile packets, mimic resolving them in its sysroot (TAG
# dynamic-vfile); it stops in libc.
dynamic_session() {
    local tag=$1 sysroot=$2 T=$RES/$ARCH-$1.log
    if ! start_mimic "$tag"; then
        fail "$tag" "mimic did not open the socket"
        return
    fi
    cat > "$RES/$ARCH-$tag.gdb" << EOF
set pagination off
set confirm off
$sysroot
target remote $SOCK
break compute
continue
break printf
continue
bt 2
delete
continue
EOF
    run_gdb "$tag" "$PROG"
    wait_mimic "$tag"
    check "$tag-break" "break in the program" has "$T" "Breakpoint 1, compute (x=14)"
    check "$tag-libc" "break in libc, backtrace to main" \
        grep -Eqz 'in printf \(\) from [^ ]*libc\.so\.6.*#1 .* in main ' "$T"
    check "$tag-exit" "exit" has "$T" "exited normally"
}

dynamic_checks() {
    local sysroot=/usr/$ARCH-linux-gnu
    local prog=$PROG-dyn
    if [ ! -d "$sysroot" ] ||
        ! "${CROSS}gcc" -O0 -g -o "$prog" tests/gdb/prog.c 2> /dev/null; then
        echo "SKIP gdb $ARCH dynamic: no cross libc in $sysroot"
        return
    fi
    local PROG=$prog
    dynamic_session dynamic "set sysroot $sysroot"
    dynamic_session dynamic-vfile ""
    check dynamic-vfile-target "libc read through vFile" \
        grep -q "from target:/.*libc\.so\.6" "$RES/$ARCH-dynamic-vfile.log"
}

# The protocol spoken directly (tests/gdb/rsp-check.py): features, no-ack
# mode, the target XML, ^C, memory writes, the W reply.
rsp_checks() {
    local flag
    if ! command -v python3 > /dev/null; then
        echo "SKIP gdb $ARCH rsp: python3 not installed"
        return
    fi
    flag=$("${CROSS}nm" "$PROG" | awk '$3 == "stop_spin" { print $1 }')
    if ! start_mimic rsp spin; then
        fail rsp "mimic did not open the socket"
        return
    fi
    timeout 60 python3 tests/gdb/rsp-check.py "$ARCH" "$SOCK" "$flag"
    wait_mimic rsp
    check rsp-status "mimic status $MRC" test "$MRC" = 3
    check rsp-output "the loop ended" has "$RES/$ARCH-rsp.out" "^spin done$"
}

# ---- logging --------------------------------------------------------------------

log_checks() {
    local add5 L=$RES/$ARCH-log
    add5=$("${CROSS}nm" "$PROG" | awk '$3 == "add5" { print $1 }')
    if [ -z "$add5" ]; then
        fail log "no add5 symbol in $PROG"
        return
    fi
    add5=$((16#$add5))
    "$MIMIC" -d in_asm,out_asm,op -dfilter "$(printf '0x%x+8' $add5)" \
        -D "$L-in.txt" "$PROG" > "$L-in.out" 2>&1
    check log-run "program output under -d -D" grep -q '^add5=42$' "$L-in.out"
    check in-asm "$INSN at add5" grep -Eq "$(printf '^0x%016x:  ' $add5)$INSN\$" "$L-in.txt"
    check out-asm "x86 code after OUT:" \
        grep -Eq '^0x[0-9a-f]+:  [a-z]+ +.*\b(r1[0-5]|r[a-d]x|r[sd]i|rsp|rbp)\b' "$L-in.txt"
    check op "IR after OP:" has "$L-in.txt" "^OP:"
    check dfilter "one TB logged" test "$(grep -c '^IN:' "$L-in.txt")" -eq 1
    "$MIMIC" -d in_asm -dfilter "0x10..0x20,$(printf '0x%x-8' $((add5 + 7)))" \
        -D "$L-end.txt" "$PROG" > /dev/null 2>&1
    check dfilter-list "END-LEN in a list" \
        test "$(grep -c '^IN:' "$L-end.txt")" -eq 1 -a \
        "$(grep -c "$(printf '^0x%016x:' $add5)" "$L-end.txt")" -eq 1
    "$MIMIC" -d in_asm -D "$L-all.txt" "$PROG" > /dev/null 2>&1
    check dfilter-off "many TBs without -dfilter" \
        test "$(grep -c '^IN:' "$L-all.txt")" -gt 20
    "$MIMIC" -one-insn-per-tb -d in_asm -D "$L-one.txt" "$PROG" > "$L-one.out" 2>&1
    check one-insn-per-tb "every IN: block one instruction" \
        awk '/^IN:/ { if (n > 1) bad = 1; n = 0; next } /^0x/ { n++ } END { exit bad || n > 1 }' "$L-one.txt"
    check one-insn-per-tb-run "program output" grep -q '^add5=42$' "$L-one.out"
    "$MIMIC" -d exec -dfilter "$(printf '0x%x..0x%x' $add5 $add5)" -D "$L-exec.txt" \
        "$PROG" > /dev/null 2>&1
    check exec "Trace line for add5 only" \
        test "$(grep -c "^Trace: .*$(printf '%016x' $add5)\]" "$L-exec.txt")" -eq 1 \
        -a "$(grep -c '^Trace:' "$L-exec.txt")" -eq 1
    "$MIMIC" -d help > "$L-help.txt" 2>&1
    local item missing=""
    for item in in_asm out_asm op op_opt exec cpu int unimp page nochain strace; do
        grep -q "^$item " "$L-help.txt" || missing="$missing $item"
    done
    check help "-d help lists every item${missing:+ (missing:$missing)}" test -z "$missing"
    "$MIMIC" -dfilter 0x10 "$PROG" > /dev/null 2> "$L-bad.txt"
    check dfilter-bad "a bad range is an error" grep -q "dfilter" "$L-bad.txt"
}

# ---- per guest ------------------------------------------------------------------

run_guest() {
    ARCH=$1 MIMIC=$2 CROSS=$3
    case $ARCH in
    riscv64) ARG0=a0 FPREGS="fflags frm fcsr" INSN='addi +a0, a0, 5' ;;
    aarch64) ARG0=x0 FPREGS="cpsr fpsr fpcr" INSN='add +x0, x0, #5' ;;
    *) echo "SKIP gdb $ARCH: no gdb test for this guest"; return ;;
    esac
    if [ ! -x "$MIMIC" ]; then
        fail build "$MIMIC not found"
        return
    fi
    if ! command -v "${CROSS}gcc" > /dev/null; then
        echo "SKIP gdb $ARCH: ${CROSS}gcc not found"
        return
    fi
    PROG=$RES/prog-$ARCH
    if ! "${CROSS}gcc" -static -O0 -g -o "$PROG" tests/gdb/prog.c 2> "$PROG.cc.log"; then
        fail build "$(head -c 300 "$PROG.cc.log")"
        return
    fi
    log_checks
    if ! command -v gdb-multiarch > /dev/null; then
        echo "SKIP gdb $ARCH: gdb-multiarch not installed (scripts/install-deps.sh)"
        return
    fi
    session_checks && signal_checks && dynamic_checks && rsp_checks
}

if [ -n "${GUEST:-}" ]; then
    run_guest "$GUEST" "${MIMIC:-$B/mimic-$GUEST}" "${CROSS:-$GUEST-linux-gnu-}"
else
    for g in ${GUESTS:-riscv64 aarch64}; do
        case $g in
        riscv64) run_guest riscv64 "${MIMIC_RISCV64:-$B/mimic-riscv64}" "${CROSS_RISCV64:-riscv64-linux-gnu-}" ;;
        aarch64) run_guest aarch64 "${MIMIC_AARCH64:-$B/mimic-aarch64}" "${CROSS_AARCH64:-aarch64-linux-gnu-}" ;;
        *) run_guest "$g" "$B/mimic-$g" "$g-linux-gnu-" ;;
        esac
    done
fi
