"""Synthetic but physically plausible GPX/TCX activity recordings.

One module shared by `make_demo_team.py` (the committed demo team) and `make_season.py`
(the benchmark season): it simulates a session second by second (terrain, speed, heart rate
with lag and drift, cadence, power) and writes it in the layouts real exporters use
(Garmin Connect GPX, Strava GPX, Garmin TCX v2, a Strava-exported pool swim TCX).
Python 3 standard library only; every random draw comes from a caller-supplied
`random.Random`, so the same seed gives byte-identical files.
"""

from __future__ import annotations

import gzip
import io
import math
import random
import struct
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Callable, Sequence, TextIO

EARTH_RADIUS_M = 6_371_000.0
GRAVITY = 9.81


# ---------------------------------------------------------------------------------------------
# Inputs

@dataclass(frozen=True)
class Physiology:
    """The athlete's true physiology, which drives the simulation (not what team.yaml says)."""

    hr_max: float
    hr_rest: float
    lthr: float
    threshold_speed: float  # m/s, running threshold pace
    ftp: float  # W
    mass_kg: float = 70.0


@dataclass(frozen=True)
class Terrain:
    """A smooth elevation field around a home location: a sum of plane waves.

    Elevation is a function of position, so the same roads always climb the same hills.
    """

    lat: float
    lon: float
    base_ele: float
    waves: tuple[tuple[float, float, float, float], ...]  # (amplitude m, wavelength m, bearing rad, phase)

    def elevation(self, x: float, y: float) -> float:
        """Elevation in metres at `x` east / `y` north metres from home."""
        e = self.base_ele
        for amp, wl, bearing, phase in self.waves:
            e += amp * math.sin(2 * math.pi * (x * math.sin(bearing) + y * math.cos(bearing)) / wl + phase)
        return e


def make_terrain(rng: random.Random, lat: float, lon: float, base_ele: float, hilliness: float) -> Terrain:
    """A terrain whose typical grade grows with `hilliness` (0 flat … 1 alpine trails)."""
    waves = []
    for wl in (9000.0, 4200.0, 1900.0, 800.0):
        amp = hilliness * wl * rng.uniform(0.012, 0.02) + wl * 0.0006
        waves.append((amp, wl * rng.uniform(0.85, 1.15), rng.uniform(0, math.pi), rng.uniform(0, 2 * math.pi)))
    return Terrain(lat, lon, base_ele, tuple(waves))


@dataclass(frozen=True)
class Sensors:
    """Which channels the recording device writes."""

    gps: bool = True
    elevation: bool = True
    heart_rate: bool = True
    cadence: bool = True
    power: bool = False
    temperature: bool = False


@dataclass(frozen=True)
class Session:
    """What the athlete set out to do: sport, start instant and effort blocks.

    `blocks` is a sequence of (seconds, effort) where effort is relative to threshold
    (1.0 = threshold pace/power); `interval_laps` makes each block a manual TCX lap.
    """

    sport: str  # "run" | "ride" | "swim"
    start: datetime  # UTC
    blocks: tuple[tuple[int, float], ...]
    name: str
    terrain: Terrain
    sensors: Sensors = Sensors()
    interval_laps: bool = False


# ---------------------------------------------------------------------------------------------
# Simulation

@dataclass
class Sample:
    """One simulated second (true values plus the noise a device would record)."""

    t: int
    lat: float
    lon: float
    ele: float | None
    dist: float
    speed: float
    hr: int | None
    cad: int | None
    power: int | None
    temp: int | None


def _effort_at(blocks: Sequence[tuple[int, float]]) -> list[float]:
    """Effort for every second of the session."""
    out: list[float] = []
    for seconds, effort in blocks:
        out.extend([effort] * seconds)
    return out


def _ride_speed(power: float, grade: float, v: float, mass: float) -> float:
    """Steady-state road speed for `power` on `grade` (Newton's method from `v`)."""
    crr, cda, rho = 0.0045, 0.32, 1.2
    theta = math.atan(grade)
    resist = mass * GRAVITY * (math.sin(theta) + crr * math.cos(theta))
    if power < 5:
        if resist >= 0:
            return 0.0
        return min(17.5, math.sqrt(-resist / (0.5 * rho * cda)))
    v = max(v, 2.0)
    for _ in range(4):
        f = resist * v + 0.5 * rho * cda * v ** 3 - power
        df = resist + 1.5 * rho * cda * v ** 2
        v = max(1.0, v - f / df)
    return min(v, 17.5)


