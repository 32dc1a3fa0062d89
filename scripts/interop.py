"""Reads govstat's Parquet output with pandas (pyarrow) and polars and checks it against the
manifest and the data-package descriptor: row counts, dtypes per column type, required columns
without nulls. Exit 1 on any mismatch."""
import json
import sys
from pathlib import Path

import pandas as pd
import polars as pl
import pyarrow.parquet as pq

out = Path(sys.argv[1] if len(sys.argv) > 1 else "output")
manifest = json.loads((out / "manifest.json").read_text())
descriptor = json.loads((out / "datapackage.json").read_text())
problems = []

ARROW = {"string": ("string", "large_string"), "integer": ("int64",), "number": ("double",), "date": ("date32[day]",),
         "datetime": ("timestamp[ms, tz=UTC]",)}
POLARS = {"string": (pl.String,), "integer": (pl.Int64,), "number": (pl.Float64,), "date": (pl.Date,),
          "datetime": (pl.Datetime,)}

for res in descriptor["resources"]:
    name = res["name"]
    if name not in manifest["counts"] or res["path"].startswith("codebooks/"):
        continue
    path = out / f"{name}.parquet"
    if not path.exists():
        problems.append(f"{path}: missing")
        continue
    table = pq.read_table(path)
    df = pd.read_parquet(path, engine="pyarrow")
    pf = pl.read_parquet(path)
    want = manifest["counts"][name]
    for reader, n in (("pyarrow", table.num_rows), ("pandas", len(df)), ("polars", pf.height)):
        if n != want:
            problems.append(f"{name}: {reader} reads {n} rows, manifest says {want}")
    for field in res["schema"]["fields"]:
        col, kind = field["name"], field["type"]
        arrow_type = str(table.schema.field(col).type)
        if arrow_type not in ARROW[kind]:
            problems.append(f"{name}.{col}: arrow type {arrow_type}, expected {ARROW[kind]}")
        if not any(isinstance(pf.schema[col], t) or pf.schema[col] == t for t in POLARS[kind]):
            problems.append(f"{name}.{col}: polars dtype {pf.schema[col]}, expected {POLARS[kind]}")
        if field["constraints"]["required"] and pf[col].null_count() > 0:
            problems.append(f"{name}.{col}: {pf[col].null_count()} nulls in a required column")
        if kind == "datetime" and str(df[col].dtype) != "datetime64[ms, UTC]":
            problems.append(f"{name}.{col}: pandas dtype {df[col].dtype}")
    print(f"{name}: {want} rows, {len(res['schema']['fields'])} columns checked with pyarrow, pandas and polars")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("interop: 0 problems")
