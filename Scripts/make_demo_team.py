#!/usr/bin/env python3
"""Write the demo team `Fixtures/demo-team/` (deterministic; Python 3 standard library only).

Eight athletes over 14 weeks ending Sunday 2026-11-22, each with the training habits and
export formats that show the model's contrasts (see Scripts/README.md for the cast):

    python3 Scripts/make_demo_team.py            # rewrites Fixtures/demo-team/
    python3 Scripts/make_demo_team.py --out DIR  # somewhere else

The same script version always writes byte-identical files.
"""

from __future__ import annotations

import argparse
import csv
import filecmp
import io
import random
import shutil
import sys
import tempfile
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Callable, Sequence
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent))

import fit_writer as fw  # noqa: E402
import gen_activity as ga  # noqa: E402
import gen_strength as gs  # noqa: E402

ZONE = ZoneInfo("Europe/Ljubljana")
FIRST_MONDAY = date(2026, 8, 17)
WEEKS = 14
AS_OF = date(2026, 11, 22)
# Weekly volume: three build weeks and a lighter one, repeated.
WEEK_LOAD = (0.85, 0.9, 0.95, 0.75, 0.95, 1.0, 1.05, 0.8, 1.05, 1.1, 1.1, 0.85, 1.1, 1.0)
MARKER = "# Written by Scripts/make_demo_team.py"


def local(day: date, hour: int, minute: int) -> datetime:
    """A Ljubljana wall-clock time as a naive datetime (what strength apps write)."""
    return datetime.combine(day, time(hour, minute))


def to_utc(wall: datetime) -> datetime:
    """A Ljubljana wall-clock time as a UTC instant."""
    return wall.replace(tzinfo=ZONE).astimezone(timezone.utc)


def scaled(blocks: Sequence[tuple[int, float]], factor: float) -> tuple[tuple[int, float], ...]:
    """Stretch the long (≥ 10 min) blocks of a workout by `factor`, keeping intervals intact."""
    return tuple((int(s * factor) if s >= 600 else s, e) for s, e in blocks)


def strava_name(wall: datetime, sport: str) -> str:
    """Strava's default title from the local start hour."""
    h = wall.hour
    part = "Morning" if 4 <= h < 11 else "Lunch" if h < 14 else "Afternoon" if h < 17 else "Evening" if h < 21 else "Night"
    return f"{part} {dict(run='Run', ride='Ride', swim='Swim')[sport]}"


@dataclass(frozen=True)
class Planned:
    """One planned endurance session: local start, sport, effort blocks."""

    wall: datetime
    sport: str
    blocks: tuple[tuple[int, float], ...]
    kind: str  # easy | long | intervals | tempo | hills | recovery


# A weekly template row: (weekday 0=Mon, hour, minute, sport, kind, blocks)
Template = Sequence[tuple[int, int, int, str, str, tuple[tuple[int, float], ...]]]


def plan_weeks(rng: random.Random, template: Template, first_week: int = 0, skip: float = 0.06) -> list[Planned]:
    """Expand a weekly template over the season with load waves, jitter and missed sessions."""
    out = []
    for week in range(first_week, WEEKS):
        for weekday, hour, minute, sport, kind, blocks in template:
            if rng.random() < skip:
                continue
            day = FIRST_MONDAY + timedelta(days=7 * week + weekday)
            wall = local(day, hour, minute) + timedelta(minutes=rng.randint(-20, 25), seconds=rng.randint(0, 59))
            factor = WEEK_LOAD[week] * rng.uniform(0.92, 1.08)
            out.append(Planned(wall, sport, scaled(blocks, factor), kind))
    return out


# ---------------------------------------------------------------------------------------------
# Writing one athlete's activities

@dataclass(frozen=True)
class Recorder:
    """How an athlete's sessions are recorded and exported."""

    phys: ga.Physiology
    terrain: ga.Terrain
    sensors: ga.Sensors
    device: ga.Device
    fmt: str  # "gpx-garmin" | "gpx-strava" | "tcx"
    creator: str = "StravaGPX"
    connect_numbers: bool = True


def record(rec: Recorder, p: Planned, name: str, rng: random.Random, sensors: ga.Sensors | None = None
           ) -> tuple[ga.Session, list[ga.Sample], list[ga.Sample]]:
    """Simulate a planned session; returns the session, the 1-s truth and the smart-recorded points."""
    session = ga.Session(p.sport, to_utc(p.wall), p.blocks, name, rec.terrain, sensors or rec.sensors,
                         interval_laps=p.kind == "intervals")
    truth = ga.simulate(session, rec.phys, rng)
    return session, truth, ga.smart_recording(truth, rng)


