#!/usr/bin/env bash
# FIT benchmark (issue 10): `hipbalance inspect` on a 1,000,000-record FIT file, side by side with
# a C walk of the same file (Scripts/bench/fit-walk.c: headers, definitions, fields skipped by
# size, records counted, heart rate summed) and with Python's fitdecode (the same walk: every
# frame decoded, records counted, heart rate summed). The tools run in alternation (A B A B …) and
# the medians of the whole-process wall times are compared, so load from other work on the
# machine hits all of them alike; CPU time (user + system) is reported beside them, as it
# depends less on that load. Peak RSS from /usr/bin/time. Targets, checked at the end (exit
# status 1 when one is missed): inspect <= 1.5 x the C walk (wall time), inspect peak RSS < 32 MiB.
#
# Usage: Scripts/bench_fit.sh [options]
#   --work DIR        where the FIT file, the C walk and fitdecode's venv go
#                     (default ${TMPDIR:-/tmp}/hipbalance-fit-bench; the file is generated once, reused)
#   --records N       records in the file (default 1000000)
#   --runs N          alternating runs of the C walk and inspect (default 5)
#   --python-runs N   runs of fitdecode, each beside a C walk run (default 3; 0 skips fitdecode)
#   --hipbalance BIN  the hipbalance binary (default: `swift build -c release` and use that)
#   --report FILE     also write the Markdown result table to FILE
# Needs: python3 (with venv and pip for fitdecode, installed from PyPI into WORK/venv when
# missing; never run by CI), a C compiler, /usr/bin/time (Debian package `time`).
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${TMPDIR:-/tmp}/hipbalance-fit-bench"
records=1000000
runs=5
python_runs=3
hipbalance=""
report=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --work) work="$2"; shift 2 ;;
    --records) records="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --python-runs) python_runs="$2"; shift 2 ;;
    --hipbalance) hipbalance="$2"; shift 2 ;;
    --report) report="$2"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench_fit.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$work" in
  "$repo"|"$repo"/*) echo "bench_fit.sh: keep the work folder outside the repository ($work)" >&2; exit 2 ;;
esac
[[ -x /usr/bin/time ]] || { echo "bench_fit.sh: /usr/bin/time missing (apt-get install time)" >&2; exit 2; }
mkdir -p "$work"

# 1. The file: a ride at 1 Hz as a Garmin Edge writes it (timestamp, position, enhanced altitude,
#    distance, enhanced speed, heart rate, cadence, power: 29 bytes a record), session last.
big="$work/records-$records.fit"
if [[ ! -f "$big" ]]; then
  python3 - "$big" "$records" "$repo/Scripts" <<'PY'
import sys
from datetime import datetime, timezone
sys.path.insert(0, sys.argv[3])
import fit_writer as fw

path, n = sys.argv[1], int(sys.argv[2])
start = datetime(2026, 11, 1, 6, 0, tzinfo=timezone.utc)
t0, lat0, lon = fw.fit_time(start), fw.semicircles(46.0), fw.semicircles(14.5)
w = fw.FitWriter()
fw.file_id(w, start, 3121, 1234567)
fw.timer_event(w, start, 0)
layout = [(253, fw.UINT32), (0, fw.SINT32), (1, fw.SINT32), (78, fw.UINT32), (5, fw.UINT32), (73, fw.UINT32),
          (3, fw.UINT8), (4, fw.UINT8), (7, fw.UINT16)]
w.messages(fw.RECORD, layout, ((t0 + t, lat0 + t * 12, lon, 4000 + t % 50, t * 700, 7000, 120 + t % 40, 88,
                                200 + t % 50) for t in range(n)))
end = t0 + n - 1
w.message(fw.EVENT, [(253, fw.UINT32, end), (0, fw.ENUM, 0), (1, fw.ENUM, 4)])
w.message(fw.SESSION, [(253, fw.UINT32, end), (2, fw.UINT32, t0), (5, fw.ENUM, 2), (6, fw.ENUM, 7),
                       (7, fw.UINT32, (n - 1) * 1000), (8, fw.UINT32, (n - 1) * 1000), (9, fw.UINT32, (n - 1) * 700)])
with open(path + ".part", "wb") as out:
    out.write(w.file())
PY
  mv "$big.part" "$big"
fi
bytes="$(stat -c %s "$big")"

# 2. The tools.
cc -O2 -o "$work/fit-walk" "$repo/Scripts/bench/fit-walk.c"
if [[ -z "$hipbalance" ]]; then
  (cd "$repo" && swift build -c release --product hipbalance >&2)
  hipbalance="$(cd "$repo" && swift build -c release --show-bin-path)/hipbalance"
fi
python="$work/venv/bin/python"
if (( python_runs > 0 )) && ! "$python" -c "import fitdecode" 2> /dev/null; then
  python3 -m venv "$work/venv"
  "$work/venv/bin/pip" install --quiet fitdecode
fi
cat > "$work/fitdecode-walk.py" <<'PY'
import sys
import fitdecode

records = samples = total = 0
with fitdecode.FitReader(sys.argv[1], check_crc=fitdecode.CrcCheck.DISABLED) as fit:
    for frame in fit:
        if frame.frame_type == fitdecode.FIT_FRAME_DATA and frame.global_mesg_num == 20:
            records += 1
            hr = frame.get_value(3, fallback=None) if frame.has_field(3) else None
            if hr is not None:
                samples += 1
                total += hr
print(records, samples, total)
PY

# 3. Runs: each prints "seconds KiB" into $work/<tool>.times; outputs are checked once.
rm -f "$work"/*.times
expected="$("$work/fit-walk" "$big")"
read -r walk_records walk_samples walk_sum <<< "$expected"
[[ "$walk_records" == "$records" ]] || { echo "bench_fit.sh: the C walk counted $walk_records records" >&2; exit 1; }
inspect_json="$("$hipbalance" inspect "$big")"
python3 - "$inspect_json" "$records" "$walk_sum" "$walk_samples" <<'PY'
import json, sys
doc = json.loads(sys.argv[1])
points = sum(a["points"] for a in doc["activities"])
mean = doc["activities"][0]["heartRate"]["mean"]
expected = int(sys.argv[3]) / int(sys.argv[4])
assert doc["status"] == "ok" and points == int(sys.argv[2]), (doc["status"], points)
assert abs(mean - expected) < 0.1, (mean, expected)
PY
measure() {  # tool, command...
  local tool="$1"; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" > "$work/out"
  cat "$work/time" >> "$work/$tool.times"
}
for ((i = 0; i < runs; i++)); do
  if (( i % 2 == 0 )); then
    measure walk "$work/fit-walk" "$big"; measure inspect "$hipbalance" inspect "$big"
  else
    measure inspect "$hipbalance" inspect "$big"; measure walk "$work/fit-walk" "$big"
  fi
done
for ((i = 0; i < python_runs; i++)); do
  measure walk-py "$work/fit-walk" "$big"
  measure fitdecode "$python" "$work/fitdecode-walk.py" "$big"
  [[ "$(cat "$work/out")" == "$expected" ]] || { echo "bench_fit.sh: fitdecode printed $(cat "$work/out"), the C walk $expected" >&2; exit 1; }
done

# 4. Medians and ratios.
python3 - "$work" "$bytes" "$records" "$runs" "$python_runs" "$report" <<'PY'
import statistics, sys
work, size, n, runs, python_runs, report = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], int(sys.argv[5]), sys.argv[6]
def load(tool):
    try:
        rows = [line.split() for line in open(f"{work}/{tool}.times") if line.strip()]
    except FileNotFoundError:
        return None
    return (statistics.median(float(r[0]) for r in rows), max(int(r[1]) for r in rows) / 1024, len(rows),
            statistics.median(float(r[2]) + float(r[3]) for r in rows))
walk, inspect = load("walk"), load("inspect")
lines = [f"FIT file: {n:,} records, {size / 1e6:.1f} MB; medians of {runs} alternating runs (fitdecode: {python_runs}, each beside a C walk run)", "",
         "| tool | median wall s | MB/s | M records/s | peak RSS MiB | wall / C walk | median CPU s | CPU / C walk |",
         "|---|---:|---:|---:|---:|---:|---:|---:|"]
def row(name, m, base):
    cpu_ratio = f"{m[3] / base[3]:.1f}" if base[3] > 0 else "-"
    lines.append(f"| {name} | {m[0]:.3f} | {size / 1e6 / m[0]:.0f} | {n / 1e6 / m[0]:.2f} | {m[1]:.1f} | {m[0] / base[0]:.2f} | "
                 f"{m[3]:.3f} | {cpu_ratio} |")
row("C walk (`fit-walk.c`)", walk, walk)
row("`hipbalance inspect`", inspect, walk)
py, walk_py = load("fitdecode"), load("walk-py")
if py:
    row("C walk (beside fitdecode)", walk_py, walk_py)
    row("fitdecode (Python)", py, walk_py)
    lines.append("")
    lines.append(f"fitdecode / inspect: {py[0] / inspect[0]:.0f}x wall time, {py[3] / inspect[3]:.0f}x CPU time (medians)")
ratio = inspect[0] / walk[0]
ok = ratio <= 1.5 and inspect[1] < 32
lines += ["", f"targets: inspect / C walk {ratio:.2f} (<= 1.5), inspect peak {inspect[1]:.1f} MiB (< 32): {'met' if ok else 'MISSED'}"]
text = "\n".join(lines)
print(text)
if report:
    open(report, "w").write(text + "\n")
sys.exit(0 if ok else 1)
PY
