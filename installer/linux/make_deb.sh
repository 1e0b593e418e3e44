#!/usr/bin/env bash
# Package a built one-folder bundle as a .deb (called by build.sh):
#   make_deb.sh FOLDER VERSION DEBARCH OUTDIR
# Installs under /opt/hangdump with /usr/bin/hangdump, a menu entry and an icon.
# Depends: the glibc the bundled binaries need, plus the system libraries they load that
# are not in the bundle (Qt's xcb/EGL/fontconfig stack), found with ldd and mapped to
# packages with dpkg -S, plus a fixed list of what Qt's xcb platform plugin needs.
set -euo pipefail
folder=$1 version=$2 debarch=$3 outdir=$4
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
icons="$here/../icons"
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
chmod 0755 "$root"  # mktemp makes it 0700, which would become the mode of / in the .deb

mkdir -p "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/256x256/apps" "$root/usr/share/icons/hicolor/scalable/apps" \
  "$root/DEBIAN"
cp -a "$folder" "$root/opt/hangdump"
ln -s /opt/hangdump/hangdump "$root/usr/bin/hangdump"
install -m 0644 "$here/hangdump.desktop" "$root/usr/share/applications/hangdump.desktop"
install -m 0644 "$icons/hangdump.png" "$root/usr/share/icons/hicolor/256x256/apps/hangdump.png"
install -m 0644 "$icons/hangdump.svg" "$root/usr/share/icons/hicolor/scalable/apps/hangdump.svg"

# What Qt's xcb platform plugin loads from the system (Qt for X11 requirements), whether
# or not the build machine has it installed.
fixed=(libxcb-cursor0 libxkbcommon-x11-0 libxkbcommon0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-xinerama0
  libxcb-xkb1 libxcb1 libx11-xcb1 libegl1 libgl1 libfontconfig1 libfreetype6 libdbus-1-3)

# Everything the bundle's ELF files resolve outside the bundle.
bundle_path="$folder/_internal:$folder/_internal/PySide6/Qt/lib"
mapfile -t elves < <(find "$folder" -type f \( -name '*.so*' -o -name hangdump \) -print)
# libvirtmod needs the system's libvirt.so.0 and its whole stack: only Recommends libvirt0.
mapfile -t elves_nolibvirt < <(printf '%s\n' "${elves[@]}" | grep -v '/libvirtmod')
outside=$(
  for f in "${elves_nolibvirt[@]}"; do LD_LIBRARY_PATH=$bundle_path ldd "$f" 2>/dev/null || true; done |
    awk '$2 == "=>" && $3 ~ /^\// {print $3}' | sort -u | grep -v "^$folder/" || true
)
pkgs=()
glibc=2.17
for lib in $outside; do
  real=$(readlink -f "$lib")
  pkg=$(dpkg -S "*/$(basename "$real")" 2>/dev/null | head -1 | cut -d: -f1) || true
  case "$pkg" in
    ""|libc6|libvirt0) ;;  # glibc is versioned below; libvirt0 is only recommended
    *) pkgs+=("$pkg") ;;
  esac
done
# The newest GLIBC_x.y symbol version any bundled binary asks for.
glibc=$(for f in "${elves[@]}"; do objdump -T "$f" 2>/dev/null; done |
  grep -o 'GLIBC_[0-9.]*' | sed 's/GLIBC_//' | sort -uV | tail -1)
depends=$(printf '%s\n' "${fixed[@]}" "${pkgs[@]}" | sort -u | paste -sd, | sed 's/,/, /g')
size_kb=$(du -sk "$root" | cut -f1)

cat >"$root/DEBIAN/control" <<CONTROL
Package: hangdump
Version: $version
Architecture: $debarch
Maintainer: HangDump maintainers <hangdump@example.org>
Installed-Size: $size_kb
Depends: libc6 (>= ${glibc:-2.17}), $depends
Recommends: libvirt0, crash, fonts-noto-cjk
Suggests: openssh-client
Section: admin
Priority: optional
Homepage: https://example.org/hangdump
Description: crash dumps out of hung Linux virtual machines
 HangDump gets a crash dump out of a hung Linux VM (NMI, memory snapshot,
 libvirt memory dump) from vSphere, ESXi or libvirt hosts, identifies its
 kernel and opens it in crash. Desktop application and hangdump command.
 .
 This package ships a self-contained bundle (Python, Qt) under /opt/hangdump.
CONTROL
deb="$outdir/hangdump_${version}_${debarch}.deb"
dpkg-deb --root-owner-group -Zgzip -z6 --build "$root" "$deb" >/dev/null
echo "$deb"
