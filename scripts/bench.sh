#!/bin/bash
# Time mimic against the reference emulator (qemu-ARCH) and native x86-64
# on the programs in tests/bench/*.c, for each guest: riscv64 (static -O2)
# and aarch64 (static, static-PIE and dynamic, -O2), each run RUNS times
# under qemu and mimic in turn (a qemu run, a mimic run, and again, so load
# from other tenants of the host falls on both alike), and the host build
# (-O2) natively; best time kept;
# the outputs (checksums) must agree with native. Then the real Debian arm64
# workloads xz and python3 (aarch64, build "debian": the guest's programs
# from scripts/mk-sysroot's root beside the host's own). Then "startup": a trivial
# dynamically linked program (tests/bench/startup/empty.c) run STARTUP_RUNS
# times under each, median kept (qemu gets the sysroot as QEMU_LD_PREFIX,
# mimic finds it by default). Prints one table row per program, guest and
# build, and geometric means per guest and build, and per guest over all
# its builds ("all"; startup not included).
#
#   scripts/bench.sh [--json FILE] [--runs N] [--guests "riscv64 aarch64"] [NAME...]
# Environment: B (build), GUESTS (riscv64 aarch64); MIMIC_RISCV64 (MIMIC,
# else $B/mimic-riscv64), QEMU_RISCV64 (QEMU, else qemu-riscv64), CROSS_RISCV64
# (CROSS, else riscv64-linux-gnu-); MIMIC_AARCH64 ($B/mimic-aarch64),
# QEMU_AARCH64 (qemu-aarch64), CROSS_AARCH64 (aarch64-linux-gnu-);
# RUNS (5), STARTUP_RUNS (50).
set -u
cd "$(dirname "$0")/.." || exit 1

B=${B:-build} # build directory (make B=...)
MIMIC_RISCV64=${MIMIC_RISCV64:-${MIMIC:-$B/mimic-riscv64}}
QEMU_RISCV64=${QEMU_RISCV64:-${QEMU:-qemu-riscv64}}
CROSS_RISCV64=${CROSS_RISCV64:-${CROSS:-riscv64-linux-gnu-}}
MIMIC_AARCH64=${MIMIC_AARCH64:-$B/mimic-aarch64}
QEMU_AARCH64=${QEMU_AARCH64:-qemu-aarch64}
CROSS_AARCH64=${CROSS_AARCH64:-aarch64-linux-gnu-}
GUESTS=${GUESTS:-riscv64 aarch64}
RUNS=${RUNS:-5}
STARTUP_RUNS=${STARTUP_RUNS:-50}
OUT=$B/bench
json="" names=""
while [ $# -gt 0 ]; do
    case $1 in
    --json) json=$2; shift 2 ;;
    --runs) RUNS=$2; shift 2 ;;
    --guests) GUESTS=$2; shift 2 ;;
    -h | --help) sed -n '2,18p' "$0"; exit 0 ;;
    -*) echo "bench.sh: unknown option $1" >&2; exit 2 ;;
    *) names="$names $1"; shift ;;
    esac
