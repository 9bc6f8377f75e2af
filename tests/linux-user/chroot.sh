#!/bin/bash
# make check-chroot: a Debian arm64 root built under mimic-aarch64.
# scripts/mimic-chroot runs debootstrap's first stage (cached) and the
# second stage inside the chroot through binfmt_misc and the static
# emulator; then, in the finished root: bash, perl, dpkg -i of a package
# built there, apt-get, python3 and sudo installed with apt-get, su and sudo. One PASS/FAIL
# line per check and the usual summary line.
#
#   tests/linux-user/chroot.sh [--emulator FILE] [ROOT]
# (--emulator: compare with another emulator, e.g. qemu-aarch64-static)
set -u
cd "$(dirname "$0")/../.." || exit 1
emulator=
if [ "${1:-}" = --emulator ]; then
    emulator=$2
    shift 2
fi
root=${1:-/var/tmp/mimic-chroot-test}
name=mimic-chroot-test-$$
pass=0
fail=0

result() { # status name [detail]
    if [ "$1" -eq 0 ]; then
        echo "PASS chroot $2"
        pass=$((pass + 1))
    else
        echo "FAIL chroot $2${3:+: $3}"
        fail=$((fail + 1))
    fi
}

proc_mounted=
finish() {
    scripts/mimic-binfmt --name "$name" --remove aarch64 > /dev/null 2>&1
    # Only what this script mounted: $root/proc may be a symbolic link to
    # the host's /proc (debootstrap makes one in containers).
    [ -n "$proc_mounted" ] && umount -l "$proc_mounted"
    echo "$pass passed, $fail failed"
}
trap finish EXIT

in_root() { # command... (under a time limit)
    timeout 600 chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin \
        HOME=/root LC_ALL=C DEBIAN_FRONTEND=noninteractive "$@"
}

rm -rf "$root"
start=$(date +%s)
scripts/mimic-chroot --keep-binfmt --binfmt-name "$name" ${emulator:+--emulator "$emulator"} "$root"
status=$?
secs=$(($(date +%s) - start))
result $status "second stage (${secs}s)" "see $root.stage2.log"
grep -q "Base system installed successfully" "$root.stage2.log" 2> /dev/null
result $? "Base system installed successfully"
[ $status -eq 0 ] || exit 1

out=$(in_root /bin/bash -c 'f() { echo $(( $1 * 6 )); }; for i in 1 2; do f $i; done | paste -sd+ | (read l; echo "$l=$(( l ))")' 2>&1)
[ "$out" = "6+12=18" ]
result $? "bash" "$out"

out=$(in_root /usr/bin/perl -e 'my %h = map { $_ => length } qw(arm64 chroot); print join(",", map {"$_=$h{$_}"} sort keys %h), "\n"' 2>&1)
[ "$out" = "arm64=5,chroot=6" ]
result $? "perl" "$out"

out=$(in_root /usr/bin/dpkg --print-architecture 2>&1)
[ "$out" = arm64 ]
result $? "dpkg --print-architecture" "$out"

# A package built with dpkg-deb inside the root, installed with dpkg -i.
mkdir -p "$root/tmp/pkg/DEBIAN" "$root/tmp/pkg/usr/share/mimic-test"
printf 'Package: mimic-test\nVersion: 1.0\nArchitecture: arm64\nMaintainer: mimic <mimic@localhost>\nDescription: chroot test\n' \
    > "$root/tmp/pkg/DEBIAN/control"
echo hello > "$root/tmp/pkg/usr/share/mimic-test/hello"
out=$(in_root /bin/sh -c 'dpkg-deb --build /tmp/pkg /tmp/mimic-test.deb && dpkg -i /tmp/mimic-test.deb && dpkg -s mimic-test | grep Status' 2>&1 | tail -1)
[ "$out" = "Status: install ok installed" ]
result $? "dpkg -i" "$out"

out=$(in_root /usr/bin/apt-get --version 2>&1 | head -1)
case $out in apt\ *) true ;; *) false ;; esac
result $? "apt-get --version" "$out"

# python3 from the archive (apt-get update + install need the network).
if [ -L "$root/proc" ]; then
    rm "$root/proc"
    mkdir "$root/proc"
fi
mount -t proc proc "$root/proc" && proc_mounted=$root/proc
if in_root /usr/bin/apt-get -q update > "$root.apt.log" 2>&1 &&
    in_root /usr/bin/apt-get -q -y install --no-install-recommends python3 sudo >> "$root.apt.log" 2>&1; then
    result 0 "apt-get install python3 sudo"
    out=$(in_root /usr/bin/python3 -c 'import platform, json; print(platform.machine(), json.dumps([1, 2]))' 2>&1)
    [ "$out" = "aarch64 [1, 2]" ]
    result $? "python3" "$out"
else
    result 1 "apt-get install python3 sudo" "see $root.apt.log"
fi
# Set-user-ID programs: binfmt_misc's C flag gives mimic the program's
# credentials. su from root to nobody, and sudo from nobody back to root.
out=$(in_root /bin/su -s /bin/sh nobody -c 'id -u' 2>&1)
[ "$out" = 65534 ]
result $? "su" "$out"
if [ -x "$root/usr/bin/sudo" ]; then
    echo 'nobody ALL=(ALL) NOPASSWD: ALL' > "$root/etc/sudoers.d/mimic-test"
    chmod 440 "$root/etc/sudoers.d/mimic-test"
    out=$(timeout 600 chroot --userspec=65534:65534 "$root" /usr/bin/env -i PATH=/usr/bin:/bin \
        /usr/bin/sudo -n /usr/bin/id -u 2>&1 | grep -v 'unable to resolve host')
    [ "$out" = 0 ]
    result $? "sudo" "$out"
fi
[ $fail -eq 0 ]
