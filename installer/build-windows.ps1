# Builds DriftLab's Windows installers with the JDK's jpackage: an app-image and an .msi.
#   powershell -ExecutionPolicy Bypass -File installer\build-windows.ps1 [-Type app-image|msi|all]   (default: all)
# Output under target\installer\: DriftLab\ (run DriftLab\DriftLab.exe) and DriftLab-VERSION.msi.
# Needs, on Windows 10/11 x64: a JDK 17+ (with jmods, as the Temurin or Microsoft builds have), Maven, and for the
# .msi the WiX Toolset 3.x (candle.exe and light.exe on PATH; JDK 17's jpackage does not use WiX 4 or later).
# Not run in this project's CI, which is Linux only.
param(
    [ValidateSet('app-image', 'msi', 'all')]
    [string]$Type = 'all'
)
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..')

function Step([string]$message) { Write-Host "build-windows.ps1: $message" }
function Run([string]$tool, [string[]]$arguments) {
    & $tool @arguments
    if ($LASTEXITCODE -ne 0) { throw "$tool failed with exit code $LASTEXITCODE" }
}

foreach ($tool in 'mvn', 'jpackage', 'jlink', 'jdeps') {
    if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) { throw "$tool not found on PATH; install a JDK 17+ and Maven" }
}
if ($Type -ne 'app-image') {
    foreach ($tool in 'candle.exe', 'light.exe') {
        if (-not (Get-Command $tool -ErrorAction SilentlyContinue)) { throw "$tool not found: the .msi needs the WiX Toolset 3.x on PATH" }
    }
}

$pom = [xml](Get-Content pom.xml)
$version = $pom.project.version
$torch = $pom.project.properties.'pytorch.version'
$out = 'target\installer'
$name = 'DriftLab'
$description = "Explore how analog in-memory-computing hardware changes a neural network's accuracy over time"

# The Maven build picks the JavaFX jars of the machine it runs on; the PyTorch native jar in the pom is the Linux
# one, so it is swapped for the Windows one below (DJL would otherwise download the library on first use).
Step 'building target\driftlab.jar (mvn -B -q -DskipTests package)'
Run 'mvn' @('-B', '-q', '-DskipTests', 'package')

Step "staging the application in $out\input"
if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force "$out\input" | Out-Null
Copy-Item target\driftlab.jar "$out\input\"
Copy-Item -Recurse target\lib "$out\input\lib"
Copy-Item -Recurse assets "$out\input\assets"
Copy-Item -Recurse sample-configs "$out\input\sample-configs"
Remove-Item "$out\input\lib\pytorch-native-cpu-*.jar"
Run 'mvn' @('-B', '-q', 'dependency:copy', "-Dartifact=ai.djl.pytorch:pytorch-native-cpu:${torch}:jar:win-x86_64",
    "-DoutputDirectory=$out\input\lib")

Step 'finding the Java modules the application needs (jdeps)'
$modules = $env:DRIFTLAB_MODULES
if (-not $modules) {
    $found = & jdeps --ignore-missing-deps --print-module-deps --multi-release 17 --class-path "target\lib\*" target\driftlab.jar
    if ($LASTEXITCODE -ne 0) { throw 'jdeps failed' }
    $modules = "$found,java.desktop,jdk.zipfs,jdk.crypto.ec"
}
Step "linking a Java runtime with $modules"
Run 'jlink' @('--add-modules', $modules, '--strip-debug', '--no-header-files', '--no-man-pages', '--compress=2',
    '--output', "$out\runtime")

$common = @('--dest', $out, '--name', $name, '--app-version', $version, '--vendor', 'DriftLab',
    '--description', $description, '--copyright', 'Apache License 2.0')

Step "making the app-image $out\$name"
Run 'jpackage' ($common + @('--type', 'app-image', '--input', "$out\input", '--main-jar', 'driftlab.jar',
    '--main-class', 'org.driftlab.Launcher', '--runtime-image', "$out\runtime", '--icon', 'assets\icon\driftlab.ico',
    '--java-options', '-Ddriftlab.assets=$APPDIR\assets',
    '--add-launcher', 'DriftLab-cli=installer\windows\DriftLab-cli.properties'))

if ($Type -ne 'app-image') {
    Step 'making the .msi from the app-image'
    # A fixed upgrade code lets a newer .msi replace an installed older one.
    Run 'jpackage' ($common + @('--type', 'msi', '--app-image', "$out\$name", '--license-file', 'LICENSE',
        '--win-menu', '--win-menu-group', 'DriftLab', '--win-shortcut', '--win-dir-chooser',
        '--win-upgrade-uuid', '6f1c2b7e-4d2a-4f0e-9b8c-3a5d7e9f1c24'))
}

if ($Type -eq 'msi') { Remove-Item -Recurse -Force "$out\$name" }
Remove-Item -Recurse -Force "$out\input", "$out\runtime"
Step 'done:'
Get-ChildItem $out | ForEach-Object { Write-Host "  $($_.FullName)" }
