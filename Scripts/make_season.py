#!/usr/bin/env python3
"""Write the benchmark season: a team folder of 1-Hz GPX/TCX recordings plus strength logs.

    python3 Scripts/make_season.py OUT_DIR [--files 500] [--athletes 10] [--seed 2026] [--jobs N]

Writes `OUT_DIR/team/<athlete>/…` (500 activity files of 30–150 min at 1 Hz by default,
about 1.2 GB, a strength log per athlete) and `OUT_DIR/season.stamp`, a line naming the
parameters; with an equal stamp already there it does nothing, so benchmark scripts can reuse
the folder. Deterministic: each file has its own seed, so `--jobs` does not change any byte.
Keep OUT_DIR outside the repository. Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import Sequence

sys.path.insert(0, str(Path(__file__).resolve().parent))

import gen_activity as ga  # noqa: E402
import gen_strength as gs  # noqa: E402

GENERATOR_VERSION = 2
LAST_DAY = date(2026, 11, 22)
SEASON_DAYS = 26 * 7
FORMATS = ("tcx", "gpx-garmin", "gpx-strava")  # share of files: 35 %, 30 %, 35 %
FORMAT_WEIGHTS = (35, 30, 35)
HOMES = ((46.0569, 14.5058, 295.0), (45.8040, 15.1689, 200.0), (46.3683, 14.1146, 500.0),
         (46.2389, 14.3556, 385.0), (46.5547, 15.6459, 275.0))
DEVICES = (ga.Device("Forerunner 955", 3_480_000_001, 4024), ga.Device("Edge 840", 3_480_000_002, 4393),
           ga.Device("fenix 7", 3_480_000_003, 3906))
STRENGTH_FORMATS = ("strong", "hevy", "fitnotes", "coach")


@dataclass(frozen=True)
class Job:
    """One activity file to write."""

    path: str
    seed: int
    athlete: int
    sport: str
    fmt: str
    start: datetime
    minutes: int
    kind: str


def athlete_physiology(index: int) -> tuple[ga.Physiology, float]:
    """A varied but fixed physiology and terrain hilliness per athlete index."""
    rng = random.Random(ga.seed_for("season-athlete", index))
    hr_max = rng.randint(176, 198)
    hr_rest = rng.randint(42, 60)
    phys = ga.Physiology(hr_max, hr_rest, hr_max - rng.randint(14, 22), 1000 / rng.uniform(235, 330),
                         rng.uniform(190, 320), rng.uniform(55, 85))
    return phys, rng.uniform(0.1, 0.9)


def plan(files: int, athletes: int, seed: int, out: Path, minutes: tuple[int, int]) -> list[Job]:
    """Spread `files` recordings over `athletes` folders and the 26 weeks before the last day.

    Each recording gets its own half-day (morning start 05–09 h or afternoon start 13–17 h), so
    one athlete's recordings never overlap and the deduplicator has nothing to drop.
    """
    rng = random.Random(seed)
    first = LAST_DAY - timedelta(days=SEASON_DAYS - 1)
    per_athlete = [files // athletes + (1 if a < files % athletes else 0) for a in range(athletes)]
    if max(per_athlete) > 2 * SEASON_DAYS:
        raise SystemExit(f"at most {2 * SEASON_DAYS * athletes} files for {athletes} athletes")
    slots = [sorted(rng.sample(range(2 * SEASON_DAYS), n)) for n in per_athlete]
    jobs = []
    for n in range(files):
        athlete = n % athletes
        slot = slots[athlete][n // athletes]
        ride_share = 0.15 + 0.7 * ((athlete * 37) % athletes) / max(athletes - 1, 1)
        sport = "ride" if rng.random() < ride_share else "run"
        fmt = rng.choices(FORMATS, FORMAT_WEIGHTS)[0]
        day = first + timedelta(days=slot // 2)
        hour = (5 if slot % 2 == 0 else 13) + rng.randint(0, 4)
        start = datetime.combine(day, time(hour, rng.randint(0, 59), rng.randint(0, 59)), tzinfo=timezone.utc)
        kind = rng.choice(("easy", "easy", "long", "intervals", "tempo"))
        ext = ".tcx" if fmt == "tcx" else ".gpx"
        name = f"{start:%Y-%m-%dT%H%M%S}_{sport}_{n:04d}{ext}"
        path = out / f"athlete-{athlete + 1:02d}" / f"{start:%Y}" / f"{start:%m}" / name
        jobs.append(Job(str(path), seed * 100_003 + n, athlete, sport, fmt, start,
                        rng.randint(minutes[0], minutes[1]), kind))
    return jobs


def blocks_for(kind: str, seconds: int) -> tuple[tuple[int, float], ...]:
    """Effort blocks of `seconds` for a session kind."""
    if kind == "intervals" and seconds >= 1800:
        warm, cool = 900, 600
        reps = max(1, (seconds - warm - cool) // 360)
        blocks = list(ga.intervals(warm, reps, 240, 120, cool))
        blocks[-1] = (seconds - sum(s for s, _ in blocks[:-1]), blocks[-1][1])
        return tuple(blocks)
    if kind == "tempo" and seconds >= 1800:
        work = seconds // 2
        return ga.tempo(seconds // 4, work, seconds - seconds // 4 - work)
    return ((seconds, 0.62 if kind == "long" else 0.7),)


def write_job(job: Job) -> int:
    """Simulate and write one 1-Hz recording; returns its size in bytes."""
    rng = random.Random(job.seed)
    phys, hilliness = athlete_physiology(job.athlete)
    lat, lon, ele = HOMES[job.athlete % len(HOMES)]
    terrain = ga.make_terrain(random.Random(ga.seed_for("season-terrain", job.athlete)), lat, lon, ele, hilliness)
    sensors = ga.Sensors(power=job.sport == "ride" and job.athlete % 3 != 0, temperature=job.fmt != "gpx-strava")
    session = ga.Session(job.sport, job.start, blocks_for(job.kind, job.minutes * 60),
                         "Morning Run" if job.sport == "run" else "Morning Ride", terrain, sensors,
                         interval_laps=job.kind == "intervals")
    samples = ga.simulate(session, phys, rng)
    device = DEVICES[1] if job.sport == "ride" else DEVICES[job.athlete % 2 * 2]
    path = Path(job.path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n", buffering=1 << 20) as f:
        ga.write_document(f, job.fmt, session, samples, device, phys.mass_kg)
    return path.stat().st_size


def strength_logs(out: Path, athletes: int, seed: int) -> None:
    """One strength log per athlete, in a rotating app format, two sessions a week."""
    first = LAST_DAY - timedelta(days=SEASON_DAYS - 1)
    for a in range(athletes):
        rng = random.Random(seed * 7 + a)
        workouts = []
        for week in range(SEASON_DAYS // 7):
            for wd in (1, 4):
                if rng.random() < 0.15:
                    continue
                start = datetime.combine(first + timedelta(days=7 * week + wd), time(18, rng.randint(0, 59)))
                squat = 60 + 1.5 * week + 10 * (a % 4)
                workouts.append(gs.Workout(start, "Strength", rng.randint(40, 70), (
                    gs.ExerciseLog("Squat (Barbell)", tuple(
                        [gs.SetLog(kg=20, reps=10, warmup=True)] + [gs.SetLog(kg=squat, reps=6) for _ in range(4)])),
                    gs.ExerciseLog("Hip Thrust (Barbell)", tuple(gs.SetLog(kg=squat + 20, reps=10) for _ in range(3))),
                    gs.ExerciseLog("Romanian Deadlift (Barbell)", tuple(gs.SetLog(kg=squat - 10, reps=8) for _ in range(3))),
                    gs.ExerciseLog("Plank", tuple(gs.SetLog(seconds=60) for _ in range(3))),
                    gs.ExerciseLog("Side Plank", tuple(gs.SetLog(seconds=30) for _ in range(4))),
                )))
        folder = out / f"athlete-{a + 1:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        kind = STRENGTH_FORMATS[a % len(STRENGTH_FORMATS)]
        if kind == "strong":
            (folder / "strong.csv").write_text(gs.write_strong(workouts, "kg"))
        elif kind == "hevy":
            (folder / "hevy.csv").write_text(gs.write_hevy(workouts))
        elif kind == "fitnotes":
            (folder / "FitNotes_Export.csv").write_text(gs.write_fitnotes(workouts))
        else:
            (folder / "coach-sheet.csv").write_text(gs.write_coach_sheet(workouts, f"Athlete {a + 1}"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write (outside the repository)")
    parser.add_argument("--files", type=int, default=500)
    parser.add_argument("--athletes", type=int, default=10)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--min-minutes", type=int, default=30)
    parser.add_argument("--max-minutes", type=int, default=150)
    parser.add_argument("--jobs", type=int, default=None, help="worker processes (default: all cores)")
    args = parser.parse_args(argv)
    if not 1 <= args.min_minutes <= args.max_minutes or args.files < 1 or args.athletes < 1:
        parser.error("need 1 ≤ --min-minutes ≤ --max-minutes, --files ≥ 1, --athletes ≥ 1")
    source = hashlib.sha256(b"".join(
        (Path(__file__).parent / m).read_bytes() for m in ("make_season.py", "gen_activity.py", "gen_strength.py")
    )).hexdigest()[:16]
    stamp_text = (f"make_season v{GENERATOR_VERSION} source={source} files={args.files} athletes={args.athletes} "
                  f"seed={args.seed} minutes={args.min_minutes}-{args.max_minutes}\n")
    out: Path = args.out
    stamp = out / "season.stamp"
    team = out / "team"
    if stamp.is_file() and stamp.read_text() == stamp_text and team.is_dir():
        print(f"season already in {team} ({stamp_text.strip()})", file=sys.stderr)
        return 0
    if out.exists() and any(out.iterdir()) and not stamp.is_file():
        parser.error(f"{out} is not empty and holds no season.stamp; refusing to write there")
    if team.exists():
        shutil.rmtree(team)
    stamp.unlink(missing_ok=True)
    jobs = plan(args.files, args.athletes, args.seed, team, (args.min_minutes, args.max_minutes))
    total = 0
    with ProcessPoolExecutor(max_workers=args.jobs) as pool:
        for i, size in enumerate(pool.map(write_job, jobs, chunksize=4), 1):
            total += size
            if i % 50 == 0 or i == len(jobs):
                print(f"{i}/{len(jobs)} files, {total / 2**30:.2f} GiB", file=sys.stderr)
    strength_logs(team, args.athletes, args.seed)
    stamp.write_text(stamp_text)
    print(f"wrote {len(jobs)} activity files ({total / 1e9:.2f} GB) and {args.athletes} strength logs to {team}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
