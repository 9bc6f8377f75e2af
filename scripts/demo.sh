#!/bin/sh
# A short tour: cross-compile a small C program for riscv64 and for aarch64
# and run each under mimic on this x86-64 machine. MIMIC_RISCV64 (or MIMIC)
# and MIMIC_AARCH64 override the emulator binaries; GUESTS picks the guests.
set -e
cd "$(dirname "$0")/.."
B=${B:-build}
MIMIC_RISCV64=${MIMIC_RISCV64:-${MIMIC:-$B/mimic-riscv64}}
MIMIC_AARCH64=${MIMIC_AARCH64:-$B/mimic-aarch64}
GUESTS=${GUESTS:-riscv64 aarch64}
src=tests/guest/common/whole-demo.c

mkdir -p $B/demo
step=1
for g in $GUESTS; do
    case $g in
    riscv64) mimic=$MIMIC_RISCV64 ;;
    aarch64) mimic=$MIMIC_AARCH64 ;;
    *) echo "demo.sh: unknown guest $g" >&2; exit 2 ;;
    esac
    bin=$B/demo/whole-demo-$g
    echo "== $step. Cross-compiling $src for $g (static, -O2)"
    $g-linux-gnu-gcc -static -O2 -o $bin $src -lm
    command -v file > /dev/null && echo "   $bin: $(file -b $bin | cut -d, -f1-2)"
    echo
    echo "== $((step + 1)). This host is $(uname -m); it cannot run that binary directly:"
    if ./$bin > /dev/null 2>&1; then
        echo "   (it ran anyway: binfmt_misc must be routing $g binaries to an emulator)"
    else
        echo "   ./$bin -> exec format error"
    fi
    echo
    echo "== $((step + 2)). Running it under $mimic, which translates each block of $g"
    echo "   code to x86-64 on first use, caches it and chains blocks together;"
    echo "   guest system calls are converted to host ones:"
    echo "   \$ $mimic $bin hello \"from mimic\""
    echo
    "$mimic" $bin hello "from mimic"
    echo
    step=$((step + 3))
done
echo "== $step. Done. Try '$MIMIC_AARCH64 -d in_asm,out_asm -D /tmp/mimic.log"
echo "   $B/demo/whole-demo-aarch64' to see the translated code, '-strace' for its"
echo "   system calls, and 'make check' / 'make bench' for the tests and the benchmarks."
