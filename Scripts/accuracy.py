#!/usr/bin/env python3
"""Our activity numbers against the totals the devices wrote themselves (issue 11).

For every corpus file that carries device totals -- TCX lap totals (`TotalTimeSeconds`,
`DistanceMeters`, `AverageHeartRateBpm`, `MaximumHeartRateBpm`) -- runs `hipbalance inspect` and
compares each activity with the sum of its laps, read here independently with ElementTree:

- heart-rate mean within 1.5 bpm (device: lap means weighted by lap time);
- distance within 1 %;
- moving time within 5 % of the device's timer time (the sum of lap times);
- maximum heart rate equal (within 0.5 bpm).

Writes `docs/accuracy.json` (every row) and `docs/accuracy.md` (table and share within each
tolerance). Usage:

    Scripts/accuracy.py [--binary .build/debug/hipbalance] [--corpus ../shared/corpus] [--check]

`--check` writes nothing and exits 1 when the committed files differ from what it would write.
Python 3 standard library only; deterministic output.
"""
import argparse
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The tolerances.
HEART_RATE_BPM = 1.5
DISTANCE_SHARE = 0.01
MOVING_SHARE = 0.05
MAX_HEART_RATE_BPM = 0.5


def local(tag):
    return tag.rsplit("}", 1)[-1]


def child_text(element, name):
    for child in element:
        if local(child.tag) == name:
            return child.text
    return None


def child(element, name):
    for c in element:
        if local(c.tag) == name:
            return c
    return None


def number(text):
    try:
        value = float(text)
    except (TypeError, ValueError):
        return None
    return value if value == value and abs(value) != float("inf") else None


def lap_totals(path):
    """One dict per Activity (document order) with the sum of its laps; None when no lap has a time."""
    activities = []
    for element in ET.parse(path).iter():
        if local(element.tag) != "Activity":
            continue
        seconds = distance = hr_weighted = hr_weight = 0.0
        hr_max = None
        laps = 0
        for lap in element.iter():
            if local(lap.tag) != "Lap":
                continue
            laps += 1
            lap_seconds = number(child_text(lap, "TotalTimeSeconds")) or 0.0
            seconds += lap_seconds
            distance += number(child_text(lap, "DistanceMeters")) or 0.0
            average = child(lap, "AverageHeartRateBpm")
            if average is not None:
                value = number(child_text(average, "Value"))
                if value and lap_seconds > 0:
                    hr_weighted += value * lap_seconds
                    hr_weight += lap_seconds
            maximum = child(lap, "MaximumHeartRateBpm")
            if maximum is not None:
                value = number(child_text(maximum, "Value"))
                if value:
                    hr_max = value if hr_max is None else max(hr_max, value)
        activities.append(
            {
                "laps": laps,
                "timerSeconds": seconds if seconds > 0 else None,
                "distanceMeters": distance if distance > 0 else None,
                "heartRateMean": hr_weighted / hr_weight if hr_weight > 0 else None,
                "heartRateMax": hr_max,
            }
        )
    return activities


def inspect(binary, paths):
    out = subprocess.run([binary, "inspect", *paths], capture_output=True, text=True, check=False).stdout
    records = [json.loads(line) for line in out.splitlines() if line.strip()]
    if len(records) != len(paths):
        sys.exit(f"inspect printed {len(records)} records for {len(paths)} files")
    return records


def compare(device, ours):
    """The checks that apply: name -> (ours, device, within)."""
    checks = {}
    hr = ours.get("heartRate") or {}
    if device["heartRateMean"] is not None and hr.get("mean") is not None:
        checks["heartRateMean"] = (hr["mean"], device["heartRateMean"], abs(hr["mean"] - device["heartRateMean"]) <= HEART_RATE_BPM)
    if device["heartRateMax"] is not None and hr.get("max") is not None:
        checks["heartRateMax"] = (hr["max"], device["heartRateMax"], abs(hr["max"] - device["heartRateMax"]) <= MAX_HEART_RATE_BPM)
    if device["distanceMeters"] is not None:
        d = ours["distanceMeters"]
        checks["distance"] = (d, device["distanceMeters"], abs(d - device["distanceMeters"]) <= DISTANCE_SHARE * device["distanceMeters"])
    if device["timerSeconds"] is not None and ours.get("points", 0) > 0:
        m = ours["movingSeconds"]
        checks["movingTime"] = (m, device["timerSeconds"], abs(m - device["timerSeconds"]) <= MOVING_SHARE * device["timerSeconds"])
    return checks


