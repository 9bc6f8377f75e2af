#!/bin/sh
# Install the Debian packages mimic needs to build, test and benchmark.
# A fast no-op when everything is present; apt-get update runs only when an
# install is needed. Not root and something missing: name it and exit 1.
set -e

PKGS="build-essential pkg-config libcapstone-dev libelf-dev libglib2.0-dev
gcc-riscv64-linux-gnu libc6-dev-riscv64-cross gcc-aarch64-linux-gnu
libc6-dev-arm64-cross qemu-user time gdb-multiarch"

missing=""
for p in $PKGS; do
    st=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
    case "$st" in
    *"install ok installed"*) ;;
    *) missing="$missing $p" ;;
    esac
done
[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: not a Debian system; please install:$missing" >&2
    exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
    echo "install-deps: missing packages:$missing" >&2
    echo "install-deps: run as root: apt-get install$missing" >&2
    exit 1
fi
echo "install-deps: installing$missing"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
# shellcheck disable=SC2086
apt-get install -y -q --no-install-recommends $missing
