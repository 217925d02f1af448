"""Strength-training logs written in the CSV layouts real apps export.

Shared by `make_demo_team.py` and `make_season.py`. A workout is described once
(`Workout` → `ExerciseLog` → `SetLog`, loads in kilograms) and written as Strong (current
English comma layout), Hevy, FitNotes (10-column layout with a unit per row) or a coach's
one-row-per-exercise sheet. Layout facts: `docs/strength-logs.md`.
Python 3 standard library only.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Sequence

KG_PER_LB = 0.45359237


@dataclass(frozen=True)
class SetLog:
    """One set: load in kg (None = bodyweight), reps or a hold in seconds."""

    kg: float | None = None
    reps: int | None = None
    seconds: int | None = None
    warmup: bool = False
    rpe: float | None = None


@dataclass(frozen=True)
class ExerciseLog:
    name: str
    sets: tuple[SetLog, ...]
    note: str = ""
    category: str = ""  # FitNotes body-part category


@dataclass(frozen=True)
class Workout:
    start: datetime  # local wall-clock time, naive (apps write no zone)
    name: str
    minutes: int
    exercises: tuple[ExerciseLog, ...]
    note: str = ""


def _csv_text(rows: Sequence[Sequence[object]], quote_all: bool = False) -> str:
    """Rows as CSV text with LF line ends."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    return buf.getvalue()


def _in_unit(kg: float, unit: str) -> float:
    """A load in the athlete's unit, with the float noise Strong's kg↔lb storage leaks."""
    if unit == "kg":
        return kg
    entered_lb = round(kg / KG_PER_LB / 2.5) * 2.5
    stored_kg = entered_lb * KG_PER_LB
    return stored_kg / KG_PER_LB  # may print as 149.99999999999997, as real exports do


def strong_duration(minutes: int) -> str:
    """`47m`, `1h`, `1h 5m` — Strong's whole-workout duration."""
    h, m = divmod(minutes, 60)
    if h and m:
        return f"{h}h {m}m"
    return f"{h}h" if h else f"{m}m"


def write_strong(workouts: Sequence[Workout], unit: str = "kg", rest_timer: bool = False) -> str:
    """Strong's current English comma export (12 columns, no unit anywhere, `W` warm-up rows).

    Text fields are double-quoted and numbers bare, as in real files; with `rest_timer` the
    export carries the `Rest Timer` rows newer app versions write between sets.
    """
    lines = ["Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"]

    def q(text: str) -> str:
        return '"' + text.replace('"', '""') + '"'

    for w in sorted(workouts, key=lambda w: w.start):
        date = w.start.strftime("%Y-%m-%d %H:%M:%S")
        head = f"{date},{q(w.name)},{strong_duration(w.minutes)},"
        first_row = True
        for ex in w.exercises:
            number = 0
            for i, s in enumerate(ex.sets):
                if s.warmup:
                    order = "W"
                else:
                    number += 1
                    order = str(number)
                weight = repr(float(_in_unit(s.kg, unit))) if s.kg is not None else "0.0"
                reps = f"{float(s.reps or 0)}"
                seconds = f"{float(s.seconds or 0)}"
                notes = q(ex.note) if i == 0 else ""
                wnotes = q(w.note) if first_row else ""
                rpe = f"{s.rpe:g}" if s.rpe is not None else ""
                lines.append(f"{head}{q(ex.name)},{order},{weight},{reps},0,{seconds},{notes},{wnotes},{rpe}\n")
                first_row = False
                if rest_timer and i < len(ex.sets) - 1:
                    rest = 90.0 if s.warmup else 150.0
                    lines.append(f"{head}{q(ex.name)},Rest Timer,0,0.0,0,{rest},,,\n")
    return "".join(lines)


def hevy_time(d: datetime) -> str:
    """`8 Apr 2026, 16:50` — Hevy's local time without seconds or zone."""
    return f"{d.day} {d.strftime('%b %Y, %H:%M')}"


def write_hevy(workouts: Sequence[Workout]) -> str:
    """Hevy's CSV export (metric account): newest workout first, set types, 0-based set index."""
    rows: list[list[object]] = [["title", "start_time", "end_time", "description", "exercise_title", "superset_id",
                                 "exercise_notes", "set_index", "set_type", "weight_kg", "reps", "distance_km",
                                 "duration_seconds", "rpe"]]
    for w in sorted(workouts, key=lambda w: w.start, reverse=True):
        end = w.start + timedelta(minutes=w.minutes)
        for ex in w.exercises:
            for i, s in enumerate(ex.sets):
                rows.append([w.name, hevy_time(w.start), hevy_time(end), w.note, ex.name, None, ex.note, i,
                             "warmup" if s.warmup else "normal",
                             f"{s.kg:g}" if s.kg is not None else None,
                             s.reps, None, s.seconds, f"{s.rpe:g}" if s.rpe is not None else None])
    buf = io.StringIO()
    # Hevy quotes every text field and leaves numbers and empty cells bare.
    for r, row in enumerate(rows):
        cells = []
        for i, cell in enumerate(row):
            if cell is None:
                cells.append("")
            elif r == 0 or i in (0, 1, 2, 3, 4, 6, 8):
                cells.append('"' + str(cell).replace('"', '""') + '"')
            else:
                cells.append(str(cell))
        buf.write(",".join(cells) + "\n")
    return buf.getvalue()


def fitnotes_time(seconds: int) -> str:
    """`0:01:00` — FitNotes' H:MM:SS with unpadded hours."""
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}"


def write_fitnotes(workouts: Sequence[Workout]) -> str:
    """FitNotes' newer 10-column export: one row per set, date only, unit per row, no warm-up marker."""
    rows: list[list[object]] = [["Date", "Exercise", "Category", "Weight", "Weight Unit", "Reps", "Distance",
                                 "Distance Unit", "Time", "Comment"]]
    for w in sorted(workouts, key=lambda w: w.start):
        for ex in w.exercises:
            for i, s in enumerate(ex.sets):
                timed = s.seconds is not None
                rows.append([w.start.strftime("%Y-%m-%d"), ex.name, ex.category,
                             "" if timed else f"{(s.kg or 0.0):.1f}", "" if timed else "kgs",
                             "" if timed else s.reps, "", "", fitnotes_time(s.seconds) if timed else "",
                             ex.note if i == 0 else ""])
    return _csv_text(rows)


def write_coach_sheet(workouts: Sequence[Workout], athlete: str, unit: str = "kg") -> str:
    """A coach's hand-kept sheet: `date,athlete,exercise,sets,reps,load,unit,rpe,notes`, one row per exercise."""
    rows: list[list[object]] = [["date", "athlete", "exercise", "sets", "reps", "load", "unit", "rpe", "notes"]]
    for w in sorted(workouts, key=lambda w: w.start):
        for ex in w.exercises:
            work = [s for s in ex.sets if not s.warmup]
            s = work[0]
            reps = f"{s.seconds}s" if s.seconds is not None else str(s.reps)
            load = "BW" if s.kg is None else f"{_in_unit(s.kg, unit):g}"
            rpe = f"{s.rpe:g}" if s.rpe is not None else ""
            rows.append([w.start.strftime("%Y-%m-%d"), athlete, ex.name, len(work), reps, load,
                         "" if s.kg is None else unit, rpe, ex.note])
    return _csv_text(rows)
