#!/usr/bin/env bash
# HangDump on a fresh Debian 12 machine, as root: install everything, prepare the lab,
# then open the window on the lab (`run`) or run the whole test suite (`test`).
#
#   bash installer/debian/bootstrap.sh run    # the README's first command
#   bash installer/debian/bootstrap.sh test   # the README's second command (.ci/run calls it)
#   bash installer/debian/bootstrap.sh        # install and prepare only
#
# Slow artefacts (guest kernel, debug vmlinux, crash build, simulator) are cached in
# ${XDG_CACHE_HOME:-~/.cache}/hangdump/lab, keyed by version, so a second run is fast.
set -euo pipefail

mode=${1:-install}
shift || true
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$top"

say() { printf '\n== %s\n' "$*" >&2; }
t0=$(date +%s)

if [ "$(id -u)" -ne 0 ]; then
  echo "bootstrap: run this as root (it installs Debian packages and runs libvirt's system daemon)." >&2
  exit 1
fi

# Debian packages: the application's runtime, the lab's servers, the crash build and the GUI.
APT_PACKAGES=(
  python3 python3-venv python3-dev gcc g++ make pkg-config
  libvirt-daemon-system libvirt-daemon-driver-qemu libvirt-clients libvirt-dev qemu-system-x86
  busybox-static cpio kexec-tools makedumpfile dropbear-bin
  openssh-server openssh-client openssh-sftp-server socat netcat-openbsd
  iproute2 procps util-linux patch binutils file xz-utils e2fsprogs dpkg-dev
  golang-go golang-github-vmware-govmomi-dev debuginfod curl
  bison flex texinfo gawk libncurses-dev zlib1g-dev liblzo2-dev libsnappy-dev libzstd-dev
  xvfb xauth fonts-noto-cjk libxcb-cursor0 libegl1 libgl1 libxkbcommon-x11-0 libdbus-1-3
  libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libfontconfig1
)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing ${#missing[@]} Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q --no-install-recommends "${missing[@]}"
else
  # The lab downloads the guest kernel with apt-get download: its lists must exist.
  ls /var/lib/apt/lists/*_Packages >/dev/null 2>&1 || apt-get update -q
fi

say "Python environment in .venv"
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[dev,libvirt,bundle]'

say "preparing the lab's cached assets (first run: ~15 min; then seconds)"
.venv/bin/hangdump lab setup

say "set-up done in $(( $(date +%s) - t0 )) s"

case "$mode" in
  install) ;;
  run)
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
      echo "bootstrap: no display (DISPLAY is not set). Run this from a desktop session," \
           "or over 'ssh -X'. Everything is installed; the lab can be started with" \
           ".venv/bin/hangdump lab up." >&2
      exit 1
    fi
    exec .venv/bin/hangdump --lab "$@"
    ;;
  test)
    say "running the test suite"
    export QT_QPA_PLATFORM=offscreen
    set +e
    .venv/bin/python -m pytest -p no:cacheprovider "$@"
    rc=$?
    set -e
    if [ "$rc" -eq 5 ]; then
      echo "bootstrap: pytest collected no tests; that is a failure." >&2
      exit 1
    fi
    echo "bootstrap: total $(( $(date +%s) - t0 )) s" >&2
    exit "$rc"
    ;;
  *)
    echo "usage: bootstrap.sh [install|run|test] [pytest or window arguments]" >&2
    exit 2
    ;;
esac