def simulate(session: Session, phys: Physiology, rng: random.Random) -> list[Sample]:
    """Simulate `session` second by second."""
    efforts = _effort_at(session.blocks)
    terrain = session.terrain
    sport = session.sport
    x = y = 0.0
    loop_m = max(1.0, _planned_distance(session, phys))
    heading0 = rng.uniform(0, 2 * math.pi)
    wiggle = 0.0
    dist = 0.0
    hr = phys.hr_rest + 25
    v = 0.0
    gps_ex = gps_ey = 0.0
    baro_offset = rng.uniform(-8, 8)
    temp = rng.randint(6, 24)
    lat0, lon0 = terrain.lat, terrain.lon
    m_per_deg_lat = math.pi * EARTH_RADIUS_M / 180
    m_per_deg_lon = m_per_deg_lat * math.cos(math.radians(lat0))
    ele = terrain.elevation(0, 0)
    grade = 0.0
    samples: list[Sample] = []
    ride_p_noise = 0.0
    for t, effort in enumerate(efforts):
        # Course: a lumpy loop of roughly the planned length that returns near home.
        wiggle = 0.97 * wiggle + rng.gauss(0, 0.035)
        heading = heading0 + 2 * math.pi * dist / loop_m + wiggle
        if sport == "swim":
            v_target = 1.05 + 0.3 * effort + rng.gauss(0, 0.03)
            v = v_target if (t % 25) < 21 else 0.0  # wall push-offs and short rests
            watts = None
        elif sport == "run":
            e_eff = effort * (1 + 1.5 * max(0.0, grade - 0.04))
            v_target = phys.threshold_speed * (0.45 + 0.55 * effort)
            if grade > 0:  # about 3.5 % slower per 1 % of grade, walking pace on steep trails
                v_target /= 1 + 3.5 * grade + 12 * max(0.0, grade - 0.05)
            else:
                v_target *= 1 + 2.5 * min(-grade, 0.06) - 3.5 * max(0.0, -grade - 0.10)
            v_target = max(v_target, 0.9)
            v += (v_target - v) / 4 + rng.gauss(0, 0.05)
            v = max(v, 0.6)
            effort = e_eff
            watts = None
        else:
            p_target = phys.ftp * effort * (1 + 0.6 * max(0.0, grade - 0.02))
            if grade < -0.035:
                p_target *= 0.15
            ride_p_noise = 0.8 * ride_p_noise + rng.gauss(0, 0.07)
            watts = max(0.0, p_target * (1 + ride_p_noise))
            if rng.random() < 0.01:
                watts = 0.0  # a short coast
            v_target = _ride_speed(watts, grade, v, phys.mass_kg + 9)
            v += (v_target - v) / 6
            effort = watts / phys.ftp
        step = v
        x += step * math.sin(heading)
        y += step * math.cos(heading)
        dist += step
        new_ele = terrain.elevation(x, y)
        grade = (new_ele - ele) / step if step > 0.5 else grade
        grade = max(-0.35, min(0.35, grade))
        ele = new_ele
        # Heart rate: first-order response to effort with cardiac drift.
        if effort <= 1:
            hr_ss = phys.hr_rest + (phys.lthr - phys.hr_rest) * (0.35 + 0.65 * effort)
        else:
            hr_ss = phys.lthr + (phys.hr_max - phys.lthr) * min(1.0, (effort - 1) / 0.15)
        if sport == "swim":
            hr_ss -= 10
        hr_ss += 0.05 * max(0, t - 1200) / 60 * min(effort, 1.0)
        hr_ss = min(hr_ss, phys.hr_max)
        tau = 35.0 if hr_ss > hr else 45.0
        hr += (hr_ss - hr) / tau
        # What the device writes.
        gps_ex = 0.9 * gps_ex + rng.gauss(0, 0.9)
        gps_ey = 0.9 * gps_ey + rng.gauss(0, 0.9)
        lat = lat0 + (y + gps_ey) / m_per_deg_lat
        lon = lon0 + (x + gps_ex) / m_per_deg_lon
        if sport == "run":
            cad = round(77 + 9 * effort + rng.gauss(0, 1.2) - (8 if grade > 0.12 else 0))
        elif sport == "ride":
            cad = 0 if watts == 0 else round(88 - 60 * max(0.0, grade - 0.03) + rng.gauss(0, 3))
        else:
            cad = round(26 + rng.gauss(0, 2)) if v > 0 else 0
        if t % 300 == 0:
            temp += rng.choice((-1, 0, 0, 1))
        samples.append(Sample(
            t=t,
            lat=lat,
            lon=lon,
            ele=new_ele + baro_offset + rng.gauss(0, 0.15) if session.sensors.elevation else None,
            dist=dist,
            speed=v,
            hr=round(hr + rng.gauss(0, 0.8)) if session.sensors.heart_rate else None,
            cad=max(0, cad) if session.sensors.cadence else None,
            power=round(watts) if (session.sensors.power and watts is not None) else None,
            temp=temp if session.sensors.temperature else None,
        ))
    return samples


