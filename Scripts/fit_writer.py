"""A small FIT writer of our own (Python 3 standard library only), for the demo team.

Written from Garmin's published FIT protocol description (https://developer.garmin.com/fit/protocol/):
a 14-byte header, definition and data records (little-endian), CRC-16/ARC over header and
data. It writes only the messages and fields hipbalance reads (see docs/fit.md); no Garmin SDK
code or profile file is used.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Sequence

FIT_EPOCH = datetime(1989, 12, 31, tzinfo=timezone.utc)

# Base types (byte as written in definitions) and their struct codes and invalid values.
ENUM, UINT8, SINT8, UINT16, SINT16, UINT32, SINT32, STRING = 0x00, 0x02, 0x01, 0x84, 0x83, 0x86, 0x85, 0x07
_CODES = {ENUM: ("B", 0xFF), UINT8: ("B", 0xFF), SINT8: ("b", 0x7F), UINT16: ("H", 0xFFFF),
          SINT16: ("h", 0x7FFF), UINT32: ("I", 0xFFFFFFFF), SINT32: ("i", 0x7FFFFFFF)}


def _crc_table() -> list[int]:
    table = []
    for index in range(256):
        crc = index
        for _ in range(8):
            crc = (crc >> 1) ^ 0xA001 if crc & 1 else crc >> 1
        table.append(crc)
    return table


_CRC_TABLE = _crc_table()


def crc16(data: bytes, crc: int = 0) -> int:
    """CRC-16/ARC (reflected 0xA001, initial 0): the FIT header and file checksum. Table-driven,
    one lookup per byte (fast enough for the benchmark's 1,000,000-record file)."""
    table = _CRC_TABLE
    for byte in data:
        crc = (crc >> 8) ^ table[(crc ^ byte) & 0xFF]
    return crc


def fit_time(instant: datetime) -> int:
    """Seconds since the FIT epoch 1989-12-31T00:00:00Z."""
    return int((instant - FIT_EPOCH).total_seconds())


def semicircles(degrees: float) -> int:
    return int(round(degrees * 2 ** 31 / 180))


@dataclass
class FitWriter:
    """Definitions are written on first use of a message layout; data records follow."""

    records: bytearray = field(default_factory=bytearray)
    _locals: dict = field(default_factory=dict)

    def message(self, global_number: int, fields: Sequence[tuple[int, int, object]]) -> None:
        """One data message: `fields` are (field number, base type, value or list or None)."""
        layout = tuple((number, base, self._size(base, value)) for number, base, value in fields)
        key = (global_number, layout)
        if key not in self._locals:
            local = len(self._locals) % 16
            self._locals = {k: v for k, v in self._locals.items() if v != local}
            self._locals[key] = local
            self.records += bytes((0x40 | local, 0, 0)) + struct.pack("<HB", global_number, len(layout))
            for number, base, size in layout:
                self.records += bytes((number, size, base))
        self.records.append(self._locals[key])
        for (number, base, value), (_, _, size) in zip(fields, layout):
            self.records += self._encode(base, value, size)

    def messages(self, global_number: int, layout: Sequence[tuple[int, int]], rows) -> None:
        """Many data messages of one layout, packed in one pass (the benchmark's million records):
        `layout` is (field number, base type) pairs of single numbers, `rows` an iterable of value
        tuples in that order (no None, no arrays)."""
        fields = tuple((number, base, struct.calcsize("<" + _CODES[base][0])) for number, base in layout)
        key = (global_number, fields)
        local = len(self._locals) % 16
        self._locals = {k: v for k, v in self._locals.items() if v != local}
        self._locals[key] = local
        self.records += bytes((0x40 | local, 0, 0)) + struct.pack("<HB", global_number, len(fields))
        for number, base, size in fields:
            self.records += bytes((number, size, base))
        packer = struct.Struct("<B" + "".join(_CODES[base][0] for _, base in layout))
        pack, out = packer.pack, self.records
        for row in rows:
            out += pack(local, *row)

    @staticmethod
    def _size(base: int, value: object) -> int:
        if base == STRING:
            return len(str(value).encode("utf-8")) + 1
        code = _CODES[base][0]
        count = len(value) if isinstance(value, (list, tuple)) else 1
        return struct.calcsize("<" + code) * count

    @staticmethod
    def _encode(base: int, value: object, size: int) -> bytes:
        if base == STRING:
            return str(value).encode("utf-8") + b"\0"
        code, invalid = _CODES[base]
        values = value if isinstance(value, (list, tuple)) else [value]
        return b"".join(struct.pack("<" + code, invalid if v is None else v) for v in values)

    def file(self) -> bytes:
        """Header (14 bytes, with its CRC), records, file CRC."""
        header = struct.pack("<BBHI4s", 14, 0x20, 2132, len(self.records), b".FIT")
        header += struct.pack("<H", crc16(header))
        body = header + bytes(self.records)
        return body + struct.pack("<H", crc16(body))


# Message numbers (FIT profile) and the enum values used.
FILE_ID, DEVICE_INFO, SPORT, SESSION, LAP, RECORD, EVENT, ACTIVITY, SET = 0, 23, 12, 18, 19, 20, 21, 34, 225
SPORTS = {"run": (1, 0), "ride": (2, 7), "swim": (5, 17)}  # (sport, sub_sport): generic run, road ride, pool
GARMIN = 1


def file_id(w: FitWriter, created: datetime, product: int, serial: int) -> None:
    w.message(FILE_ID, [(0, ENUM, 4), (1, UINT16, GARMIN), (2, UINT16, product), (3, UINT32, serial),
                        (4, UINT32, fit_time(created))])


def device_info(w: FitWriter, at: datetime, product: int, serial: int, version: tuple[int, int]) -> None:
    w.message(DEVICE_INFO, [(253, UINT32, fit_time(at)), (0, UINT8, 0), (2, UINT16, GARMIN), (3, UINT32, serial),
                            (4, UINT16, product), (5, UINT16, version[0] * 100 + version[1])])


def timer_event(w: FitWriter, at: datetime, event_type: int) -> None:
    """Timer event: 0 start, 4 stop_all."""
    w.message(EVENT, [(253, UINT32, fit_time(at)), (0, ENUM, 0), (1, ENUM, event_type)])


def activity(w: FitWriter, end: datetime, timer_seconds: float, utc_offset_seconds: int) -> None:
    w.message(ACTIVITY, [(253, UINT32, fit_time(end)), (0, UINT32, int(timer_seconds * 1000)), (1, UINT16, 1),
                         (2, ENUM, 0), (3, ENUM, 26), (4, ENUM, 1),
                         (5, UINT32, fit_time(end) + utc_offset_seconds)])


def summary(w: FitWriter, number: int, start: datetime, end: datetime, sport: tuple[int, int],
            distance: float, hrs: Sequence[int], watts: Sequence[int]) -> None:
    """A lap (19) or session (18) with the totals hipbalance compares against."""
    elapsed = int((end - start).total_seconds() * 1000)
    fields = [(253, UINT32, fit_time(end)), (2, UINT32, fit_time(start))]
    if number == SESSION:
        fields += [(5, ENUM, sport[0]), (6, ENUM, sport[1]), (7, UINT32, elapsed), (8, UINT32, elapsed),
                   (9, UINT32, int(round(distance * 100)))]
        hr_fields, power_fields = (16, 17), (20, 21)
    else:
        fields += [(7, UINT32, elapsed), (8, UINT32, elapsed), (9, UINT32, int(round(distance * 100))),
                   (25, ENUM, sport[0]), (39, ENUM, sport[1])]
        hr_fields, power_fields = (15, 16), (19, 20)
    fields += [(hr_fields[0], UINT8, round(sum(hrs) / len(hrs)) if hrs else None),
               (hr_fields[1], UINT8, max(hrs) if hrs else None),
               (power_fields[0], UINT16, round(sum(watts) / len(watts)) if watts else None),
               (power_fields[1], UINT16, max(watts) if watts else None)]
    w.message(number, fields)


def strength_set(w: FitWriter, file_start: datetime, start: datetime, seconds: float, reps: int | None,
                 kg: float | None, category: int, subtype: int | None, active: bool = True) -> None:
    """A `set` (225) as Garmin watches write it: timestamp in field 254, start_time in 6, three
    category candidates (the first is the watch's best guess; 65534 = unknown)."""
    w.message(SET, [(254, UINT32, fit_time(file_start)), (0, UINT32, int(seconds * 1000)),
                    (6, UINT32, fit_time(start)), (3, UINT16, reps if active else None),
                    (4, UINT16, int(round((kg or 0) * 16)) if active else None),
                    (7, UINT16, [category, 65534, 65534] if active else [None, None, None]),
                    (8, UINT16, [subtype, None, None] if active else [None, None, None]),
                    (5, UINT8, 1 if active else 0)])


def activity_file(session, samples, laps, device, utc_offset_seconds: int) -> bytes:
    """A recorded activity as a Garmin device writes it (summary last): file_id, device_info, timer
    start, records, laps, timer stop, session, activity. `session`, `samples`, `laps` and `device`
    are gen_activity's Session, Sample list, Lap list and Device."""
    from datetime import timedelta

    w = FitWriter()
    start = session.start
    def at(t: int) -> datetime:
        return start + timedelta(seconds=t)
    end = at(samples[-1].t) if samples else start
    file_id(w, start, device.product_id, device.unit_id)
    device_info(w, start, device.product_id, device.unit_id, device.version)
    timer_event(w, start, 0)
    sensors = session.sensors
    for s in samples:
        fields = [(253, UINT32, fit_time(at(s.t)))]
        if sensors.gps:
            fields += [(0, SINT32, semicircles(s.lat)), (1, SINT32, semicircles(s.lon))]
        if sensors.elevation:
            fields.append((78, UINT32, None if s.ele is None else int(round((s.ele + 500) * 5))))
        fields += [(5, UINT32, int(round(s.dist * 100))), (73, UINT32, int(round(s.speed * 1000)))]
        if sensors.heart_rate:
            fields.append((3, UINT8, s.hr))
        if sensors.cadence:
            fields.append((4, UINT8, s.cad))
        if sensors.power:
            fields.append((7, UINT16, s.power))
        if sensors.temperature:
            fields.append((13, SINT8, s.temp))
        w.message(RECORD, fields)
    sport = SPORTS[session.sport]
    prev_dist = 0.0
    for lap in laps:
        pts = samples[lap.start:lap.end]
        lap_end = at(pts[-1].t + (1 if lap.end == len(samples) else samples[lap.end].t - pts[-1].t))
        summary(w, LAP, at(pts[0].t), lap_end, sport, pts[-1].dist - prev_dist,
                [p.hr for p in pts if p.hr is not None], [p.power for p in pts if p.power is not None])
        prev_dist = pts[-1].dist
    timer_event(w, end, 4)
    summary(w, SESSION, start, end, sport, samples[-1].dist if samples else 0.0,
            [p.hr for p in samples if p.hr is not None], [p.power for p in samples if p.power is not None])
    activity(w, end, (end - start).total_seconds(), utc_offset_seconds)
    return w.file()


def strength_file(start: datetime, utc_offset_seconds: int, sets: Sequence[tuple[float, int | None, float | None,
                  int, int | None]], device, rest_seconds: int = 90) -> bytes:
    """A watch-recorded strength workout (training / strength_training): one active `set` per
    (seconds, reps, kg, category, subtype), each followed by a rest set, summary first as recent
    Garmin watches write it."""
    from datetime import timedelta

    w = FitWriter()
    t = 0.0
    timeline = []
    for seconds, reps, kg, category, subtype in sets:
        timeline.append((t, seconds, reps, kg, category, subtype))
        t += seconds + rest_seconds
    end = start + timedelta(seconds=int(t))
    file_id(w, start, device.product_id, device.unit_id)
    device_info(w, start, device.product_id, device.unit_id, device.version)
    activity(w, end, t, utc_offset_seconds)
    w.message(SESSION, [(253, UINT32, fit_time(start)), (2, UINT32, fit_time(start)), (5, ENUM, 10), (6, ENUM, 20),
                        (7, UINT32, int(t * 1000)), (8, UINT32, int(t * 1000))])
    w.message(SPORT, [(0, ENUM, 10), (1, ENUM, 20), (3, STRING, "Strength")])
    timer_event(w, start, 0)
    for offset, seconds, reps, kg, category, subtype in timeline:
        set_start = start + timedelta(seconds=offset)
        strength_set(w, start, set_start, seconds, reps, kg, category, subtype)
        strength_set(w, start, set_start + timedelta(seconds=seconds), rest_seconds, None, None, 0, None, active=False)
    timer_event(w, end, 4)
    return w.file()
