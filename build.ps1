#!/usr/bin/env pwsh
# ./build.ps1        restore and build the toolchain (Release), install toolchain/bin/rpython,
#                    parse the shipped RPython sources and annotate the default target (bf)
# ./build.ps1 test   build, then run every test; ends with the line "N passed, M failed"
param([string]$Command = "")
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = "1"
$env:DOTNET_NOLOGO = "1"
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = "1"

function Fail([string]$Message) {
    [Console]::Error.WriteLine("build.ps1: error: $Message")
    exit 1
}

function Require-Prerequisites {
    if (-not (Get-Command dotnet -ErrorAction SilentlyContinue)) {
        Fail "the .NET SDK is not installed ('dotnet' is not on PATH). Install the .NET 10 SDK: https://dotnet.microsoft.com/download"
    }
    $version = (& dotnet --version 2>$null | Select-Object -First 1)
    if (-not ($version -match '^(\d+)\.') -or [int]$Matches[1] -lt 10) {
        Fail "the .NET SDK 10 or newer is required; 'dotnet --version' says '$version'"
    }
    $script:Python = @("python3", "python", "py") | Where-Object { Get-Command $_ -ErrorAction SilentlyContinue } | Select-Object -First 1
    if (-not $script:Python) {
        Fail "Python 3 is not installed: the tests compare translated programs with CPython. Install Python 3.11"
    }
}

function Build {
    Write-Host "== building the toolchain (Release)"
    & dotnet build Toolchain.sln -c Release --nologo -v quiet -clp:NoSummary -warnaserror
    if ($LASTEXITCODE -ne 0) { Fail "the build failed (see the errors above)" }
    & dotnet publish toolchain/Rpython.Cli/Rpython.Cli.csproj -c Release --no-build --nologo -v quiet -o toolchain/bin
    if ($LASTEXITCODE -ne 0) { Fail "could not install the rpython command into toolchain/bin" }
    Write-Host "== installed toolchain/bin/rpython ($(& $script:Rpython --version))"
}

# Until translation exists, the default target is the front end over every shipped .py file.
function Parse-ShippedSources {
    $files = @("interpreter-spec", "toolchain/rpython") | Where-Object { Test-Path $_ } |
        ForEach-Object { Get-ChildItem $_ -Recurse -Filter *.py -File } |
        ForEach-Object { Resolve-Path -Relative $_.FullName } | Sort-Object
    if (-not $files) {
        Write-Host "== parsed 0 files (no .py files under interpreter-spec/ or toolchain/rpython/ yet)"
        return
    }
    & $script:Rpython parse @files
    if ($LASTEXITCODE -ne 0) { Fail "rpython parse reported errors in the shipped sources (listed above)" }
    Write-Host "== parsed $(@($files).Count) files under interpreter-spec/ and toolchain/rpython/: no errors"
}

# Until the backend makes executables, the default target goes as far as the annotator.
$DefaultTarget = "interpreter-spec/bf/targetbf.py"

function Annotate-DefaultTarget {
    $signatures = & $script:Rpython annotate $DefaultTarget
    if ($LASTEXITCODE -ne 0) { Fail "rpython annotate failed on the default target $DefaultTarget (errors above)" }
    $count = @($signatures | Where-Object { $_ -match '^[^ c]' }).Count
    Write-Host "== annotated ${DefaultTarget}: $count functions typed (rpython annotate $DefaultTarget prints them)"
}

function Run-Tests {
    Write-Host "== running the tests"
    & dotnet test Toolchain.sln -c Release --no-build --nologo 2>&1 | Tee-Object -Variable lines | Out-Host
    $status = $LASTEXITCODE
    $text = ($lines | Out-String)
    $passed = ([regex]::Matches($text, 'Passed: +(\d+)') | ForEach-Object { [int]$_.Groups[1].Value } | Measure-Object -Sum).Sum
    $failed = ([regex]::Matches($text, 'Failed: +(\d+)') | ForEach-Object { [int]$_.Groups[1].Value } | Measure-Object -Sum).Sum
    if ($status -ne 0 -and $failed -eq 0) { $failed = 1 }
    Write-Host "$([int]$passed) passed, $([int]$failed) failed"
    exit $status
}

$script:Rpython = Join-Path $PSScriptRoot "toolchain/bin/rpython"
if ($IsWindows) { $script:Rpython += ".exe" }

switch ($Command) {
    "" { Require-Prerequisites; Build; Parse-ShippedSources; Annotate-DefaultTarget }
    "test" { Require-Prerequisites; Build; Run-Tests }
    { $_ -in "-h", "--help", "help" } { Get-Content $PSCommandPath | Select-Object -Skip 1 -First 3 | ForEach-Object { $_ -replace '^# ?', '' } }
    default { Fail "unknown command '$Command' (expected nothing or 'test')" }
}
