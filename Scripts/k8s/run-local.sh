#!/usr/bin/env bash
# Runs the Indexed Job of indexed-job.yaml on one machine: SHARDS hipbalance processes, each
# given JOB_COMPLETION_INDEX / JOB_COMPLETIONS as Kubernetes would, then the merge. Useful to
# try a sharded layout before deploying it.
#
# usage: Scripts/k8s/run-local.sh TEAM_DIR OUT_DIR SHARDS [AS_OF]
# needs: a built hipbalance (HIPBALANCE=path, default .build/release or .build/debug)
set -euo pipefail

if [ $# -lt 3 ]; then
    echo "usage: $0 TEAM_DIR OUT_DIR SHARDS [AS_OF]" >&2
    exit 2
fi
team=$1 out=$2 shards=$3 as_of=${4:-$(date +%F)}
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${HIPBALANCE:-}
if [ -z "$bin" ]; then
    for candidate in "$root/.build/release/hipbalance" "$root/.build/debug/hipbalance"; do
        if [ -x "$candidate" ]; then bin=$candidate; break; fi
    done
fi
if [ -z "$bin" ]; then
    echo "no hipbalance binary: run 'swift build' or set HIPBALANCE" >&2
    exit 2
fi

pids=()
for ((index = 0; index < shards; index++)); do
    JOB_COMPLETION_INDEX=$index JOB_COMPLETIONS=$shards \
        "$bin" run "$team" --out "$out/shards/shard-$index" --as-of "$as_of" --quiet &
    pids+=($!)
done
worst=0
for pid in "${pids[@]}"; do
    status=0
    wait "$pid" || status=$?
    if [ "$status" -gt 1 ]; then worst=$status; fi
done
if [ "$worst" -gt 1 ]; then
    echo "a shard failed with exit status $worst" >&2
    exit "$worst"
fi
shard_dirs=()
for ((index = 0; index < shards; index++)); do shard_dirs+=("$out/shards/shard-$index"); done
exec "$bin" merge --out "$out/merged" "${shard_dirs[@]}"
