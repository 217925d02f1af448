#!/usr/bin/env bash
# Installs what hipbalance needs on a fresh Debian machine, only what is missing:
# the C libraries' -dev packages (libxml2, zlib, SQLite) with pkg-config, Chromium for the
# browser check of the HTML reports, and Python's jsonschema (Debian's python3-jsonschema: a
# stock Debian 12 marks its Python as externally managed, so pip would refuse) for the
# report-schema test. Quiet when nothing is missing; apt's and dpkg's progress goes to stderr,
# so standard output stays clean for whatever runs after this script.
set -euo pipefail

packages=(pkg-config libxml2-dev zlib1g-dev libsqlite3-dev chromium)
python3 -c 'import jsonschema' 2>/dev/null || packages+=(python3-jsonschema)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "install-deps: installing ${missing[*]}" >&2
    {
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
        $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    } >&2
fi
