#!/bin/bash
# binfmt_misc: foreign programs run as ./prog through scripts/mimic-binfmt.
# Registers entries under a name unique to this run and always removes them
# (trap). Needs root and binfmt_misc (mounted here if it is not); otherwise
# every check is skipped. One PASS/FAIL/SKIP line per check.
#
#   tests/linux-user/binfmt.sh      (B= build directory, default build)
set -u
cd "$(dirname "$0")/../.." || exit 1
B=${B:-build}
BINFMT=/proc/sys/fs/binfmt_misc
NAME=mimic-test-$$
OUT=$B/binfmt
ARCHES="riscv64 aarch64"

skip_all() {
    for a in $ARCHES; do echo "SKIP binfmt $a: $1"; done
    exit 0
}

[ "$(id -u)" -eq 0 ] || skip_all "not root"
if [ ! -e $BINFMT/register ]; then
    mount -t binfmt_misc binfmt_misc $BINFMT 2> /dev/null || skip_all "cannot mount binfmt_misc"
fi
[ -w $BINFMT/register ] || skip_all "$BINFMT/register is not writable"

cleanup() {
    scripts/mimic-binfmt --name "$NAME" --remove $ARCHES > /dev/null 2>&1
}
trap cleanup EXIT INT TERM

mkdir -p "$OUT"
cat > "$OUT/argv.c" << 'EOF'
#include <stdio.h>
#include <unistd.h>
int main(int argc, char **argv)
{
    char exe[512];
    ssize_t n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
    exe[n > 0 ? n : 0] = 0;
    for (int i = 0; i < argc; i++)
        printf("[%s]", argv[i]);
    printf(" exe=%s\n", exe);
    return 0;
}
EOF

cat > "$OUT/ids.c" << 'EOF'
#include <stdio.h>
#include <sys/auxv.h>
#include <unistd.h>
int main(void)
{
    printf("uid=%d euid=%d secure=%lu\n", (int)getuid(), (int)geteuid(),
           getauxval(AT_SECURE));
    return 0;
}
EOF

check() { # name expected actual
    if [ "$2" = "$3" ]; then
        echo "PASS binfmt $1"
    else
        echo "FAIL binfmt $1: expected '$2', got '$3'"
    fi
}

# Register entry NAME-ARCH with the given flags.
reg() {
    scripts/mimic-binfmt --path "$B" --name "$NAME" --flags "$2" "$1" > /dev/null 2>&1 || {
        echo "FAIL binfmt $1: could not register (flags '$2')"
        return 1
    }
}

for arch in $ARCHES; do
    case $arch in
    riscv64) cross=riscv64-linux-gnu-gcc ;;
    aarch64) cross=aarch64-linux-gnu-gcc ;;
    esac
    if [ ! -x "$B/mimic-$arch" ] || ! command -v $cross > /dev/null; then
        echo "SKIP binfmt $arch: no $B/mimic-$arch or $cross"
        continue
    fi
    prog=$(realpath "$OUT")/argv-$arch
    $cross -static -O2 -o "$prog" "$OUT/argv.c" || {
        echo "FAIL binfmt $arch: could not build the test program"
        continue
    }
    # A #! script whose interpreter is the foreign program itself.
    script=$(realpath "$OUT")/script-$arch
    printf '#!%s\n' "$prog" > "$script"
    chmod +x "$script"

    # A setuid-root program, run by an unprivileged user.
    ids=$(realpath "$OUT")/ids-$arch
    $cross -static -O2 -o "$ids" "$OUT/ids.c" && chmod 4755 "$ids"

    # Distribution default: F P C (C implies O, the program as a descriptor).
    reg $arch FPC || continue
    if command -v setpriv > /dev/null && [ -x "$ids" ]; then
        check "$arch FPC setuid" "uid=65534 euid=0 secure=1" \
            "$(setpriv --reuid=65534 --regid=65534 --clear-groups "$ids" 2>&1)"
    fi
    check "$arch FPC argv0" "[custom][a][b c] exe=$prog" \
        "$(cd "$OUT" && (exec -a custom "./argv-$arch" a "b c"))"
    check "$arch FPC script" "[$prog][$script][x] exe=$prog" "$("$script" x)"

    # Without P the kernel puts the full path where argv[0] was.
    cleanup
    reg $arch F || continue
    if command -v setpriv > /dev/null && [ -x "$ids" ]; then
        # Without C the kernel does not apply the program's set-user-ID.
        check "$arch F no setuid" "uid=65534 euid=65534 secure=0" \
            "$(setpriv --reuid=65534 --regid=65534 --clear-groups "$ids" 2>&1)"
    fi
    check "$arch F argv0" "[$prog][a] exe=$prog" \
        "$(cd "$OUT" && (exec -a custom "./argv-$arch" a))"
    # O alone: the program arrives as AT_EXECFD.
    cleanup
    reg $arch O || continue
    check "$arch O execfd" "[$prog][a] exe=$prog" "$("$prog" a)"
    # A host shell starting a foreign child.
    check "$arch O via sh" "[$prog][z] exe=$prog" "$(sh -c "$prog z")"
    cleanup
done
