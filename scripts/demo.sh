#!/bin/sh
# A short tour: cross-compile a small C program for riscv64 and run it under
# mimic on this x86-64 machine. MIMIC overrides the emulator binary.
set -e
cd "$(dirname "$0")/.."
MIMIC=${MIMIC:-build/mimic-riscv64}
CROSS=${CROSS:-riscv64-linux-gnu-}
src=tests/guest/riscv64/whole-demo.c
bin=build/demo/whole-demo

mkdir -p build/demo
echo "== 1. Cross-compiling $src for riscv64 (static, -O2)"
${CROSS}gcc -static -O2 -o $bin $src -lm
command -v file > /dev/null && echo "   $bin: $(file -b $bin | cut -d, -f1-2)"
echo
echo "== 2. This host is $(uname -m); it cannot run that binary directly:"
if ./$bin > /dev/null 2>&1; then
    echo "   (it ran anyway: binfmt_misc must be routing riscv64 binaries to an emulator)"
else
    echo "   ./$bin -> exec format error"
fi
echo
echo "== 3. Running it under $MIMIC, which translates each block of riscv64"
echo "   code to x86-64 on first use, caches it and chains blocks together;"
echo "   guest system calls are converted to host ones:"
echo "   \$ $MIMIC $bin hello \"from mimic\""
echo
"$MIMIC" $bin hello "from mimic"
echo
echo "== 4. Done. Try '$MIMIC -d in_asm,out_asm -D /tmp/mimic.log $bin' to see the"
echo "   translated code, '$MIMIC -strace $bin' for its system calls, and"
echo "   'make check' / 'make bench' for the tests and the benchmarks."