def _planned_distance(session: Session, phys: Physiology) -> float:
    """Rough planned distance, the circumference of the loop the course follows."""
    if session.sport == "swim":
        return 1.0
    if session.sport == "run":
        return sum(s * phys.threshold_speed * (0.45 + 0.55 * e) for s, e in session.blocks) * 0.9
    return sum(s * (6.0 + 4.0 * e) for s, e in session.blocks)


def smart_recording(samples: Sequence[Sample], rng: random.Random) -> list[Sample]:
    """Keep points the way Garmin 'smart recording' does: every 1–8 s, about 5 s on average."""
    out = []
    next_t = 0
    for s in samples:
        if s.t >= next_t:
            out.append(s)
            next_t = s.t + rng.choice((3, 4, 4, 5, 5, 5, 6, 6, 7, 8))
    if samples and out[-1] is not samples[-1]:
        out.append(samples[-1])
    return out


# ---------------------------------------------------------------------------------------------
# Formatting helpers

def iso_ms(d: datetime) -> str:
    """`2026-08-17T05:31:04.000Z` (Garmin)."""
    return d.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def iso_s(d: datetime) -> str:
    """`2026-08-17T05:31:04Z` (Strava)."""
    return d.strftime("%Y-%m-%dT%H:%M:%SZ")


def garmin_degrees(value: float) -> str:
    """Degrees as Garmin Connect prints them: the exact decimal value of a semicircle count."""
    semicircles = round(value * 2 ** 31 / 180)
    text = format(Decimal(semicircles) * 180 / Decimal(2 ** 31), "f")
    return text.rstrip("0").rstrip(".") if "." in text else text


def float32_text(value: float) -> str:
    """A float stored as float32 and printed as float64, as Garmin Connect TCX does."""
    return repr(struct.unpack("f", struct.pack("f", value))[0])


@dataclass
class Lap:
    start: int  # index into the recorded samples
    end: int  # exclusive
    trigger: str


def laps_for(session: Session, samples: Sequence[Sample]) -> list[Lap]:
    """Manual laps per effort block for intervals, else auto-laps every 1 km (run) / 10 km (ride)."""
    if not samples:
        return []
    laps: list[Lap] = []
    start = 0
    if session.interval_laps:
        bounds, acc = [], 0
        for seconds, _ in session.blocks:
            acc += seconds
            bounds.append(acc)
        b = 0
        for i, s in enumerate(samples):
            if b < len(bounds) - 1 and s.t >= bounds[b]:
                laps.append(Lap(start, i, "Manual"))
                start = i
                b += 1
        laps.append(Lap(start, len(samples), "Manual"))
        return laps
    step = {"run": 1000.0, "ride": 10000.0, "swim": 100.0}[session.sport]
    mark = step
    for i, s in enumerate(samples):
        if s.dist >= mark:
            laps.append(Lap(start, i + 1, "Distance"))
            start = i + 1
            mark += step
    if start < len(samples):
        laps.append(Lap(start, len(samples), "Distance" if laps else "Manual"))
    return [lap for lap in laps if lap.end > lap.start]


