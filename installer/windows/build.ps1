# Build HangDump for Windows: PyInstaller one-folder, a portable zip, and a per-user
# Inno Setup installer (no admin rights needed to install).
# UNTESTED on Windows so far: written on Linux; see installer/README.md.
#
#   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1 [-Python .venv\Scripts\python.exe] [-NoInstaller]
#
# Needs: Python 3.11+ with `pip install -e .[bundle]` in -Python's environment (no
# libvirt extra: libvirt-python has no Windows wheels; virsh over SSH serves), Inno
# Setup 6 (iscc.exe on PATH or in its default folder) and ChineseSimplified.isl beside
# hangdump.iss.
param(
    [string]$Python = ".venv\Scripts\python.exe",
    [switch]$NoInstaller
)
$ErrorActionPreference = "Stop"
$top = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $top
$version = (Select-String -Path backends\__init__.py -Pattern '__version__ = "(.+)"').Matches[0].Groups[1].Value
$dist = Join-Path $top "dist"
$work = Join-Path $env:TEMP "hangdump-pyinstaller"

& $Python -c "import PyInstaller" 2>$null
if ($LASTEXITCODE -ne 0) { throw "PyInstaller is missing: $Python -m pip install -e .[bundle]" }

Write-Host "== PyInstaller build"
& $Python -m PyInstaller --noconfirm --log-level WARN --distpath $dist --workpath $work installer\hangdump.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }
$folder = Join-Path $dist "hangdump"

Write-Host "== self-test of the build"
& (Join-Path $folder "hangdump.exe") selftest
if ($LASTEXITCODE -ne 0) { throw "the bundle's self-test failed" }

Write-Host "== portable zip"
$zip = Join-Path $dist "hangdump-$version-windows-x64-portable.zip"
if (Test-Path $zip) { Remove-Item $zip }
Compress-Archive -Path $folder -DestinationPath $zip -CompressionLevel Optimal

if (-not $NoInstaller) {
    Write-Host "== Inno Setup installer"
    $iscc = (Get-Command iscc.exe -ErrorAction SilentlyContinue).Source
    if (-not $iscc) { $iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
    if (-not (Test-Path $iscc)) { throw "Inno Setup 6 (ISCC.exe) not found" }
    & $iscc "/DAppVersion=$version" "/DSourceDir=$folder" "/DOutputDir=$dist" installer\windows\hangdump.iss
    if ($LASTEXITCODE -ne 0) { throw "ISCC failed" }
}
Get-ChildItem $dist -File | Format-Table Name, Length
