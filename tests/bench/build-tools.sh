#!/bin/bash
# Build the small native helpers the test and bench scripts share, when stale:
#   build/tools/runstat   (tests/bench/runstat.c)
cd "$(dirname "$0")/../.." || exit 1
mkdir -p build/tools
if [ ! -x build/tools/runstat ] || [ build/tools/runstat -ot tests/bench/runstat.c ]; then
    ${CC:-cc} -O2 -Wall -o build/tools/runstat tests/bench/runstat.c || exit 1
fi
