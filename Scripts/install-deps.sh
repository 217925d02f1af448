#!/usr/bin/env bash
# Installs what hipbalance needs on a fresh Debian machine, only what is missing:
# the C libraries' -dev packages (libxml2, zlib, SQLite) with pkg-config, Chromium for the
# browser check of the HTML reports, and Python's jsonschema for the report-schema test.
set -euo pipefail

packages=(pkg-config libxml2-dev zlib1g-dev libsqlite3-dev chromium)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
python3 -c 'import jsonschema' 2>/dev/null || python3 -m pip install --quiet jsonschema
