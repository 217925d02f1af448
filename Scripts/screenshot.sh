#!/usr/bin/env bash
# Renders HTML reports to PNG with headless Chromium and fails when a page logs anything to the
# browser console (script errors, blocked resources, Content-Security-Policy violations).
#
# Usage: Scripts/screenshot.sh [--size WIDTHxHEIGHT] PAGE.html OUT.png [PAGE.html OUT.png ...]
#   --size applies to the pairs after it, so one call can shoot a wide page and a phone page:
#   Scripts/screenshot.sh reports/index.html docs/team-overview.png \
#                         --size 1280x2600 reports/ana/report.html docs/athlete-report.png
#
# For each page it writes OUT.png and OUT.console.log (Chromium's console lines, empty when
# clean). Exit status: 0 all pages clean, 1 a page logged to the console or no PNG was written,
# 2 usage error or Chromium missing (Debian package `chromium`).
set -euo pipefail

browser=""
for candidate in chromium chromium-browser google-chrome; do
    if command -v "$candidate" >/dev/null 2>&1; then browser="$candidate"; break; fi
done
if [ -z "$browser" ]; then
    echo "screenshot.sh: Chromium not found (apt-get install -y --no-install-recommends chromium)" >&2
    exit 2
fi

size="1280x1400"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
status=0

shoot() {
    local page="$1" png="$2"
    if [ ! -f "$page" ]; then
        echo "screenshot.sh: no such page: $page" >&2
        exit 2
    fi
    local url="file://$(cd "$(dirname "$page")" && pwd)/$(basename "$page")"
    local flags=(--headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run
        --disable-extensions --disable-background-networking --user-data-dir="$profile")
    mkdir -p "$(dirname "$png")"
    rm -f "$png"
    # One load with logging on: the screenshot, and every console line Chromium prints (a
    # failure). The Debian wrapper's stray "[: unexpected operator" line is filtered out with
    # everything else that is not a console line.
    "$browser" "${flags[@]}" --enable-logging=stderr --v=0 --window-size="${size/x/,}" --screenshot="$png" "$url" \
        2>&1 >/dev/null | grep -F ':CONSOLE' >"$png.console.log" || true
    if [ -s "$png.console.log" ]; then
        echo "screenshot.sh: $page logged to the console:" >&2
        cat "$png.console.log" >&2
        status=1
    fi
    if [ ! -s "$png" ]; then
        echo "screenshot.sh: no screenshot written for $page" >&2
        status=1
    else
        echo "$png ($size)"
    fi
}

if [ $# -lt 2 ]; then
    sed -n '2,12p' "$0" >&2
    exit 2
fi
while [ $# -gt 0 ]; do
    case "$1" in
    --size)
        [[ "${2:-}" =~ ^[0-9]+x[0-9]+$ ]] || { echo "screenshot.sh: --size needs WIDTHxHEIGHT" >&2; exit 2; }
        size="$2"
        shift 2
        ;;
    *)
        [ $# -ge 2 ] || { echo "screenshot.sh: PAGE.html needs an OUT.png after it" >&2; exit 2; }
        shoot "$1" "$2"
        shift 2
        ;;
    esac
done
exit $status
