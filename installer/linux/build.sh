#!/usr/bin/env bash
# Build HangDump's Linux bundle: a one-folder PyInstaller build packaged as
#   OUT/hangdump-<version>-linux-<arch>.tar.gz   (extract anywhere, run hangdump-<version>/hangdump)
#   OUT/hangdump_<version>_<debarch>.deb         (/opt/hangdump, /usr/bin/hangdump, menu entry)
#
#   installer/linux/build.sh [--out DIR] [--no-deb] [--force]
#
# PYTHON: the interpreter whose packages are bundled (default: .venv/bin/python; it needs
# `pip install -e '.[bundle,libvirt]'`). The build is cached in
# ${HANGDUMP_BUNDLE_CACHE:-${XDG_CACHE_HOME:-~/.cache}/hangdump/bundle}/<key>, keyed by a
# hash of the sources, the spec, the installed Python packages and the interpreter, so a
# rebuild with nothing changed only copies the artefacts (--force rebuilds anyway).
# The last line on stdout is a JSON summary (paths, sizes, build seconds, cache hit).
set -euo pipefail

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
out="$top/dist"
want_deb=1
force=0
while [ $# -gt 0 ]; do
  case "$1" in
    --out) out=$2; shift 2 ;;
    --no-deb) want_deb=0; shift ;;
    --force) force=1; shift ;;
    -h|--help) sed -n '2,14p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
PY=${PYTHON:-$top/.venv/bin/python}
say() { printf '== %s\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }

[ -x "$PY" ] || die "no Python at $PY (make .venv first, or set PYTHON)"
"$PY" -c 'import PyInstaller' 2>/dev/null ||
  die "PyInstaller is missing: $PY -m pip install -e '$top[bundle]'"
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$top/backends/__init__.py")
arch=$(uname -m)
debarch=$(dpkg --print-architecture 2>/dev/null || echo amd64)
name="hangdump-$version-linux-$arch"

# -- cache key: everything that changes the bundle -------------------------------------
key=$(
  cd "$top"
  {
    find backends gui resources installer/hangdump.spec installer/hangdump_entry.py \
      installer/icons installer/linux -type f ! -path '*/__pycache__/*' ! -name '*.pyc' ! -path 'resources/screenshots/*' \
      -print0 | LC_ALL=C sort -z | xargs -0 sha256sum
    "$PY" -VV
    "$PY" -m pip freeze --exclude-editable 2>/dev/null
    uname -m
  } | sha256sum | cut -c1-16
)
cache_root=${HANGDUMP_BUNDLE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/hangdump/bundle}
cache="$cache_root/$key"
hit=true
t0=$(date +%s.%N)

if [ "$force" = 1 ] || [ ! -f "$cache/ok" ] || { [ "$want_deb" = 1 ] && ! ls "$cache"/*.deb >/dev/null 2>&1; }; then
  hit=false
  tmp="$cache.tmp.$$"
  rm -rf "$tmp"
  mkdir -p "$tmp"
  trap 'rm -rf "$tmp"' EXIT
  say "PyInstaller build ($key)"
  "$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$tmp/dist" \
    --workpath "$tmp/work" "$top/installer/hangdump.spec" >"$tmp/pyinstaller.log" 2>&1 ||
    { tail -40 "$tmp/pyinstaller.log" >&2; die "PyInstaller failed (log above)"; }
  folder="$tmp/dist/hangdump"
  [ -x "$folder/hangdump" ] || die "PyInstaller made no $folder/hangdump"

  say "tar.gz"
  mkdir -p "$tmp/stage"
  cp -a "$folder" "$tmp/stage/hangdump-$version"
  cp "$top/installer/icons/hangdump.png" "$top/installer/linux/hangdump.desktop" \
    "$tmp/stage/hangdump-$version/"
  gz=gzip
  command -v pigz >/dev/null && gz=pigz
  tar -C "$tmp/stage" --owner=0 --group=0 -cf - "hangdump-$version" | $gz -6 >"$tmp/$name.tar.gz"

  if [ "$want_deb" = 1 ]; then
    say ".deb"
    "$top/installer/linux/make_deb.sh" "$folder" "$version" "$debarch" "$tmp" >&2
  fi
  rm -rf "$tmp/work" "$tmp/stage"
  touch "$tmp/ok"
  rm -rf "$cache"
  mv "$tmp" "$cache"
  trap - EXIT
  # Keep the three newest builds; each is a few hundred MB.
  ls -1dt "$cache_root"/*/ 2>/dev/null | tail -n +4 | xargs -r rm -rf
else
  say "cached build $cache"
fi
build_s=$(awk -v a="$(date +%s.%N)" -v b="$t0" 'BEGIN { printf "%.1f", a - b }')

mkdir -p "$out"
cp -f "$cache/$name.tar.gz" "$out/"
deb=""
if [ "$want_deb" = 1 ]; then
  deb=$(ls "$cache"/*.deb)
  cp -f "$deb" "$out/"
  deb="$out/$(basename "$deb")"
fi
folder_bytes=$(du -sb "$cache/dist/hangdump" | cut -f1)
tgz_bytes=$(stat -c %s "$out/$name.tar.gz")
printf '{"version": "%s", "key": "%s", "cache_hit": %s, "seconds": %s, "folder": "%s", "folder_bytes": %s, "tarball": "%s", "tarball_bytes": %s, "deb": "%s"}\n' \
  "$version" "$key" "$hit" "${build_s:-0}" "$cache/dist/hangdump" "$folder_bytes" \
  "$out/$name.tar.gz" "$tgz_bytes" "$deb"
