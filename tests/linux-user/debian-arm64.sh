#!/bin/bash
# Real Debian arm64 programs. scripts/mk-sysroot builds (once, cached) a
# Debian 12 arm64 root; each check runs one of its programs as
#   $MIMIC -L $ROOT $ROOT/usr/bin/PROG ...
# and compares the output with what the host's own build of the same program
# prints for the same input (same Debian release, so same versions), or with
# a value known in advance. Programs the guest starts (pipelines in bash,
# python's subprocess, env, busybox sh) must run emulated too: a few checks
# ask a child for its machine name.
# Prints PASS/FAIL/SKIP lines; exits non-zero if anything failed.
#   tests/linux-user/debian-arm64.sh     (B=build dir, MIMIC=emulator,
#   MIMIC_ARGS=more emulator options, e.g. -strace, ROOT=sysroot,
#   TIMEOUT=seconds per check, ONLY=regex of check names to run;
#   MIMIC=qemu-aarch64 validates the script itself: there, children run as
#   host programs, so the checks asking a child for its machine fail)
set -u
cd "$(dirname "$0")/../.." || exit 1

B=${B:-build}
MIMIC=${MIMIC:-$B/mimic-aarch64}
ROOT=${ROOT:-/var/cache/mimic/sysroot-arm64}
TIMEOUT=${TIMEOUT:-60}
MIMIC_ARGS=${MIMIC_ARGS:-}
ONLY=${ONLY:-}
W=$PWD/$B/linux-user/debian
failed=0
npass=0
nfail=0

pass() {
    echo "PASS debian $1"
    timed "$1"
    npass=$((npass + 1))
}
fail() {
    echo "FAIL debian $1: $2"
    timed "$1"
    failed=1
    nfail=$((nfail + 1))
}

if ! command -v "$MIMIC" > /dev/null 2>&1 && [ ! -x "$MIMIC" ]; then
    echo "SKIP debian all: no emulator $MIMIC"
    exit 0
fi
mkdir -p "$W" || exit 1
: > "$W/times.log"
start=0
t0=$(date +%s)
if ! scripts/mk-sysroot --arch arm64 --dir "$ROOT" > /dev/null 2> "$W/mk-sysroot.log"; then
    echo "SKIP debian all: no sysroot: $(grep 'mk-sysroot:' "$W/mk-sysroot.log" | tail -n 1)"
    exit 0
fi
t1=$(date +%s)

ENV="PATH=/usr/bin:/bin HOME=/root LC_ALL=C TZ=UTC TERM=dumb"

# guest PROG ARGS...: the arm64 program under the emulator.
guest() {
    local p=$1
    shift
    env -i $ENV timeout -k 5 "$TIMEOUT" "$MIMIC" $MIMIC_ARGS -L "$ROOT" \
        "$ROOT/usr/bin/$p" "$@"
}

# host PROG ARGS...: the host's build of the same program.
host() {
    local p=$1
    shift
    env -i $ENV timeout -k 5 "$TIMEOUT" "/usr/bin/$p" "$@"
}

# selected NAME: the check is to run (ONLY unset, or matching).
selected() {
    [ -z "$ONLY" ] || [[ $1 =~ $ONLY ]] || return 1
    start=$(date +%s%N)
}

# timed NAME: how long the check took, into $W/times.log.
timed() {
    echo "$1 $((($(date +%s%N) - start) / 1000000)) ms" >> "$W/times.log"
}

# report NAME RC OUT WANT: exit status 0 and stdout exactly WANT.
report() {
    local name=$1 rc=$2 out=$3 want=$4
    if [ "$rc" -ne 0 ]; then
        local why="exit status $rc"
        [ "$rc" -eq 124 ] && why="timed out after $TIMEOUT s"
        fail "$name" "$why$(head -n 2 "$W/$name.err" | sed 's/^/; /' | tr -d '\n' | head -c 300)"
    elif [ "$out" != "$want" ]; then
        fail "$name" "stdout '$(printf '%s' "$out" | head -c 200 | tr '\n' '|')', expected '$(printf '%s' "$want" | head -c 200 | tr '\n' '|')'"
    else
        pass "$name"
    fi
}

