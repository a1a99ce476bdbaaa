#!/usr/bin/env bash
# Executes every example notebook (examples/*.ipynb) top to bottom with the repo's
# Deno Jupyter kernel (examples/kernels/deno, found through JUPYTER_PATH) and fails
# when a cell fails (cells check their results with explicit throws), a notebook
# exceeds its time limit, or a committed notebook was modified.
#
# Needs: `npm install` (Deno is the npm devDependency `deno`) and Jupyter's
# `jupyter execute` (Debian: jupyter-nbconvert jupyter-client). Offline: the kernel
# resolves everything through deno.json and node_modules.
#
# `jupyter execute` runs each notebook in memory and writes nothing back, so the
# committed notebooks stay as they are (checked below). Set NOTEBOOK_OUTPUT_DIR to
# keep executed copies (with outputs) there instead, via nbconvert. Deno's kernel
# (2.9) sometimes sends a cell's last display after reporting the cell idle, so a
# copy can lack an output; failures are still caught (errors come with the reply).
#
# Usage: bash scripts/run-notebooks.sh [notebook.ipynb …]
#   NOTEBOOK_TIMEOUT   seconds per notebook (default 300)
#   CELL_TIMEOUT       seconds per cell (default 120)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

notebook_timeout="${NOTEBOOK_TIMEOUT:-300}"
cell_timeout="${CELL_TIMEOUT:-120}"
kernel=deno
export JUPYTER_PATH="$root/examples${JUPYTER_PATH:+:$JUPYTER_PATH}"
# The Debian Python prints debugger warnings on every start; they are noise here.
export PYDEVD_DISABLE_FILE_VALIDATION=1

if [ ! -x node_modules/.bin/deno ]; then
  echo "run-notebooks: node_modules/.bin/deno is missing; run 'npm install' first" >&2
  exit 1
fi
if ! command -v jupyter > /dev/null; then
  echo "run-notebooks: jupyter not found (Debian: apt-get install jupyter-nbconvert jupyter-client)" >&2
  exit 1
fi
kernelspecs="$(jupyter kernelspec list 2> /dev/null || true)"
if ! grep -q "^ *$kernel  *$root/examples/kernels/$kernel\$" <<< "$kernelspecs"; then
  echo "run-notebooks: kernel '$kernel' not found in $root/examples/kernels (JUPYTER_PATH=$JUPYTER_PATH)" >&2
  jupyter kernelspec list >&2 || true
  exit 1
fi

if [ "$#" -gt 0 ]; then
  notebooks=("$@")
else
  notebooks=(examples/*.ipynb)
fi
if [ ! -e "${notebooks[0]}" ]; then
  echo "run-notebooks: no notebooks in examples/" >&2
  exit 1
fi

failed=()
for nb in "${notebooks[@]}"; do
  before="$(sha256sum "$nb")"
  start_ns=$(date +%s%N)
  status=0
  if [ -n "${NOTEBOOK_OUTPUT_DIR:-}" ]; then
    mkdir -p "$NOTEBOOK_OUTPUT_DIR"
    timeout --kill-after=10 "$notebook_timeout" \
      jupyter nbconvert --to notebook --execute --ExecutePreprocessor.kernel_name="$kernel" \
      --ExecutePreprocessor.timeout="$cell_timeout" --output-dir "$NOTEBOOK_OUTPUT_DIR" "$nb" || status=$?
  else
    timeout --kill-after=10 "$notebook_timeout" \
      jupyter execute --kernel_name="$kernel" --timeout="$cell_timeout" "$nb" || status=$?
  fi
  elapsed_ms=$(( ($(date +%s%N) - start_ns) / 1000000 ))
  seconds="$((elapsed_ms / 1000)).$(( (elapsed_ms % 1000) / 100 ))"
  if [ "$(sha256sum "$nb")" != "$before" ]; then
    echo "FAIL $nb: the committed notebook was modified by the run" >&2
    status=1
  fi
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    echo "FAIL $nb: over the time limit of ${notebook_timeout}s" >&2
    failed+=("$nb")
  elif [ "$status" -ne 0 ]; then
    echo "FAIL $nb (exit $status, ${seconds}s)" >&2
    failed+=("$nb")
  else
    echo "ok   $nb (${seconds}s)"
  fi
done

if [ "${#failed[@]}" -gt 0 ]; then
  echo "run-notebooks: ${#failed[@]} of ${#notebooks[@]} notebooks failed: ${failed[*]}" >&2
  exit 1
fi
echo "run-notebooks: all ${#notebooks[@]} notebooks ran"