def rows_for(corpus, binary):
    files = sorted(
        os.path.join("tcx", name)
        for name in os.listdir(os.path.join(corpus, "tcx"))
        if name.lower().endswith((".tcx", ".tcx.gz")) and not name.startswith(".")
    )
    records = inspect(binary, [os.path.join(corpus, f) for f in files])
    rows = []
    for name, record in zip(files, records):
        if record.get("status") != "ok":
            continue
        devices = lap_totals(os.path.join(corpus, name))
        for index, (device, ours) in enumerate(zip(devices, record["activities"])):
            if ours.get("points", 0) == 0:
                continue  # summarised from the laps themselves: nothing to compare
            checks = compare(device, ours)
            if checks:
                rows.append({"file": name, "activity": index + 1, "sport": ours["sport"], "checks": checks})
    return rows


TARGETS = {
    "heartRateMean": ("heart-rate mean within 1.5 bpm", 0.95),
    "distance": ("distance within 1 %", 0.98),
    "movingTime": ("moving time within 5 % of timer time", 0.90),
    "heartRateMax": ("maximum heart rate equal", 1.0),
}


def summary(rows):
    result = {}
    for key, (label, target) in TARGETS.items():
        results = [row["checks"][key][2] for row in rows if key in row["checks"]]
        within = sum(results)
        result[key] = {
            "label": label,
            "activities": len(results),
            "within": within,
            "share": round(within / len(results), 3) if results else None,
            "target": target,
        }
    return result


def fmt(value, digits=1):
    return "–" if value is None else f"{value:.{digits}f}"


def markdown(rows, totals):
    lines = [
        "# Accuracy against device totals",
        "",
        "Written by `Scripts/accuracy.py` (do not edit by hand): every corpus activity whose file carries",
        "device totals, our `inspect` numbers against the device's. TCX: the sum of the laps' `TotalTimeSeconds`",
        "(timer time) and `DistanceMeters`, lap `AverageHeartRateBpm` weighted by lap time, the highest",
        "`MaximumHeartRateBpm`. Activities without trackpoints (summarised from their laps) are left out.",
        "",
        "| check | activities | within | share | target |",
        "|---|---|---|---|---|",
    ]
    for key, t in totals.items():
        share = "–" if t["share"] is None else f"{100 * t['share']:.0f} %"
        lines.append(f"| {t['label']} | {t['activities']} | {t['within']} | {share} | ≥ {100 * t['target']:.0f} % |")
    lines += [
        "",
        "Per activity (ours / device; ✗ marks a value outside the tolerance):",
        "",
        "| file | # | sport | HR mean | HR max | distance m | moving s / timer s |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        def cell(key, digits=1):
            if key not in row["checks"]:
                return "–"
            ours, device, within = row["checks"][key]
            return f"{fmt(ours, digits)} / {fmt(device, digits)}{'' if within else ' ✗'}"
        lines.append(
            f"| `{row['file']}` | {row['activity']} | {row['sport']} | {cell('heartRateMean')} | {cell('heartRateMax', 0)} "
            f"| {cell('distance', 0)} | {cell('movingTime', 0)} |"
        )
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "hipbalance"))
    parser.add_argument("--corpus", default=os.path.join(os.path.dirname(ROOT), "shared", "corpus"))
    parser.add_argument("--out", default=os.path.join(ROOT, "docs"))
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()

    rows = rows_for(args.corpus, args.binary)
    totals = summary(rows)
    outputs = {
        "accuracy.json": json.dumps({"summary": totals, "activities": rows}, indent=1, sort_keys=True) + "\n",
        "accuracy.md": markdown(rows, totals),
    }
    stale = []
    for name, text in outputs.items():
        path = os.path.join(args.out, name)
        if args.check:
            try:
                with open(path, encoding="utf-8") as f:
                    if f.read() != text:
                        stale.append(name)
            except FileNotFoundError:
                stale.append(name)
        else:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
    for key, t in totals.items():
        print(f"{t['label']}: {t['within']}/{t['activities']}")
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
