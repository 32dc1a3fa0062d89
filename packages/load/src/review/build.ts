/**
 * `govstat review`: from an output folder (its tables, manifest and the sources it names)
 * writes `review/index.html` and one self-contained page per document.
 */
import { IndicatorCatalog } from "@govstat/schema"
import * as fs from "node:fs"
import * as path from "node:path"
import { CSS } from "./assets.js"
import { rowsPerDocument, statusMix, topIndicators } from "./charts.js"
import { escapeHtml } from "./marks.js"
import { indicatorRow, policyRow, type Problem, projectRow, rejectProblem, type ReviewRow } from "./model.js"
import { documentPage, legend } from "./page.js"
import { type ManifestInput, readSource } from "./sources.js"
import { readOutputTables, type Row } from "./tables.js"

export const REVIEW_DIR = "review"

export interface ReviewOptions {
  /** Only these documents get a page (the index still lists every document). */
  readonly docs?: ReadonlyArray<string>
  /** Folders (or files) the run read, to find the sources named in the manifest. */
  readonly roots?: ReadonlyArray<string>
  /** doc_id → source file, when the caller knows them (a run does). */
  readonly files?: ReadonlyMap<string, string>
}

export interface ReviewResult {
  readonly index: string
  readonly pages: ReadonlyArray<{ readonly docId: string; readonly file: string; readonly marks: number }>
}

/** A file name for a doc_id that is safe on every file system and unique within the run. */
const pageName = (docId: string, taken: Set<string>) => {
  const base = docId.normalize("NFC").replace(/[^\p{L}\p{N}._-]+/gu, "_").slice(0, 80) || "doc"
  let name = `${base}.html`
  for (let k = 2; taken.has(name.toLowerCase()); k++) name = `${base}-${k}.html`
  taken.add(name.toLowerCase())
  return name
}

const groupBy = <T>(rows: ReadonlyArray<T>, key: (r: T) => string) => {
  const m = new Map<string, Array<T>>()
  for (const r of rows) {
    const k = key(r)
    const list = m.get(k)
    if (list) list.push(r)
    else m.set(k, [r])
  }
  return m
}

export async function buildReview(outDir: string, options: ReviewOptions = {}): Promise<ReviewResult> {
  const manifestPath = path.join(outDir, "manifest.json")
  if (!fs.existsSync(manifestPath)) throw new Error(`${outDir} has no manifest.json: not a govstat output folder`)
  const manifest = JSON.parse(fs.readFileSync(manifestPath, "utf8")) as { run_id: string; inputs: Array<ManifestInput> }
  const tables = await readOutputTables(outDir)
  const byDoc = {
    documents: groupBy(tables.documents, (r) => String(r.doc_id)),
    indicators: groupBy(tables.indicators, (r) => String(r.doc_id)),
    projects: groupBy(tables.projects, (r) => String(r.doc_id)),
    policies: groupBy(tables.policies, (r) => String(r.doc_id)),
    rejects: groupBy(tables.rejects, (r) => String(r.doc_id ?? ""))
  }
  const wanted = options.docs?.length ? new Set(options.docs) : null
  if (wanted) for (const id of wanted) if (!manifest.inputs.some((i) => i.doc_id === id)) throw new Error(`no document "${id}" in ${manifestPath}`)
  const dir = path.join(outDir, REVIEW_DIR)
  fs.rmSync(dir, { recursive: true, force: true })
  fs.mkdirSync(dir, { recursive: true })
  const taken = new Set<string>(["index.html"])
  const pages: Array<{ docId: string; file: string; marks: number }> = []
  const links = new Map<string, string>()
  for (const input of manifest.inputs) {
    if (wanted && !wanted.has(input.doc_id)) continue
    const name = pageName(input.doc_id, taken)
    const rows: Array<ReviewRow> = [
      ...(byDoc.indicators.get(input.doc_id) ?? []).map(indicatorRow),
      ...(byDoc.projects.get(input.doc_id) ?? []).map(projectRow),
      ...(byDoc.policies.get(input.doc_id) ?? []).map(policyRow)
    ].sort((a, b) => a.start - b.start || a.end - b.end)
    const source = readSource(outDir, input, options.roots ?? [], options.files?.get(input.doc_id))
    const problems: Array<Problem> = [
      ...(byDoc.rejects.get(input.doc_id) ?? []).map(rejectProblem),
      ...(source.ok ? source.warnings.map((w): Problem => ({ kind: "warning", reason: w.reason, detail: source.text.slice(w.char_start, w.char_end), start: w.char_start, end: w.char_end })) : [])
    ]
    const html = documentPage({
      document: byDoc.documents.get(input.doc_id)?.[0] ?? null, docId: input.doc_id, sourcePath: input.source_path,
      error: input.error ? `${input.error.tag}: ${input.error.message}` : null, source, rows, problems, indexHref: "index.html"
    })
    fs.writeFileSync(path.join(dir, name), html)
    pages.push({ docId: input.doc_id, file: path.join(dir, name), marks: source.ok ? rows.length : 0 })
    links.set(input.doc_id, name)
  }
  const index = path.join(dir, "index.html")
  fs.writeFileSync(index, indexPage(manifest, byDoc, links))
  return { index, pages }
}

