; Inno Setup 6 script: a per-user installer for HangDump that needs no admin rights.
; UNTESTED on Windows so far (written on Linux; see installer/README.md).
; build.ps1 runs the PyInstaller build first and passes /DAppVersion=... /DSourceDir=...
;   iscc /DAppVersion=0.1.0 /DSourceDir=..\..\dist\hangdump installer\windows\hangdump.iss

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\hangdump"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

[Setup]
AppId={{6C1E3B52-9A0F-4D6B-8E55-2F3D1A7C9B40}
AppName=HangDump
AppVersion={#AppVersion}
AppPublisher=HangDump
DefaultDirName={localappdata}\Programs\HangDump
DefaultGroupName=HangDump
DisableProgramGroupPage=yes
; Per-user: installs into the user's profile, writes HKCU only, no UAC prompt.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#OutputDir}
OutputBaseFilename=hangdump-{#AppVersion}-windows-x64-setup
SetupIconFile=..\icons\hangdump.ico
UninstallDisplayIcon={app}\hangdumpw.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Inno Setup 6 ships ChineseSimplified.isl in Languages\ (recent versions) or as an
; unofficial translation: then put it beside this script.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
#else
Name: "zh_CN"; MessagesFile: "ChineseSimplified.isl"
#endif

[CustomMessages]
en.LaunchHangDump=Start HangDump
zh_CN.LaunchHangDump=启动 HangDump
en.AddToPath=Add the hangdump command to my PATH
zh_CN.AddToPath=将 hangdump 命令加入我的 PATH

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "addtopath"; Description: "{cm:AddToPath}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\HangDump"; Filename: "{app}\hangdumpw.exe"
Name: "{autodesktop}\HangDump"; Filename: "{app}\hangdumpw.exe"; Tasks: desktopicon

[Registry]
; The user's own PATH (HKCU), only when asked for.
Root: HKCU; Subkey: "Environment"; ValueType: expandsz; ValueName: "Path"; \
  ValueData: "{olddata};{app}"; Tasks: addtopath; Check: NeedsAddPath(ExpandConstant('{app}'))

[Run]
Filename: "{app}\hangdumpw.exe"; Description: "{cm:LaunchHangDump}"; Flags: nowait postinstall skipifsilent

[Code]
function NeedsAddPath(Dir: string): Boolean;
var
  Path: string;
begin
  if not RegQueryStringValue(HKCU, 'Environment', 'Path', Path) then
    Path := '';
  Result := Pos(';' + Uppercase(Dir) + ';', ';' + Uppercase(Path) + ';') = 0;
end;
