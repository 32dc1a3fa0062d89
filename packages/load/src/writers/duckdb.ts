/**
 * The DuckDB database beside the files: the four tables and rejects with their types and
 * the column dictionary as comments, the codebooks, and views a statistician starts from.
 * Built from the run's own Parquet files in the staging folder (DuckDB reads them natively,
 * types intact), so it is published with the rest of the run, atomically.
 */
import { DuckDBInstance } from "@duckdb/node-api"
import { type Field, RejectTable, type Table, TableNames, Tables } from "@govstat/schema"
import * as fs from "node:fs"
import * as path from "node:path"
import { type CodebookFile, codebookFiles } from "../codebooks.js"

export const DUCKDB_FILE = "govstat.duckdb"

const TYPE: Record<Field["kind"], string> = {
  string: "VARCHAR", enum: "VARCHAR", int64: "BIGINT", double: "DOUBLE", date: "DATE", timestamp: "TIMESTAMPTZ"
}

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`
const literal = (s: string) => `'${s.replace(/'/g, "''")}'`

/** An enum column gets a DuckDB ENUM of its schema's values, so its type says what it may hold. */
const enumType = (t: Table, f: Field) => `${t.name}_${f.name}`
const columnType = (t: Table, f: Field) => (f.kind === "enum" && f.values ? ident(enumType(t, f)) : TYPE[f.kind])

/**
 * The DDL of one table: typed columns, NOT NULL where the schema requires a value. No PRIMARY
 * KEY: the gate already keeps ids unique, and its index would make the file nearly three times
 * larger and the load slower (1M indicator rows: 59 MB against 22 MB).
 */
export function tableDdl(t: Table): Array<string> {
  const enums = t.fields
    .filter((f) => f.kind === "enum" && f.values)
    .map((f) => `CREATE TYPE ${ident(enumType(t, f))} AS ENUM (${f.values!.map(literal).join(", ")})`)
  const cols = t.fields.map((f) => `  ${ident(f.name)} ${columnType(t, f)}${f.nullable ? "" : " NOT NULL"}`)
  return [
    ...enums,
    `CREATE TABLE ${ident(t.name)} (\n${cols.join(",\n")}\n)`,
    `COMMENT ON TABLE ${ident(t.name)} IS ${literal(t.description)}`,
    ...t.fields.map((f) => `COMMENT ON COLUMN ${ident(t.name)}.${ident(f.name)} IS ${literal(f.description)}`)
  ]
}

/** Views, each with a comment that says what one row is. */
export const VIEWS: ReadonlyArray<{ readonly name: string; readonly comment: string; readonly sql: string }> = [
  {
    name: "indicators_with_documents",
    comment: "Every indicator row with the document it was read from (title, genre, issuer, publication date, report year, source path, the document's own region).",
    sql: `SELECT i.*, d.title AS doc_title, d.genre AS doc_genre, d.issuer AS doc_issuer, d.region AS doc_region,
       d.published_on AS doc_published_on, d.report_year AS doc_report_year, d.source_path AS doc_source_path
FROM indicators i JOIN documents d USING (doc_id)`
  },
  {
    name: "indicator_series",
    comment: "One row per region × indicator_code × measure × period × status (coded indicators with a period): the value of the most recent document that states it " +
      "(latest publication date, then report year, then doc_id; first mention), its unit and base value, its source (doc_id, row id, quote, char_start, char_end), " +
      "how many rows state it and how many distinct values they give (n_values > 1 means the sources disagree). measure is in the key because a level and its growth share a code.",
    sql: `WITH ranked AS (
  SELECT i.*, d.published_on, d.report_year,
         count(*) OVER k AS n_sources,
         count(DISTINCT coalesce(i.value_base, i.value)) OVER k AS n_values,
         row_number() OVER (PARTITION BY i.region, i.indicator_code, i.measure, i.period, i.status
                            ORDER BY d.published_on DESC NULLS LAST, d.report_year DESC NULLS LAST, i.doc_id DESC, i.char_start) AS pick
  FROM indicators i JOIN documents d USING (doc_id)
  WHERE i.indicator_code IS NOT NULL AND i.period IS NOT NULL
  WINDOW k AS (PARTITION BY i.region, i.indicator_code, i.measure, i.period, i.status)
)
SELECT region, region_code, indicator_code, measure, period, period_start, period_end, status,
       value, unit, value_base, base_unit, qualifier, indicator,
       doc_id AS source_doc_id, id AS source_id, quote AS source_quote, char_start AS source_char_start, char_end AS source_char_end,
       n_sources, n_values
FROM ranked WHERE pick = 1`
  },
  {
    name: "document_counts",
    comment: "One row per document: its metadata and how many indicators (of them targets), projects and policies were read from it.",
    sql: `SELECT d.doc_id, d.title, d.genre, d.region, d.report_year, d.published_on, d.char_count,
       (SELECT count(*) FROM indicators i WHERE i.doc_id = d.doc_id) AS indicators,
       (SELECT count(*) FROM indicators i WHERE i.doc_id = d.doc_id AND i.status = 'target') AS targets,
       (SELECT count(*) FROM projects p WHERE p.doc_id = d.doc_id) AS projects,
       (SELECT count(*) FROM policies p WHERE p.doc_id = d.doc_id) AS policies
FROM documents d`
  }
]

