; Inno Setup script: turns dist\eigenkracht (made by PyInstaller on Windows) into
; an installer that installs per user (no administrator rights needed).
;   iscc packaging\windows-installer.iss
; Client data is never inside the program folder: the database lives where the
; user chooses (by default %APPDATA%\eigenkracht\eigenkracht.db).

[Setup]
AppName=eigenkracht
AppVersion=0.1.0
AppPublisher=eigenkracht
DefaultDirName={localappdata}\Programs\eigenkracht
DefaultGroupName=eigenkracht
PrivilegesRequired=lowest
OutputBaseFilename=eigenkracht-setup
Compression=lzma2
SolidCompression=yes
LicenseFile=..\LICENSE

[Languages]
Name: "dutch"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\eigenkracht\*"; DestDir: "{app}"; Flags: recursesubdirs

[Icons]
Name: "{group}\eigenkracht"; Filename: "{app}\eigenkracht.exe"
Name: "{group}\eigenkracht (inwoner)"; Filename: "{app}\eigenkracht.exe"; Parameters: "--citizen"