# expect NAME WANT PROG ARGS...: the guest program prints WANT (stdin: $IN).
expect() {
    selected "$1" || return 0
    local name=$1 want=$2 out rc
    shift 2
    out=$(guest "$@" 2> "$W/$name.err" < "${IN:-/dev/null}")
    rc=$?
    report "$name" $rc "$out" "$want"
}

# same NAME PROG ARGS...: the guest prints what the host's program prints,
# which must exit 0 with some output (stdin: $IN).
same() {
    selected "$1" || return 0
    local name=$1 want out rc
    shift
    if [ ! -x "/usr/bin/$1" ]; then
        echo "SKIP debian $name: the host has no /usr/bin/$1 to compare with"
        return
    fi
    want=$(host "$@" 2> /dev/null < "${IN:-/dev/null}")
    rc=$?
    if [ $rc -ne 0 ] || [ -z "$want" ]; then
        fail "$name" "host $1 failed (exit status $rc)"
        return
    fi
    out=$(guest "$@" 2> "$W/$name.err" < "${IN:-/dev/null}")
    rc=$?
    report "$name" $rc "$out" "$want"
}

# contains NAME LINE PROG ARGS...: the guest's output has the line LINE.
contains() {
    selected "$1" || return 0
    local name=$1 line=$2 out rc
    shift 2
    out=$(guest "$@" 2> "$W/$name.err" < /dev/null)
    rc=$?
    if [ $rc -eq 0 ] && ! printf '%s\n' "$out" | grep -q -x -F -e "$line"; then
        fail "$name" "no line '$line' in $(printf '%s\n' "$out" | wc -l) lines of output"
    else
        report "$name" $rc "" ""
    fi
}

# roundtrip NAME PROG FLAGS...: compressing $W/big in the guest gives the
# host's bytes; the guest decompresses the host's file back to $W/big.
roundtrip() {
    selected "$1" || return 0
    local name=$1 prog=$2 rc
    shift 2
    host "$prog" -c "$@" < "$W/big" > "$W/big.$prog.h" 2> /dev/null || {
        fail "$name" "host $prog failed"
        return
    }
    guest "$prog" -c "$@" < "$W/big" > "$W/big.$prog.g" 2> "$W/$name.err"
    rc=$?
    if [ $rc -ne 0 ]; then
        report "$name" $rc "" ""
        return
    elif ! cmp -s "$W/big.$prog.h" "$W/big.$prog.g"; then
        fail "$name" "compressed bytes differ from the host's ($(stat -c %s "$W/big.$prog.g") vs $(stat -c %s "$W/big.$prog.h") bytes)"
        return
    fi
    guest "$prog" -dc < "$W/big.$prog.h" > "$W/big.$prog.out" 2> "$W/$name.err"
    rc=$?
    if [ $rc -ne 0 ]; then
        report "$name" $rc "" ""
    elif ! cmp -s "$W/big" "$W/big.$prog.out"; then
        fail "$name" "decompressed data differ: $(cmp "$W/big" "$W/big.$prog.out" 2>&1 | head -c 100)"
    else
        pass "$name"
    fi
}

# ---- test data -------------------------------------------------------------
# words: 40000 random "word number" lines; big: about 3 MB of text, random
# bytes and words; lsdir: files with known sizes, modes and times.
if [ ! -s "$W/big" ] || [ ! -s "$W/words" ]; then
    perl -e 'srand(42); for (1..40000) { my $n = 1 + int(rand(12));
        print join("", map { chr(97 + int(rand(26))) } 1..$n), " ",
        int(rand(100000)), "\n" }' > "$W/words"
    { seq 1 250000; perl -e 'srand(7); print pack("C*", map { int(rand(256)) } 1..1000000)'
        cat "$W/words"; } > "$W/big"
fi
rm -rf "$W/lsdir"
mkdir -p "$W/lsdir/sub"
printf 'hello\n' > "$W/lsdir/a.txt"
head -c 12345 "$W/words" > "$W/lsdir/b.dat"
ln -s a.txt "$W/lsdir/link"
chmod 640 "$W/lsdir/a.txt"
chmod 755 "$W/lsdir/sub"
touch -h -d '2020-02-29 12:34:56 UTC' "$W/lsdir/a.txt" "$W/lsdir/b.dat" \
    "$W/lsdir/link" "$W/lsdir/sub"