def document(rec: Recorder, fmt: str, session: ga.Session, points: Sequence[ga.Sample]) -> bytes:
    """One recording in the athlete's export format, as bytes."""
    creator = rec.creator if fmt == "gpx-strava" else None
    return ga.render(ga.write_document, fmt, session, points, rec.device, rec.phys.mass_kg, creator,
                     rec.connect_numbers)


def utc_offset(wall: datetime) -> int:
    """Seconds the athlete's zone is ahead of UTC at `wall` (what FIT `activity.local_timestamp` holds)."""
    offset = wall.replace(tzinfo=ZONE).utcoffset()
    return int(offset.total_seconds()) if offset else 0


def write_file(path: Path, data: bytes, gz: bool) -> Path:
    """Write `data` (gzipped when `gz`, adding `.gz`); returns the path written."""
    if gz:
        path = path.with_name(path.name + ".gz")
        data = ga.gzip_bytes(data)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def recent(p: Planned, days: int) -> bool:
    """True for sessions in the last `days` days before the as-of date (kept as plain files)."""
    return (AS_OF - p.wall.date()).days < days


# ---------------------------------------------------------------------------------------------
# Strength programmes

def sets(kg: float | None, reps: int | None, n: int, warmups: Sequence[tuple[float, int]] = (),
         seconds: int | None = None, rpe: float | None = None) -> tuple[gs.SetLog, ...]:
    """`warmups` lighter sets, then `n` working sets."""
    return tuple(gs.SetLog(kg=w, reps=r, warmup=True) for w, r in warmups) + tuple(
        gs.SetLog(kg=kg, reps=reps, seconds=seconds, rpe=rpe) for _ in range(n))


def progress(week: int, start: float, per_week: float, step: float = 2.5) -> float:
    """A load rising `per_week` kg a week, rounded to plate steps."""
    return round((start + per_week * week) / step) * step


def week_of(day: date) -> int:
    """Index (0–13) of the season week holding `day`."""
    return (day - FIRST_MONDAY).days // 7


def strength_days(rng: random.Random, weekdays: Sequence[int], hour: int, first_week: int = 0,
                  skip: float = 0.08) -> list[datetime]:
    """Local start times of gym sessions on `weekdays`, some missed."""
    out = []
    for week in range(first_week, WEEKS):
        for wd in weekdays:
            if rng.random() >= skip:
                day = FIRST_MONDAY + timedelta(days=7 * week + wd)
                out.append(local(day, hour, 0) + timedelta(minutes=rng.randint(-30, 40), seconds=rng.randint(0, 59)))
    return out


# ---------------------------------------------------------------------------------------------
# The cast

HOME = {
    "ljubljana": (46.0569, 14.5058, 295.0, 0.12),
    "novo-mesto": (45.8040, 15.1689, 200.0, 0.45),
    "bled": (46.3683, 14.1146, 500.0, 1.0),
    "kranj": (46.2389, 14.3556, 385.0, 0.3),
    "maribor": (46.5547, 15.6459, 275.0, 0.35),
}


def terrain(rng: random.Random, where: str) -> ga.Terrain:
    """The terrain around a home town."""
    lat, lon, ele, hilliness = HOME[where]
    return ga.make_terrain(rng, lat, lon, ele, hilliness)


def garmin_ids(rng: random.Random, first: int) -> Callable[[], int]:
    """Increasing Garmin Connect activity ids."""
    state = [first]

    def next_id() -> int:
        state[0] += rng.randint(20_000, 90_000_000)
        return state[0]
    return next_id


def ana(root: Path) -> None:
    """Marathon runner, desk job, no strength work; Garmin Connect GPX."""
    rng = random.Random(ga.seed_for("ana"))
    rec = Recorder(ga.Physiology(190, 50, 172, 1000 / 270, 200, 58), terrain(rng, "ljubljana"),
                   ga.Sensors(temperature=True), ga.Device("Forerunner 255", 3_442_918_201, 3992), "gpx-garmin")
    template = [
        (1, 18, 0, "run", "intervals", ga.intervals(900, 6, 180, 120, 600, 1.08)),
        (2, 6, 30, "run", "easy", ga.easy(50)),
        (3, 18, 10, "run", "tempo", ga.tempo(900, 1500, 600)),
        (5, 8, 0, "run", "easy", ga.easy(45, 0.68)),
        (6, 8, 30, "run", "long", ((5400, 0.72), (1500, 0.85))),
    ]
    next_id = garmin_ids(rng, 20_112_000_000)
    for p in plan_weeks(rng, template):
        session, _, points = record(rec, p, "Ljubljana Running", rng)
        write_file(root / "ana" / f"activity_{next_id()}.gpx", document(rec, "gpx-garmin", session, points),
                   gz=not recent(p, 4))


