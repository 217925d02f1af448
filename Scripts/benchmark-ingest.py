#!/usr/bin/env python3
"""Benchmark of `hipbalance inspect` against two C baselines that walk the same files.

Generates synthetic GPX and TCX activities (1 h and 6 h at 1 Hz, and 1,000,000 points) shaped
like Garmin Connect exports (position, elevation, heart rate, cadence, power, temperature; TCX
with cumulative distance, laps and the TPX extension), compiles `bench/sax2-walk.c` (libxml2 SAX2
push parser, the practical speed limit) and `bench/reader-walk.c` (xmlTextReader), builds
hipbalance in release mode twice -- with the Swift runtime linked statically
(`--static-swift-stdlib`, the way to ship a Linux binary; scratch path `.build-static`) and as
`swift build -c release` leaves it (dynamic) -- then runs the tools in alternation several times
per file and reports medians of wall time, MB/s, points/s and peak resident memory (`/usr/bin/time
-f %M`, from the Debian package `time`).

Usage: Scripts/benchmark-ingest.py [--runs 5] [--sizes 1h,6h,1M] [--work DIR] [--keep]
Run from anywhere; nothing is written into the repository except the build folders.
"""
import argparse
import math
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BENCH = os.path.join(ROOT, "Scripts", "bench")

GPX_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<gpx creator="Garmin Connect" version="1.1" xmlns="http://www.topografix.com/GPX/1/1" xmlns:ns3="http://www.garmin.com/xmlschemas/TrackPointExtension/v1" xmlns:ns2="http://www.garmin.com/xmlschemas/GpxExtensions/v3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <metadata>
    <time>2024-05-04T07:00:00.000Z</time>
  </metadata>
  <trk>
    <name>Synthetic ride</name>
    <type>cycling</type>
    <trkseg>
"""
GPX_POINT = """      <trkpt lat="{lat:.17f}" lon="{lon:.17f}">
        <ele>{ele:.15f}</ele>
        <time>{time}</time>
        <extensions>
          <power>{power}</power>
          <ns3:TrackPointExtension>
            <ns3:atemp>{temp}.0</ns3:atemp>
            <ns3:hr>{hr}</ns3:hr>
            <ns3:cad>{cad}</ns3:cad>
          </ns3:TrackPointExtension>
        </extensions>
      </trkpt>
"""
GPX_TAIL = """    </trkseg>
  </trk>
</gpx>
"""
TCX_HEAD = """<?xml version="1.0" encoding="UTF-8"?>
<TrainingCenterDatabase xsi:schemaLocation="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2 http://www.garmin.com/xmlschemas/TrainingCenterDatabasev2.xsd" xmlns:ns5="http://www.garmin.com/xmlschemas/ActivityGoals/v1" xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2" xmlns:ns2="http://www.garmin.com/xmlschemas/UserProfile/v2" xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
  <Activities>
    <Activity Sport="Biking">
      <Id>2024-05-04T07:00:00.000Z</Id>
"""
TCX_LAP_HEAD = """      <Lap StartTime="{time}">
        <TotalTimeSeconds>3600.0</TotalTimeSeconds>
        <DistanceMeters>30000.0</DistanceMeters>
        <Calories>800</Calories>
        <Intensity>Active</Intensity>
        <TriggerMethod>Manual</TriggerMethod>
        <Track>
"""
TCX_POINT = """          <Trackpoint>
            <Time>{time}</Time>
            <Position>
              <LatitudeDegrees>{lat:.17f}</LatitudeDegrees>
              <LongitudeDegrees>{lon:.17f}</LongitudeDegrees>
            </Position>
            <AltitudeMeters>{ele:.15f}</AltitudeMeters>
            <DistanceMeters>{dist:.15f}</DistanceMeters>
            <HeartRateBpm>
              <Value>{hr}</Value>
            </HeartRateBpm>
            <Cadence>{cad}</Cadence>
            <Extensions>
              <ns3:TPX>
                <ns3:Speed>{speed:.15f}</ns3:Speed>
                <ns3:Watts>{power}</ns3:Watts>
              </ns3:TPX>
            </Extensions>
          </Trackpoint>
