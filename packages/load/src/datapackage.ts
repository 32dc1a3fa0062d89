/**
 * The Frictionless Data Package descriptor, generated from the schemas: one resource per
 * table file with its Table Schema (types, descriptions, enum constraints, primary key,
 * foreign keys to documents), and the codebooks as CSV resources to join on.
 */
import type { Field, Table } from "@govstat/schema"
import { Tables } from "@govstat/schema"

const TYPE = { string: "string", enum: "string", int64: "integer", double: "number", date: "date", timestamp: "datetime" } as const

export const tableSchemaField = (f: Field) => ({
  name: f.name,
  type: TYPE[f.kind],
  ...(f.kind === "date" ? { format: "%Y-%m-%d" } : {}),
  description: f.description,
  constraints: {
    required: !f.nullable,
    ...(f.values ? { enum: f.values } : {})
  }
})

const tableSchema = (t: Table) => ({
  fields: t.fields.map(tableSchemaField),
  missingValues: [""],
  ...(t.primaryKey.length ? { primaryKey: [...t.primaryKey] } : {}),
  ...(t.name !== "documents" && t.fields.some((f) => f.name === "doc_id")
    ? { foreignKeys: [{ fields: ["doc_id"], reference: { resource: "documents", fields: ["doc_id"] } }] }
    : {})
})

export interface CodebookResource {
  readonly name: string
  readonly description: string
  readonly fields: ReadonlyArray<{ name: string; type: "string" | "number"; description: string }>
}

export function dataPackage(version: string, codebooks: ReadonlyArray<CodebookResource>, extraTables: ReadonlyArray<Table>) {
  const tables = [...Object.values(Tables), ...extraTables] as ReadonlyArray<Table>
  return {
    profile: "tabular-data-package",
    name: "govstat",
    title: "Indicators, projects and policies extracted from Chinese government documents",
    version,
    resources: [
      ...tables.map((t) => ({
        name: t.name,
        path: `${t.name}.csv`,
        profile: "tabular-data-resource",
        description: t.description,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        dialect: { delimiter: ",", lineTerminator: "\n", quoteChar: "\"", doubleQuote: true, header: true },
        schema: tableSchema(t)
      })),
      ...codebooks.map((c) => ({
        name: c.name,
        path: `codebooks/${c.name}.csv`,
        profile: "tabular-data-resource",
        description: c.description,
        format: "csv",
        mediatype: "text/csv",
        encoding: "utf-8",
        schema: { fields: c.fields, missingValues: [""] }
      }))
    ]
  }
}