# ---------------------------------------------------------------------------------------------
# Writers: each takes the recorded samples and writes one document to a text stream.

@dataclass(frozen=True)
class Device:
    """The recording device as TCX `Creator` names it."""

    name: str
    unit_id: int
    product_id: int
    version: tuple[int, int] = (12, 10)


GPX_GARMIN_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<gpx creator="{creator}" version="1.1"
  xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/11.xsd"
  xmlns:ns3="http://www.garmin.com/xmlschemas/TrackPointExtension/v1"
  xmlns="http://www.topografix.com/GPX/1/1"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ns2="http://www.garmin.com/xmlschemas/GpxExtensions/v3">
  <metadata>
    <link href="connect.garmin.com">
      <text>Garmin Connect</text>
    </link>
    <time>{time}</time>
  </metadata>
  <trk>
    <name>{name}</name>
    <type>{type}</type>
    <trkseg>
"""

GPX_STRAVA_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<gpx creator="{creator}" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd http://www.garmin.com/xmlschemas/GpxExtensions/v3 http://www.garmin.com/xmlschemas/GpxExtensionsv3.xsd http://www.garmin.com/xmlschemas/TrackPointExtension/v1 http://www.garmin.com/xmlschemas/TrackPointExtensionv1.xsd" version="1.1" xmlns="http://www.topografix.com/GPX/1/1" xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1" xmlns:gpxx="http://www.garmin.com/xmlschemas/GpxExtensions/v3">
 <metadata>
  <time>{time}</time>
 </metadata>
 <trk>
  <name>{name}</name>
  <type>{type}</type>
  <trkseg>
"""


def _xml_text(text: str) -> str:
    """Escape text for an XML element."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@dataclass(frozen=True)
class GpxStyle:
    """How one exporter lays out GPX 1.1: header, indentation, number forms, extension prefix."""

    head: str
    creator: str
    types: dict[str, str]
    indent: int  # spaces before <trkpt>; each level adds `step`
    step: int
    prefix: str  # TrackPointExtension prefix
    degrees: Callable[[float], str]
    elevation: Callable[[float], str]
    when: Callable[[datetime], str]
    temperature: Callable[[int], str]
    power: bool  # Strava writes an unprefixed <power> before the TrackPointExtension


GARMIN_CONNECT_GPX = GpxStyle(
    head=GPX_GARMIN_HEAD, creator="Garmin Connect",
    types={"run": "running", "ride": "cycling", "swim": "open_water_swimming"},
    indent=6, step=2, prefix="ns3", degrees=garmin_degrees, elevation=float32_text,
    when=iso_ms, temperature=lambda t: f"{t}.0", power=False)

STRAVA_GPX = GpxStyle(
    head=GPX_STRAVA_HEAD, creator="StravaGPX", types={"run": "9", "ride": "1", "swim": "swim"},
    indent=3, step=1, prefix="gpxtpx", degrees=lambda v: f"{v:.7f}", elevation=lambda v: f"{v:.1f}",
    when=iso_s, temperature=str, power=True)


def write_gpx(out: TextIO, session: Session, samples: Sequence[Sample], style: GpxStyle,
              creator: str | None = None) -> None:
    """One GPX 1.1 track in an exporter's `style` (`creator` overrides the style's, e.g. `StravaGPX iPhone`)."""
    out.write(style.head.format(creator=creator or style.creator, time=style.when(session.start),
                                name=_xml_text(session.name), type=style.types[session.sport]))
    w = out.write
    i0 = " " * style.indent
    i1, i2, i3 = (" " * (style.indent + k * style.step) for k in (1, 2, 3))
    px = style.prefix
    for s in samples:
        w(f'{i0}<trkpt lat="{style.degrees(s.lat)}" lon="{style.degrees(s.lon)}">\n')
        if s.ele is not None:
            w(f"{i1}<ele>{style.elevation(s.ele)}</ele>\n")
        w(f"{i1}<time>{style.when(session.start + timedelta(seconds=s.t))}</time>\n")
        power = s.power if style.power else None
        if s.hr is not None or s.cad is not None or s.temp is not None or power is not None:
            w(f"{i1}<extensions>\n")
            if power is not None:
                w(f"{i2}<power>{power}</power>\n")
            w(f"{i2}<{px}:TrackPointExtension>\n")
            if s.temp is not None:
                w(f"{i3}<{px}:atemp>{style.temperature(s.temp)}</{px}:atemp>\n")
            if s.hr is not None:
                w(f"{i3}<{px}:hr>{s.hr}</{px}:hr>\n")
            if s.cad is not None:
                w(f"{i3}<{px}:cad>{s.cad}</{px}:cad>\n")
            w(f"{i2}</{px}:TrackPointExtension>\n{i1}</extensions>\n")
        w(f"{i0}</trkpt>\n")
    close = " " * (style.indent - style.step)
    outer = " " * (style.indent - 2 * style.step)
    w(f"{close}</trkseg>\n{outer}</trk>\n</gpx>\n")


TCX_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase
  xsi:schemaLocation="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2 http://www.garmin.com/xmlschemas/TrainingCenterDatabasev2.xsd"
  xmlns:ns5="http://www.garmin.com/xmlschemas/ActivityGoals/v1"
  xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2"
  xmlns:ns2="http://www.garmin.com/xmlschemas/UserProfile/v2"
  xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"
  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:ns4="http://www.garmin.com/xmlschemas/ProfileExtension/v1">
  <Activities>
    <Activity Sport="{sport}">
      <Id>{id}</Id>
"""