# ---- bash --------------------------------------------------------------------
same bash-loop bash -c 's=0; for ((i = 1; i <= 1000; i++)); do
    ((i % 3 == 0)) && continue; s=$((s + i)); done
    n=0; while [ $n -lt 50 ]; do n=$((n + 7)); done; until false; do break; done
    echo $s $n'
same bash-function bash -c 'fib() { if (($1 < 2)); then echo $1; else
    echo $(( $(fib $(($1 - 1))) + $(fib $(($1 - 2))) )); fi; }
    f() { local x=$1; shift; echo "$x:$#:$*"; return 3; }
    fib 10; f a b c; echo rc=$?'
same bash-arith bash -c 'echo $((7 ** 5 % 1000)) $((1 << 40)) $((-17 / 5)) \
    $((-17 % 5)) $((16#ff)) $((2#1011)) $((0x7fffffffffffffff + 1)) \
    $(( (3 > 2) ? 10 : 20 )) $((~5)) $((13 ^ 7)); let "y = 6 * 7"; echo $y'
same bash-pipe bash -c "printf 'pear\napple\nfig\napple\n' | sort | uniq -c |
    tr a-z A-Z | sed 's/^ *//' | head -n 2; echo \${PIPESTATUS[@]}"
same bash-subshell bash -c 'x=1; (x=2; echo in $x; exit 4); echo rc=$? out $x
    { echo grouped; } | cat; echo $BASH_SUBSHELL $(echo $BASH_SUBSHELL)'
same bash-cmdsubst bash -c 'a=$(echo $(echo nested $(echo deep))); echo "$a"
    b=`expr 6 \* 7`; echo $b; n=$(seq 1 100 | wc -l); echo $((n * 2))'
same bash-heredoc bash -c 'v=world; cat << EOF
hello $v $((2 + 3))
EOF
cat << '\''EOF'\''
literal $v
EOF
read -r p q <<< "one two"; echo "$q $p"'
same bash-case bash -c 'for w in apple 42 x.txt ""; do case $w in
    [0-9]*) echo num;; *.txt) echo txt;; "") echo empty;; a*|b*) echo ab;;
    esac; done; [[ "abc123" =~ ^([a-z]+)([0-9]+)$ ]] && echo ${BASH_REMATCH[2]}'
same bash-array bash -c 'a=(one two three); a+=(four); echo ${#a[@]} ${a[2]} ${a[@]:1:2}
    declare -A m=([k]=v [x]=y); m[z]=w; for k in $(printf "%s\n" "${!m[@]}" | sort)
    do echo -n "$k=${m[$k]} "; done; echo; unset "a[1]"; echo "${a[@]}" ${!a[@]}'
