#!/usr/bin/env bash
# Formats or lints the Swift sources with the toolchain's `swift format` and the repository's
# .swift-format (4 spaces, 120 columns, no force unwraps, `try!` or implicitly unwrapped
# optionals, `///` doc comments, ordered imports; see the file for every rule).
#
# Usage: Scripts/format.sh           rewrite Package.swift, Sources/ and Tests/ in place
#        Scripts/format.sh --lint    report what differs and every rule finding; exit 1 if any
set -euo pipefail
cd "$(dirname "$0")/.."

paths=(Package.swift Sources Tests)
[[ -d Fuzz ]] && paths+=(Fuzz)
case "${1:-}" in
  "") swift format format --in-place --parallel --recursive "${paths[@]}" ;;
  --lint) swift format lint --strict --parallel --recursive "${paths[@]}" ;;
  -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//' ;;
  *) echo "format.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
esac
