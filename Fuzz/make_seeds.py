#!/usr/bin/env python3
"""Writes the seed corpus of one fuzz target, built from the repository's own fixtures.

    python3 Fuzz/make_seeds.py TARGET OUT_DIR

TARGET is activity, strength, team-config, zip-export or fit. Seeds are small on purpose
(libFuzzer mutates small inputs much faster): activity files keep their header, the first few
track points and their closing tags; strength logs keep their header and first rows. They come
from Fixtures/demo-team (written by Scripts/make_demo_team.py) and, for layouts the demo team
does not use, from short samples written here after docs/strength-logs.md. Nothing is taken from
outside the repository. The output is deterministic: the same tree gives the same files.
Python 3 standard library only.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEMO = ROOT / "Fixtures" / "demo-team"

# Seeds per target: enough to cover every layout, few enough to start fast.
MAX_ACTIVITY_SEEDS = 40
KEPT_POINTS = 3
KEPT_ROWS = 6

POINT = re.compile(rb"<(trkpt|Trackpoint)\b.*?</\1>\s*", re.DOTALL)
LAP = re.compile(rb"<Lap\b.*?</Lap>\s*", re.DOTALL)


def plain(path: Path) -> bytes:
    data = path.read_bytes()
    return gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data


def gzip_fixed(data: bytes) -> bytes:
    """gzip with a zero timestamp, so seeds are byte-identical run to run."""
    out = io.BytesIO()
    with gzip.GzipFile(fileobj=out, mode="wb", mtime=0) as stream:
        stream.write(data)
    return out.getvalue()


def keep_first(pattern: re.Pattern[bytes], document: bytes, kept: int) -> bytes:
    """The document without the matches of `pattern` after the first `kept`."""
    count = 0

    def keep(match: re.Match[bytes]) -> bytes:
        nonlocal count
        count += 1
        return match.group(0) if count <= kept else b""

    return pattern.sub(keep, document)


def shrink_activity(document: bytes, kept: int = KEPT_POINTS) -> bytes:
    """The document with its first laps and track points only (headers and closing tags stay)."""
    return keep_first(POINT, keep_first(LAP, document, kept), kept)


def activity_fixtures() -> list[Path]:
    names = (".gpx", ".tcx", ".gpx.gz", ".tcx.gz")
    return sorted(p for p in DEMO.rglob("*") if p.is_file() and p.name.lower().endswith(names))


def activity_seeds() -> list[bytes]:
    seeds: list[bytes] = []
    seen_layouts: set[bytes] = set()
    for path in activity_fixtures():
        small = shrink_activity(plain(path))
        # One seed per layout: the element names used and the creator name the layout.
        creator = re.search(rb'creator="[^"]*"|<Name>[^<]*</Name>', small)
        layout = b" ".join(sorted(set(re.findall(rb"<([A-Za-z:_]+)", small)))) + (creator.group(0) if creator else b"")
        if layout in seen_layouts:
            continue
        seen_layouts.add(layout)
        seeds.append(small)
        if len(seeds) >= MAX_ACTIVITY_SEEDS:
            break
    # The gzip path of the reader, and a document cut in the middle (a download caught half-way).
    seeds += [gzip_fixed(seed) for seed in seeds[:3]]
    if seeds:
        seeds.append(seeds[0][: len(seeds[0]) // 2])
    return seeds


def first_rows(text: bytes, rows: int = KEPT_ROWS) -> bytes:
    return b"".join(text.splitlines(keepends=True)[: rows + 1])


# Layouts the demo team does not carry, written after docs/strength-logs.md.
FITBOD = b"""Date,Exercise,Reps,Weight(kg),Duration(s),Distance(m),Incline,Resistance,isWarmup,Note,multiplier
2026-06-29 04:24:43 +0000,Back Squat, 5,42.5,0.0,0.0,0.0,0.0,true,, 1.0
2026-06-29 04:24:43 +0000,Plank, 0,0.0,85.0,0.0,0.0,0.0,false,, 0.0
2026-06-29 04:24:43 +0000,Walking, 0,0.0,3648.0,2583.4,0.0,0.0,false,, 0.0
"""
JEFIT = b"""### SETTING ###
mass,length
lbs,in
### WORKOUT SESSIONS ###
_id,starttime,total_time
1,1782000000,3600
### EXERCISE LOGS ###
_id,mydate,ename,logs,belongsession,interval_logs
1,2026-06-20,Barbell Squat,"135x10,155x8",1,
2,2026-06-20,Plank,,1,"60,45"
"""
GARMIN = (
    b'[{"summarizedActivitiesExport": [{"activityType": "strength_training", "startTimeLocal": 1782000000000,'
    b' "summarizedExerciseSets": [{"category": "SQUAT", "subCategory": "BARBELL_BACK_SQUAT", "sets": 3,'
    b' "reps": 20, "duration": 90000, "maxWeight": 80000}, {"category": "PLANK", "sets": 2, "duration": 120000}]},'
    b' {"activityType": "running", "startTimeLocal": 1782100000000}]}]'
)
COACH_SEMICOLON = """Datum;Übung;Sätze;Wdh.;Gewicht (kg);Typ
20.06.2026;Kniebeuge;3;6-8;80;
20.06.2026;Hip Thrust;2;AMRAP;BW+5;W
21.06.2026;Plank;3;45s;;
""".encode()


def strength_seeds() -> list[bytes]:
    logs = sorted(p for p in DEMO.rglob("*.csv") if p.name != "activities.csv")
    texts = [first_rows(p.read_bytes()) for p in logs] + [FITBOD, JEFIT, GARMIN, COACH_SEMICOLON]
    texts.append(b"\xef\xbb\xbf" + texts[0])  # a UTF-8 BOM, as Excel writes it
    # The encodings spreadsheets save (docs/strength-logs.md, "Text encodings"): the German
    # sheet as Excel on Windows writes CSV, and as its "Unicode Text" (UTF-16 with a BOM).
    texts.append(COACH_SEMICOLON.decode().encode("cp1252"))
    texts.append(COACH_SEMICOLON.decode().replace(";", "\t").encode("utf-16"))
    # The first byte chooses the reading options (see Sources/FuzzStrength/main.swift): vary it.
    selectors = [0x00, 0x05, 0x0A, 0x0F, 0x01, 0x06]
    return [bytes([selectors[i % len(selectors)]]) + text for i, text in enumerate(texts)]


def team_config_seeds() -> list[bytes]:
    team = (DEMO / "team.yaml").read_bytes()
    seeds = [team]
    # One athlete per seed, and the team keys alone.
    head, _, athletes = team.partition(b"athletes:\n")
    blocks = re.split(rb"\n(?=  [a-z])", athletes)
    seeds.append(head)
    seeds += [head + b"athletes:\n" + block.rstrip() + b"\n" for block in blocks[:3]]
    # `model:` overrides (a number, a table partly, a list) and custom exercises with an alias.
    seeds.append(
        b"name: Seeds\ntimeZone: UTC\ndefaultWeightUnit: lb\n"
        b"model:\n  qPace: 0.9\n  runFlat: {quads: 0.25}\n  rpeTSSPerHour: [30, 50, 65, 80, 95, 110]\n"
        b"  gradeWindowBlocks: 4\n"
        b"exercises:\n  - {id: sled-push, name: Sled Push, pattern: squat, muscles: {quads: 1, glutes: 0.5},"
        b" aliases: [Prowler Push]}\n  - {id: squat-barbell, aliases: [Kniebeuge tief]}\n"
        b"athletes:\n  a:\n    hrMax: 190\n    thresholdPace: \"4:30\"\n    weightUnit: kg\n"
    )
    # Anchors and aliases, which the loader must expand within its caps.
    seeds.append(
        b"athletes:\n  a: &base\n    hrMax: 185\n    sittingHoursPerDay: 8\n  b: *base\n  c:\n    <<: *base\n    ftp: 250\n"
    )
    return seeds


def zip_bytes(members: list[tuple[str, bytes]], method: int) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=method) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2026, 11, 22, 3, 15, 0))
            info.compress_type = method
            archive.writestr(info, data)
    return out.getvalue()


def zip_export_seeds() -> list[bytes]:
    export = DEMO / "tina" / "strava-export"
    index_lines = (export / "activities.csv").read_bytes().splitlines(keepends=True)
    header, rows = index_lines[0], index_lines[1:]
    members: list[tuple[str, bytes]] = []
    kept_rows = [header]
    for row in rows:
        match = re.search(rb",(activities/[^,]+),", row)
        if not match:
            if len(kept_rows) < 3:
                kept_rows.append(row)  # a manual entry (no file)
            continue
        name = match.group(1).decode()
        if any(m[0].endswith(name[-7:]) for m in members):
            continue  # one member per kind (.gpx, .gpx.gz, .tcx.gz)
        small = shrink_activity(plain(export / name), kept=2)
        members.append((name, gzip_fixed(small) if name.endswith(".gz") else small))
        kept_rows.append(row)
        if len(members) >= 3:
            break
    index = b"".join(kept_rows)
    seeds = [
        zip_bytes([("activities.csv", index)] + members, zipfile.ZIP_DEFLATED),
        zip_bytes([("activities.csv", index)] + members[:1], zipfile.ZIP_STORED),
        zip_bytes([("export_4242/activities.csv", index)] + [("export_4242/" + n, d) for n, d in members[:2]], zipfile.ZIP_DEFLATED),
        zip_bytes(members[1:], zipfile.ZIP_DEFLATED),  # no activities.csv
        zip_bytes([("activities.csv", index), ("__MACOSX/._activities.csv", b"\x00\x05\x16\x07"), ("notes.txt", b"hello\n")], zipfile.ZIP_STORED),
    ]
    # Strength logs as members (a run lists them as unknown; the fuzzer reads every member
    # through the member reader, so the strength reader is fed from a member stream too).
    logs = [first_rows(p.read_bytes()) for p in sorted(DEMO.rglob("*.csv")) if p.name != "activities.csv"][:2]
    seeds.append(zip_bytes([(f"strength/{i}.csv", log) for i, log in enumerate(logs)] + [("strength/jefit.csv", JEFIT)], zipfile.ZIP_DEFLATED))
    seeds.append(zip_bytes([("garmin_summarizedActivities.json", GARMIN)], zipfile.ZIP_STORED))
    return seeds


def fit_seeds() -> list[bytes]:
    """The demo team's FIT files (Scripts/fit_writer.py): whole when small, else their first 8 KiB."""
    names = (".fit", ".fit.gz")
    files = sorted(p for p in DEMO.rglob("*") if p.is_file() and p.name.lower().endswith(names))
    seeds: list[bytes] = []
    seen_sizes: set[int] = set()
    for path in files:
        data = plain(path)
        if len(data) in seen_sizes:
            continue  # same layout and length: one is enough
        seen_sizes.add(len(data))
        seeds.append(data if len(data) <= 16384 else data[:8192])
        if len(seeds) >= 12:
            break
    if seeds:
        seeds.append(gzip_fixed(seeds[0]))
    return seeds


TARGETS = {
    "activity": activity_seeds,
    "strength": strength_seeds,
    "team-config": team_config_seeds,
    "zip-export": zip_export_seeds,
    "fit": fit_seeds,
}


def main() -> int:
    if len(sys.argv) != 3 or sys.argv[1] not in TARGETS:
        print(f"usage: make_seeds.py {{{','.join(TARGETS)}}} OUT_DIR", file=sys.stderr)
        return 2
    out = Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    seeds = TARGETS[sys.argv[1]]()
    if not seeds:
        print(f"make_seeds.py: no fixtures for {sys.argv[1]}", file=sys.stderr)
        return 1
    for seed in seeds:
        (out / hashlib.sha1(seed).hexdigest()).write_bytes(seed)
    print(f"{len(seeds)} seeds for {sys.argv[1]} in {out} (largest {max(map(len, seeds))} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