same bash-string bash -c 'x=Hello-World-Again; echo ${x//-/ } ${x^^} ${x,,} ${#x}
    echo ${x#*-} ${x##*-} ${x%-*} ${x%%-*} ${x:6:5}; printf -v y "%05d|%-4s|%x" 42 ab 255
    echo "$y"; IFS=: read -r a b c <<< "1:2:3"; echo $c$b$a'
expect bash-child-arch aarch64 bash -c 'uname -m'
expect bash-jobs "0
3
got USR1
done 42
124" bash -c 'sleep 0.1 & wait $!; echo $?; (exit 3) & wait $!; echo $?
    trap "echo got USR1" USR1; kill -USR1 $$
    for i in 1 2 3; do (sleep 0.0$i; exit $((i * 7))) & done; t=0
    for j in $(jobs -p); do wait $j; t=$((t + $?)); done; echo done $t
    timeout 0.5 sleep 10; echo $?'

# ---- coreutils ---------------------------------------------------------------
same sort sort "$W/words"
same sort-n sort -k2,2n -k1,1r "$W/words"
same sort-u-r sort -u -r "$W/words"
same sha256sum sha256sum "$W/big" "$W/words"
same md5sum md5sum "$W/big"
same sha1-b2sum bash -c "sha1sum < '$W/big'; b2sum < '$W/words'; sha512sum < '$W/words'"
same seq seq -w -s, 1 7 100
same seq-float seq 0 0.25 2
same wc wc "$W/big" "$W/words"
same date date -d @0 -u
same date-format date -u -d '2024-02-29 13:14:15' '+%s %A %j %U %Z'
same stat stat -c '%n %s %a %A %F %U %G %Y' "$W/lsdir/a.txt" "$W/lsdir/b.dat" \
    "$W/lsdir/sub" "$W/lsdir/link"
same ls-l ls -l --time-style=+%F.%T "$W/lsdir"
same ls-lAR ls -lAR --time-style=+%F "$W/lsdir"
IN=$W/words same tr tr 'a-y' 'b-z'
IN=$W/words same cut cut -c 2-4,6
same head-tail bash -c "head -n 5 '$W/words'; tail -n 3 '$W/words'; tail -c 100 '$W/big' | od -An -tx1"
expect env "A=1
B=2" env -i A=1 B=2 env
same expr bash -c 'expr 6 \* 7; expr length abcdef; expr abc123 : "[a-z]*"; expr 5 \> 3'
same coreutils-misc bash -c "cd '$W' && split -l 9999 -d words part. && ls part.* && cat part.* | cmp - words &&
    cut -d' ' -f1 words | head -n 200 | sort -u > j1 && head -n 300 words | sort > j2 && join j1 j2 | md5sum &&
    paste -d, j1 j1 | tail -n 2 && comm -12 j1 <(cut -d' ' -f1 j2 | sort -u) | wc -l && nl -ba j1 | tail -n 1 &&
    fold -w 7 j1 | tail -n 1 && numfmt --to=iec 123456789 && shuf --random-source=words -n 3 j1 &&
    dd if=big bs=64k skip=3 count=10 2> /dev/null | md5sum && du -b words && tac j1 | head -n 2 && rm -f part.* j1 j2"
same factor factor 1 2 97 1001 4294967297 600851475143 18446744073709551557
same base64 bash -c "head -c 3000 '$W/big' | base64 | md5sum; base64 '$W/words' | base64 -d | cmp - '$W/words' && echo same"
same cat-cksum bash -c "cat '$W/big' '$W/big' | cksum"
same printf printf '%d %5.2f %s %x %o %e %c\n' 42 3.14159 str 255 8 12345.678 z

same sort-parallel sort --parallel=4 -S 2M -t ' ' -k2,2n -k1,1 "$W/words"
same find find "$W/lsdir" -printf '%p %s %m %y %l\n'
same find-xargs bash -c "find '$W/lsdir' -type f -print0 | sort -z | xargs -0 md5sum"
same diff bash -c "sort '$W/words' > '$W/words.s'; sed 's/7/seven/' '$W/words.s' > '$W/words.t'
    diff -u --label a --label b '$W/words.s' '$W/words.t' | head -n 40; echo rc=\${PIPESTATUS[0]}
    cmp '$W/words.s' '$W/words.t'; echo rc=\$?"
same tar bash -c "cd '$W' && tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner -cf - lsdir words | tar -tvf - && tar -cf - words | md5sum"
same awk mawk '{ n[substr($1, 1, 1)]++; s += $2 } END { for (k in n) c++; printf "%d %d %.3f\n", c, s, s / NR }' "$W/words"

# ---- grep, sed ---------------------------------------------------------------
same grep-count grep -c -E '^[a-c]+ [0-9]*7$' "$W/words"
same grep-backref grep -E '(.)\1\1' "$W/words"
same grep-basic grep -n -i -w 'ab' "$W/words"
same grep-v grep -v -c -e a -e e -e i -e o -e u "$W/words"
same grep-o bash -c "grep -o -E '[0-9]{5}' '$W/words' | sort | uniq -c | sort -rn | head -n 5"
same sed-subst sed -e 's/\([a-z]\)\([a-z]\)/\2\1/g' -e '/^q/d' "$W/words"
same sed-E sed -n -E 's/^([a-z]+) ([0-9]+)$/\2:\1/p' "$W/words"
same sed-script sed -n -e '1!G' -e 'h' -e '$p' "$W/lsdir/b.dat"
same sed-addr sed -n '/^aa/,/^bb/{=;p}' "$W/words"

# ---- compressors: a 3 MB file, both directions, byte for byte ----------------
roundtrip gzip gzip -6
roundtrip xz xz -3
roundtrip bzip2 bzip2 -9
roundtrip xz-threads xz -2 -T4 --block-size=300000

# ---- perl --------------------------------------------------------------------
same perl-regex perl -ne 'if (/^(\w)(\w*)\1 (\d+)$/) { $n++; $s += $3 }
    END { print "$n $s\n" }' "$W/words"
same perl-sprintf perl -e 'printf("%05.1f|%-6s|%x|%o|%e|%s\n", 3.14159, "ab",
    255, 8, 1234.5, join(",", map { sprintf "%03d", $_ } 1..5))'
