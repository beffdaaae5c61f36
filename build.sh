#!/usr/bin/env bash
# ./build.sh        restore and build the toolchain (Release), install toolchain/bin/rpython,
#                   translate the default target (interpreter-spec/pyvm) and run it on a sample
# ./build.sh test   build, then run every test; ends with the line "N passed, M failed"
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

die() { echo "build.sh: error: $*" >&2; exit 1; }

require_prerequisites() {
    command -v dotnet >/dev/null 2>&1 \
        || die "the .NET SDK is not installed ('dotnet' is not on PATH). Install the .NET 10 SDK: https://dotnet.microsoft.com/download"
    local major
    major="$(dotnet --version 2>/dev/null | cut -d. -f1)"
    [[ "$major" =~ ^[0-9]+$ && "$major" -ge 10 ]] \
        || die "the .NET SDK 10 or newer is required; 'dotnet --version' says '$(dotnet --version 2>&1 | head -1)'"
    command -v python3 >/dev/null 2>&1 \
        || die "python3 is not installed: the tests compare translated programs with CPython. Install Python 3.11 (Debian: apt-get install python3)"
}

build() {
    echo "== building the toolchain (Release)"
    dotnet build Toolchain.sln -c Release --nologo -v quiet -clp:NoSummary -warnaserror \
        || die "the build failed (see the errors above)"
    dotnet publish toolchain/Rpython.Cli/Rpython.Cli.csproj -c Release --no-build --nologo -v quiet -o toolchain/bin \
        || die "could not install the rpython command into toolchain/bin"
    echo "== installed toolchain/bin/rpython ($(toolchain/bin/rpython --version))"
}

# The default target, the Python VM: translated to generated/pyvm/pyvm (incminimark), then run on a
# sample program whose expected output (CPython's) is beside it.
DEFAULT_TARGET=interpreter-spec/pyvm/targetpyvm.py
DEFAULT_EXECUTABLE=generated/pyvm/pyvm
DEFAULT_SAMPLE=interpreter-spec/pyvm/samples/sample.py

translate_and_run_default_target() {
    echo "== translating $DEFAULT_TARGET"
    toolchain/bin/rpython translate "$DEFAULT_TARGET" \
        || die "rpython translate failed on the default target $DEFAULT_TARGET (errors above)"
    local executable=$DEFAULT_EXECUTABLE output
    echo "== running $executable $DEFAULT_SAMPLE"
    output="$("$executable" "$DEFAULT_SAMPLE")" || die "$executable exited with status $?"
    printf '%s\n' "$output"
    [[ "$output" == "$(cat "$DEFAULT_SAMPLE.expected")" ]] \
        || die "$executable printed something else than $DEFAULT_SAMPLE.expected"
    echo "== $executable runs: its output is $DEFAULT_SAMPLE.expected"
}

# Runs the NUnit suite and prints "N passed, M failed" summed over the test assemblies.
run_tests() {
    echo "== running the tests"
    local log
    log="$(mktemp)"
    set +e
    dotnet test Toolchain.sln -c Release --no-build --nologo 2>&1 | tee "$log"
    local status=${PIPESTATUS[0]}
    set -e
    local passed failed
    passed="$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{ s += $2 } END { print s + 0 }')"
    failed="$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{ s += $2 } END { print s + 0 }')"
    rm -f "$log"
    if [[ "$status" -ne 0 && "$failed" -eq 0 ]]; then
        failed=1  # the runner itself failed (a crash, no assembly found): never report green
    fi
    echo "$passed passed, $failed failed"
    return "$status"
}

case "${1:-}" in
    "")
        require_prerequisites
        build
        translate_and_run_default_target
        ;;
    test)
        require_prerequisites
        build
        run_tests
        ;;
    -h|--help|help)
        sed -n '2,4p' "$0" | sed 's/^# \{0,1\}//'
        ;;
    *)
        die "unknown command '$1' (expected nothing or 'test')"
        ;;
esac
