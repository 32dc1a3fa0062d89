/**
 * The index page's charts, drawn with Observable Plot at build time into inline SVG (Plot
 * renders into any DOM; linkedom supplies one in Node). No script or network in the page.
 */
import * as Plot from "@observablehq/plot"
import { parseHTML } from "linkedom"
import { STATUS_COLOURS, TABLE_COLOURS } from "./palette.js"

const dom = () => parseHTML("<!doctype html><html><body></body></html>").document

const render = (options: Plot.PlotOptions) => (Plot.plot({ ...options, document: dom() as unknown as Plot.PlotOptions["document"] }) as unknown as { outerHTML: string }).outerHTML

const FONT = `system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif`

/** Rows per document, stacked by table; the largest documents first. */
export function rowsPerDocument(counts: ReadonlyArray<{ doc: string; table: string; n: number }>, maxDocs = 30): string {
  const totals = new Map<string, number>()
  for (const c of counts) totals.set(c.doc, (totals.get(c.doc) ?? 0) + c.n)
  const docs = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, maxDocs).map(([d]) => d)
  const data = counts.filter((c) => docs.includes(c.doc))
  const tables = Object.keys(TABLE_COLOURS)
  return render({
    width: 440, height: 50 + 22 * docs.length, marginLeft: 150, style: { fontFamily: FONT, fontSize: "11px" },
    x: { label: "rows", grid: true }, y: { domain: docs, label: null },
    color: { domain: tables, range: tables.map((t) => TABLE_COLOURS[t]!), legend: true },
    marks: [Plot.barX(data, { x: "n", y: "doc", fill: "table", title: (d: { doc: string; table: string; n: number }) => `${d.doc}: ${d.n} ${d.table}` }), Plot.ruleX([0])]
  })
}

/** The most frequent indicator codes (or subjects without a code), with their names. */
export function topIndicators(items: ReadonlyArray<{ label: string; n: number }>): string {
  return render({
    width: 440, height: 50 + 20 * items.length, marginLeft: 150, style: { fontFamily: FONT, fontSize: "11px" },
    x: { label: "indicator rows", grid: true }, y: { domain: items.map((i) => i.label), label: null },
    marks: [Plot.barX(items, { x: "n", y: "label", fill: TABLE_COLOURS.indicators }), Plot.text(items, { x: "n", y: "label", text: "n", dx: 10 }), Plot.ruleX([0])]
  })
}

/** Status mix per table. */
export function statusMix(counts: ReadonlyArray<{ table: string; status: string; n: number }>): string {
  // Statuses in the palette's order (results, then plans, then project stages), "no status" last.
  const order = Object.keys(STATUS_COLOURS)
  const rank = (s: string) => (order.includes(s) ? order.indexOf(s) : order.length)
  const statuses = [...new Set(counts.map((c) => c.status))].sort((a, b) => rank(a) - rank(b))
  return render({
    width: 440, height: 170, marginLeft: 80, style: { fontFamily: FONT, fontSize: "11px" },
    x: { label: "rows", grid: true }, y: { label: null },
    color: { domain: statuses, range: statuses.map((s) => STATUS_COLOURS[s] ?? "#9ca3af"), legend: true },
    marks: [Plot.barX(counts, { x: "n", y: "table", fill: "status", title: (d: { status: string; n: number }) => `${d.status}: ${d.n}` }), Plot.ruleX([0])]
  })
}
