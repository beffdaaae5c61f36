#!/usr/bin/env bash
# ./build.sh        restore and build the toolchain (Release), install toolchain/bin/rpython,
#                   parse the shipped RPython sources and annotate the default target (bf)
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

# Until translation exists, the default target is the front end over every shipped .py file.
parse_shipped_sources() {
    local files=()
    for dir in interpreter-spec toolchain/rpython; do
        [[ -d "$dir" ]] || continue
        while IFS= read -r -d '' file; do files+=("$file"); done < <(find "$dir" -name '*.py' -print0 | sort -z)
    done
    if [[ ${#files[@]} -eq 0 ]]; then
        echo "== parsed 0 files (no .py files under interpreter-spec/ or toolchain/rpython/ yet)"
        return 0
    fi
    if toolchain/bin/rpython parse "${files[@]}"; then
        echo "== parsed ${#files[@]} files under interpreter-spec/ and toolchain/rpython/: no errors"
    else
        die "rpython parse reported errors in the shipped sources (listed above)"
    fi
}

# Until the backend makes executables, the default target goes as far as the annotator.
DEFAULT_TARGET=interpreter-spec/bf/targetbf.py

annotate_default_target() {
    local signatures
    signatures="$(toolchain/bin/rpython annotate "$DEFAULT_TARGET")" \
        || die "rpython annotate failed on the default target $DEFAULT_TARGET (errors above)"
    echo "== annotated $DEFAULT_TARGET: $(grep -c '^[^ c]' <<<"$signatures") functions typed (rpython annotate $DEFAULT_TARGET prints them)"
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
        parse_shipped_sources
        annotate_default_target
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