TCX_TAIL = """      <Creator xsi:type="Device_t">
        <Name>{name}</Name>
        <UnitId>{unit}</UnitId>
        <ProductID>{product}</ProductID>
        <Version>
          <VersionMajor>{major}</VersionMajor>
          <VersionMinor>{minor}</VersionMinor>
          <BuildMajor>0</BuildMajor>
          <BuildMinor>0</BuildMinor>
        </Version>
      </Creator>
    </Activity>
  </Activities>
  <Author xsi:type="Application_t">
    <Name>Connect Api</Name>
    <Build>
      <Version>
        <VersionMajor>0</VersionMajor>
        <VersionMinor>0</VersionMinor>
        <BuildMajor>0</BuildMajor>
        <BuildMinor>0</BuildMinor>
      </Version>
    </Build>
    <LangID>en</LangID>
    <PartNumber>006-D2449-00</PartNumber>
  </Author>
</TrainingCenterDatabase>
"""


def _lap_calories(session: Session, lap: Sequence[Sample], mass: float) -> int:
    """Energy of a lap: from work for rides with power, else from distance and mass."""
    if session.sport == "ride":
        seconds = max(1, lap[-1].t - lap[0].t + 1)
        watts = sum(s.power or 0 for s in lap) / len(lap) if lap[0].power is not None else 0
        if watts:
            return round(watts * seconds / 1000 / 0.24 / 4.184)  # kJ of work at 24 % efficiency
        return round(seconds / 3600 * 550)
    distance = lap[-1].dist - lap[0].dist
    return round(distance / 1000 * mass * (1.0 if session.sport == "run" else 0.6))


