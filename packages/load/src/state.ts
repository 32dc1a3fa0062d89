/**
 * Incremental state: what the previous run read (each input's sha256) and, per document,
 * the rows it produced, so that a rerun re-extracts only new or changed documents.
 */
import * as fs from "node:fs"
import * as path from "node:path"
import type { DocumentResult } from "./pipeline.js"

export interface RunState {
  readonly extractor: string
  readonly inputs: Record<string, { sha256: string; docId: string }>
}

export const STATE_FILE = ".govstat-state.json"
export const CACHE_DIR = ".govstat-cache"

export function readState(outDir: string): RunState | null {
  try {
    return JSON.parse(fs.readFileSync(path.join(outDir, STATE_FILE), "utf8")) as RunState
  } catch {
    return null
  }
}

const cacheName = (sha256: string) => `${sha256}.json`

/** Where a document's result is cached under an output (or staging) folder. */
export const cacheFile = (dir: string, sha256: string) => path.join(dir, CACHE_DIR, cacheName(sha256))

/** The cached result of a document with these bytes, or null. */
export function readCached(outDir: string, sha256: string, docId: string): DocumentResult | null {
  try {
    const r = JSON.parse(fs.readFileSync(path.join(outDir, CACHE_DIR, cacheName(sha256)), "utf8")) as DocumentResult
    return r.docId === docId ? r : null
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
