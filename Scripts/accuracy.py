#!/usr/bin/env python3
"""Our activity numbers against the totals the devices wrote themselves (issue 11).

For every corpus file that carries device totals -- TCX lap totals (`TotalTimeSeconds`,
`DistanceMeters`, `AverageHeartRateBpm`, `MaximumHeartRateBpm`) and FIT session totals
(`total_elapsed_time`, `total_timer_time`, `total_distance`, `avg_heart_rate`, `max_heart_rate`,
`total_ascent`) -- runs `hipbalance inspect` and compares each activity with the device's totals,
read here independently (ElementTree for TCX, a small FIT reader of our own below for FIT):

- heart-rate mean within 1.5 bpm (TCX: lap means weighted by lap time);
- distance within 1 %;
- elapsed time within 2 s (FIT: the session's `total_elapsed_time`);
- moving time within 5 % of the device's timer time (TCX: the sum of lap times);
- maximum heart rate equal (within 0.5 bpm);
- ascent within 10 % of the device's total (or 1 m, the device's resolution), and never above
  the plain sum of positive elevation steps of the records (`rawAscentMeters`, read here).

Writes `docs/accuracy.json` (every row) and `docs/accuracy.md` (table and share within each
tolerance). Usage:

    Scripts/accuracy.py [--binary .build/debug/hipbalance] [--corpus ../shared/corpus] [--check] [--targets]

`--check` writes nothing and exits 1 when the committed files differ from what it would write;
`--targets` exits 1 when a share misses its target (the corpus test runs it).
Python 3 standard library only; deterministic output.
"""
import argparse
import json
import gzip
import os
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The tolerances.
HEART_RATE_BPM = 1.5
DISTANCE_SHARE = 0.01
MOVING_SHARE = 0.05
MAX_HEART_RATE_BPM = 0.5
ELAPSED_SECONDS = 2.0
ASCENT_SHARE = 0.10
# Devices write whole metres: a smaller difference is rounding.
ASCENT_FLOOR_METERS = 1.0

# FIT: seconds from 1970 to the FIT epoch (1989-12-31), and the smallest absolute date_time.
FIT_EPOCH = 631065600
FIT_SYSTEM_TIME_LIMIT = 0x10000000

# FIT files whose session totals do not describe their records (the same list and reasons as
# `Tests/IngestTests/FitCorpusTests.swift`); left out of the table.
NOT_COMPARABLE = {
    "fit/muktihari__big_activity.fit": "synthetic speed-test file: one record repeated 99,998 times; the session is the original ride's",
    "fit/gc__14582164182.fit.gz": "two recordings interleaved record by record; the session describes one of them",
    "fit/fitparse__strava-android-app-201.10-b1218918.fit": "records stop matching their definitions at byte 7471; the session covers the whole run",
}


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


# ---------------------------------------------------------------------------------------------
# A small FIT reader: session and record messages only, independent of the Swift decoder.


def fit_messages(data):
    """Yields (global number, {field number: raw integer or None}) for every data message.

    Follows the FIT protocol: file headers (chained files too), definition messages with their
    architecture and developer fields, normal and compressed-timestamp headers. Only fields of
    1, 2 or 4 bytes are decoded (the ones needed here); a damaged tail stops the walk.
    """
    position = 0
    while position + 12 <= len(data):
        header_size = data[position]
        if header_size < 12 or data[position + 8:position + 12] != b".FIT":
            return
        data_size = struct.unpack_from("<I", data, position + 4)[0]
        end = min(len(data), position + header_size + data_size)
        i = position + header_size
        definitions = {}
        while i < end:
            header = data[i]
            i += 1
            if header & 0x80:
                local = (header >> 5) & 0x03
                definition = definitions.get(local)
                if definition is None:
                    return
            elif header & 0x40:
                local = header & 0x0F
                if i + 5 > end:
                    return
                big = data[i + 1] == 1
                number = struct.unpack_from(">H" if big else "<H", data, i + 2)[0]
                count = data[i + 4]
                i += 5
                fields = []
                for _ in range(count):
                    fields.append((data[i], data[i + 1], data[i + 2] & 0x1F))
                    i += 3
                developer = 0
                if header & 0x20:
                    developer_count = data[i]
                    i += 1
                    for _ in range(developer_count):
                        developer += data[i + 1]
                        i += 3
                definitions[local] = (number, big, fields, developer)
                continue
            else:
                local = header & 0x0F
                definition = definitions.get(local)
                if definition is None:
                    return
            number, big, fields, developer = definition
            values = {}
            for field, size, base in fields:
                raw = data[i:i + size]
                i += size
                values[field] = fit_integer(raw, size, base, big)
            i += developer
            if i > end:
                return
            yield number, values
        position = end + 2


