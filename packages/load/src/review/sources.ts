/**
 * Finds each document's source for the review: the file named in the manifest, under one of
 * the given input folders (or the file given), checked against the manifest's sha256, decoded
 * exactly as the extractor decoded it; and its warnings, from the run's cache when it has them.
 */
import { decodeBytes, extractDocument, sha256Hex } from "@govstat/extract"
import * as fs from "node:fs"
import * as path from "node:path"
import { CACHE_DIR } from "../state.js"

export interface ManifestInput {
  readonly doc_id: string
  readonly source_path: string
  readonly sha256: string
  readonly bytes: number
  readonly status: string
  readonly error: { readonly tag: string; readonly message: string } | null
  readonly warnings: number
}

export interface Warning {
  readonly char_start: number
  readonly char_end: number
  readonly reason: string
}

export type Source =
  | { readonly ok: true; readonly text: string; readonly encoding: string; readonly warnings: ReadonlyArray<Warning> }
  | { readonly ok: false; readonly reason: string }

/** Candidate files for an input: the source path under each root, or a root that is that file. */
const candidates = (input: ManifestInput, roots: ReadonlyArray<string>) =>
  roots.flatMap((r) => {
    const isFile = fs.existsSync(r) && fs.statSync(r).isFile()
    return isFile ? (path.basename(r) === input.source_path ? [r] : []) : [path.join(r, input.source_path)]
  })

/** The warnings the run recorded for these bytes, or null when its cache does not have them. */
function cachedWarnings(outDir: string, sha256: string, docId: string): ReadonlyArray<Warning> | null {
  try {
    const r = JSON.parse(fs.readFileSync(path.join(outDir, CACHE_DIR, `${sha256}.json`), "utf8")) as { docId: string; warnings: Array<Warning> }
    return r.docId === docId && Array.isArray(r.warnings) ? r.warnings : null
  } catch {
    return null
  }
}

/**
 * Reads and decodes the source of one input. `files` maps doc_id to a known file (a run
 * knows its inputs); otherwise `roots` are searched.
 */
export function readSource(outDir: string, input: ManifestInput, roots: ReadonlyArray<string>, file?: string): Source {
  const tried = file ? [file] : candidates(input, roots)
  const found = tried.find((f) => fs.existsSync(f) && fs.statSync(f).isFile())
  if (!found) return { ok: false, reason: `source ${input.source_path} not found (looked in ${roots.join(", ") || "no folder"}; pass --input)` }
  const bytes = fs.readFileSync(found)
  const sha256 = sha256Hex(bytes)
  if (input.sha256 && sha256 !== input.sha256) return { ok: false, reason: `${found} has changed since the run (sha256 differs); run again to review it` }
  const decoded = decodeBytes(bytes, input.source_path)
  if (!("text" in decoded)) return { ok: false, reason: decoded.message }
  let warnings = cachedWarnings(outDir, sha256, input.doc_id)
  if (warnings === null) {
    const out = extractDocument(bytes, { docId: input.doc_id, path: input.source_path, sha256 })
    warnings = out.ok ? out.result.warnings : []
  }
  return { ok: true, text: decoded.text, encoding: decoded.encoding, warnings }
}
