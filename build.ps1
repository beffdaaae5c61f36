#!/usr/bin/env pwsh
# ./build.ps1        restore and build the toolchain (Release), install toolchain/bin/rpython,
#                    translate the default target (interpreter-spec/pyvm) and run it on a sample
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

# The default target, the Python VM: translated to generated/pyvm/pyvm (incminimark), then run on a
# sample program whose expected output (CPython's) is beside it.
$DefaultTarget = "interpreter-spec/pyvm/targetpyvm.py"
$DefaultExecutable = "generated/pyvm/pyvm"
$DefaultSample = "interpreter-spec/pyvm/samples/sample.py"

function Translate-AndRun-DefaultTarget {
    Write-Host "== translating $DefaultTarget"
    & $script:Rpython translate $DefaultTarget
    if ($LASTEXITCODE -ne 0) { Fail "rpython translate failed on the default target $DefaultTarget (errors above)" }
    $executable = Join-Path $PSScriptRoot $DefaultExecutable
    if ($IsWindows) { $executable += ".exe" }
    Write-Host "== running $executable $DefaultSample"
    $output = (& $executable $DefaultSample | Out-String).TrimEnd("`r", "`n")
    if ($LASTEXITCODE -ne 0) { Fail "$executable exited with status $LASTEXITCODE" }
    Write-Host $output
    $expected = (Get-Content -Raw "$DefaultSample.expected").TrimEnd("`r", "`n")
    if ($output -ne $expected) { Fail "$executable printed something else than $DefaultSample.expected" }
    Write-Host "== $executable runs: its output is $DefaultSample.expected"
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
    "" { Require-Prerequisites; Build; Translate-AndRun-DefaultTarget }
    "test" { Require-Prerequisites; Build; Run-Tests }
    { $_ -in "-h", "--help", "help" } { Get-Content $PSCommandPath | Select-Object -Skip 1 -First 3 | ForEach-Object { $_ -replace '^# ?', '' } }
    default { Fail "unknown command '$Command' (expected nothing or 'test')" }
}
