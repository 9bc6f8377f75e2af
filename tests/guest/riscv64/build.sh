#!/bin/sh
# Build the riscv64 guest tests: tests/guest/riscv64/NAME.c -> OUTDIR/NAME,
# static, with extra flags from a "CFLAGS: ..." line in the file's header.
#   build.sh [OUTDIR]   (default build/tests/guest/riscv64)
set -e
src=$(dirname "$0")
out=${1:-build/tests/guest/riscv64}
CC=${RISCV64_CC:-riscv64-linux-gnu-gcc}
mkdir -p "$out"
for f in "$src"/*.c; do
    name=$(basename "$f" .c)
    extra=$(sed -n 's/^.*CFLAGS: \(.*\)\*\/.*$/\1/p; s/^.*CFLAGS: \(.*\)$/\1/p' "$f" | head -1)
    if [ ! "$out/$name" -nt "$f" ] || [ "$src/check.h" -nt "$out/$name" ]; then
        $CC -static -O2 $extra -o "$out/$name" "$f"
    fi
done
