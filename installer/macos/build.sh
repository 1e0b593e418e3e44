#!/usr/bin/env bash
# Build HangDump for macOS: PyInstaller one-folder as HangDump.app, inside a .dmg.
# UNTESTED on macOS so far: written on Linux; see installer/README.md.
#
#   installer/macos/build.sh [--sign "Developer ID Application: ..."]
#
# Needs: Python 3.11+ with `pip install -e '.[bundle]'` in PYTHON's environment (default
# .venv/bin/python), Xcode command line tools (iconutil, sips, hdiutil, codesign).
# Unsigned builds run after right-click > Open; distribute signed and notarised ones.
set -euo pipefail
top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cd "$top"
PY=${PYTHON:-.venv/bin/python}
sign=""
[ "${1:-}" = "--sign" ] && sign=$2
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' backends/__init__.py)
arch=$(uname -m)

"$PY" -c 'import PyInstaller' || { echo "pip install -e '.[bundle]' first" >&2; exit 1; }

# The .icns from the PNG (the spec uses installer/icons/hangdump.icns when it exists).
iconset=$(mktemp -d)/hangdump.iconset
mkdir -p "$iconset"
for s in 16 32 128 256; do
  sips -z $s $s installer/icons/hangdump.png --out "$iconset/icon_${s}x${s}.png" >/dev/null
  d=$((s * 2))
  [ $d -le 256 ] && sips -z $d $d installer/icons/hangdump.png --out "$iconset/icon_${s}x${s}@2x.png" >/dev/null
done
iconutil -c icns "$iconset" -o installer/icons/hangdump.icns

"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
  installer/hangdump.spec
app=dist/HangDump.app
[ -d "$app" ] || { echo "no $app" >&2; exit 1; }
"$app/Contents/MacOS/hangdump" selftest

if [ -n "$sign" ]; then
  codesign --deep --force --options runtime --timestamp --sign "$sign" "$app"
fi

dmg="dist/hangdump-$version-macos-$arch.dmg"
stage=$(mktemp -d)
cp -R "$app" "$stage/"
ln -s /Applications "$stage/Applications"
rm -f "$dmg"
hdiutil create -volname "HangDump $version" -srcfolder "$stage" -ov -format UDZO "$dmg"
rm -rf "$stage"
echo "$dmg"