same perl-sort-hash perl -ane '$h{substr($F[0], 0, 1)} += $F[1];
    END { for (sort { $h{$b} <=> $h{$a} || $a cmp $b } keys %h) { print "$_ $h{$_}\n" } }' "$W/words"
same perl-pack perl -e 'my $b = pack("NnCA4Q<d>", 0xdeadbeef, 513, 7, "abc", 2**40 + 3, 1.5);
    print unpack("H*", $b), "\n"; my @v = unpack("NnCA4Q<d>", $b); print "@v\n";
    print join(",", unpack("(A2)*", "aabbccd")), "\n"'
same perl-modules perl -MList::Util=sum,max,first -MPOSIX=floor -MDigest::MD5=md5_hex \
    -MData::Dumper -e '$Data::Dumper::Sortkeys = 1; $Data::Dumper::Indent = 0;
    print sum(1..100), " ", max(3, 9, 2), " ", first { $_ > 3 } (1..9); print " ",
    floor(-2.5), " ", md5_hex("abc"), "\n", Dumper({a => [1, 2], b => "x"}), "\n"'
expect perl-fork-threads "child 5
sum 5050 4" perl -e 'use threads; use threads::shared;
my $pid = fork(); if (!$pid) { exit 5 } waitpid($pid, 0); print "child ", $? >> 8, "\n";
my $s :shared = 0; my @t = map { my $k = $_; threads->create(sub {
    for (my $i = $k; $i <= 100; $i += 4) { lock($s); $s += $i } }) } 1..4;
$_->join for @t; print "sum $s ", scalar(@t), "\n"'
same perl-bigint perl -Mbigint -e 'print 2**200, "\n", 100->bfac() % 1000000007, "\n"'

# ---- python3 -----------------------------------------------------------------
same py-json python3 -c 'import json
d = json.loads("{\"a\": [1, 2.5, null, true], \"b\": {\"c\": \"\\u00e9\"}}")
d["n"] = list(range(5)); print(json.dumps(d, sort_keys=True)); print(json.dumps(d, indent=1, ensure_ascii=False).encode())'
same py-hashlib python3 -c 'import hashlib, sys
data = open(sys.argv[1], "rb").read()
for n in ("sha256", "md5", "sha1", "sha512", "blake2b", "sha3_256"):
    print(n, hashlib.new(n, data).hexdigest())' "$W/big"