def bojan(root: Path) -> None:
    """Road cyclist, 8–10 h/week with a power meter (Edge 530 FIT originals); squats, leg press,
    back extensions in Strong."""
    rng = random.Random(ga.seed_for("bojan"))
    rec = Recorder(ga.Physiology(185, 48, 165, 1000 / 300, 285, 76), terrain(rng, "novo-mesto"),
                   ga.Sensors(power=True, temperature=True), ga.Device("Edge 530", 3_318_204_776, 3121),
                   "tcx", connect_numbers=False)
    sweet_spot = ((900, 0.65), (720, 0.9), (300, 0.6), (720, 0.9), (300, 0.6), (720, 0.9), (900, 0.62))
    template = [
        (1, 17, 30, "ride", "intervals", sweet_spot),
        (2, 17, 30, "ride", "recovery", ga.easy(60, 0.55)),
        (3, 17, 30, "ride", "tempo", ga.tempo(1200, 2400, 1200)),
        (5, 8, 30, "ride", "long", ga.easy(210, 0.68)),
        (6, 9, 0, "ride", "easy", ga.easy(120, 0.66)),
    ]
    next_id = garmin_ids(rng, 20_098_000_000)
    duplicate_done = False
    for p in plan_weeks(rng, template, skip=0.04):
        session, _, points = record(rec, p, "Novo Mesto Cycling", rng)
        activity_id = next_id()
        base = root / "bojan" / f"{activity_id}_ACTIVITY.fit"
        fit = fw.activity_file(session, points, ga.laps_for(session, points), rec.device, utc_offset(p.wall))
        write_file(base, fit, gz=False)
        if p.kind == "easy" and week_of(p.wall.date()) == 9 and not duplicate_done:
            # The same ride exported again as GPX (no power in Garmin Connect GPX): a duplicate.
            write_file(base.with_suffix(".gpx"), document(rec, "gpx-garmin", session, points), gz=False)
            duplicate_done = True
    workouts = []
    for start in strength_days(rng, (0, 4), 19):
        w = week_of(start.date())
        squat = progress(w, 95, 1.2)
        workouts.append(gs.Workout(start, "Leg Day", rng.randint(50, 65), (
            gs.ExerciseLog("Squat (Barbell)", sets(squat, 6, 4, warmups=((20, 10), (60, 5), (squat - 20, 3)),
                                                   rpe=8 if rng.random() < 0.3 else None),
                           note="belt on top sets" if w == 0 else ""),
            gs.ExerciseLog("Leg Press", sets(progress(w, 170, 2.5, 5), 10, 3, warmups=((100, 10),))),
            gs.ExerciseLog("Back Extension", sets(10 if w >= 4 else None, 12, 3)),
        ), note="back a bit tight after Saturday" if w == 6 and start.weekday() == 0 else ""))
    (root / "bojan" / "strong_workouts.csv").write_text(gs.write_strong(workouts, "kg", rest_timer=True))


