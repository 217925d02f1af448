#!/usr/bin/env python3
"""Peak memory and time of `hipbalance run` on the inputs of the attack report (docs/robustness.md).

Builds hipbalance in release mode (unless --binary is given), writes each hostile input into a
scratch team folder, runs the tool on it and prints wall time, peak resident memory (from
wait4's rusage) and the exit status. The zip-export rows run twice (cold, then warm from the
cache) at several member counts, so the time per member shows whether the cost is linear.

Checks: every run's peak memory is below 512 MiB, and the time per member of the largest export
is at most 2.5 times that of the smallest (cold and warm). Exit 1 when a check fails.

The strength-log rows also run `hipbalance inspect` on the same file (one file, no team run).

Usage: Scripts/bench_robustness.py [--binary PATH] [--members 1000,2000,4000,8000] [--only TEXT] [--work DIR] [--keep]
(--only runs just the rows whose name contains TEXT, e.g. `--only strength`.)
Run it under `nice -n 19` on a shared machine; nothing is written into the repository except the
release build.
"""
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LIMIT_MIB = 512
AS_OF = "2026-11-02"


def gpx(index):
    points = "".join(
        f'<trkpt lat="46.{index % 1000:03d}" lon="14.{second:05d}"><ele>300</ele>'
        f"<time>2026-10-{1 + index % 28:02d}T10:{second // 60:02d}:{second % 60:02d}Z</time></trkpt>"
        for second in range(0, 600, 5)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><gpx version="1.1" creator="bench" '
        'xmlns="http://www.topografix.com/GPX/1/1"><trk><type>running</type><trkseg>'
        f"{points}</trkseg></trk></gpx>\n"
    ).encode()


def team(work, name):
    folder = os.path.join(work, name)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(os.path.join(folder, "ana"))
    return folder