done
if [ -z "$names" ]; then
    for f in tests/bench/*.c; do
        f=$(basename "$f" .c)
        [ "$f" = runstat ] || names="$names $f" # runstat.c is the timing helper
    done
    names="$names xz python3 startup"
fi

# guest_setup ARCH: MIMIC, QEMU, CROSS, SYSROOT and BUILDS for one guest.
guest_setup() {
    case $1 in
    riscv64) MIMIC=$MIMIC_RISCV64 QEMU=$QEMU_RISCV64 CROSS=$CROSS_RISCV64 BUILDS=static ;;
    aarch64) MIMIC=$MIMIC_AARCH64 QEMU=$QEMU_AARCH64 CROSS=$CROSS_AARCH64 BUILDS="static static-pie dynamic" ;;
    *) echo "bench.sh: unknown guest $1" >&2; exit 2 ;;
    esac
    SYSROOT=/usr/$1-linux-gnu
}

mkdir -p $OUT
tests/bench/build-tools.sh || exit 1
for g in $GUESTS; do
    guest_setup "$g"
    for t in "$MIMIC" "$QEMU"; do
        [ -x "$t" ] || command -v "$t" > /dev/null || echo "bench.sh: $t not found; its column will be empty" >&2
    done
done

# one NAME RUNNER CMD...: one run; prints "SECONDS KB" (wall time, peak
# RSS) or "- -" if it failed; stdout kept in NAME.RUNNER.out.
one() {
    local name=$1 runner=$2 how rc wall rss
    shift 2
    build/tools/runstat -o $OUT/$name.$runner.stat "$@" > $OUT/$name.$runner.out 2> $OUT/$name.$runner.err
    read -r how rc wall rss < $OUT/$name.$runner.stat
    if [ "$how $rc" != "exit 0" ]; then
        echo "bench.sh: $name under $runner: $how $rc" >&2
        sed 's/^/  /' $OUT/$name.$runner.err | head -3 >&2
        echo "- -"
        return
    fi
    echo "$wall $rss"
}

# faster A B: is time A (a number) below B (a number or empty)?
faster() {
    [ -z "$2" ] || awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'
}

# best NAME RUNNER CMD...: run RUNS times; prints "SECONDS KB" (best time,
# peak RSS of that run) or "- -" if any run failed.
best() {
    local name=$1 runner=$2 wall rss best="" bestrss=""
    shift 2
    for _ in $(seq "$RUNS"); do
        read -r wall rss < <(one "$name" "$runner" "$@")
        [ "$wall" = - ] && { echo "- -"; return; }
        faster "$wall" "$best" && best=$wall bestrss=$rss
    done
    echo "$best $bestrss"
}

# best_pair NAME SYSROOT CMD...: RUNS rounds of one qemu run then one mimic
# run of CMD (qemu with QEMU_LD_PREFIX=SYSROOT), so that load from other
# tenants of the host falls on both alike; prints "QSEC QKB MSEC MKB", the
# best of each, "-" for a side with a failed run.
best_pair() {
    local name=$1 sysroot=$2 wall rss q="" qr="" m="" mr="" qfail="" mfail=""
    shift 2
    for _ in $(seq "$RUNS"); do
        if [ -z "$qfail" ]; then
            read -r wall rss < <(QEMU_LD_PREFIX=$sysroot one "$name" qemu "$QEMU" "$@")
            if [ "$wall" = - ]; then
                qfail=1
            elif faster "$wall" "$q"; then
                q=$wall qr=$rss
            fi
        fi
        if [ -z "$mfail" ]; then
            read -r wall rss < <(one "$name" mimic "$MIMIC" "$@")
            if [ "$wall" = - ]; then
                mfail=1
            elif faster "$wall" "$m"; then
                m=$wall mr=$rss
            fi
        fi
    done
    [ -n "$qfail" ] && q=- qr=-
    [ -n "$mfail" ] && m=- mr=-
    echo "$q $qr $m $mr"
}

# median NAME RUNNER CMD...: run STARTUP_RUNS times; prints "SECONDS KB" (the
# median time and the peak RSS of that run) or "- -" if any run failed.
median() {
    local name=$1 runner=$2 wall rss
    shift 2
    : > $OUT/$name.$runner.times
    for _ in $(seq "$STARTUP_RUNS"); do
        read -r wall rss < <(one "$name" "$runner" "$@")
        [ "$wall" = - ] && { echo "- -"; return; }
        echo "$wall $rss" >> $OUT/$name.$runner.times
    done
    sort -g $OUT/$name.$runner.times | awk '{ t[NR] = $0 } END { print t[int((NR + 1) / 2)] }'
}

# The startup row for one guest: exec, dynamic loading and exit of an empty
# program.
startup_row() {
    local src=tests/bench/startup/empty.c bin=$OUT/startup.$1 tn tq rq tm rm ok=yes
    if [ "$bin" -ot "$src" ]; then
        ${CROSS}gcc -O2 -o "$bin" "$src" || return 1
    fi
    if [ "$OUT/startup.x86" -ot "$src" ]; then
        ${CC:-cc} -O2 -o $OUT/startup.x86 "$src" || return 1
    fi
    read -r tn _ < <(median startup native $OUT/startup.x86)
    read -r tq rq < <(QEMU_LD_PREFIX=$SYSROOT median startup.$1 qemu "$QEMU" "$bin")
    read -r tm rm < <(median startup.$1 mimic "$MIMIC" "$bin")
    [ "$tn" = - ] || [ "$tq" = - ] || [ "$tm" = - ] && ok=no
    echo "startup $1 dynamic $tn $tq $tm $rm $rq $ok median"
}

# Real Debian arm64 workloads from the root scripts/mk-sysroot builds: the
# guest's /usr/bin/NAME under -L ROOT against the host's own (the same Debian
# version, so the outputs agree). One row, aarch64 "debian".
real_row() {
    local n=$1 root=${MIMIC_SYSROOT_ARM64:-/var/cache/mimic/sysroot-arm64} data=$OUT/real-data
    local tn tq rq tm rm ok=yes
    [ "$2" = aarch64 ] || return 0
    scripts/mk-sysroot --arch arm64 --dir "$root" > /dev/null 2> $OUT/mk-sysroot.log || {
        echo "bench.sh: $n: no arm64 root: $(tail -1 $OUT/mk-sysroot.log)" >&2
        return 1
    }
    if [ ! -s "$data" ]; then
        # 7 MB of compressible, not trivially repetitive text.
        awk 'BEGIN { s = 1; for (i = 0; i < 150000; i++) { s = (s * 1103515245 + 12345) % 2147483648;
            printf "%08d line %d of the bench data %x\n", s % 99999999, i, s } }' > "$data"
    fi
    local cmd
    case $n in
    xz) cmd="xz -6 -T1 -c $data" ;;
    python3) cmd="python3 $PWD/tests/bench/real/work.py" ;;
    esac
    # shellcheck disable=SC2086
    read -r tn _ < <(best "$n" native /usr/bin/$cmd)
    # shellcheck disable=SC2086
    read -r tq rq tm rm < <(best_pair "$n.aarch64" "" -L "$root" "$root"/usr/bin/$cmd)
    for r in qemu mimic; do
        cmp -s $OUT/$n.native.out $OUT/$n.aarch64.$r.out || {
            ok=no
            echo "bench.sh: $n (aarch64): $r output differs from native" >&2
        }
    done
    echo "$n aarch64 debian $tn $tq $tm $rm $rq $ok best"
}

# The flags of one build kind.
build_flags() {
    case $1 in
    static) echo "-static" ;;
    static-pie) echo "-static-pie" ;;
    dynamic) echo "" ;;
    esac
}

rows=$OUT/rows.txt
: > $rows
status=0
for n in $names; do
    case $n in
    xz | python3)
        for g in $GUESTS; do
            guest_setup "$g"
            real_row "$n" "$g" >> $rows || status=1
        done
        continue
        ;;
    esac
    if [ "$n" != startup ]; then
        src=tests/bench/$n.c
        if [ "$OUT/$n.x86" -ot "$src" ]; then
            ${CC:-cc} -O2 -pthread -o $OUT/$n.x86 "$src" -lm || { status=1; continue; }
        fi
        read -r tn _ < <(best "$n" native $OUT/$n.x86)
    fi
    for g in $GUESTS; do
        guest_setup "$g"
        if [ "$n" = startup ]; then
            startup_row "$g" >> $rows || status=1
            continue
        fi
        for k in $BUILDS; do
            bin=$OUT/$n.$g.$k
            [ "$g" = riscv64 ] && bin=$OUT/$n.rv # the name older runs used
            if [ "$bin" -ot "$src" ]; then
                # shellcheck disable=SC2046
                ${CROSS}gcc $(build_flags $k) -O2 -pthread -o "$bin" "$src" -lm || { status=1; continue; }
            fi
            read -r tq rq tm rm < <(best_pair "$n.$g.$k" "$SYSROOT" "$bin")
            ok=yes
            for r in qemu mimic; do
                if ! cmp -s $OUT/$n.native.out $OUT/$n.$g.$k.$r.out; then
                    ok=no
                    echo "bench.sh: $n ($g $k): $r output differs from native: $(head -c 80 $OUT/$n.$g.$k.$r.out)" >&2
                fi
            done
            [ $ok = yes ] || status=1
            echo "$n $g $k $tn $tq $tm $rm $rq $ok best" >> $rows
        done
    done
done

# Table and geometric means per guest and build (over the rows where both
# sides have a number; the startup rows, medians of many runs, are shown but
# not averaged in). Row fields: name guest build native qemu mimic mimic-RSS
# qemu-RSS ok timing.
awk -v json="$json" '
function ratio(a, b) { return (a == "-" || b == "-" || b == 0) ? "-" : a / b }
function fmt(x, f) { return x == "-" ? "-" : sprintf(f, x) }
function jnum(x) { return x == "-" ? "null" : x }
function geo(g, k) { return cnt[g, k] ? sprintf("%.3f", exp(lsum[g, k] / cnt[g, k])) : "-" }
function acc(g, k, x) { if (x != "-" && x > 0) { lsum[g, k] += log(x); cnt[g, k]++ } }
function x(v) { return v == "-" ? "-" : v "x" }
function jgeo(g) {
    return sprintf("{\"native_s\": %s, \"qemu_s\": %s, \"mimic_s\": %s, \"mimic_over_qemu\": %s, " \
        "\"mimic_over_native\": %s}", jnum(geo(g, "n")), jnum(geo(g, "q")), jnum(geo(g, "m")),
        jnum(geo(g, "mq")), jnum(geo(g, "mn")))
}
BEGIN {
    printf "%-8s %-8s %-11s %9s %9s %9s %10s %12s %11s %11s %4s\n", "bench", "guest", "build",
        "native s", "qemu s", "mimic s", "mimic/qemu", "mimic/native", "mimic RSS", "qemu RSS", "ok"
}
{
    g = $2 " " $3
    mq = ratio($6, $5); mn = ratio($6, $4)
    if ($10 != "median") {
        if (!(g in seen)) { seen[g] = 1; order[++ng] = g; builds[$2]++ }
        acc(g, "n", $4); acc(g, "q", $5); acc(g, "m", $6); acc(g, "mq", mq); acc(g, "mn", mn)
        a = $2 " all" # the guest over every build (the goal is per guest)
        if (!(a in seen)) { seen[a] = 1; guests[++nguest] = $2 }
        acc(a, "n", $4); acc(a, "q", $5); acc(a, "m", $6); acc(a, "mq", mq); acc(a, "mn", mn)
    }
    tf = $10 == "median" ? "%.5f" : "%.3f" # startup: a few milliseconds
    printf "%-8s %-8s %-11s %9s %9s %9s %10s %12s %11s %11s %4s\n", $1, $2, $3, fmt($4, tf),
        fmt($5, tf), fmt($6, tf), fmt(mq, "%.2fx"), fmt(mn, "%.2fx"), fmt($7, "%d KB"),
        fmt($8, "%d KB"), $9
    js = js sprintf("%s    {\"name\": \"%s\", \"guest\": \"%s\", \"build\": \"%s\", " \
        "\"native_s\": %s, \"qemu_s\": %s, \"mimic_s\": %s, " \
        "\"mimic_over_qemu\": %s, \"mimic_over_native\": %s, \"mimic_rss_kb\": %s, " \
        "\"qemu_rss_kb\": %s, \"outputs_agree\": %s, \"time\": \"%s\"}", NR > 1 ? ",\n" : "",
        $1, $2, $3, jnum($4), jnum($5), jnum($6), jnum(mq), jnum(mn), jnum($7), jnum($8),
        $9 == "yes" ? "true" : "false", $10 == "median" ? "median" : "best")
}
END {
    for (i = 1; i <= nguest; i++) {
        if (builds[guests[i]] > 1) {
            order[++ng] = guests[i] " all"
        }
    }
    for (i = 1; i <= ng; i++) {
        g = order[i]
        split(g, gb, " ")
        printf "%-8s %-8s %-11s %9s %9s %9s %10s %12s\n", "geomean", gb[1], gb[2], geo(g, "n"),
            geo(g, "q"), geo(g, "m"), x(geo(g, "mq")), x(geo(g, "mn"))
        jg = jg sprintf("%s    {\"guest\": \"%s\", \"build\": \"%s\", \"geomean\": %s}",
            i > 1 ? ",\n" : "", gb[1], gb[2], jgeo(g))
    }
    if (json != "") {
        # "geomean" is riscv64 static, as before aarch64 was added.
        printf "{\n  \"benchmarks\": [\n%s\n  ],\n  \"geomean\": %s,\n  \"geomeans\": [\n%s\n  ]\n}\n",
            js, jgeo("riscv64 static"), jg > json
    }
}' $rows
[ -n "$json" ] && echo "bench.sh: wrote $json"
exit $status
