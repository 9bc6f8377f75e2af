#!/bin/bash
# Time mimic against the reference emulator (qemu-riscv64) and native x86-64
# on the programs in tests/bench/*.c: each is built for riscv64 (static, -O2)
# and for the host (-O2), run RUNS times under each, best time kept; the
# three outputs (checksums) must agree. Then "startup": a trivial dynamically
# linked program (tests/bench/startup/empty.c) run STARTUP_RUNS times under
# each, median kept (qemu gets the sysroot as QEMU_LD_PREFIX, mimic finds it
# by default). Prints a table and geometric means (startup not included).
#
#   scripts/bench.sh [--json FILE] [--runs N] [NAME...]
# Environment: MIMIC (build/mimic-riscv64), QEMU (qemu-riscv64),
# CROSS (riscv64-linux-gnu-), RUNS (3), STARTUP_RUNS (50),
# SYSROOT (/usr/riscv64-linux-gnu).
set -u
cd "$(dirname "$0")/.." || exit 1

MIMIC=${MIMIC:-build/mimic-riscv64}
QEMU=${QEMU:-qemu-riscv64}
CROSS=${CROSS:-riscv64-linux-gnu-}
RUNS=${RUNS:-3}
STARTUP_RUNS=${STARTUP_RUNS:-50}
SYSROOT=${SYSROOT:-/usr/riscv64-linux-gnu}
OUT=build/bench
json="" names=""
while [ $# -gt 0 ]; do
    case $1 in
    --json) json=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    -h | --help) sed -n '2,14p' "$0"; exit 0 ;;
    -*) echo "bench.sh: unknown option $1" >&2; exit 2 ;;
    *) names="$names $1"; shift ;;
    esac
