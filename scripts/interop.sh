#!/usr/bin/env bash
# Opens every Parquet file of an output folder with pandas (pyarrow engine) and polars in a
# throwaway virtual environment, and checks dtypes, nulls and row counts against manifest.json.
set -euo pipefail
out="${1:-output}"
venv="${GOVSTAT_VENV:-.venv}"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet pyarrow pandas polars
fi
"$venv/bin/python" scripts/interop.py "$out"
