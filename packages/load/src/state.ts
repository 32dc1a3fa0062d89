/**
 * Incremental state: what the previous run read (each input's sha256) and, per document,
 * the rows it produced, so that a rerun re-extracts only new or changed documents.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import { TableNames } from "@govstat/schema"
import { gate } from "./gate.js"
import type { DocumentResult } from "./pipeline.js"

export interface RunState {
  readonly extractor: string
  readonly inputs: Record<string, { sha256: string; docId: string }>
}

export const STATE_FILE = ".govstat-state.json"
export const CACHE_DIR = ".govstat-cache"

/** The previous run's state in this folder, or null when there is none or it is not of the expected shape. */
export function readState(dir: string): RunState | null {
  try {
    const s = JSON.parse(fs.readFileSync(path.join(dir, STATE_FILE), "utf8")) as RunState
    return typeof s?.extractor === "string" && typeof s.inputs === "object" && s.inputs !== null ? s : null
  } catch {
    return null
  }
}

const cacheName = (sha256: string) => `${sha256}.json`

/** Where a document's result is cached under an output (or staging) folder. */
export const cacheFile = (dir: string, sha256: string) => path.join(dir, CACHE_DIR, cacheName(sha256))

const isArray = Array.isArray

/** A cache entry of the right shape whose rows still pass today's schema gate. */
function sound(r: DocumentResult): boolean {
  if (typeof r !== "object" || r === null || typeof r.docId !== "string" || typeof r.sourcePath !== "string") return false
  if (typeof r.rows !== "object" || r.rows === null || !isArray(r.rejects) || !isArray(r.warnings) || r.error !== null) return false
  for (const t of TableNames) {
    const rows = r.rows[t]
    if (!isArray(rows) || gate(t, rows).rejects.length > 0) return false
  }
  return true
}

/**
 * The cached result of a document with these bytes, or null: a missing, unreadable or
 * malformed entry, or one whose rows the schema gate now refuses, is re-extracted.
 */
export function readCached(dir: string, sha256: string, docId: string): DocumentResult | null {
  try {
    const r = JSON.parse(fs.readFileSync(path.join(dir, CACHE_DIR, cacheName(sha256)), "utf8")) as DocumentResult
    return sound(r) && r.docId === docId ? r : null
  } catch {
    return null
  }
}

/** Written by the worker that produced the result, off the main thread. */
export function writeCached(file: string, json: string): void {
  fs.writeFileSync(file, json)
}

/** A reused result moves on to the new run's cache as it is, bytes unchanged. */
export function carryCached(outDir: string, stagingDir: string, sha256: string): void {
  fs.copyFileSync(cacheFile(outDir, sha256), cacheFile(stagingDir, sha256))
}