const CODEBOOK_TYPE = { string: "VARCHAR", number: "DOUBLE" } as const

/**
 * Writes `dir/govstat.duckdb` from `dir/<table>.parquet` (the run's own files) and the
 * codebooks. The database is checkpointed and closed before returning: one file, no WAL.
 */
export async function writeDuckdb(dir: string, tables: ReadonlyArray<Table>, codebooks: ReadonlyArray<CodebookFile>): Promise<string> {
  const file = path.join(dir, DUCKDB_FILE)
  fs.rmSync(file, { force: true })
  // Extraction is over when this runs, so DuckDB may use every core.
  const db = await DuckDBInstance.create(file)
  const c = await db.connect()
  try {
    for (const t of tables) {
      for (const sql of tableDdl(t)) await c.run(sql)
      const parquet = path.join(dir, `${t.name}.parquet`)
      const cols = t.fields.map((f) => ident(f.name)).join(", ")
      await c.run(`INSERT INTO ${ident(t.name)} (${cols}) SELECT ${cols} FROM read_parquet(${literal(parquet)})`)
    }
    for (const cb of codebooks) {
      const name = `codebook_${cb.name}`
      const csv = path.join(dir, "codebooks", `${cb.name}.csv`)
      fs.mkdirSync(path.dirname(csv), { recursive: true })
      if (!fs.existsSync(csv)) fs.writeFileSync(csv, cb.csv)
      const columns = cb.fields.map((f) => `${literal(f.name)}: ${literal(CODEBOOK_TYPE[f.type])}`).join(", ")
      await c.run(`CREATE TABLE ${ident(name)} AS SELECT * FROM read_csv(${literal(csv)}, header = true, columns = {${columns}})`)
      await c.run(`COMMENT ON TABLE ${ident(name)} IS ${literal(cb.description)}`)
      for (const f of cb.fields) await c.run(`COMMENT ON COLUMN ${ident(name)}.${ident(f.name)} IS ${literal(f.description)}`)
    }
    for (const v of VIEWS) {
      await c.run(`CREATE VIEW ${ident(v.name)} AS ${v.sql}`)
      await c.run(`COMMENT ON VIEW ${ident(v.name)} IS ${literal(v.comment)}`)
    }
    await c.run("CHECKPOINT")
  } finally {
    c.closeSync()
    db.closeSync()
  }
  return file
}

/**
 * The pipeline's one call: builds the database in the staging folder from the Parquet files
 * the run wrote (they are written for it even when Parquet was not asked for, and removed
 * again then), so it moves into place with everything else.
 */
export async function stageDuckdb(staging: string, keepParquet: boolean): Promise<void> {
  const tables = [...TableNames.map((n) => Tables[n] as Table), RejectTable as Table]
  await writeDuckdb(staging, tables, codebookFiles())
  if (!keepParquet) for (const t of tables) fs.rmSync(path.join(staging, `${t.name}.parquet`), { force: true })
}
