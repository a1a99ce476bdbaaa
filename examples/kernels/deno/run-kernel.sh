#!/usr/bin/env bash
# Starts the repo's Deno (the npm devDependency `deno`, node_modules/.bin/deno)
# as a Jupyter kernel with the repo's deno.json: its import map resolves
# 'zonelink', 'zonelink/data' and 'zonelink/node' to the sources in src/ and the
# npm packages to the installed node_modules (nothing is downloaded).
# Jupyter calls it through kernel.json with the connection file as $1.
# `deno jupyter` has no --config flag: Deno finds deno.json by walking up from
# its working directory, so the kernel runs in the repo root, wherever Jupyter
# started it (the notebook's folder, a temp dir). Notebooks therefore name
# files relative to the repo root (examples/data/...).
set -euo pipefail
connection_file="${1:?usage: run-kernel.sh CONNECTION_FILE}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
deno="$root/node_modules/.bin/deno"
if [ ! -x "$deno" ]; then
  echo "run-kernel.sh: $deno not found; run 'npm install' in $root first" >&2
  exit 1
fi
case "$connection_file" in /*) ;; *) connection_file="$PWD/$connection_file" ;; esac
cd "$root"
exec "$deno" jupyter --kernel --conn "$connection_file"
