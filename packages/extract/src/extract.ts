/**
 * extractDocument: bytes in, candidate rows out. Pure and deterministic — no I/O, no
 * global state — so it runs the same in a test, a worker thread or a notebook. Rows are
 * candidates: the load package validates each against its table's schema.
 */
import type { DocumentRow, IndicatorRow, PolicyRow, ProjectRow, Region } from "@govstat/schema"
import { decodeBytes } from "./decode.js"
import { type DocumentMetadata, readMetadata } from "./document/metadata.js"
import type { Section } from "./document/sections.js"
import type { Span } from "./document/spans.js"
import { type DocumentError, ReadError } from "./errors.js"
import { extractIndicators, type Malformed } from "./facts/indicators.js"
import { extractPolicies } from "./facts/policies.js"
import { extractProjects } from "./facts/projects.js"
import { parserFor, reportingYears } from "./genres/index.js"
import { sha256Hex, stableId } from "./ids.js"
import { normaliseText, toSource } from "./normalise/index.js"
import type { MappedText } from "./normalise/mapped-text.js"
import { periodBounds } from "./facts/period.js"
import { provinceOf } from "./place/gazetteer.js"
import { EXTRACTOR_VERSION } from "./version.js"

export interface ExtractOptions {
  /** Document id: the file name without its extension. */
  readonly docId: string
  /** Path of the source, as it should appear in the documents table. */
  readonly path: string
  /** SHA-256 of the bytes, when the caller has hashed them already (the pipeline does). */
  readonly sha256?: string
}

/** A number that looked like a quantity but could not be read; reported, not written. */
export interface ExtractWarning {
  readonly char_start: number
  readonly char_end: number
  readonly reason: string
}

export interface ExtractResult {
  readonly document: DocumentRow
  readonly indicators: ReadonlyArray<IndicatorRow>
  readonly projects: ReadonlyArray<ProjectRow>
  readonly policies: ReadonlyArray<PolicyRow>
  readonly warnings: ReadonlyArray<ExtractWarning>
  /** The clean text and its sections, for `govstat inspect` and for tests. */
  readonly clean: MappedText
  readonly sections: ReadonlyArray<Section>
}

export type ExtractOutcome =
  | { readonly ok: true; readonly result: ExtractResult }
  | { readonly ok: false; readonly error: DocumentError; readonly sha256: string; readonly bytes: number }

export function extractDocument(bytes: Uint8Array, options: ExtractOptions): ExtractOutcome {
  // JavaScript callers can pass anything: a string (already decoded text) gets a typed error, not a TypeError.
  if (!(bytes instanceof Uint8Array)) {
    const got = typeof bytes === "string" ? "a string (use extractText for decoded text)" : typeof bytes
    return { ok: false, error: new ReadError({ path: options.path, message: `${options.path}: extractDocument takes the file's bytes (a Uint8Array), not ${got}` }), sha256: "", bytes: 0 }
  }
  const sha256 = options.sha256 ?? sha256Hex(bytes)
  const decoded = decodeBytes(bytes, options.path)
  if (!("text" in decoded)) return { ok: false, error: decoded, sha256, bytes: bytes.length }
  return { ok: true, result: extractText(decoded.text, { ...options, sha256, bytes: bytes.length, encoding: decoded.encoding }) }
}

/** The same, from text already decoded (tests, notebooks, callers with their own I/O). */
export function extractText(
  source: string,
  options: ExtractOptions & { bytes?: number; encoding?: DocumentRow["encoding"] }
): ExtractResult {
  const { clean, script } = normaliseText(source)
  const text = clean.text
  const meta = readMetadata(text)
  const parser = parserFor(meta.genre)
  const sections = parser.sections(text, meta)
  const extractor = `${parser.name}@${EXTRACTOR_VERSION}`
  const src = (s: number, e: number) => toSource(clean, s, e)
  // Rows of one clause follow each other: the last clause's quote is kept for the next row.
  let quoted = { s: -1, e: -1, q: "" }
  const quote = (s: number, e: number) => {
    if (s === quoted.s && e === quoted.e) return quoted.q
    const [a, b] = src(s, e)
    const q = trimQuote(source.slice(a, b))
    quoted = { s, e, q }
    return q
  }
  const docId = options.docId
  const document = documentRow(meta, extractor, {
    ...options,
    sha256: options.sha256 ?? sha256Hex(new TextEncoder().encode(source)),
    bytes: options.bytes ?? new TextEncoder().encode(source).length,
    encoding: options.encoding ?? "utf-8",
    script,
    charCount: source.length
  })

  return { document, ...factRows(text, sections, meta, { docId, extractor, src, quote }), clean, sections }
}