type ByDoc = Record<"documents" | "indicators" | "projects" | "policies" | "rejects", Map<string, Array<Row>>>

function indexPage(manifest: { run_id: string; inputs: Array<ManifestInput> }, byDoc: ByDoc, links: ReadonlyMap<string, string>): string {
  const n = (t: keyof ByDoc, id: string) => byDoc[t].get(id)?.length ?? 0
  const counts = manifest.inputs.flatMap((i) =>
    (["indicators", "projects", "policies"] as const).map((table) => ({ doc: i.doc_id, table, n: n(table, i.doc_id) })))
  const names = new Map(IndicatorCatalog.map((e) => [e.code, e.name]))
  const byCode = new Map<string, number>()
  for (const rows of byDoc.indicators.values()) {
    for (const r of rows) {
      const label = r.indicator_code ? names.get(String(r.indicator_code)) ?? String(r.indicator_code) : `${r.indicator}（no code）`
      byCode.set(label, (byCode.get(label) ?? 0) + 1)
    }
  }
  const top = [...byCode].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 15).map(([label, k]) => ({ label, n: k }))
  const mix = new Map<string, { table: string; status: string; n: number }>()
  for (const table of ["indicators", "projects", "policies"] as const) {
    for (const rows of byDoc[table].values()) {
      for (const r of rows) {
        const status = String(r.status ?? "no status")
        const key = `${table}\u0000${status}`
        const e = mix.get(key) ?? { table, status, n: 0 }
        mix.set(key, { ...e, n: e.n + 1 })
      }
    }
  }
  const totals = { indicators: 0, projects: 0, policies: 0, rejects: 0 }
  for (const t of Object.keys(totals) as Array<keyof typeof totals>) for (const rows of byDoc[t].values()) totals[t] += rows.length
  const rowsHtml = manifest.inputs.map((i) => {
    const d = byDoc.documents.get(i.doc_id)?.[0]
    const link = links.get(i.doc_id)
    const targets = (byDoc.indicators.get(i.doc_id) ?? []).filter((r) => r.status === "target").length
    const cell = (v: unknown) => `<td>${v === null || v === undefined ? "" : escapeHtml(String(v))}</td>`
    const num = (v: number) => `<td class="n">${v}</td>`
    return `<tr data-doc="${escapeHtml(i.doc_id)}"><td>${link ? `<a href="${encodeURIComponent(link)}">${escapeHtml(i.doc_id)}</a>` : escapeHtml(i.doc_id)}</td>` +
      cell(d?.title) + cell(d?.genre) + cell(d?.region) + cell(d?.report_year) + `<td class="date">${escapeHtml(String(d?.published_on ?? ""))}</td>` +
      num(n("indicators", i.doc_id)) + num(targets) + num(n("projects", i.doc_id)) + num(n("policies", i.doc_id)) + num(n("rejects", i.doc_id)) + num(i.warnings) +
      `<td>${i.error ? `<b style="color:#dc2626">${escapeHtml(i.error.tag)}</b>` : escapeHtml(i.status)}</td></tr>`
  }).join("\n")
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>govstat review · ${escapeHtml(manifest.run_id)}</title><style>${CSS}</style></head>
<body>
<header><h1>govstat review</h1><span class="meta">run ${escapeHtml(manifest.run_id)} · ${manifest.inputs.length} documents · ${totals.indicators} indicators · ${totals.projects} projects · ${totals.policies} policies · ${totals.rejects} rejects</span>${legend()}</header>
<main class="index">
<div class="charts">
<figure id="chart-rows"><figcaption>Rows per document</figcaption>${rowsPerDocument(counts)}</figure>
<figure id="chart-top"><figcaption>Top indicators</figcaption>${topIndicators(top)}</figure>
<figure id="chart-status"><figcaption>Status mix</figcaption>${statusMix([...mix.values()])}</figure>
</div>
<table class="docs"><thead><tr><th>doc_id</th><th>title</th><th>genre</th><th>region</th><th>report year</th><th>published</th>
<th>indicators</th><th>targets</th><th>projects</th><th>policies</th><th>rejects</th><th>warnings</th><th>status</th></tr></thead>
<tbody>
${rowsHtml}
</tbody></table>
</main></body></html>
`
}
