#!/usr/bin/env bash
# Strength-log benchmark: times `hipbalance inspect` (release build) on a large generated Strong
# CSV beside a baseline in the same run — Python's C-implemented `csv` module walking the same
# file and only counting rows — and reports MB/s, rows/s and peak resident memory (medians).
#
# Usage: Scripts/bench_strength.sh [options]
#   --rows N          data rows in the generated file (default 400000, about 37 MB)
#   --repeat N        rounds, each running both programs (default 3)
#   --hipbalance BIN  the hipbalance binary (default: `swift build -c release` and use that)
# Needs: python3, /usr/bin/time (Debian package `time`).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows=400000
repeat=3
hipbalance=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --rows) rows="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    --hipbalance) hipbalance="$2"; shift 2 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench_strength.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [[ -z "$hipbalance" ]]; then
  (cd "$repo" && swift build -c release --product hipbalance >/dev/null)
  hipbalance="$repo/.build/release/hipbalance"
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
csv="$work/strong.csv"

# A Strong comma export (layout A): 12 columns, quoted text, one workout every ~2 days with
# warm-up markers, rest-timer rows and a note with a comma; seeded, so every run is identical.
python3 - "$csv" "$rows" <<'PY'
import csv, random, sys
from datetime import datetime, timedelta
path, rows = sys.argv[1], int(sys.argv[2])
rng = random.Random(20261125)
exercises = ["Squat (Barbell)", "Romanian Deadlift (Barbell)", "Hip Thrust (Barbell)", "Bench Press (Barbell)",
             "Lat Pulldown (Cable)", "Plank", "Leg Extension (Machine)", "Bulgarian Split Squat"]
with open(path, "w", newline="") as out:
    w = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writerow(["Date", "Workout Name", "Duration", "Exercise Name", "Set Order", "Weight", "Reps",
                "Distance", "Seconds", "Notes", "Workout Notes", "RPE"])
    start, written = datetime(2015, 1, 1, 18, 0, 0), 0
    while written < rows:
        date = start.strftime("%Y-%m-%d %H:%M:%S")
        for name in rng.sample(exercises, 4):
            for order in ["W", "1", "Rest Timer", "2", "Rest Timer", "3"]:
                plank = name == "Plank"
                w.writerow([date, "Lower, day 1", "1h 5min", name, order, "0" if plank else f"{rng.uniform(20, 140):.1f}",
                            "0.0" if plank else f"{rng.randint(3, 12)}.0", "0", "60.0" if plank or order == "Rest Timer" else "0.0",
                            "felt good, slow" if order == "1" else "", "", f"{rng.choice([7, 7.5, 8, 8.5, 9])}"])
                written += 1
        start += timedelta(days=2, minutes=rng.randint(-90, 90))
PY
size_mb=$(python3 -c "import os,sys; print(os.path.getsize(sys.argv[1]) / 1e6)" "$csv")

measure() {  # prints "seconds kilobytes" for one command
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null
  cat "$work/time"
}
for ((round = 1; round <= repeat; round++)); do
  measure "$hipbalance" inspect --format json --weight-unit kg "$csv" >>"$work/hipbalance.times"
  measure python3 -c "import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], newline=''))))" "$csv" >>"$work/baseline.times"
done

python3 - "$work" "$size_mb" "$rows" <<'PY'
import statistics, sys
work, size_mb, rows = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])
def load(name):
    pairs = [line.split() for line in open(f"{work}/{name}.times")]
    return statistics.median(float(s) for s, _ in pairs), statistics.median(int(k) for _, k in pairs) / 1024
hb, base = load("hipbalance"), load("baseline")
print(f"file: {size_mb:.1f} MB, {rows} rows (Strong comma layout)")
print("| program | median s | MB/s | rows/s | peak RSS MiB |")
print("|---|---|---|---|---|")
for label, (seconds, rss) in [("hipbalance inspect", hb), ("python csv (baseline)", base)]:
    print(f"| {label} | {seconds:.2f} | {size_mb / seconds:.1f} | {rows / seconds:,.0f} | {rss:.0f} |")
print(f"hipbalance / baseline time: {hb[0] / base[0]:.2f}x")
PY