def run(binary, team_folder, out, extra=()):
    started = time.monotonic()
    process = subprocess.Popen(
        [binary, "run", team_folder, "--out", out, "--as-of", AS_OF, "--quiet", *extra],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - started
    stderr = process.stderr.read().decode(errors="replace").strip().splitlines()
    process.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, code, (stderr[0][:110] if stderr else "")


def inspect(binary, path):
    started = time.monotonic()
    process = subprocess.Popen([binary, "inspect", path], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - started
    stderr = process.stderr.read().decode(errors="replace").strip().splitlines()
    process.stderr.close()
    return seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), (stderr[0][:110] if stderr else "")


def export_zip(path, members):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for index in range(members):
            archive.writestr(f"activities/{index}.gpx", gpx(index))


def bomb_zip(path, size):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive:
        with archive.open("activities/big.gpx", "w", force_zip64=True) as member:
            chunk = b" " * (1 << 20)
            member.write(b'<?xml version="1.0"?><gpx version="1.1" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>')
            for _ in range(size // len(chunk)):
                member.write(chunk)


def index_zip(path, size):
    row = b"1,2026-10-01 10:00:00,Morning Run,Run,," + b"x" * 180 + b",3600,10000\n"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open("activities.csv", "w") as member:
            member.write(b"Activity ID,Activity Date,Activity Name,Activity Type,Activity Description,Filename,Elapsed Time,Distance\n")
            for _ in range(size // len(row)):
                member.write(row)
        archive.writestr("activities/1.gpx", gpx(1))


def write_big(path, head, body, size):
    with open(path, "wb") as handle:
        handle.write(head)
        block = body * max(1, (1 << 20) // len(body))
        written = len(head)
        while written < size:
            handle.write(block)
            written += len(block)
        handle.write(b"\n")


def sparse(path, head, size):
    with open(path, "wb") as handle:
        handle.write(head)
        handle.truncate(size)


def gzip_big(path, head, body, size):
    """A gzip file of `size` uncompressed bytes (head, then body repeated), written in one pass."""
    import gzip
    with gzip.open(path, "wb", compresslevel=9) as handle:
        handle.write(head)
        written = len(head)
        block = body * max(1, (1 << 20) // len(body))
        while written < size:
            handle.write(block)
            written += len(block)


GPX_HEAD = b'<?xml version="1.0"?><gpx version="1.1" creator="bench" xmlns="http://www.topografix.com/GPX/1/1"><trk><trkseg>'
VALID_ROWS = b"".join(
    b"2026-%02d-%02d 18:%02d:00,Evening,1h,%s,%d,%d,%d,,,,,\n" % (1 + day % 12, 1 + day % 28, day % 60, name, order, 40 + 5 * order, 5 + order % 4)
    for day in range(60) for name in (b"Squat (Barbell)", b"Hip Thrust", b"Romanian Deadlift (Barbell)") for order in range(1, 5))
STRONG_HEADER = b"Date,Workout Name,Duration,Exercise Name,Set Order,Weight,Reps,Distance,Seconds,Notes,Workout Notes,RPE\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary")
    parser.add_argument("--members", default="1000,2000,4000,8000")
    parser.add_argument("--only", default="")
    parser.add_argument("--work")
    parser.add_argument("--keep", action="store_true")
    args = parser.parse_args()

    binary = args.binary
    if not binary:
        print("building hipbalance (release)…", file=sys.stderr)
        subprocess.run(["swift", "build", "-c", "release", "--product", "hipbalance"], cwd=ROOT, check=True,
                       stdout=subprocess.DEVNULL)
        binary = os.path.join(ROOT, ".build", "release", "hipbalance")
    work = args.work or tempfile.mkdtemp(prefix="hipbalance-robustness-")
    os.makedirs(work, exist_ok=True)
    rows, failures = [], []

    def record(name, result, members=None):
        seconds, mib, code, message = result
        rows.append((name, seconds, mib, code, message))
        print(f"{name:62} {seconds:8.2f} s {mib:8.1f} MiB  exit {code}  {message}", flush=True)
        if mib >= LIMIT_MIB:
            failures.append(f"{name}: {mib:.0f} MiB")
        return seconds / members if members else seconds

    def wanted(name):
        return args.only.lower() in name.lower()

    def strength_rows(name, folder, out):
        """`run` on the team, then `inspect` on its one log; returns the run's seconds."""
        result = record(f"{name}, run", run(binary, folder, os.path.join(work, out)))
        record(f"{name}, inspect", inspect(binary, os.path.join(folder, "ana", "log.csv")))
        return result

    try:
        per_member = {"cold": [], "warm": []}
        for count in [int(n) for n in args.members.split(",")]:
            if not wanted(f"zip export, {count} members"):
                continue
            folder = team(work, f"zip{count}")
            export_zip(os.path.join(folder, "ana", "export.zip"), count)
            out = os.path.join(work, f"out-zip{count}")
            shutil.rmtree(out, ignore_errors=True)
            for kind in ("cold", "warm"):
                per_member[kind].append(record(f"zip export, {count} members, {kind}", run(binary, folder, out), count))

        if wanted("zip, 2 GiB member (bomb)"):
            folder = team(work, "bomb")
            bomb_zip(os.path.join(folder, "ana", "export.zip"), 2 << 30)
            record("zip, 2 GiB member (bomb)", run(binary, folder, os.path.join(work, "out-bomb")))

        if wanted("zip, 257 MB activities.csv"):
            folder = team(work, "index")
            index_zip(os.path.join(folder, "ana", "export.zip"), 257 << 20)
            record("zip, 257 MB activities.csv", run(binary, folder, os.path.join(work, "out-index")))

        if wanted("strength CSV, 200 MB line of commas"):
            folder = team(work, "commas")
            write_big(os.path.join(folder, "ana", "log.csv"), STRONG_HEADER, b",", 200 << 20)
            record("strength CSV, 200 MB line of commas", run(binary, folder, os.path.join(work, "out-commas")))

        if wanted("strength CSV, one 500 MB cell"):
            folder = team(work, "cell")
            write_big(os.path.join(folder, "ana", "log.csv"), STRONG_HEADER + b'2026-10-01 10:00:00,W,1h,Squat,1,100,5,,,"', b"x", 500 << 20)
            record("strength CSV, one 500 MB cell", run(binary, folder, os.path.join(work, "out-cell")))

        if wanted("strength CSV, a row of 10^6 columns (10 MB)"):
            folder = team(work, "columns")
            write_big(os.path.join(folder, "ana", "log.csv"), STRONG_HEADER, b"1,", 5 << 20)
            record("strength CSV, a row of 10^6 columns (10 MB)", run(binary, folder, os.path.join(work, "out-columns")))

        # Valid logs, streamed: time per MB should not grow with the size (15 MB against 50 MB,
        # about 260,000 and 860,000 sets, both under the cap of a million sets).
        per_megabyte = []
        for megabytes in (15, 50):
            name = f"strength CSV, {megabytes} MB of valid rows"
            if not wanted(name):
                continue
            folder = team(work, f"valid{megabytes}")
            write_big(os.path.join(folder, "ana", "log.csv"), STRONG_HEADER, VALID_ROWS, megabytes << 20)
            per_megabyte.append(strength_rows(name, folder, f"out-valid{megabytes}") / megabytes)
        if len(per_megabyte) == 2:
            ratio = per_megabyte[-1] / per_megabyte[0]
            print(f"strength log time per MB: {per_megabyte[0] * 1000:.1f} ms → {per_megabyte[-1] * 1000:.1f} ms (×{ratio:.2f})")
            if ratio > 1.5:
                failures.append(f"strength log: time per MB grew ×{ratio:.2f}")

        # Past the cap: 100 MB of valid rows is 1.7 million sets, rejected once the millionth is read.
        if wanted("strength CSV, 100 MB of valid rows"):
            folder = team(work, "valid100")
            write_big(os.path.join(folder, "ana", "log.csv"), STRONG_HEADER, VALID_ROWS, 100 << 20)
            strength_rows("strength CSV, 100 MB of valid rows", folder, "out-valid100")

        if wanted("strength CSV, 10 GiB (sparse)"):
            folder = team(work, "huge")
            sparse(os.path.join(folder, "ana", "log.csv"), STRONG_HEADER, 10 << 30)
            record("strength CSV, 10 GiB (sparse)", run(binary, folder, os.path.join(work, "out-huge")))

        if wanted("strength CSV, 1 MB coach sheet asking 9,999 sets a row"):
            folder = team(work, "setsbomb")
            write_big(os.path.join(folder, "ana", "log.csv"), b"date,exercise,sets,reps\n", b"2026-10-01,Squat,9999,5\n", 1 << 20)
            strength_rows("strength CSV, 1 MB coach sheet asking 9,999 sets a row", folder, "out-setsbomb")

        for name, body in (("2 GiB text node", b"<name>" + b"x" * 65536), ("10 GiB whitespace", b" " * 65536)):
            if not wanted(f".gpx.gz, {name}"):
                continue
            folder = team(work, "gz")
            gzip_big(os.path.join(folder, "ana", "a.gpx.gz"), GPX_HEAD, body, (10 if "10" in name else 2) << 30)
            record(f".gpx.gz, {name}", run(binary, folder, os.path.join(work, "out-gz")))

        if wanted("GPX, 400k attributes on one element (4.3 MB)"):
            folder = team(work, "attributes")
            with open(os.path.join(folder, "ana", "a.gpx"), "wb") as handle:
                handle.write(GPX_HEAD.replace(b"<trk>", b"<trk " + b" ".join(b'a%d="1"' % i for i in range(400_000)) + b">"))
                handle.write(b"</trkseg></trk></gpx>\n")
            record("GPX, 400k attributes on one element (4.3 MB)", run(binary, folder, os.path.join(work, "out-attributes")))

        if wanted("team.yaml alias bomb"):
            folder = team(work, "yaml")
            lines = ["model:", "  x0: &l0 [lol,lol,lol,lol,lol,lol,lol,lol,lol,lol]"]
            lines += [f"  x{i}: &l{i} [" + ",".join([f"*l{i - 1}"] * 10) + "]" for i in range(1, 10)]
            with open(os.path.join(folder, "team.yaml"), "w") as handle:
                handle.write("\n".join(lines) + "\n")
            with open(os.path.join(folder, "ana", "a.gpx"), "wb") as handle:
                handle.write(gpx(1))
            record("team.yaml alias bomb", run(binary, folder, os.path.join(work, "out-yaml")))

        if wanted("--as-of 9999-12-31"):
            folder = team(work, "asof")
            with open(os.path.join(folder, "ana", "a.gpx"), "wb") as handle:
                handle.write(gpx(1))
            result = subprocess.run([binary, "run", folder, "--out", os.path.join(work, "out-asof"), "--as-of", "9999-12-31", "--quiet"],
                                    capture_output=True)
            rows.append(("--as-of 9999-12-31", 0, 0, result.returncode, ""))
            print(f"{'--as-of 9999-12-31':62} exit {result.returncode}  {result.stderr.decode()[:110].strip()}")

        for kind, values in per_member.items():
            if len(values) >= 2 and values[0] > 0:
                ratio = values[-1] / values[0]
                print(f"time per member, {kind}: {values[0] * 1000:.2f} ms → {values[-1] * 1000:.2f} ms (×{ratio:.2f})")
                if ratio > 2.5:
                    failures.append(f"zip export {kind}: time per member grew ×{ratio:.2f}")
    finally:
        if not args.keep and not args.work:
            shutil.rmtree(work, ignore_errors=True)

    if failures:
        print("FAIL: " + "; ".join(failures))
        return 1
    print(f"all peaks below {LIMIT_MIB} MiB; zip cost linear in members")
    return 0


if __name__ == "__main__":
    sys.exit(main())