done
if [ -z "$names" ]; then
    for f in tests/bench/*.c; do
        f=$(basename "$f" .c)
        [ "$f" = runstat ] || names="$names $f" # runstat.c is the timing helper
    done
    names="$names startup"
fi

mkdir -p $OUT
tests/bench/build-tools.sh || exit 1
for t in "$MIMIC" "$QEMU"; do
    [ -x "$t" ] || command -v "$t" > /dev/null || echo "bench.sh: $t not found; its column will be empty" >&2
done

# best NAME RUNNER CMD...: run RUNS times; prints "SECONDS KB" (best time,
# peak RSS of that run) or "- -" if any run failed; stdout kept in NAME.RUNNER.out.
best() {
    local name=$1 runner=$2 how rc wall rss best="" bestrss=""
    shift 2
    for _ in $(seq "$RUNS"); do
        build/tools/runstat -o $OUT/$name.$runner.stat "$@" > $OUT/$name.$runner.out 2> $OUT/$name.$runner.err
        read -r how rc wall rss < $OUT/$name.$runner.stat
        if [ "$how $rc" != "exit 0" ]; then
            echo "bench.sh: $name under $runner: $how $rc" >&2
            sed 's/^/  /' $OUT/$name.$runner.err | head -3 >&2
            echo "- -"
            return
        fi
        if [ -z "$best" ] || awk -v a="$wall" -v b="$best" 'BEGIN { exit !(a < b) }'; then
            best=$wall bestrss=$rss
        fi
    done
    echo "$best $bestrss"
}

# median NAME RUNNER CMD...: run STARTUP_RUNS times; prints "SECONDS KB" (the
# median time and the peak RSS of that run) or "- -" if any run failed.
median() {
    local name=$1 runner=$2 how rc wall rss
    shift 2
    : > $OUT/$name.$runner.times
    for _ in $(seq "$STARTUP_RUNS"); do
        build/tools/runstat -o $OUT/$name.$runner.stat "$@" > $OUT/$name.$runner.out 2> $OUT/$name.$runner.err
        read -r how rc wall rss < $OUT/$name.$runner.stat
        if [ "$how $rc" != "exit 0" ]; then
            echo "bench.sh: $name under $runner: $how $rc" >&2
            sed 's/^/  /' $OUT/$name.$runner.err | head -3 >&2
            echo "- -"
            return
        fi
        echo "$wall $rss" >> $OUT/$name.$runner.times
    done
    sort -g $OUT/$name.$runner.times | awk '{ t[NR] = $0 } END { print t[int((NR + 1) / 2)] }'
}

# The startup row: exec, dynamic loading and exit of an empty program.
startup_row() {
    local src=tests/bench/startup/empty.c tn tq rq tm rm ok=yes
    if [ "$OUT/startup.rv" -ot "$src" ]; then
        ${CROSS}gcc -O2 -o $OUT/startup.rv "$src" || return 1
    fi
    if [ "$OUT/startup.x86" -ot "$src" ]; then
        ${CC:-cc} -O2 -o $OUT/startup.x86 "$src" || return 1
    fi
    read -r tn _ < <(median startup native $OUT/startup.x86)
    read -r tq rq < <(QEMU_LD_PREFIX=$SYSROOT median startup qemu "$QEMU" $OUT/startup.rv)
    read -r tm rm < <(median startup mimic "$MIMIC" $OUT/startup.rv)
    [ "$tn" = - ] || [ "$tq" = - ] || [ "$tm" = - ] && ok=no
    echo "startup $tn $tq $tm $rm $rq $ok median"
}

rows=$OUT/rows.txt
: > $rows
status=0
for n in $names; do
    if [ "$n" = startup ]; then
        startup_row >> $rows || status=1
        continue
    fi
    src=tests/bench/$n.c
    if [ "$OUT/$n.rv" -ot "$src" ]; then
        ${CROSS}gcc -static -O2 -pthread -o $OUT/$n.rv "$src" -lm || { status=1; continue; }
    fi
    if [ "$OUT/$n.x86" -ot "$src" ]; then
        ${CC:-cc} -O2 -pthread -o $OUT/$n.x86 "$src" -lm || { status=1; continue; }
    fi
    read -r tn _ < <(best "$n" native $OUT/$n.x86)
    read -r tq rq < <(best "$n" qemu "$QEMU" $OUT/$n.rv)
    read -r tm rm < <(best "$n" mimic "$MIMIC" $OUT/$n.rv)
    ok=yes
    for r in qemu mimic; do
        if ! cmp -s $OUT/$n.native.out $OUT/$n.$r.out; then
            ok=no
            echo "bench.sh: $n: $r output differs from native: $(head -c 80 $OUT/$n.$r.out)" >&2
        fi
    done
    [ $ok = yes ] || status=1
    echo "$n $tn $tq $tm $rm $rq $ok best" >> $rows
done

# Table and geometric means (over the rows where both sides have a number;
# the startup row, a median of many runs, is shown but not averaged in).
awk -v json="$json" '
function ratio(a, b) { return (a == "-" || b == "-" || b == 0) ? "-" : a / b }
function fmt(x, f) { return x == "-" ? "-" : sprintf(f, x) }
function jnum(x) { return x == "-" ? "null" : x }
function geo(k) { return cnt[k] ? sprintf("%.3f", exp(lsum[k] / cnt[k])) : "-" }
function acc(k, x) { if (x != "-" && x > 0) { lsum[k] += log(x); cnt[k]++ } }
BEGIN {
    printf "%-8s %9s %9s %9s %10s %12s %11s %11s %4s\n", "bench", "native s", "qemu s",
        "mimic s", "mimic/qemu", "mimic/native", "mimic RSS", "qemu RSS", "ok"
}
{
    mq = ratio($4, $3); mn = ratio($4, $2)
    if ($8 != "median") {
        acc("n", $2); acc("q", $3); acc("m", $4); acc("mq", mq); acc("mn", mn)
    }
    tf = $8 == "median" ? "%.5f" : "%.3f" # startup: a few milliseconds
    printf "%-8s %9s %9s %9s %10s %12s %11s %11s %4s\n", $1, fmt($2, tf), fmt($3, tf),
        fmt($4, tf), fmt(mq, "%.2fx"), fmt(mn, "%.2fx"), fmt($5, "%d KB"), fmt($6, "%d KB"), $7
    js = js sprintf("%s    {\"name\": \"%s\", \"native_s\": %s, \"qemu_s\": %s, \"mimic_s\": %s, " \
        "\"mimic_over_qemu\": %s, \"mimic_over_native\": %s, \"mimic_rss_kb\": %s, " \
        "\"qemu_rss_kb\": %s, \"outputs_agree\": %s, \"time\": \"%s\"}", NR > 1 ? ",\n" : "", $1,
        jnum($2), jnum($3), jnum($4), jnum(mq), jnum(mn), jnum($5), jnum($6),
        $7 == "yes" ? "true" : "false", $8 == "median" ? "median" : "best")
}
END {
    printf "%-8s %9s %9s %9s %10s %12s\n", "geomean", geo("n"), geo("q"), geo("m"),
        geo("mq") == "-" ? "-" : geo("mq") "x", geo("mn") == "-" ? "-" : geo("mn") "x"
    if (json != "") {
        printf "{\n  \"benchmarks\": [\n%s\n  ],\n  \"geomean\": {\"native_s\": %s, \"qemu_s\": %s, " \
            "\"mimic_s\": %s, \"mimic_over_qemu\": %s, \"mimic_over_native\": %s}\n}\n", js,
            jnum(geo("n")), jnum(geo("q")), jnum(geo("m")), jnum(geo("mq")), jnum(geo("mn")) > json
    }
}' $rows
[ -n "$json" ] && echo "bench.sh: wrote $json"
exit $status
