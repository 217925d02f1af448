#!/usr/bin/env bash
# Season benchmark: times `hipbalance run` (release build) on a generated season folder, side by
# side with the C SAX2 walk over the same files, and checks these targets (exit status 1 when any
# is missed, 0 when all pass):
#   cold, 1 job   <= 1.5 x the SAX2 walk
#   cold, 2 jobs  >= 1.7 x faster than 1 job
#   warm          <= 5 % of cold (same jobs)
#   peak RSS      < 256 MiB in every run
#
# Usage: Scripts/bench_season.sh [options]
#   --season DIR      season folder (default: ${TMPDIR:-/tmp}/hipbalance-season; generated once, reused)
#   --files N         activity files in the season (default 500)
#   --repeat N        rounds; each round runs every variant once, order rotating (default 3)
#   --baseline BIN    the SAX2 walk binary, run once per file (default: compiled from Scripts/bench/sax2-walk.c)
#   --hipbalance BIN  the hipbalance binary (default: `swift build -c release` and use that)
#   --report FILE     also write the Markdown result table to FILE
# Needs: python3, /usr/bin/time (Debian package `time`), a C compiler and libxml2-dev for the baseline.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
season="${TMPDIR:-/tmp}/hipbalance-season"
files=500
repeat=3
baseline=""
hipbalance=""
report=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --season) season="$2"; shift 2 ;;
    --files) files="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    --baseline) baseline="$2"; shift 2 ;;
    --hipbalance) hipbalance="$2"; shift 2 ;;
    --report) report="$2"; shift 2 ;;
    -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench_season.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$season" in
  "$repo"|"$repo"/*) echo "bench_season.sh: keep the season outside the repository ($season)" >&2; exit 2 ;;
esac
[[ -x /usr/bin/time ]] || { echo "bench_season.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }

work="$(mktemp -d "${TMPDIR:-/tmp}/hipbalance-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

# 1. The season (reused when its stamp matches).
python3 "$repo/Scripts/make_season.py" "$season" --files "$files"
team="$season/team"
mapfile -d '' activity_files < <(find "$team" -type f \( -name '*.gpx' -o -name '*.tcx' -o -name '*.gpx.gz' -o -name '*.tcx.gz' \) -print0 | sort -z)
bytes="$(du -sb "$team" | cut -f1)"

# 2. The binaries.
if [[ -z "$hipbalance" ]]; then
  (cd "$repo" && swift build -c release --product hipbalance >&2)
  hipbalance="$(cd "$repo" && swift build -c release --show-bin-path)/hipbalance"
fi
if [[ -z "$baseline" ]]; then
  src="$(find "$repo/Scripts/bench" -maxdepth 1 -name '*sax2*.c' 2>/dev/null | sort | head -n 1)"
  if [[ -n "$src" ]]; then
    baseline="$work/sax2_walk"
    # shellcheck disable=SC2046
    cc -O2 -o "$baseline" "$src" $(pkg-config --cflags --libs libxml-2.0)
  fi
fi
run_help="$("$hipbalance" run --help 2>&1 || true)"
quiet=()
[[ "$run_help" == *"--quiet"* ]] && quiet=(--quiet)

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
# 3. Page cache warm for everyone: every variant reads the same bytes from memory.
cat "${activity_files[@]}" > /dev/null

# One measurement: variant name, then the command. Appends "variant seconds maxrss_kib status".
measure() {
  local name="$1"; shift
  local status=0
  /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/stdout.txt" 2> "$work/stderr.txt" || status=$?
  if [[ $status -ge 2 ]]; then
    echo "bench_season.sh: $name failed with status $status:" >&2
    tail -n 20 "$work/stderr.txt" "$work/time.txt" >&2
    exit 1
  fi
  python3 - "$name" "$status" "$work/time.txt" >> "$work/results.txt" <<'EOF'
import sys
name, status, path = sys.argv[1], sys.argv[2], sys.argv[3]
fields = dict(line.strip().split(": ", 1) for line in open(path) if ": " in line)
clock = fields["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":")
seconds = sum(float(part) * 60 ** i for i, part in enumerate(reversed(clock)))
cpu = float(fields["User time (seconds)"]) + float(fields["System time (seconds)"])
print(name, f"{seconds:.3f}", fields["Maximum resident set size (kbytes)"], status, f"{cpu:.2f}")
EOF
}

hb_run() {  # jobs, out dir: the command line of one run
  printf '%s\0' "$hipbalance" run "$team" --out "$2" --as-of 2026-11-22 --jobs "$1" "${quiet[@]}"
}
cold() {
  local cmd; rm -rf "$work/out-$1"
  mapfile -d '' cmd < <(hb_run "$1" "$work/out-$1")
  measure "cold-$1" "${cmd[@]}"
}
warm() {  # an unchanged folder after a run with the same jobs
  local cmd; mapfile -d '' cmd < <(hb_run "$1" "$work/out-$1")
  [[ -d "$work/out-$1" ]] || "${cmd[@]}" > /dev/null 2>&1 || true
  measure "warm-$1" "${cmd[@]}"
}
printf '%s\0' "${activity_files[@]}" > "$work/files.lst"
sax2() { measure "sax2" xargs -0 -n 1 -a "$work/files.lst" "$baseline"; }  # the walk takes one file

variants=(cold1 cold2 warm2)
[[ -n "$baseline" ]] && variants=(sax2 "${variants[@]}")
for ((round = 0; round < repeat; round++)); do
  for ((i = 0; i < ${#variants[@]}; i++)); do  # rotate the order each round
    v="${variants[$(((i + round) % ${#variants[@]}))]}"
    case "$v" in
      sax2) sax2 ;;
      cold1) cold 1 ;;
      cold2) cold 2 ;;
      warm2) warm 2 ;;
    esac
    echo "round $((round + 1))/$repeat: $(tail -n 1 "$work/results.txt")" >&2
  done
done

# 4. Medians and targets.
load_after="$(cut -d' ' -f1-3 /proc/loadavg)"
python3 - "$work/results.txt" "${#activity_files[@]}" "$bytes" "$repeat" "$load_before" "$load_after" > "$work/report.md" <<'EOF'
import platform, statistics, subprocess, sys
path, count, size, repeat, load_before, load_after = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), *sys.argv[4:7]
runs = {}
for line in open(path):
    name, seconds, rss, status, cpu = line.split()
    runs.setdefault(name, []).append((float(seconds), int(rss), int(status), float(cpu)))
med = {k: statistics.median(r[0] for r in v) for k, v in runs.items()}
cpu_med = {k: statistics.median(r[3] for r in v) for k, v in runs.items()}
peak = {k: max(r[1] for r in v) for k, v in runs.items()}
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.machine())
print(f"Season: {count} activity files, {size / 2**30:.2f} GiB; {repeat} rounds, medians of wall-clock time; "
      f"peak RSS is the maximum over rounds. Machine: {cpu}, {subprocess.run(['nproc'], capture_output=True, text=True).stdout.strip()} cores; "
      f"load average {load_before} before and {load_after} after (other processes compete for the cores when it is above 0).")
print()
print("| variant | median wall s | MiB/s | median CPU s (user+sys) | peak RSS MiB | all wall s | exit status |")
print("|---|---:|---:|---:|---:|---|---|")
labels = {"sax2": "C SAX2 walk (baseline)", "cold-1": "`run`, cold cache, `--jobs 1`",
          "cold-2": "`run`, cold cache, `--jobs 2`", "warm-2": "`run`, warm cache (unchanged), `--jobs 2`"}
for k in ("sax2", "cold-1", "cold-2", "warm-2"):
    if k in runs:
        statuses = ",".join(sorted({str(r[2]) for r in runs[k]}))
        walls = ", ".join(f"{r[0]:.2f}" for r in runs[k])
        print(f"| {labels[k]} | {med[k]:.2f} | {size / 2**20 / med[k]:.0f} | {cpu_med[k]:.2f} | {peak[k] / 1024:.0f} | {walls} | {statuses} |")
print()
def check(label, value, ok, target):
    print(f"| {label} | {value} | {target} | {'pass' if ok else 'FAIL'} |")
print("| target | measured | goal | |")
print("|---|---:|---|---|")
if "sax2" in med:
    r = med["cold-1"] / med["sax2"]
    check("cold 1 job / SAX2 walk", f"{r:.2f}x", r <= 1.5, "<= 1.5x")
    r = cpu_med["cold-1"] / cpu_med["sax2"]
    print(f"| (CPU time, not a target) cold 1 job / SAX2 walk | {r:.2f}x | | |")
r = med["cold-1"] / med["cold-2"]
check("speed-up 1 -> 2 jobs (cold)", f"{r:.2f}x", r >= 1.7, ">= 1.7x")
r = med["warm-2"] / med["cold-2"]
check("warm / cold (2 jobs)", f"{100 * r:.1f} %", r <= 0.05, "<= 5 %")
m = max(peak[k] for k in runs if k != "sax2") / 1024
check("peak RSS of `run`", f"{m:.0f} MiB", m < 256, "< 256 MiB")
EOF
cat "$work/report.md"
if [[ -n "$report" ]]; then cp "$work/report.md" "$report"; fi
# A missed target is a failure (exit 1), so a script or CI job running the benchmark sees it.
if grep -q '| FAIL |' "$work/report.md"; then
  echo "bench_season.sh: a target was missed (FAIL above)" >&2
  exit 1
fi
exit 0
