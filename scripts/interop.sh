#!/usr/bin/env bash
# Opens every Parquet file of an output folder with pandas (pyarrow engine) and polars, and
# govstat.duckdb with Python's duckdb, in a throwaway virtual environment, checking dtypes,
# nulls, comments and row counts against manifest.json; then runs examples/explore.ipynb
# top to bottom with nbclient on the same folder (its outputs are not written back).
set -euo pipefail
out="${1:-output}"
venv="${GOVSTAT_VENV:-.venv}"
packages=(pyarrow pandas polars duckdb nbclient ipykernel matplotlib)
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
if ! "$venv/bin/python" -c "import pyarrow, pandas, polars, duckdb, nbclient, ipykernel, matplotlib" 2>/dev/null; then
  # --retries 0: an index that cannot be reached is skipped at once for the next configured one.
  "$venv/bin/pip" install --quiet --retries 0 "${packages[@]}"
fi
"$venv/bin/python" scripts/interop.py "$out"
GOVSTAT_OUT="$out" MPLBACKEND=Agg "$venv/bin/python" scripts/run-notebook.py examples/explore.ipynb
