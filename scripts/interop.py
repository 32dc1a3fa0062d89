"""Reads govstat's Parquet output with pandas (pyarrow) and polars, and govstat.duckdb with
duckdb, and checks them against the manifest and the data-package descriptor: row counts,
dtypes per column type, required columns without nulls, column comments, views. Exit 1 on any
mismatch."""
import json
import sys
from pathlib import Path

import duckdb
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

DUCK = {"string": ("VARCHAR",), "integer": ("BIGINT",), "number": ("DOUBLE",), "date": ("DATE",),
        "datetime": ("TIMESTAMP WITH TIME ZONE",)}
db_path = out / "govstat.duckdb"
if manifest["options"]["formats"].count("duckdb") and not db_path.exists():
    problems.append(f"{db_path}: missing")
if db_path.exists():
    con = duckdb.connect(str(db_path), read_only=True)
    for res in descriptor["resources"]:
        name = res["name"]
        if name not in manifest["counts"] or res["path"].startswith("codebooks/"):
            continue
        n = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        if n != manifest["counts"][name]:
            problems.append(f"govstat.duckdb {name}: {n} rows, manifest says {manifest['counts'][name]}")
        cols = {r[0]: r[1:] for r in con.execute(
            "SELECT column_name, data_type, comment FROM duckdb_columns() WHERE table_name = ?", [name]).fetchall()}
        for field in res["schema"]["fields"]:
            col = field["name"]
            if col not in cols:
                problems.append(f"govstat.duckdb {name}.{col}: missing")
                continue
            data_type, comment = cols[col]
            enum = field["constraints"].get("enum")
            ok = data_type.startswith("ENUM(") if enum else data_type in DUCK[field["type"]]
            if not ok:
                problems.append(f"govstat.duckdb {name}.{col}: type {data_type}")
            if comment != field["description"]:
                problems.append(f"govstat.duckdb {name}.{col}: comment {comment!r}")
        # The same rows through duckdb's own pandas and polars conversions.
        if len(con.sql(f'SELECT * FROM "{name}"').df()) != n or con.sql(f'SELECT * FROM "{name}"').pl().height != n:
            problems.append(f"govstat.duckdb {name}: pandas/polars conversion lost rows")
    views = [r[0] for r in con.execute("SELECT view_name FROM duckdb_views() WHERE NOT internal AND comment IS NOT NULL").fetchall()]
    for v in views:
        con.execute(f'SELECT count(*) FROM "{v}"').fetchone()
    for cb in ("regions", "units", "indicator_catalog"):
        con.execute(f"SELECT count(*) FROM codebook_{cb}").fetchone()
    print(f"govstat.duckdb: {len(views)} documented views ({', '.join(sorted(views))}), codebooks, tables checked with duckdb")

if problems:
    print("\n".join(problems))
    sys.exit(1)
print("interop: 0 problems")
