/**
 * One document's review page: the decoded source text with every row marked at its span,
 * the details panel, the filterable list of rows, and the rejects and warnings with their
 * reason and position. Self-contained: CSS, script and data are inline.
 */
import { CSS, SCRIPT } from "./assets.js"
import { escapeHtml, markText, type Span } from "./marks.js"
import type { Problem, ReviewRow } from "./model.js"
import { STATUS_COLOURS, TABLE_COLOURS } from "./palette.js"
import type { Source } from "./sources.js"
import type { Row } from "./tables.js"

const TABLE_RANK = { indicators: 1, projects: 0, policies: 0 } as const

/** JSON inside a <script> element: `</` and line separators cannot end or break it. */
export const scriptJson = (v: unknown) =>
  JSON.stringify(v).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029")

const attr = (s: string) => escapeHtml(s)

export function legend(): string {
  const item = (label: string, colour: string) => `<span><i style="--c:${colour}"></i>${escapeHtml(label)}</span>`
  return `<div class="legend">${[
    item("indicator · actual", STATUS_COLOURS.actual!),
    item("indicator · target", STATUS_COLOURS.target!),
    item("indicator · estimate", STATUS_COLOURS.estimate!),
    item("project", TABLE_COLOURS.projects!),
    item("policy", TABLE_COLOURS.policies!)
  ].join("")}<span style="text-decoration:underline wavy #dc2626">reject / warning</span></div>`
}

export interface PageInput {
  readonly document: Row | null
  readonly docId: string
  readonly sourcePath: string
  readonly error: string | null
  readonly source: Source
  readonly rows: ReadonlyArray<ReviewRow>
  readonly problems: ReadonlyArray<Problem>
  readonly indexHref: string
}

export function documentPage(p: PageInput): string {
  const d = p.document
  const spans: Array<Span> = p.rows.map((r, i) => ({
    start: r.start,
    end: r.end,
    rank: TABLE_RANK[r.table],
    open: (clipped) =>
      `<mark class="m${clipped === null ? "" : " clipped"}" id="m-${attr(r.id)}" data-i="${i}" data-id="${attr(r.id)}" data-table="${r.table}"` +
      `${r.status ? ` data-status="${attr(r.status)}"` : ""}>`,
    close: "</mark>"
  }))
  p.problems.forEach((q, k) => {
    if (q.start === null || q.end === null) return
    const cls = q.kind === "warning" ? "w" : "rj"
    spans.push({ start: q.start, end: q.end, rank: 2, open: () => `<span class="${cls}" id="p-${k}" title="${attr(q.reason)}">`, close: "</span>" })
  })
  const body = p.source.ok
    ? `<div id="text" lang="zh">${markText(p.source.text, spans)}</div>`
    : `<div id="text"><div class="banner">The source text cannot be shown: ${escapeHtml(p.source.reason)}</div></div>`
  const meta = [
    d?.genre, d?.region, d?.report_year ? `reports on ${d.report_year}` : null, d?.published_on ? `published ${d.published_on}` : null,
    p.source.ok ? `${p.source.encoding}, ${p.source.text.length.toLocaleString("en")} characters` : null,
    `${p.rows.length} rows`
  ].filter(Boolean).map((s) => escapeHtml(String(s))).join(" · ")
  const problemItem = (q: Problem, k: number) =>
    `<li${q.start === null ? "" : ` data-target="p-${k}"`}><span class="pos">${q.start === null ? "no position" : `@${q.start}–${q.end}`}</span> ` +
    `${escapeHtml(q.reason)}${q.detail ? ` <code>${escapeHtml(q.detail.slice(0, 120))}</code>` : ""}</li>`
  const rejects = p.problems.map((q, k) => [q, k] as const).filter(([q]) => q.kind === "reject")
  const warnings = p.problems.map((q, k) => [q, k] as const).filter(([q]) => q.kind === "warning")
  const problems = `<section class="problems" id="problems">
<h2>Rejects (<span id="n-rejects">${rejects.length}</span>)</h2>${rejects.length ? `<ol>${rejects.map(([q, k]) => problemItem(q, k)).join("")}</ol>` : `<div class="hint">none</div>`}
<h2 style="margin-top:6px">Warnings (<span id="n-warnings">${warnings.length}</span>)</h2>${warnings.length ? `<ol>${warnings.map(([q, k]) => problemItem(q, k)).join("")}</ol>` : `<div class="hint">none</div>`}
${p.error ? `<div class="banner">${escapeHtml(p.error)}</div>` : ""}
</section>`
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${escapeHtml(`${p.docId} — ${d?.title ?? p.sourcePath}`)} · govstat review</title>
<style>${CSS}</style></head>
<body class="docpage">
<header><a href="${attr(p.indexHref)}">← all documents</a><h1>${escapeHtml(String(d?.title ?? p.docId))}</h1><span class="meta">${escapeHtml(p.sourcePath)} · ${meta}</span>${legend()}</header>
<main class="doc">
${body}
<aside>
<section id="details"></section>
<section><div class="filters">
<select id="f-table" aria-label="table"><option value="">all tables</option></select>
<select id="f-status" aria-label="status"><option value="">any status</option></select>
<select id="f-measure" aria-label="measure"><option value="">any measure</option></select>
<select id="f-code" aria-label="indicator code"><option value="">any code</option></select>
<input id="f-q" type="search" placeholder="search subject, value, quote …" aria-label="search">
</div><div id="count"></div></section>
<ul id="list"></ul>
${problems}
</aside>
</main>
<script type="application/json" id="rows">${scriptJson(p.rows)}</script>
<script>${SCRIPT}</script>
</body></html>
`
}