same py-re python3 -c 'import re, sys
t = open(sys.argv[1]).read()
print(len(re.findall(r"^([a-z])\w*\1 \d+$", t, re.M)))
print(re.sub(r"(\d)(\d)", r"\2\1", "a12b345c6789"), re.split(r"[,;]\s*", "a, b;c"))
m = re.match(r"(?P<w>[a-z]+)-(?P<n>\d+)", "abc-123"); print(m.group("w"), int(m["n"]) * 2)' "$W/words"
same py-zlib python3 -c 'import zlib, gzip, bz2, lzma, sys
d = open(sys.argv[1], "rb").read()
c = zlib.compress(d, 6); print(len(c), zlib.crc32(d), zlib.adler32(d), zlib.decompress(c) == d)
print(gzip.decompress(gzip.compress(d[:100000])) == d[:100000], bz2.decompress(bz2.compress(d[:50000])) == d[:50000])
print(lzma.decompress(lzma.compress(d[:50000])) == d[:50000])' "$W/big"
same py-struct python3 -c 'import struct
b = struct.pack("<iHqd4sf", -5, 65535, 2**40, 2.5, b"ab", 0.1)
print(b.hex(), struct.unpack("<iHqd4sf", b)); print(struct.calcsize("@iqc"), struct.pack(">Q", 1).hex())
print(int.from_bytes(b"\x01\x02\x03", "big"), (2**100).to_bytes(13, "little").hex(), 3**100 % 1000007, 7**77 // 3**50)'
same py-decimal python3 -c 'from decimal import Decimal, getcontext
from fractions import Fraction; import math
getcontext().prec = 50; print(Decimal(1) / Decimal(7), Decimal(2).sqrt())
print(Fraction(3, 4) + Fraction(5, 6), math.factorial(30), math.gcd(2**40, 6**20))
print(round(2.675, 2), 1e300 * 1e10, float("nan") != float("nan"), math.sqrt(2), 0.1 + 0.2)'
same py-threading python3 -c 'import threading, hashlib, queue
lock = threading.Lock(); total = [0]; q = queue.Queue()
def work(k):
    h = hashlib.sha256()
    for i in range(2000):
        h.update(b"%d:%d" % (k, i))
        with lock:
            total[0] += i
    q.put((k, h.hexdigest()[:16]))
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(total[0], sorted(q.get() for _ in ts))
ev = threading.Event(); threading.Timer(0.1, ev.set).start(); print(ev.wait(30))'
same py-float python3 -c 'import math
for x in [0.5, 1.0, 2.0, 3.7, 10.0, 123.456, 1e-5, 7e3]:
    print(x, math.sin(x).hex(), math.exp(x / 100).hex(), math.log(x).hex(),
        math.atan2(x, 3).hex(), (x ** 1.5).hex(), math.tanh(x / 10).hex())
print(math.fmod(7.5, 2), 2.0 ** 0.5, float("1e308") * 10, -0.0, 1 / 3, 2 / 7,
    int(1e20), round(1234.5678, 2), math.floor(-2.5), math.trunc(-7.9),
    math.fsum([0.1] * 10), math.hypot(3, 4), math.isqrt(10 ** 20 + 1))
print("%.17g %.3e %g %a" % (math.pi, 6.02e23, 1e-7, 0.1), math.copysign(1, -0.0),
    divmod(-7, 2), divmod(-7.5, 2), float.fromhex("0x1.8p1"), int("-0"), 1e16 + 1.0)'
same py-compute python3 -c 'import collections, itertools, functools
n = 200000; sieve = bytearray([1]) * n; sieve[0] = sieve[1] = 0
for i in range(2, int(n ** 0.5) + 1):
    if sieve[i]: sieve[i * i::i] = bytearray(len(range(i * i, n, i)))
ps = [i for i in range(n) if sieve[i]]; print(len(ps), sum(ps), ps[-3:])
d = collections.Counter(str(p)[-1] for p in ps); print(sorted(d.items()))
print(functools.reduce(lambda a, b: a * b % 1000000007, range(1, 50000)))
w = sorted({"".join(p) for p in itertools.permutations("mimic")}); print(len(w), w[:3])
s = "Grüße, 日本語 ÉCOLE ﬁ"; print(s.upper(), s.casefold(), len(s.encode()), s.encode("utf-16-le")[:8].hex())'

# The children must be arm64 programs: their machine name, and the ELF
# e_machine (183, EM_AARCH64) of their /proc/self/exe.
expect py-subprocess "hi there
aarch64
b7 00
183 /usr/bin/python3.11
aarch64 0" python3 -c 'import subprocess, os
print(subprocess.run(["/bin/echo", "hi", "there"], capture_output=True, text=True).stdout, end="")
print(subprocess.check_output(["uname", "-m"], text=True), end="")
print(subprocess.check_output(["od", "-An", "-tx1", "-j18", "-N2", "/proc/self/exe"], text=True).strip())
print(open("/proc/self/exe", "rb").read(20)[18], os.readlink("/proc/self/exe"))
p = subprocess.Popen("uname -m; exit 0", shell=True, stdout=subprocess.PIPE, text=True)
print(p.communicate()[0].strip(), p.returncode)'
expect py-multiprocessing "328350 [0, 1, 4, 9]" python3 -c 'import multiprocessing as mp
def sq(x): return x * x
if __name__ == "__main__":
    with mp.Pool(3) as p: r = p.map(sq, range(100))
    print(sum(r), r[:4])'
expect py-asyncio "3 [0.02, 0.01, 0.03] aarch64" python3 -c 'import asyncio
async def nap(t):
    await asyncio.sleep(t); return t
async def main():
    r = await asyncio.gather(nap(0.02), nap(0.01), nap(0.03))
    p = await asyncio.create_subprocess_exec("uname", "-m", stdout=asyncio.subprocess.PIPE)
    out, _ = await p.communicate(); print(len(r), r, out.decode().strip())
asyncio.run(main())'
expect py-ctypes "5 [1, 2, 3, 5, 8, 9] 00000000deadbeef" python3 -c 'import ctypes
libc = ctypes.CDLL(None); print(libc.strlen(b"hello"), end=" ")
a = (ctypes.c_int * 6)(5, 3, 9, 1, 8, 2)
CMP = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.POINTER(ctypes.c_int), ctypes.POINTER(ctypes.c_int))
libc.qsort(a, 6, ctypes.sizeof(ctypes.c_int), CMP(lambda x, y: x[0] - y[0]))
buf = ctypes.create_string_buffer(32); libc.snprintf(buf, 32, b"%016lx", ctypes.c_ulong(0xdeadbeef))
print(list(a), buf.value.decode())'
expect py-platform "aarch64 64bit" python3 -c 'import platform, os
print(platform.machine(), platform.architecture()[0])'
expect py-fork "child 7 parent-ok pipe:hello" python3 -c 'import os
r, w = os.pipe(); pid = os.fork()
if pid == 0:
    os.close(r); os.write(w, b"hello"); os._exit(7)