def write_tcx(out: TextIO, session: Session, samples: Sequence[Sample], device: Device, mass: float = 70.0,
              connect_numbers: bool = True) -> None:
    """TCX v2 as Garmin Connect exports it (laps with summaries, `ns3:TPX`, `ns3:LX`, Creator).

    `connect_numbers` prints values the way Garmin Connect does (float32 noise, 16-digit
    degrees); without it numbers are short, as TCX written by devices and other apps.
    """
    sport = {"run": "Running", "ride": "Biking", "swim": "Other"}[session.sport]
    if connect_numbers:
        deg, num = repr, float32_text
    else:
        def deg(v: float) -> str:
            return f"{v:.7f}"

        def num(v: float) -> str:
            return f"{v:.2f}"
    out.write(TCX_HEAD.format(sport=sport, id=iso_ms(session.start)))
    w = out.write
    prev_dist = samples[0].dist - samples[0].speed if samples else 0.0
    for lap in laps_for(session, samples):
        pts = samples[lap.start:lap.end]
        lap_start = session.start + timedelta(seconds=pts[0].t)
        seconds = pts[-1].t - pts[0].t + (1 if lap.end == len(samples) else samples[lap.end].t - pts[-1].t)
        distance = pts[-1].dist - prev_dist
        prev_dist = pts[-1].dist
        w(f'      <Lap StartTime="{iso_ms(lap_start)}">\n')
        w(f"        <TotalTimeSeconds>{float(seconds)}</TotalTimeSeconds>\n")
        w(f"        <DistanceMeters>{round(distance, 2)}</DistanceMeters>\n")
        w(f"        <MaximumSpeed>{num(max(p.speed for p in pts))}</MaximumSpeed>\n")
        w(f"        <Calories>{_lap_calories(session, pts, mass)}</Calories>\n")
        hrs = [p.hr for p in pts if p.hr is not None]
        if hrs:
            w(f"        <AverageHeartRateBpm>\n          <Value>{round(sum(hrs) / len(hrs))}</Value>\n        </AverageHeartRateBpm>\n")
            w(f"        <MaximumHeartRateBpm>\n          <Value>{max(hrs)}</Value>\n        </MaximumHeartRateBpm>\n")
        w("        <Intensity>Active</Intensity>\n")
        cads = [p.cad for p in pts if p.cad is not None]
        if session.sport == "ride" and cads:
            moving = [c for c in cads if c > 0] or [0]
            w(f"        <Cadence>{round(sum(moving) / len(moving))}</Cadence>\n")
        w(f"        <TriggerMethod>{lap.trigger}</TriggerMethod>\n")
        w("        <Track>\n")
        for p in pts:
            w("          <Trackpoint>\n")
            w(f"            <Time>{iso_ms(session.start + timedelta(seconds=p.t))}</Time>\n")
            if session.sensors.gps:
                w("            <Position>\n")
                w(f"              <LatitudeDegrees>{deg(p.lat)}</LatitudeDegrees>\n")
                w(f"              <LongitudeDegrees>{deg(p.lon)}</LongitudeDegrees>\n")
                w("            </Position>\n")
            if p.ele is not None:
                w(f"            <AltitudeMeters>{num(p.ele)}</AltitudeMeters>\n")
            w(f"            <DistanceMeters>{num(p.dist)}</DistanceMeters>\n")
            if p.hr is not None:
                w(f"            <HeartRateBpm>\n              <Value>{p.hr}</Value>\n            </HeartRateBpm>\n")
            if session.sport == "ride" and p.cad is not None:
                w(f"            <Cadence>{p.cad}</Cadence>\n")
            w("            <Extensions>\n              <ns3:TPX>\n")
            w(f"                <ns3:Speed>{num(p.speed)}</ns3:Speed>\n")
            if session.sport == "run" and p.cad is not None:
                w(f"                <ns3:RunCadence>{p.cad}</ns3:RunCadence>\n")
            if p.power is not None:
                w(f"                <ns3:Watts>{p.power}</ns3:Watts>\n")
            w("              </ns3:TPX>\n            </Extensions>\n")
            w("          </Trackpoint>\n")
        w("        </Track>\n")
        w("        <Extensions>\n          <ns3:LX>\n")
        w(f"            <ns3:AvgSpeed>{num(distance / max(seconds, 1))}</ns3:AvgSpeed>\n")
        if session.sport == "run" and cads:
            w(f"            <ns3:AvgRunCadence>{round(sum(cads) / len(cads))}</ns3:AvgRunCadence>\n")
            w(f"            <ns3:MaxRunCadence>{max(cads)}</ns3:MaxRunCadence>\n")
        if session.sport == "ride" and cads:
            w(f"            <ns3:MaxBikeCadence>{max(cads)}</ns3:MaxBikeCadence>\n")
        watts = [p.power for p in pts if p.power is not None]
        if watts:
            w(f"            <ns3:AvgWatts>{round(sum(watts) / len(watts))}</ns3:AvgWatts>\n")
            w(f"            <ns3:MaxWatts>{max(watts)}</ns3:MaxWatts>\n")
        w("          </ns3:LX>\n        </Extensions>\n")
        w("      </Lap>\n")
    w(TCX_TAIL.format(name=_xml_text(device.name), unit=device.unit_id, product=device.product_id,
                      major=device.version[0], minor=device.version[1]))