"""
TCX_LAP_TAIL = """        </Track>
      </Lap>
"""
TCX_TAIL = """      <Creator xsi:type="Device_t">
        <Name>Edge 1040</Name>
        <UnitId>3999999999</UnitId>
        <ProductID>3843</ProductID>
      </Creator>
    </Activity>
  </Activities>
</TrainingCenterDatabase>
"""
START = 1714806000  # 2024-05-04T07:00:00Z


def iso(seconds):
    return time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(seconds))


def samples(points, seed):
    """Deterministic ride-like samples: a wandering path, rolling terrain, noisy sensors."""
    rng = random.Random(seed)
    lat, lon, ele, dist, heading = 46.5, 11.3, 500.0, 0.0, 0.0
    for i in range(points):
        speed = 8.0 + 2.0 * math.sin(i / 300.0) + rng.uniform(-0.5, 0.5)
        heading += rng.uniform(-0.05, 0.05)
        lat += speed * math.cos(heading) / 111_320.0
        lon += speed * math.sin(heading) / (111_320.0 * math.cos(math.radians(lat)))
        ele += 0.8 * math.sin(i / 200.0) + rng.uniform(-0.3, 0.3)
        dist += speed
        yield {
            "i": i, "lat": lat, "lon": lon, "ele": ele, "dist": dist, "speed": speed,
            "time": iso(START + i), "hr": 120 + int(30 * (1 + math.sin(i / 600.0)) / 2) + rng.randint(-3, 3),
            "cad": 85 + rng.randint(-5, 5), "power": max(0, int(200 + 60 * math.sin(i / 90.0)) + rng.randint(-20, 20)),
            "temp": 18 + (i // 3600) % 5,
        }


def generate(path, fmt, points):
    with open(path, "w", buffering=1 << 20) as out:
        if fmt == "gpx":
            out.write(GPX_HEAD)
            for s in samples(points, 42):
                out.write(GPX_POINT.format(**s))
            out.write(GPX_TAIL)
        else:
            out.write(TCX_HEAD)
            for s in samples(points, 42):
                if s["i"] % 3600 == 0:
                    if s["i"]:
                        out.write(TCX_LAP_TAIL)
                    out.write(TCX_LAP_HEAD.format(time=s["time"]))
                out.write(TCX_POINT.format(**s))
            out.write(TCX_LAP_TAIL)
            out.write(TCX_TAIL)


def run(command):
    """Runs a command under /usr/bin/time; returns (wall seconds, peak RSS in MiB, stdout).

    The peak comes from `time`, a small C program: measured from this Python process, a child's
    maximum resident size would include the memory of the interpreter it was forked from."""
    started = time.perf_counter()
    result = subprocess.run(["/usr/bin/time", "-f", "%M", *command], capture_output=True)
    wall = time.perf_counter() - started
    if result.returncode != 0:
        sys.exit(f"failed: {' '.join(command)}\n{result.stderr.decode()}")
    peak_kib = int(result.stderr.decode().strip().splitlines()[-1])
    return wall, peak_kib / 1024.0, result.stdout.decode()


def machine():
    model = "unknown CPU"
    with open("/proc/cpuinfo") as info:
        for line in info:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    libxml = subprocess.run(["pkg-config", "--modversion", "libxml-2.0"], capture_output=True, text=True).stdout.strip()
    swift = subprocess.run(["swift", "--version"], capture_output=True, text=True).stdout.splitlines()
    return f"{model}, {os.cpu_count()} cores, {memory:.0f} GiB RAM, libxml2 {libxml}, {swift[0] if swift else 'swift ?'}"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="alternating runs per tool and file (default 5)")
    parser.add_argument("--work", help="folder for binaries and generated files (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    parser.add_argument("--sizes", default="1h,6h,1M", help="comma-separated subset of 1h,6h,1M")
    parser.add_argument("--no-dynamic", action="store_true", help="skip the dynamically linked build")
    args = parser.parse_args()

    work = args.work or tempfile.mkdtemp(prefix="hipbalance-bench-")
    os.makedirs(work, exist_ok=True)
    flags = subprocess.run(["pkg-config", "--cflags", "--libs", "libxml-2.0"], capture_output=True, text=True,
                           check=True).stdout.split()
    tools = {}
    for name in ("sax2-walk", "reader-walk"):
        binary = os.path.join(work, name)
        subprocess.run(["cc", "-O2", "-o", binary, os.path.join(BENCH, name + ".c"), *flags], check=True)
        tools[name] = [binary]
    builds = {"hipbalance inspect (static)": ["--static-swift-stdlib", "--scratch-path", ".build-static"]}
    if not args.no_dynamic:
        builds["hipbalance inspect (dynamic)"] = []
    for name, flags in builds.items():
        build = ["swift", "build", "-c", "release", *flags]
        # Each variant is a separate release build (the static one in its own .build-static);
        # say so, and let the compiler's output through on stderr, so minutes of building are visible.
        print(f"building {name}: {' '.join(build)}", file=sys.stderr, flush=True)
        subprocess.run(build + ["--product", "hipbalance"], cwd=ROOT, check=True, stdout=sys.stderr)
        bin_path = subprocess.run(build + ["--show-bin-path"], cwd=ROOT, check=True, capture_output=True,
                                  text=True).stdout.strip()
        tools[name] = [os.path.join(bin_path, "hipbalance"), "inspect"]

    load_before = os.getloadavg()[0]
    sizes = {"1h": 3600, "6h": 6 * 3600, "1M": 1_000_000}
    rows = []
    for fmt in ("gpx", "tcx"):
        for label in args.sizes.split(","):
            points = sizes[label]
            path = os.path.join(work, f"synthetic-{label}.{fmt}")
            if not os.path.exists(path):
                generate(path, fmt, points)
            megabytes = os.path.getsize(path) / 1e6
            results = {name: [] for name in tools}
            for _ in range(args.runs):
                for name, command in tools.items():
                    wall, rss, output = run(command + [path])
                    if name.startswith("hipbalance"):
                        assert f'"points":{points}' in output, output[:300]
                    else:
                        assert int(output.split()[0]) == points, output
                    results[name].append((wall, rss))
            sax = statistics.median(w for w, _ in results["sax2-walk"])
            for name, runs in results.items():
                wall = statistics.median(w for w, _ in runs)
                rss = max(r for _, r in runs)
                rows.append((f"{fmt} {label}", f"{megabytes:.1f}", f"{points:,}", name, f"{wall:.3f}",
                             f"{megabytes / wall:.0f}", f"{points / wall / 1e6:.2f}", f"{rss:.1f}",
                             f"{wall / sax:.2f}"))
            if label == "1M" and not args.keep:
                os.remove(path)

    print(f"Machine: {machine()}")
    print(f"Load average (1 min) before and after: {load_before:.1f} / {os.getloadavg()[0]:.1f}")
    print(f"Median of {args.runs} alternating runs per tool and file (whole process, start-up included); "
          "peak RSS is the largest of the runs.\n")
    header = ("file", "MB", "points", "tool", "median s", "MB/s", "M points/s", "peak RSS MiB", "time / SAX2")
    print("| " + " | ".join(header) + " |")
    print("|" + "|".join("---" for _ in header) + "|")
    for row in rows:
        print("| " + " | ".join(row) + " |")
    if not args.keep and not args.work:
        shutil.rmtree(work)


if __name__ == "__main__":
    main()
