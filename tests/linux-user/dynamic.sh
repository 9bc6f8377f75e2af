#!/bin/bash
# Dynamic programs and the sysroot. Guest programs (riscv64 or aarch64)
# linked against Debian's cross glibc (tests/linux-user/dynamic/*.c: hello
# with auxv checks, libm, pthread, dlopen, and a path probe) must run:
#   - with no -L (the default sysroot /usr/ARCH-linux-gnu), with -L, with
#     MIMIC_LD_PREFIX and with QEMU_LD_PREFIX;
#   - not at all without a sysroot, with exactly one error line;
#   - in a fake sysroot under $B/linux-user/dynamic whose libraries are
#     reached through absolute symbolic links, and where ".." stops at the
#     sysroot's root, as in a chroot; paths outside it are the host's;
#   - through execve: of a guest program (in the sysroot too, with the
#     sysroot passed on), of a host program, of a host "#!" script.
# Prints PASS/FAIL/SKIP lines naming the guest ("PASS dynamic aarch64/hello");
# exits non-zero if anything failed.
#   tests/linux-user/dynamic.sh    (B, MIMIC and CROSS as for run-tests.sh)
# Environment: GUEST (riscv64 or aarch64; default: the one MIMIC's name ends
# in, else riscv64), MIMIC ($B/mimic-GUEST), CROSS (GUEST-linux-gnu-).
set -u
cd "$(dirname "$0")/../.." || exit 1

B=${B:-build}
if [ -z "${GUEST:-}" ]; then
    case $(basename "${MIMIC:-}") in
    *aarch64*) GUEST=aarch64 ;;
    *) GUEST=riscv64 ;;
    esac
fi
case $GUEST in
riscv64) INTERP=/lib/ld-linux-riscv64-lp64d.so.1 PKG=libc6-riscv64-cross ;;
aarch64) INTERP=/lib/ld-linux-aarch64.so.1 PKG=libc6-arm64-cross ;;
*) echo "dynamic.sh: unknown GUEST $GUEST" >&2; exit 2 ;;
esac
MIMIC=${MIMIC:-$B/mimic-$GUEST}
CROSS=${CROSS:-$GUEST-linux-gnu-}
SYSROOT=/usr/$GUEST-linux-gnu
SRC=tests/linux-user/dynamic
W=$B/linux-user/$GUEST/dynamic
R=$W/sysroot
failed=0

pass() { echo "PASS dynamic $GUEST/$1"; }
fail() {
    echo "FAIL dynamic $GUEST/$1: $2"
    failed=1
}

# run NAME WANT CMD...: exit status 0 and stdout exactly WANT.
run() {
    local name=$1 want=$2 out rc
    shift 2
    out=$(timeout 60 "$@" 2> "$W/$name.err" < /dev/null)
    rc=$?
    if [ $rc -ne 0 ]; then
        fail "$name" "exit status $rc$(head -n 2 "$W/$name.err" | sed 's/^/; /' | tr -d '\n')"
    elif [ "$out" != "$want" ]; then
        fail "$name" "stdout '$(printf '%s' "$out" | head -c 200)', expected '$want'"
    else
        pass "$name"
    fi
}

# run_error NAME LINE CMD...: exit status 1, nothing on stdout, and stderr
# exactly the one line LINE.
run_error() {
    local name=$1 want=$2 out rc err
    shift 2
    out=$(timeout 60 "$@" 2> "$W/$name.err" < /dev/null)
    rc=$?
    err=$(cat "$W/$name.err")
    if [ $rc -ne 1 ] || [ -n "$out" ] || [ "$err" != "$want" ]; then
        fail "$name" "exit status $rc, stderr '$err', expected '$want'"
    else
        pass "$name"
    fi
}

build() {
    local name=$1
    shift
    if [ ! -x "$W/$name" ] || [ "$W/$name" -ot "$SRC/$name.c" ]; then
        "${CROSS}gcc" -O2 -o "$W/$name" "$SRC/$name.c" "$@" 2> "$W/$name.cc.log" || {
            fail "build-$name" "$(head -n 3 "$W/$name.cc.log" | tr '\n' ' ')"
            return 1
        }
    fi
}

# A sysroot the host cannot stand in for: its libraries live under /real,
# reached only through absolute links; /data and /up lead to /data-real,
# /up by climbing past the root.
make_fake_sysroot() {
    rm -rf "$R"
    mkdir -p "$R/lib" "$R/real/lib" "$R/data-real" "$R/usr" "$R/bin"
    cp "$SYSROOT$INTERP" "$SYSROOT/lib/libc.so.6" "$R/real/lib/"
    ln -s "/real/lib/${INTERP##*/}" "$R$INTERP"
    ln -s /real/lib/libc.so.6 "$R/lib/libc.so.6"
    ln -s /real/lib "$R/usr/lib"
    ln -s /data-real "$R/data"
    ln -s ../../../../../../../../data-real "$R/up"
    echo inside > "$R/data-real/file"
    cp "$W/hello" "$W/probe" "$R/bin/"
}