def write_document(out: TextIO, fmt: str, session: Session, samples: Sequence[Sample], device: Device,
                   mass: float = 70.0, creator: str | None = None, connect_numbers: bool = True) -> None:
    """Write one recording in format `fmt`: `gpx-garmin`, `gpx-strava` or `tcx`."""
    if fmt == "gpx-garmin":
        write_gpx(out, session, samples, GARMIN_CONNECT_GPX, creator)
    elif fmt == "gpx-strava":
        write_gpx(out, session, samples, STRAVA_GPX, creator)
    elif fmt == "tcx":
        write_tcx(out, session, samples, device, mass, connect_numbers)
    else:
        raise ValueError(f"unknown activity format {fmt!r}")


# ---------------------------------------------------------------------------------------------
# Output

def render(writer, *args, **kwargs) -> bytes:
    """Run a writer into memory and return UTF-8 bytes."""
    buf = io.StringIO()
    writer(buf, *args, **kwargs)
    return buf.getvalue().encode("utf-8")


def gzip_bytes(data: bytes) -> bytes:
    """Deterministic gzip (no file name, zero mtime) as exporters' `.gz` files."""
    raw = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
        gz.write(data)
    return raw.getvalue()


@dataclass(frozen=True)
class Summary:
    """Totals of a recording, for a Strava `activities.csv` row."""

    elapsed: int
    moving: int
    distance: float
    max_speed: float
    ele_gain: float
    ele_loss: float
    ele_low: float | None
    ele_high: float | None
    max_hr: int | None
    avg_hr: float | None
    max_cad: int | None
    avg_cad: float | None
    max_watts: int | None
    avg_watts: float | None


def summarize(samples: Sequence[Sample]) -> Summary:
    """Totals over the 1-s simulation (what a service computes from the original upload)."""
    gain = loss = 0.0
    eles = [s.ele for s in samples if s.ele is not None]
    ref = eles[0] if eles else 0.0
    for e in eles:  # 2-m hysteresis, so barometer noise does not count as climbing
        if e - ref >= 2:
            gain += e - ref
            ref = e
        elif ref - e >= 2:
            loss += ref - e
            ref = e
    hrs = [s.hr for s in samples if s.hr is not None]
    cads = [s.cad for s in samples if s.cad]
    watts = [s.power for s in samples if s.power is not None]
    return Summary(
        elapsed=len(samples),
        moving=sum(1 for s in samples if s.speed > 0.5),
        distance=samples[-1].dist if samples else 0.0,
        max_speed=max((s.speed for s in samples), default=0.0),
        ele_gain=gain, ele_loss=loss,
        ele_low=min(eles) if eles else None, ele_high=max(eles) if eles else None,
        max_hr=max(hrs) if hrs else None, avg_hr=sum(hrs) / len(hrs) if hrs else None,
        max_cad=max(cads) if cads else None, avg_cad=sum(cads) / len(cads) if cads else None,
        max_watts=max(watts) if watts else None, avg_watts=sum(watts) / len(watts) if watts else None,
    )


# ---------------------------------------------------------------------------------------------
# Workout shapes

def easy(minutes: float, effort: float = 0.72) -> tuple[tuple[int, float], ...]:
    """One steady block of `minutes` at `effort`."""
    return ((int(minutes * 60), effort),)


def intervals(warm: int, reps: int, on: int, off: int, cool: int, on_effort: float = 1.06) -> tuple[tuple[int, float], ...]:
    """Warm-up, `reps` × (`on` s hard, `off` s easy), cool-down (all durations in seconds)."""
    blocks: list[tuple[int, float]] = [(warm, 0.7)]
    for i in range(reps):
        blocks.append((on, on_effort))
        blocks.append((off, 0.55) if i < reps - 1 else (cool, 0.65))
    return tuple(blocks)


def tempo(warm: int, work: int, cool: int) -> tuple[tuple[int, float], ...]:
    """Warm-up, a block just under threshold, cool-down (seconds)."""
    return ((warm, 0.7), (work, 0.93), (cool, 0.65))


def seed_for(*parts: object) -> int:
    """A stable seed from any labels (Python's `hash` is salted per process)."""
    return zlib.crc32("/".join(map(str, parts)).encode("utf-8"))