def tina(root: Path) -> None:
    """Triathlete: a Strava bulk export (run/ride/swim) plus core work in Hevy."""
    rng = random.Random(ga.seed_for("tina"))
    phys = ga.Physiology(188, 52, 170, 1000 / 290, 215, 61)
    rec = Recorder(phys, terrain(rng, "kranj"), ga.Sensors(), ga.Device("Forerunner 965", 3_501_110_042, 4315),
                   "gpx-strava", creator="StravaGPX")
    swim_rec = replace(rec, sensors=ga.Sensors(gps=False, elevation=False, cadence=False), fmt="tcx")
    template = [
        (0, 6, 30, "swim", "easy", ((2700, 0.75),)),
        (1, 18, 0, "run", "intervals", ga.intervals(900, 5, 240, 120, 600)),
        (2, 17, 45, "ride", "tempo", ga.tempo(900, 2400, 900)),
        (3, 6, 30, "swim", "intervals", ((600, 0.7), (1800, 0.9), (600, 0.65))),
        (3, 18, 0, "run", "easy", ga.easy(40)),
        (5, 9, 0, "ride", "long", ga.easy(150, 0.68)),
        (6, 8, 30, "run", "long", ga.easy(80, 0.7)),
    ]
    export = root / "tina" / "strava-export"
    core_days = strength_days(rng, (1, 4), 7)
    # She logs some gym sessions in Strava too: manual entries without a file.
    events: list[Planned | datetime] = [*plan_weeks(rng, template), *core_days[::3]]
    events.sort(key=lambda e: e if isinstance(e, datetime) else e.wall)
    rows = []
    activity_id = 15_702_000_000
    for i, p in enumerate(events):
        activity_id += rng.randint(30_000, 60_000_000)
        if isinstance(p, datetime):
            rows.append(strava_manual_row(activity_id, p, "Core"))
            continue
        # Uploads synced from Garmin get an upload id of their own; phone recordings share the id.
        upload_id = activity_id if p.sport == "ride" else activity_id + 1_045_000_000 + i
        sensors = ga.Sensors(power=True) if p.sport == "ride" else None
        name = strava_name(p.wall, p.sport)
        r = swim_rec if p.sport == "swim" else rec
        session, truth, points = record(r, p, name, rng, sensors)
        if p.sport == "swim":
            path = write_file(export / "activities" / f"{upload_id}.tcx", document(r, "tcx", session, points), gz=True)
        else:
            path = write_file(export / "activities" / f"{upload_id}.gpx", document(r, "gpx-strava", session, points),
                              gz=not recent(p, 3))
        rows.append(strava_row(activity_id, p, name, truth, path.relative_to(export).as_posix(), phys.mass_kg))
    (export / "activities.csv").write_text(strava_csv(rows), newline="")
    workouts = []
    for start in core_days:
        w = week_of(start.date())
        hold = 45 + 5 * (w // 3)
        workouts.append(gs.Workout(start, "Core", rng.randint(18, 25), (
            gs.ExerciseLog("Plank", sets(None, None, 3, seconds=hold)),
            gs.ExerciseLog("Side Plank", sets(None, None, 4, seconds=30), note="2 per side"),
            gs.ExerciseLog("Dead Bug", sets(None, 10, 3)),
        )))
    (root / "tina" / "hevy_workouts.csv").write_text(gs.write_hevy(workouts))


STRAVA_HEADER = (
    "Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Elapsed Time,Distance,"
    "Max Heart Rate,Relative Effort,Commute,Activity Private Note,Activity Gear,Filename,Athlete Weight,"
    "Bike Weight,Elapsed Time,Moving Time,Distance,Max Speed,Average Speed,Elevation Gain,Elevation Loss,"
    "Elevation Low,Elevation High,Max Grade,Average Grade,Average Positive Grade,Average Negative Grade,"
    "Max Cadence,Average Cadence,Max Heart Rate,Average Heart Rate,Max Watts,Average Watts,Calories,"
    "Max Temperature,Average Temperature,Relative Effort,Total Work,Number of Runs,Uphill Time,Downhill Time,"
    "Other Time,Perceived Exertion,Type,Start Time,Weighted Average Power,Power Count,Prefer Perceived Exertion,"
    "Perceived Relative Effort,Commute,Total Weight Lifted,From Upload,Grade Adjusted Distance,"
    "Weather Observation Time,Weather Condition,Weather Temperature,Apparent Temperature,Dewpoint,Humidity,"
    "Weather Pressure,Wind Speed,Wind Gust,Wind Bearing,Precipitation Intensity,Sunrise Time,Sunset Time,"
    "Moon Phase,Bike,Gear,Precipitation Probability,Precipitation Type,Cloud Cover,Weather Visibility,UV Index,"
    "Weather Ozone,Media"
).split(",")


def strava_date(d: datetime) -> str:
    """`Aug 17, 2026, 4:31:04 AM` in UTC, as Strava's activities.csv writes it."""
    d = d.astimezone(timezone.utc)
    hour = d.hour % 12 or 12
    return f"{d.strftime('%b')} {d.day}, {d.year}, {hour}:{d.strftime('%M:%S')} {'AM' if d.hour < 12 else 'PM'}"


def _num(value: float | None, digits: int = 6) -> str:
    """A number as Strava writes it (no trailing zeros), empty for None."""
    return "" if value is None else f"{value:.{digits}f}".rstrip("0").rstrip(".")


def strava_row(activity_id: int, p: Planned, name: str, truth: Sequence[ga.Sample], filename: str,
               weight: float) -> list[str]:
    """An `activities.csv` row for a recorded activity, totals from the 1-s truth."""
    s = ga.summarize(truth)
    kind = dict(run="Run", ride="Ride", swim="Swim")[p.sport]
    row = [""] * len(STRAVA_HEADER)
    values = [
        (0, str(activity_id)), (1, strava_date(to_utc(p.wall))), (2, name), (3, kind), (5, str(s.elapsed)),
        (6, f"{s.distance / 1000:.2f}"), (7, str(s.max_hr or "")), (9, "false"), (12, filename),
        (13, _num(weight, 1)), (15, f"{float(s.elapsed)}"), (16, f"{float(s.moving)}"),
        (17, _num(s.distance)), (18, _num(s.max_speed)), (19, _num(s.distance / max(s.moving, 1))),
        (20, _num(s.ele_gain)), (21, _num(s.ele_loss)), (22, _num(s.ele_low)), (23, _num(s.ele_high)),
        (28, _num(s.max_cad, 1)), (29, _num(s.avg_cad)), (30, _num(s.max_hr, 1)), (31, _num(s.avg_hr)),
        (32, _num(s.max_watts, 1)), (33, _num(s.avg_watts)), (50, "false"), (52, "1"),
    ]
    for index, value in values:
        row[index] = value
    return row


def strava_manual_row(activity_id: int, wall: datetime, name: str) -> list[str]:
    """An `activities.csv` row for a manual entry without a file (a gym session)."""
    row = [""] * len(STRAVA_HEADER)
    for index, value in ((0, str(activity_id)), (1, strava_date(to_utc(wall))), (2, name),
                         (3, "Weight Training"), (5, "1320"), (6, "0.00"), (9, "false"), (15, "1320.0"),
                         (16, "1320.0"), (17, "0.0"), (50, "false")):
        row[index] = value
    return row


def strava_csv(rows: Sequence[Sequence[str]]) -> str:
    """CRLF lines, quoting only where needed (dates contain commas)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(STRAVA_HEADER)
    writer.writerows(rows)
    return buf.getvalue()


def luka(root: Path) -> None:
    """Trail runner: big climbs and descents; glute/core work recorded on the watch (FIT strength
    sets), stretching in FitNotes."""
    rng = random.Random(ga.seed_for("luka"))
    rec = Recorder(ga.Physiology(192, 45, 174, 1000 / 260, 260, 68), terrain(rng, "bled"),
                   ga.Sensors(temperature=True), ga.Device("fenix 7", 3_390_771_512, 3906), "tcx",
                   connect_numbers=False)
    template = [
        (1, 17, 30, "run", "hills", ga.intervals(1200, 6, 150, 150, 900, 1.02)),
        (2, 6, 45, "run", "easy", ga.easy(55)),
        (3, 17, 30, "run", "tempo", ga.tempo(900, 1800, 900)),
        (5, 7, 30, "run", "long", ga.easy(150, 0.7)),
        (6, 9, 0, "run", "recovery", ga.easy(50, 0.6)),
    ]
    for p in plan_weeks(rng, template):
        session, _, points = record(rec, p, "Bled Trail Running", rng)
        month = p.wall.strftime("%Y-%m")
        stem = p.wall.strftime("%Y-%m-%d_%H%M") + "_trail_run"
        write_file(root / "luka" / "watch" / month / f"{stem}.tcx", document(rec, "tcx", session, points),
                   gz=not recent(p, 2))
    workouts = []
    for start in strength_days(rng, (0, 3), 18, skip=0.05):
        w = week_of(start.date())
        thrust = progress(w, 70, 2.0)
        rdl = progress(w, 60, 1.5)
        # The gym work is recorded on the fenix 7 as a strength activity (FIT `set` messages:
        # seconds, reps, kg, exercise_category, sub-type; no warm-up sets) ...
        gym = ([(45, 10, thrust, 10, 1)] * 3  # hip_raise / barbell_hip_thrust_with_bench
               + [(40, 8, rdl, 8, 23)] * 3  # deadlift / romanian_deadlift
               + [(50, 8, 12, 17, 18)] * 3  # lunge / dumbbell_bulgarian_split_squat, 12 kg per hand
               + [(40, None, None, 19, 66)] * 4  # plank / side_plank, 40-s holds
               + [(45, 10, None, 11, 1)] * 3)  # hip_stability / dead_bug
        utc = to_utc(start)
        fit = fw.strength_file(utc, utc_offset(start), gym, rec.device)
        write_file(root / "luka" / "watch" / start.strftime("%Y-%m") / f"{start:%Y-%m-%d_%H%M}_strength.fit", fit, gz=False)
        # ... and the stretches after it in FitNotes.
        workouts.append(gs.Workout(start, "", 10, (
            gs.ExerciseLog("Hip Flexor Stretch", sets(None, None, 2, seconds=60), category="Stretching"),
            gs.ExerciseLog("Hamstring Stretch", sets(None, None, 2, seconds=60), category="Stretching"),
        )))
    for start in strength_days(rng, (2, 5), 20, skip=0.1):
        workouts.append(gs.Workout(start, "", 15, (
            gs.ExerciseLog("Hip Flexor Stretch", sets(None, None, 2, seconds=60), category="Stretching"),
            gs.ExerciseLog("Hamstring Stretch", sets(None, None, 2, seconds=60), category="Stretching"),
            gs.ExerciseLog("Ankle Mobility Circuit", sets(None, None, 1, seconds=300), category="Stretching",
                           note="own routine from the physio"),
        )))
    (root / "luka" / "FitNotes_Export_2026_11_22_21_04_37.csv").write_text(gs.write_fitnotes(workouts))


def maja(root: Path) -> None:
    """Hybrid athlete: balanced barbell training (Strong, pounds) and running (Strava GPX from a phone)."""
    rng = random.Random(ga.seed_for("maja"))
    rec = Recorder(ga.Physiology(194, 55, 176, 1000 / 300, 190, 64), terrain(rng, "maribor"),
                   ga.Sensors(), ga.Device("Apple Watch", 0, 0), "gpx-strava", creator="StravaGPX iPhone")
    template = [
        (1, 7, 0, "run", "easy", ga.easy(45)),
        (3, 18, 30, "run", "intervals", ga.intervals(900, 8, 60, 90, 600, 1.12)),
        (6, 10, 0, "run", "long", ga.easy(70, 0.7)),
    ]
    for p in plan_weeks(rng, template):
        session, _, points = record(rec, p, strava_name(p.wall, "run"), rng)
        stem = p.wall.strftime("%Y%m%d-%H%M") + "-run"
        write_file(root / "maja" / "runs" / f"{stem}.gpx", document(rec, "gpx-strava", session, points),
                   gz=not recent(p, 1))
    workouts = []
    for start in strength_days(rng, (0, 2, 4), 17, skip=0.06):
        w = week_of(start.date())
        day = start.weekday()
        if day == 0:
            exercises = (
                gs.ExerciseLog("Squat (Barbell)", sets(progress(w, 70, 1.2), 5, 4, warmups=((20, 10), (45, 5)))),
                gs.ExerciseLog("Romanian Deadlift (Barbell)", sets(progress(w, 60, 1.0), 8, 3, warmups=((40, 8),))),
                gs.ExerciseLog("Hip Thrust (Barbell)", sets(progress(w, 80, 2.0), 10, 3)),
                gs.ExerciseLog("Plank", sets(None, None, 3, seconds=60)),
            )
            name = "Lower A"
        elif day == 2:
            exercises = (
                gs.ExerciseLog("Bench Press (Barbell)", sets(progress(w, 45, 0.6), 6, 4, warmups=((20, 10),))),
                gs.ExerciseLog("Bent Over Row (Barbell)", sets(progress(w, 45, 0.6), 8, 4)),
                gs.ExerciseLog("Overhead Press (Barbell)", sets(progress(w, 30, 0.4), 8, 3)),
                gs.ExerciseLog("Pull Up", sets(None, 6, 3)),
            )
            name = "Upper"
        else:
            exercises = (
                gs.ExerciseLog("Deadlift (Barbell)", sets(progress(w, 90, 1.5), 5, 3, warmups=((60, 5),), rpe=8)),
                gs.ExerciseLog("Bulgarian Split Squat", sets(14, 8, 3)),
                gs.ExerciseLog("Side Plank", sets(None, None, 4, seconds=35)),
                gs.ExerciseLog("Dead Bug", sets(None, 10, 3)),
                gs.ExerciseLog("Hip Abductor (Machine)", sets(45, 15, 3)),
            )
            name = "Lower B + Core"
        workouts.append(gs.Workout(start, name, rng.randint(55, 75), exercises))
    (root / "maja" / "strong.csv").write_text(gs.write_strong(workouts, "lb"))
    (root / "maja" / "notes.txt").write_text(
        "Maja - notes from the coach\n"
        "Sep: mild shin soreness after the track session, eased off intervals for a week.\n"
        "Oct: wants to try a half marathon in spring; keep the three lifting days.\n")


def nika(root: Path) -> None:
    """Runner who starts a corrective glute/core programme halfway (coach sheet from week 7)."""
    rng = random.Random(ga.seed_for("nika"))
    rec = Recorder(ga.Physiology(196, 54, 178, 1000 / 285, 180, 57), terrain(rng, "kranj"),
                   ga.Sensors(), ga.Device("COROS PACE 3", 0, 0), "tcx", connect_numbers=False)
    template = [
        (1, 18, 0, "run", "tempo", ga.tempo(900, 1200, 600)),
        (2, 7, 0, "run", "easy", ga.easy(45)),
        (4, 18, 0, "run", "easy", ga.easy(50)),
        (6, 9, 0, "run", "long", ga.easy(95, 0.7)),
    ]
    for p in plan_weeks(rng, template):
        session, _, points = record(rec, p, "Run", rng)
        stem = p.wall.strftime("%Y%m%d%H%M%S")
        write_file(root / "nika" / f"COROS_{stem}.tcx", document(rec, "tcx", session, points), gz=not recent(p, 1))
    workouts = []
    for start in strength_days(rng, (1, 4), 19, first_week=7, skip=0.05):
        w = week_of(start.date()) - 7
        exercises = [
            gs.ExerciseLog("Glute Bridge", sets(None, 15, 3), note="slow down, 2 s squeeze at the top" if w == 0 else ""),
            gs.ExerciseLog("Clamshell", sets(None, 15, 3), note="light band"),
            gs.ExerciseLog("Side Plank", sets(None, None, 3, seconds=30 + 5 * (w // 2))),
            gs.ExerciseLog("Dead Bug", sets(None, 10, 3)),
            gs.ExerciseLog("Couch Stretch", sets(None, None, 2, seconds=45), note="per side"),
            gs.ExerciseLog("Hamstring Stretch", sets(None, None, 2, seconds=45), note="per side"),
        ]
        if w >= 2:
            exercises.insert(1, gs.ExerciseLog("Hip Thrust (Barbell)", sets(progress(w - 2, 30, 3.0), 10, 3, rpe=7)))
        workouts.append(gs.Workout(start, "corrective", 35, tuple(exercises)))
    (root / "nika" / "coach-sheet.csv").write_text(gs.write_coach_sheet(workouts, "Nika Zupan"))


def rok(root: Path) -> None:
    """New athlete with only three weeks of history and no team.yaml entry (runs and rides, Strava GPX)."""
    rng = random.Random(ga.seed_for("rok"))
    rec = Recorder(ga.Physiology(188, 58, 168, 1000 / 320, 230, 80), terrain(rng, "ljubljana"),
                   ga.Sensors(), ga.Device("Pixel", 0, 0), "gpx-strava", creator="StravaGPX Android")
    template = [
        (1, 18, 30, "run", "easy", ga.easy(40)),
        (3, 18, 30, "ride", "easy", ga.easy(75, 0.65)),
        (5, 10, 0, "ride", "long", ga.easy(120, 0.65)),
        (6, 10, 0, "run", "easy", ga.easy(50)),
    ]
    for p in plan_weeks(rng, template, first_week=WEEKS - 3, skip=0.0):
        session, _, points = record(rec, p, strava_name(p.wall, p.sport), rng)
        stem = p.wall.strftime("%Y-%m-%d") + ("_run" if p.sport == "run" else "_ride")
        write_file(root / "rok" / f"{stem}.gpx", document(rec, "gpx-strava", session, points), gz=not recent(p, 1))


def marko(root: Path) -> None:
    """Runner with an old watch: no heart-rate strap, no elevation, no cadence (Forerunner 10 TCX)."""
    rng = random.Random(ga.seed_for("marko"))
    rec = Recorder(ga.Physiology(175, 60, 158, 1000 / 330, 170, 82), terrain(rng, "maribor"),
                   ga.Sensors(elevation=False, heart_rate=False, cadence=False),
                   ga.Device("Forerunner 10", 3_867_120_445, 1765, (3, 90)), "tcx", connect_numbers=False)
    template = [
        (1, 19, 0, "run", "easy", ga.easy(45)),
        (3, 19, 0, "run", "easy", ga.easy(40)),
        (6, 9, 30, "run", "long", ga.easy(75, 0.7)),
    ]
    for p in plan_weeks(rng, template, skip=0.12):
        session, _, points = record(rec, p, "Maribor Running", rng)
        stem = p.wall.strftime("%Y-%m-%d %H.%M.%S")
        write_file(root / "marko" / f"{stem}.tcx", document(rec, "tcx", session, points), gz=not recent(p, 1))


TEAM_YAML = """\
# The demo team for `hipbalance run Fixtures/demo-team --out reports --as-of 2026-11-22`.
# Written by Scripts/make_demo_team.py; rerun it rather than editing. Every key is optional
# (rok has no entry at all and is analysed with defaults).
name: Savinja Valley Endurance Club
timeZone: Europe/Ljubljana
defaultWeightUnit: kg
model: {}
exercises: []
athletes:
  ana:
    name: Ana Novak
    sex: female
    birthYear: 1990
    hrMax: 190
    hrRest: 50
    lthr: 172
    thresholdPace: "4:30"
    sittingHoursPerDay: 9
    lowBackPain: false
    thomasTestPositive: true
    timeZone: Europe/Ljubljana
  bojan:
    name: Bojan Kralj
    sex: male
    birthYear: 1984
    hrMax: 185
    hrRest: 48
    lthr: 165
    ftp: 285
    sittingHoursPerDay: 8
    lowBackPain: true
    thomasTestPositive: true
    weightUnit: kg
  tina:
    name: Tina Kos
    sex: female
    birthYear: 1993
    hrMax: 188
    hrRest: 52
    lthr: 170
    ftp: 215
    thresholdPace: "4:50"
    weightUnit: kg
  luka:
    name: Luka Hribar
    sex: male
    birthYear: 1988
    hrMax: 192
    hrRest: 45
    lthr: 174
    thresholdPace: "4:20"
    sittingHoursPerDay: 5
    lowBackPain: false
    thomasTestPositive: false
  maja:
    name: Maja Petek
    sex: female
    birthYear: 1995
    hrMax: 194
    lthr: 176
    thresholdPace: "5:00"
    sittingHoursPerDay: 6
    weightUnit: lb
  nika:
    name: Nika Zupan
    sex: female
    birthYear: 1998
    hrMax: 196
    hrRest: 54
    thresholdPace: "4:45"
    sittingHoursPerDay: 7.5
    thomasTestPositive: true
  marko:
    name: Marko Vidmar
    sex: male
    birthYear: 1971
    sittingHoursPerDay: 10
"""

ATHLETES = (ana, bojan, tina, luka, maja, nika, rok, marko)


def main(argv: Sequence[str] | None = None) -> int:
    repo = Path(__file__).resolve().parent.parent
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=repo / "Fixtures" / "demo-team",
                        help="folder to (re)write (default: Fixtures/demo-team)")
    parser.add_argument("--check", action="store_true",
                        help="write into a temporary folder and compare with --out instead of replacing it")
    args = parser.parse_args(argv)
    if args.check:
        return check(args.out)
    write_team(args.out)
    return 0


def check(committed: Path) -> int:
    """Regenerate into a temporary folder; 0 when every file equals the one in `committed`."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "demo-team"
        write_team(fresh)
        names = {p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file()}
        old = {p.relative_to(committed) for p in committed.rglob("*") if p.is_file()}
        differing = sorted(n for n in names & old if not filecmp.cmp(fresh / n, committed / n, shallow=False))
        problems = ([f"missing: {n}" for n in sorted(names - old)] + [f"extra: {n}" for n in sorted(old - names)]
                    + [f"differs: {n}" for n in differing])
    for line in problems:
        print(line, file=sys.stderr)
    print(f"{committed}: {'up to date' if not problems else f'{len(problems)} difference(s)'}", file=sys.stderr)
    return 1 if problems else 0


def write_team(out: Path) -> None:
    """(Re)write the whole demo team into `out`."""
    if out.exists():
        team = out / "team.yaml"
        ours = team.is_file() and MARKER in team.read_text(encoding="utf-8")
        if any(out.iterdir()) and not ours:
            raise SystemExit(f"{out} exists and was not written by this script; refusing to replace it")
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / "team.yaml").write_text(TEAM_YAML)
    for athlete in ATHLETES:
        athlete(out)
    total = sum(f.stat().st_size for f in out.rglob("*") if f.is_file())
    count = sum(1 for f in out.rglob("*") if f.is_file())
    print(f"wrote {count} files, {total / 1e6:.1f} MB, to {out}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main())
