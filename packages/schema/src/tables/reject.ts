import { col, freeText, table } from "../column.js"
import { TableNames } from "../enums.js"

export const RejectTable = table("rejects", "Rows that failed their table's schema, with the reason; nothing is dropped silently.", [], {
  table: col.enum(TableNames, "Table the row was meant for."),
  doc_id: col.stringOrNull("Document the row came from."),
  field: col.string("Field that failed (empty when the row as a whole failed)."),
  reason: col.nonEmpty("Why the value was refused."),
  value: col.string("The refused value, as JSON."),
  row: freeText(col.string("The whole refused row, as JSON."))
})
export type RejectRow = typeof RejectTable.schema.Type