def fit_integer(raw, size, base, big):
    """The unsigned value of a 1-, 2- or 4-byte field; None when invalid (all ones) or another size."""
    if len(raw) != size or size not in (1, 2, 4):
        return None
    code = {1: "B", 2: "H", 4: "I"}[size]
    value = struct.unpack((">" if big else "<") + code, raw)[0]
    signed = base in (1, 3, 5)  # sint8, sint16, sint32
    if signed:
        bits = 8 * size
        if value == (1 << (bits - 1)) - 1:
            return None
        return value - (1 << bits) if value >= 1 << (bits - 1) else value
    return None if value == (1 << (8 * size)) - 1 else value


def fit_time(raw):
    return None if raw is None or raw < FIT_SYSTEM_TIME_LIMIT else raw + FIT_EPOCH


def fit_totals(path):
    """The device's session totals (document order, transitions included) and the record
    timestamps and altitudes (for the plain sum of positive steps)."""
    with open(path, "rb") as f:
        data = f.read()
    if path.endswith(".gz"):
        data = gzip.decompress(data)
    sessions, records = [], []
    for number, v in fit_messages(data):
        if number == 18:
            def scaled(field, scale):
                return None if v.get(field) is None else v[field] / scale
            sessions.append(
                {
                    "sport": v.get(5),
                    "start": fit_time(v.get(2)),
                    "end": fit_time(v.get(253)),
                    "elapsedSeconds": scaled(7, 1000),
                    "timerSeconds": scaled(8, 1000),
                    "distanceMeters": scaled(9, 100),
                    "heartRateMean": v.get(16) or None,
                    "heartRateMax": v.get(17) or None,
                    "ascentMeters": v.get(22),
                }
            )
        elif number == 20:
            altitude = v.get(78) if v.get(78) is not None else v.get(2)
            records.append((fit_time(v.get(253)), None if altitude is None else altitude / 5 - 500))
    return sessions, records


def plain_ascent(records, start, end):
    """The sum of positive steps of the record altitudes between `start` and `end` (seconds)."""
    total, previous = 0.0, None
    for time, altitude in records:
        if altitude is None or altitude <= -500 or time is None or time < start or time > end:
            continue
        if previous is not None and altitude > previous:
            total += altitude - previous
        previous = altitude
    return total


def fit_rows(corpus, binary):
    rows = []
    for name, record in inspected(corpus, binary, "fit", (".fit", ".fit.gz")):
        if name in NOT_COMPARABLE:
            continue
        sessions, points = fit_totals(os.path.join(corpus, name))
        legs = [s for s in sessions if s["sport"] != 3 and s["start"] is not None]
        for index, ours in enumerate(record.get("activities") or []):
            if ours.get("points", 0) == 0 or not ours.get("start"):
                continue  # summarised from the session itself: nothing to compare
            start = iso_seconds(ours["start"])
            # The session that holds the activity's first record (1 s of slack for rounding).
            session = next(
                (s for s in legs if s["start"] - 1 <= start <= (s["end"] or s["start"]) + 1), None
            )
            if session is None:
                continue
            device = dict(session)
            if device["ascentMeters"] is not None:
                # The records of the session: all of them when the file has one session, else
                # those from its start to its end, widened to its elapsed time.
                if len(sessions) == 1:
                    first, last = -float("inf"), float("inf")
                else:
                    first = session["start"] - 1
                    last = max(session["end"] or first, session["start"] + (session["elapsedSeconds"] or 0)) + 1
                device["rawAscentMeters"] = plain_ascent(points, first, last)
            checks = compare(device, ours)
            if checks:
                rows.append({"file": name, "activity": index + 1, "sport": ours["sport"], "checks": checks})
    return rows


def iso_seconds(text):
    from datetime import datetime

    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


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
    if device.get("elapsedSeconds") is not None and ours.get("points", 0) > 0:
        e = ours["elapsedSeconds"]
        checks["elapsedTime"] = (e, device["elapsedSeconds"], abs(e - device["elapsedSeconds"]) <= ELAPSED_SECONDS)
    if device.get("ascentMeters") is not None:
        a = ours["ascentMeters"]
        tolerance = max(ASCENT_FLOOR_METERS, ASCENT_SHARE * device["ascentMeters"])
        checks["ascent"] = (a, device["ascentMeters"], abs(a - device["ascentMeters"]) <= tolerance)
        raw = device.get("rawAscentMeters")
        if raw is not None:
            checks["ascentWithinRawSum"] = (a, raw, a <= raw + 0.05)
    return checks


def inspected(corpus, binary, folder, suffixes):
    """(corpus-relative name, inspect record) for every readable file of `folder` ending in `suffixes`."""
    files = sorted(
        os.path.join(folder, name)
        for name in os.listdir(os.path.join(corpus, folder))
        if name.lower().endswith(suffixes) and not name.startswith(".")
    )
    records = inspect(binary, [os.path.join(corpus, f) for f in files])
    return [(name, record) for name, record in zip(files, records) if record.get("status") == "ok"]


