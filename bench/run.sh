#!/usr/bin/env bash
# Benchmarks. Usage: bench/run.sh centrality
# Python interpreters: NETWORKX_PYTHON (default python3, NetworkX 3.6) and
# IGRAPH_PYTHON (default /usr/bin/python3, Debian python3-igraph).
set -euo pipefail
cd "$(dirname "$0")/.."
case "${1:-}" in
  centrality)
    dir="${BENCH_DIR:-${TMPDIR:-/tmp}/zonelink-bench-centrality}"
    mkdir -p "$dir"
    npx tsx bench/centrality.bench.ts run "$dir"
    "${NETWORKX_PYTHON:-python3}" bench/peers.py networkx "$dir"
    "${IGRAPH_PYTHON:-/usr/bin/python3}" bench/peers.py igraph "$dir"
    npx tsx bench/centrality.bench.ts report "$dir"
    ;;
  *)
    echo "usage: bench/run.sh centrality" >&2
    exit 2
    ;;
esac
