/**
 * @govstat/load — the edges: reading files, the worker pool, validation, CSV/Parquet
 * writers, the data-package descriptor, atomic output folders, incremental state, the CLI.
 */
export * from "./datapackage.js"
export * from "./gate.js"
export * from "./output-dir.js"
export * from "./pipeline.js"
export * from "./settle.js"
export * from "./validate-output.js"
export * from "./version.js"
export { csvCell, csvText, openCsv } from "./writers/csv.js"
export {
  type ColumnPiece, columnPiece, columnStatistics, type Compression, encodeRowGroup, type EncodedRowGroup, openParquet, openParquetFile,
  parquetElement, parquetSchema, piecesToColumns, ROW_GROUP_SIZE, RowGroupCutter
} from "./writers/parquet.js"
export { buildReview, type ReviewOptions } from "./review/build.js"
export { writeDuckdb, DUCKDB_FILE } from "./writers/duckdb.js"
export { codebookFiles } from "./codebooks.js"