def tcx_rows(corpus, binary):
    rows = []
    for name, record in inspected(corpus, binary, "tcx", (".tcx", ".tcx.gz")):
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
    "elapsedTime": ("elapsed time within 2 s", 1.0),
    "movingTime": ("moving time within 5 % of timer time", 0.90),
    "ascent": ("ascent within 10 % (or 1 m) of the device", 0.85),
    "ascentWithinRawSum": ("ascent not above the plain sum of positive steps", 1.0),
    "heartRateMax": ("maximum heart rate equal", 1.0),
}
# Reported for information: the issue sets no target for the maximum (devices take it from
# samples the file does not hold).
INFORMATIONAL = {"heartRateMax"}


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
            "target": None if key in INFORMATIONAL else target,
        }
    return result


def fmt(value, digits=1):
    return "–" if value is None else f"{value:.{digits}f}"


def cell(row, key, digits=1):
    if key not in row["checks"]:
        return "–"
    ours, device, within = row["checks"][key]
    return f"{fmt(ours, digits)} / {fmt(device, digits)}{'' if within else ' ✗'}"


def markdown(rows, totals):
    lines = [
        "# Accuracy against device totals",
        "",
        "Written by `Scripts/accuracy.py` (do not edit by hand): every corpus activity whose file carries",
        "device totals, our `inspect` numbers against the device's. TCX: the sum of the laps' `TotalTimeSeconds`",
        "(timer time) and `DistanceMeters`, lap `AverageHeartRateBpm` weighted by lap time, the highest",
        "`MaximumHeartRateBpm`. FIT: the session's `total_elapsed_time`, `total_timer_time`, `total_distance`,",
        "`avg_heart_rate`, `max_heart_rate` and `total_ascent`, read by the script's own FIT reader; the",
        "plain sum of positive altitude steps of the session's records is the ceiling of the ascent.",
        "Activities without records (summarised from their laps or session) are left out, and so are three",
        "FIT files whose session does not describe their records: "
        + "; ".join(f"`{name}` ({why})" for name, why in sorted(NOT_COMPARABLE.items()))
        + ".",
        "",
        "For FIT files `inspect` reports the session's own elapsed and timer time, distance, mean heart rate",
        "and ascent (the ascent capped by that plain sum), as the device's software does, so the FIT rows check",
        "that hand-over and the cap; maximum heart rate, power and the 30-s blocks come from the records. What",
        "the ascent count from the records alone achieves against the sessions (16 of 29 within 10 %), and",
        "how it was tuned, is in [inspect.md](inspect.md#climb-and-descent). A pool swim's moving time is the",
        "time of its active lengths, without the rests at the wall that the timer keeps counting: the swims",
        "marked ✗ below differ from the timer by those rests, by design (rest is not training load).",
        "",
        "| check | activities | within | share | target |",
        "|---|---|---|---|---|",
    ]
    for key, t in totals.items():
        share = "–" if t["share"] is None else f"{100 * t['share']:.0f} %"
        target = "none (for information)" if t["target"] is None else f"≥ {100 * t['target']:.0f} %"
        lines.append(f"| {t['label']} | {t['activities']} | {t['within']} | {share} | {target} |")
    lines += [
        "",
        "Per activity (ours / device; ✗ marks a value outside the tolerance):",
        "",
        "| file | # | sport | HR mean | HR max | distance m | elapsed s | moving s / timer s | ascent m |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        lines.append(
            f"| `{row['file']}` | {row['activity']} | {row['sport']} | {cell(row, 'heartRateMean')} "
            f"| {cell(row, 'heartRateMax', 0)} | {cell(row, 'distance', 0)} | {cell(row, 'elapsedTime', 0)} "
            f"| {cell(row, 'movingTime', 0)} | {cell(row, 'ascent', 0)} |"
        )
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build", "debug", "hipbalance"))
    parser.add_argument("--corpus", default=os.path.join(os.path.dirname(ROOT), "shared", "corpus"))
    parser.add_argument("--out", default=os.path.join(ROOT, "docs"))
    parser.add_argument("--check", action="store_true")
    parser.add_argument("--targets", action="store_true")
    args = parser.parse_args()

    rows = tcx_rows(args.corpus, args.binary) + fit_rows(args.corpus, args.binary)
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
    missed = []
    for key, t in totals.items():
        print(f"{t['label']}: {t['within']}/{t['activities']}")
        if t["target"] is not None and (t["share"] is None or t["share"] < t["target"]):
            missed.append(f"{t['label']}: {t['within']}/{t['activities']} (target ≥ {100 * t['target']:.0f} %)")
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
    if args.targets and missed:
        print("targets missed: " + "; ".join(missed), file=sys.stderr)
    if stale or (args.targets and missed):
        sys.exit(1)


if __name__ == "__main__":
    main()
