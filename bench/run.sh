#!/usr/bin/env bash
# Benchmarks, each writing bench/results/<name>.md.
# Usage: bench/run.sh [centrality|columnar-results|eigenvector|edge-betweenness|structure|leiden|community-large|inequality|parse-csv|large-linkages|report-large|moran|qap|all]   (default: all)
# moran needs Rscript with spdep (Debian: r-cran-spdep); qap needs Rscript with sna (r-cran-sna).
# The peers run in Debian's Python: python3-networkx and python3-igraph are
# installed with apt when missing. NETWORKX_PYTHON overrides the interpreter
# for NetworkX (e.g. a python3 with NetworkX 3.6); IGRAPH_PYTHON for igraph.
set -euo pipefail
cd "$(dirname "$0")/.."

peers() {
  if ! /usr/bin/python3 -c 'import networkx, igraph' >/dev/null 2>&1; then
    echo "bench: installing python3-networkx and python3-igraph with apt" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-networkx python3-igraph
  fi
  if [ -z "${NETWORKX_PYTHON:-}" ]; then
    # Prefer a python3 on PATH whose NetworkX is newer than Debian's, else Debian's.
    if python3 -c 'import networkx, sys; sys.exit(0 if int(networkx.__version__.split(".")[0]) >= 3 else 1)' >/dev/null 2>&1; then
      NETWORKX_PYTHON=python3
    else
      NETWORKX_PYTHON=/usr/bin/python3
    fi
  fi
}

centrality() {
  peers
  local dir="${BENCH_DIR:-${TMPDIR:-/tmp}/zonelink-bench-centrality}"
  mkdir -p "$dir"
  npx tsx bench/centrality.bench.ts run "$dir"
  "$NETWORKX_PYTHON" bench/peers.py networkx "$dir"
  "${IGRAPH_PYTHON:-/usr/bin/python3}" bench/peers.py igraph "$dir"
  npx tsx bench/centrality.bench.ts report "$dir"
}

structure() {
  peers
  PEER_PYTHON="${IGRAPH_PYTHON:-/usr/bin/python3}" npx tsx bench/structure.bench.ts "${BENCH_DIR:-${TMPDIR:-/tmp}/zonelink-bench-structure}"
}

pandas_peer() {
  peers
  if ! /usr/bin/python3 -c 'import pandas' >/dev/null 2>&1; then
    echo "bench: installing python3-pandas with apt" >&2
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-pandas
  fi
}

case "${1:-all}" in
  centrality) centrality ;;
  columnar-results) peers; NODE_OPTIONS=--max-old-space-size=6144 npx tsx bench/columnar-results.bench.ts ;;
  eigenvector) peers; npx tsx bench/eigenvector.bench.ts ;;
  structure) structure ;;
  edge-betweenness) peers; npx tsx bench/edge-betweenness.bench.ts ;;
  leiden) peers; npx tsx bench/leiden.bench.ts ;;
  community-large) peers; node --expose-gc --import tsx bench/community-large.bench.ts ;;
  inequality) npx tsx bench/inequality.bench.ts ;;
  parse-csv) npx tsx bench/parse-csv.bench.ts ;;
  moran) npx tsx bench/moran.bench.ts ;;
  qap) npx tsx bench/qap.bench.ts ;;
  large-linkages) pandas_peer; npx tsx bench/large-linkages.bench.ts ;;
  report-large) npx tsx bench/report-large.bench.ts ;;
  all)
    centrality
    NODE_OPTIONS=--max-old-space-size=6144 npx tsx bench/columnar-results.bench.ts
    npx tsx bench/eigenvector.bench.ts
    structure
    npx tsx bench/edge-betweenness.bench.ts
    npx tsx bench/leiden.bench.ts
    node --expose-gc --import tsx bench/community-large.bench.ts
    npx tsx bench/inequality.bench.ts
    npx tsx bench/parse-csv.bench.ts
    npx tsx bench/moran.bench.ts
    npx tsx bench/qap.bench.ts
    pandas_peer
    npx tsx bench/large-linkages.bench.ts
    npx tsx bench/report-large.bench.ts
    ;;
  *)
    echo "usage: bench/run.sh [centrality|columnar-results|eigenvector|edge-betweenness|structure|leiden|community-large|inequality|parse-csv|large-linkages|report-large|moran|qap|all]" >&2
    exit 2
    ;;
esac