os.close(w); data = os.read(r, 100); _, st = os.waitpid(pid, 0)
print("child", os.WEXITSTATUS(st), "parent-ok", "pipe:" + data.decode())'
expect py-signal "usr1 10
alarm 14
term handled" python3 -c 'import os, signal, time
got = []
signal.signal(signal.SIGUSR1, lambda s, f: got.append(s))
os.kill(os.getpid(), signal.SIGUSR1); print("usr1", got[0])
def al(s, f): raise TimeoutError(s)
signal.signal(signal.SIGALRM, al); signal.alarm(1)
try:
    time.sleep(20)
except TimeoutError as e:
    print("alarm", e.args[0])
signal.signal(signal.SIGTERM, lambda s, f: print("term handled"))
signal.raise_signal(signal.SIGTERM)'
expect py-sqlite "3 60 20.0" python3 -c 'import sqlite3
c = sqlite3.connect(":memory:"); c.execute("create table t(x)")
c.executemany("insert into t values (?)", [(10,), (20,), (30,)])
print(*c.execute("select count(*), sum(x), avg(x) from t").fetchone())'

# ---- sqlite3, lua, busybox ---------------------------------------------------
expect sqlite3 "3|60|20.0|a,b,c
b|20
c|30
6" sqlite3 :memory: "create table t(k text primary key, v integer);
insert into t values ('a', 10), ('b', 20), ('c', 30);
select count(*), sum(v), avg(v), group_concat(k) from t;
select k, v from t where v > 15 order by v;
with recursive r(n) as (select 1 union all select n + 1 from r where n < 3)
select sum(n) from r;"
same sqlite3-big sqlite3 :memory: "create table t(i integer primary key, k text, v real);
with recursive r(n) as (select 1 union all select n + 1 from r where n < 20000)
insert into t select n, printf('k%05d', (n * 7919) % 20011), n * 0.37 from r;
create index tk on t(k);
select count(*), sum(v), min(k), max(k), avg(length(k)) from t;
select k, round(v, 2) from t where k between 'k10000' and 'k10030' order by k;
select i % 7, count(*), total(v) from t group by i % 7 order by 3 desc;
select hex(zeroblob(2)), upper('abc'), substr('hello', 2, 3), 7 / 2, 7 / 2.0, 1 << 40;"
expect lua "3628800 3.142 9007199254740993 olleh 3 a=1,b=2
1 1 4" lua5.4 -e 'local function fact(n) if n < 2 then return 1 end return n * fact(n - 1) end
local t = {b = 2, a = 1}; local ks = {}
for k, v in pairs(t) do ks[#ks + 1] = k .. "=" .. v end; table.sort(ks)
print(table.concat({fact(10), string.format("%.3f", math.pi), 2^53 // 1 | 1,
    ("hello"):reverse(), #{1, 2, 3}, table.concat(ks, ",")}, " "))
local co = coroutine.wrap(function(a) local b = coroutine.yield(a * 2); io.write(b, " ", a, " ", 2 * 2, "\n") end)
co(1); co(1)'
expect busybox-sh "42 x-y 3" busybox sh -c 'a=6; b=$((a * 7)); s=x; s="$s-y"
set -- p q r; echo $b $s $#'
expect busybox-ls "a.txt
b.dat
link
sub" busybox ls "$W/lsdir"
expect busybox-sha256sum "$(sha256sum "$W/big")" busybox sha256sum "$W/big"
expect busybox-more "$(sort "$W/words" | md5sum)
$(wc -l < "$W/words")
$(gzip -c -n < "$W/words" | md5sum)
$(sed -n 's/^\([a-z]*\) .*7$/\1/p' "$W/words" | md5sum)" busybox sh -c "
    busybox sort '$W/words' | busybox md5sum; busybox wc -l < '$W/words'
    gzip -c -n < '$W/words' | busybox gzip -dc | busybox gzip -c | busybox gzip -dc | gzip -c -n | busybox md5sum
    busybox sed -n 's/^\([a-z]*\) .*7$/\1/p' '$W/words' | busybox md5sum"
expect busybox-applets "15 aarch64" busybox sh -c 'seq 1 5 | awk "{ s += \$1 } END { printf \"%d \", s }"; uname -m'

# ---- dpkg, apt ---------------------------------------------------------------
expect dpkg-arch arm64 dpkg --print-architecture
expect dpkg-l "$(grep -c '^Package:' "$ROOT/var/lib/dpkg/status") bash coreutils python3" \
    bash -c "dpkg --admindir='$ROOT/var/lib/dpkg' -l > '$W/dpkg-l.out' || exit 1
    n=\$(grep -c '^ii ' '$W/dpkg-l.out')
    echo \$n \$(grep -E -o '^ii  (bash|coreutils|python3)(:arm64)? ' '$W/dpkg-l.out' | cut -c 5- | sed 's/:.*//')"
contains apt-config 'APT::Architecture "arm64";' apt-config dump

# ---- python's own test suite: only when asked -------------------------------
# PYTESTS="test_math test_re ...": these modules of CPython's test suite
# (libpython3.11-testsuite, in a second root ROOT-pytest), one check each,
# PYTIMEOUT seconds each (default 300). Slow: minutes, not seconds.
if [ -n "${PYTESTS:-}" ]; then
    if ! scripts/mk-sysroot --arch arm64 --dir "$ROOT-pytest" \
        --add libpython3.11-testsuite > /dev/null 2> "$W/mk-sysroot.log"; then
        echo "SKIP debian pytest: no sysroot: $(grep 'mk-sysroot:' "$W/mk-sysroot.log" | tail -n 1)"
    else
        ROOT=$ROOT-pytest
        TIMEOUT=${PYTIMEOUT:-300}
        mkdir -p "$W/pytmp"
        ENV="$ENV TMPDIR=$W/pytmp"
        for t in $PYTESTS; do
            selected "pytest-$t" || continue
            guest python3 -m test -q "$t" > "$W/pytest-$t.log" 2> "$W/pytest-$t.err" < /dev/null
            rc=$?
            if [ $rc -eq 0 ] && grep -q 'Tests result: SUCCESS' "$W/pytest-$t.log"; then
                pass "pytest-$t"
            else
                [ $rc -eq 124 ] && rc="timed out after $TIMEOUT s" || rc="exit status $rc"
                fail "pytest-$t" "$rc; $(grep -a -E '^(FAIL|ERROR):' "$W/pytest-$t.log" | head -n 3 | tr '\n' ' ')see $W/pytest-$t.log"
            fi
        done
    fi
fi

t2=$(date +%s)
echo "debian: $npass passed, $nfail failed; checks $((t2 - t1)) s, sysroot $((t1 - t0)) s"
exit $failed
