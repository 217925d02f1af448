#!/usr/bin/env bash
# Builds and runs the libFuzzer targets of the Fuzz/ package (see docs/robustness.md, "Fuzzing").
#
#   Scripts/fuzz.sh TARGET SECONDS [LIBFUZZER_OPTION...]   build one target, fuzz it for SECONDS
#   Scripts/fuzz.sh all SECONDS                            every target in turn, SECONDS each (CI)
#   Scripts/fuzz.sh list                                   the targets
#
# TARGET: activity (GPX/TCX), strength (strength logs), team-config (team.yaml), zip-export
# (Strava bulk-export zips), fit (FIT files, once Sources/Ingest/Fit exists). Extra options go to
# libFuzzer, e.g. `-runs=10000000` or `-jobs=1`.
#
# Everything lives under Fuzz/.build (never committed): the seeds, regenerated from the fixtures
# by Fuzz/make_seeds.py at every run (seeds/TARGET); the working corpus, kept between runs
# (corpus/TARGET); crashers, timeouts and out-of-memory inputs (artifacts/TARGET). The exit status
# is 1 when an input crashed, hung or ran out of memory (the inputs this run wrote are named), 130
# when a fuzzer was stopped with Ctrl-C (the targets after it are not run). The build and
# the fuzzer run under `nice -n ${FUZZ_NICE:-19}`: the machine stays usable for builds.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
FUZZ="$ROOT/Fuzz"
NICE=(nice -n "${FUZZ_NICE:-19}")
# No leak check at exit either: LeakSanitizer cannot follow Swift's tagged string and object
# references, so a run that ends by -runs reported the runtime's live strings as a leak and wrote
# an empty "crash" file. Memory that grows per input is still caught, by -rss_limit_mb.
export ASAN_OPTIONS="detect_leaks=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"

usage() {
    echo "usage: Scripts/fuzz.sh {TARGET|all} SECONDS [LIBFUZZER_OPTION...] | Scripts/fuzz.sh list" >&2
    exit 2
}

# Target name -> executable product of Fuzz/Package.swift.
product() {
    case "$1" in
        activity) echo FuzzActivity ;;
        strength) echo FuzzStrength ;;
        team-config) echo FuzzTeamConfig ;;
        zip-export) echo FuzzZipExport ;;
        fit) echo FuzzFit ;;
        *) return 1 ;;
    esac
}

# The targets this checkout has (fit only once the FIT decoder exists).
targets() {
    echo activity strength team-config zip-export
    if [ -d "$ROOT/Sources/Ingest/Fit" ] && [ -d "$FUZZ/Sources/FuzzFit" ]; then echo fit; fi
}

# Targets `all` leaves out because they find a known, reported defect within seconds (CI would
# only ever repeat it); run them by name. Space-separated; empty while no such defect is open.
KNOWN_ISSUE_TARGETS=""

# Largest input libFuzzer makes, per target (seeds are a few KiB; room to grow, not to crawl).
max_len() {
    case "$1" in
        strength | team-config) echo 8192 ;;
        *) echo 16384 ;;
    esac
}

[ $# -ge 1 ] || usage
if [ "$1" = list ]; then targets | tr ' ' '\n'; exit 0; fi
[ $# -ge 2 ] || usage
TARGET="$1"
SECONDS_EACH="$2"
shift 2
[[ "$SECONDS_EACH" =~ ^[0-9]+$ ]] && [ "$SECONDS_EACH" -ge 1 ] || { echo "fuzz.sh: SECONDS must be a positive integer" >&2; exit 2; }
if [ "$TARGET" = all ]; then
    SELECTED=""
    for target in $(targets); do
        if [[ " $KNOWN_ISSUE_TARGETS " == *" $target "* ]]; then
            echo "fuzz.sh: skipping $target (known issue, see docs/robustness.md); run it by name" >&2
        else
            SELECTED="$SELECTED $target"
        fi
    done
else
    product "$TARGET" >/dev/null || { echo "fuzz.sh: unknown target '$TARGET' (targets: $(targets))" >&2; exit 2; }
    SELECTED="$TARGET"
fi

# SwiftPM names a path dependency after its folder: a checkout folder named `fuzz` collides with
# the Fuzz/ package itself.
if [ "$(basename "$ROOT" | tr '[:upper:]' '[:lower:]')" = fuzz ]; then
    echo "fuzz.sh: the checkout folder is named '$(basename "$ROOT")', which SwiftPM confuses with Fuzz/; use a checkout with another folder name" >&2
    exit 2
fi

# Always the whole package: building one product has another build plan, which rebuilds everything.
# One `-sanitize=fuzzer,address`, not SwiftPM's `--sanitize=fuzzer --sanitize=address`: swiftc keeps
# only the last of repeated `-sanitize=` options when it compiles, so that pair builds hipbalance's
# modules without coverage instrumentation (libFuzzer then fuzzes blind).
BUILD=(swift build --package-path "$FUZZ" -c release -Xswiftc -sanitize=fuzzer,address)
"${NICE[@]}" "${BUILD[@]}"
BIN="$("${BUILD[@]}" --show-bin-path)"

status=0
for target in $SELECTED; do
    work="$FUZZ/.build/fuzzing"
    seeds="$work/seeds/$target" corpus="$work/corpus/$target" artifacts="$work/artifacts/$target"
    rm -rf "$seeds"
    mkdir -p "$corpus" "$artifacts"
    python3 "$FUZZ/make_seeds.py" "$target" "$seeds"
    echo "== fuzzing $target for ${SECONDS_EACH}s (corpus $corpus)"
    # -timeout: one input may take 10 s at most (a hang is a finding); -rss_limit_mb: 2 GiB of
    # memory is a finding too (a real input never needs it); leaks are not checked (the Swift
    # runtime's caches read as leaks at exit).
    # A run stopped with Ctrl-C (libFuzzer exits 72) is not a finding; a finding names only the
    # inputs this run wrote (artifacts/ keeps those of earlier runs).
    started="$work/.started-$target"
    touch "$started"
    result=0
    "${NICE[@]}" "$BIN/$(product "$target")" "$corpus" "$seeds" \
        -max_total_time="$SECONDS_EACH" -max_len="$(max_len "$target")" -timeout=10 -rss_limit_mb=2048 \
        -detect_leaks=0 -print_final_stats=1 -artifact_prefix="$artifacts/" "$@" ||
        result=$?
    if [[ $result -eq 0 ]]; then
        echo "== $target: no finding"
    elif [[ $result -eq 72 ]]; then
        echo "== $target: interrupted, no finding"
        [[ $status -ne 0 ]] || status=130
        break
    else
        status=1
        echo "== $target: FINDING (exit status $result), see $artifacts:" >&2
        find "$artifacts" -type f -newer "$started" -printf '%f\n' >&2
    fi
done
exit $status