if ! command -v "${CROSS}gcc" > /dev/null; then
    echo "SKIP dynamic $GUEST: ${CROSS}gcc not found"
    exit 0
fi
if [ ! -e "$SYSROOT$INTERP" ]; then
    echo "SKIP dynamic $GUEST: no cross libc in $SYSROOT ($PKG)"
    exit 0
fi
mkdir -p "$W"
build hello && build libm -lm && build pthread -pthread && build dlopen -ldl &&
    build probe || exit 1
HELLO="hello from hello, auxv ok"

# The default sysroot, and the three ways to name one.
run hello "$HELLO" "$MIMIC" "$W/hello"
run libm "sqrt 2.000000 exp 54.598150" "$MIMIC" "$W/libm" 4
run pthread "counter 4000 tls 406 main tls 100" "$MIMIC" "$W/pthread"
run dlopen "cbrt(27) = 3.0" "$MIMIC" "$W/dlopen"
run option-L "$HELLO" "$MIMIC" -L "$SYSROOT/" "$W/hello"
run MIMIC_LD_PREFIX "$HELLO" env MIMIC_LD_PREFIX=$SYSROOT "$MIMIC" "$W/hello"
run QEMU_LD_PREFIX "$HELLO" env QEMU_LD_PREFIX=$SYSROOT "$MIMIC" "$W/hello"

# No sysroot ("/"), a sysroot that does not exist.
P=$(basename "$MIMIC")
if [ -e "$INTERP" ]; then
    echo "SKIP dynamic $GUEST/missing-interpreter: the host has $INTERP"
else
    run_error missing-interpreter \
        "$P: could not open '$INTERP': No such file or directory (use -L <sysroot>)" \
        "$MIMIC" -L / "$W/hello"
    run_error missing-interpreter-env \
        "$P: could not open '$INTERP': No such file or directory (use -L <sysroot>)" \
        env QEMU_LD_PREFIX=/ "$MIMIC" "$W/hello"
fi
run_error bad-L "$P: -L $W/no-such-dir: No such file or directory" \
    "$MIMIC" -L "$W/no-such-dir" "$W/hello"

# The sysroot as a chroot.
make_fake_sysroot
echo outside > "$W/host-file"
run fake-sysroot-hello "$HELLO" "$MIMIC" -L "$R" "$W/hello"
run fake-sysroot-abs-dir-link inside "$MIMIC" -L "$R" "$W/probe" cat /data/file
run fake-sysroot-dotdot inside "$MIMIC" -L "$R" "$W/probe" cat /up/file
run fake-sysroot-readlink /real/lib/libc.so.6 \
    "$MIMIC" -L "$R" "$W/probe" readlink /lib/libc.so.6
run fake-sysroot-host-fallback outside \
    "$MIMIC" -L "$R" "$W/probe" cat "$PWD/$W/host-file"
run fake-sysroot-program-inside "$HELLO" "$MIMIC" -L "$R" /bin/hello
run fake-sysroot-proc-exe /bin/probe \
    "$MIMIC" -L "$R" /bin/probe readlink /proc/self/exe
out=$("$MIMIC" -L "$R" "$W/probe" cat /proc/self/maps 2>&1)
if printf '%s\n' "$out" | grep -q ' /real/lib/libc\.so\.6$'; then
    pass fake-sysroot-maps-names
else
    fail fake-sysroot-maps-names "no /real/lib/libc.so.6 line in /proc/self/maps"
fi

# execve from a dynamic program.
printf '#!/bin/sh\necho from-sh "$1"\n' > "$W/script.sh"
chmod +x "$W/script.sh"
run exec-guest "$HELLO" "$MIMIC" "$W/probe" exec "$W/hello"
run exec-host from-host "$MIMIC" "$W/probe" exec /bin/echo from-host
run exec-host-script "from-sh arg" "$MIMIC" "$W/probe" exec "$W/script.sh" arg
run exec-in-sysroot "$HELLO" "$MIMIC" -L "$R" "$W/probe" exec /bin/hello
run exec-in-sysroot-env "$HELLO" \
    env MIMIC_LD_PREFIX="$R" "$MIMIC" "$W/probe" exec /bin/hello

exit $failed