/** A clause as quoted: without its closing punctuation and spaces (unless that is all it is). */
export const trimQuote = (clause: string): string => clause.replace(/[\s,，;；。、]+$/, "").trim() || clause

/** The documents row of a document whose metadata was read. */
export function documentRow(
  meta: DocumentMetadata, extractor: string,
  o: ExtractOptions & { sha256: string; bytes: number; encoding: DocumentRow["encoding"]; script: DocumentRow["script"]; charCount: number }
): DocumentRow {
  const years = reportingYears(meta)
  return {
    doc_id: o.docId,
    source_path: o.path,
    sha256: o.sha256,
    bytes: o.bytes,
    encoding: o.encoding,
    script: o.script,
    genre: meta.genre,
    title: meta.title,
    issuer: meta.issuer,
    region: meta.region?.name ?? null,
    region_code: meta.region?.code ?? null,
    region_level: meta.region?.level ?? null,
    province: meta.region ? provinceOf(meta.region)?.name ?? null : null,
    published_on: meta.publishedOn,
    report_year: years.review,
    report_period: meta.period ?? (years.review === null ? null : String(years.review)),
    char_count: o.charCount,
    parser: extractor
  }
}

/**
 * Where a clean text's facts go: the document they belong to, the parser that read them,
 * the way from a clean span to the source span (`src`) and the quote of a clean clause.
 */
export interface RowPlace {
  readonly docId: string
  readonly extractor: string
  readonly src: (start: number, end: number) => readonly [number, number]
  readonly quote: (start: number, end: number) => string
}

/** The candidate rows of the facts of a clean text read along its sections. */
export function factRows(
  text: string, sections: ReadonlyArray<Section>, meta: DocumentMetadata, { docId, extractor, src, quote }: RowPlace
): Pick<ExtractResult, "indicators" | "projects" | "policies" | "warnings"> {
  /** What every record carries: its document, region, evidence span in the source and clause. */
  const located = (region: Region | null, span: Span, clause: Span) => {
    const [cs, ce] = src(span.start, span.end)
    return {
      doc_id: docId,
      region: region?.name ?? null,
      region_code: region?.code ?? null,
      region_level: region?.level ?? null,
      quote: quote(clause.start, clause.end),
      char_start: cs,
      char_end: ce,
      extractor
    }
  }

  const malformed: Array<Malformed> = []
  const indicators: Array<IndicatorRow> = extractIndicators(text, sections, malformed).map((f) => {
    const at = located(f.region, f.span, f.clause)
    const bounds = periodBounds(f.period)
    // The shared fields go last: a spread at the head of a literal makes V8 build each row
    // as a slow dictionary object (measured: 25x slower to create, slower to read later).
    return {
      // Subjects sharing one number (均/各) share its span: their place in the list tells them apart.
      id: f.sharedIndex ? stableId(docId, "indicator", at.char_start, at.char_end, f.value, f.unit, f.sharedIndex) : stableId(docId, "indicator", at.char_start, at.char_end, f.value, f.unit),
      indicator: f.indicator,
      indicator_code: f.indicatorCode,
      indicator_name: f.indicatorName,
      measure: f.measure,
      value: f.value,
      unit: f.unit,
      value_base: f.valueBase,
      base_unit: f.baseUnit,
      period: f.period,
      period_start: bounds.start,
      period_end: bounds.end,
      status: f.status,
      qualifier: f.qualifier,
      ...at
    }
  })

  const projects: Array<ProjectRow> = extractProjects(text, sections, meta.genre === "work_report" || meta.genre === "work_plan").map((p) => ({
    id: stableId(docId, "project", p.name, p.year),
    name: p.name,
    kind: p.kind,
    status: p.status,
    area_km2: p.areaKm2,
    investment_yuan: p.investmentYuan,
    year: p.year,
    ...located(p.region, p.span, p.clause)
  }))

  const policies: Array<PolicyRow> = extractPolicies(text, sections, meta.issuer, meta.publishedOn).map((p) => {
    const at = located(meta.region, p.span, p.clause)
    return {
      id: stableId(docId, "policy", p.title, at.char_start),
      title: p.title,
      issuer: p.issuer,
      kind: p.kind,
      article_count: p.articleCount,
      year: p.year,
      ...at
    }
  })

  const warnings = malformed.map((m) => {
    const [cs, ce] = src(m.span.start, m.span.end)
    return { char_start: cs, char_end: ce, reason: m.reason }
  })
  return { indicators, projects, policies, warnings }
}
