// Second audit reading of period, status, measure and qualifier (docs/audit-sample-2.md).
// Draws a seeded sample of indicator rows from a "before" run (corpus rows stratified by the
// decade of the document's year, one per stratum in turn; web rows uniformly), finds the same
// rows (document and span) in an "after" run, and scores both against hand readings kept as data
// (docs/audit-sample-2.readings.json: per row the right period/status/measure/qualifier, or "?"
// where the text cannot decide). Without --readings it prints each drawn row with its context
// for reading.
// usage:
//   node scripts/audit-sample-2.mjs --before RUN --after RUN2 --input TEXTS --n 60 --seed 2026 --tag c [--readings FILE] [--md]
import fs from "node:fs"
import path from "node:path"

const args = Object.fromEntries(
  process.argv.slice(2).reduce((a, v, i, all) => (v.startsWith("--") ? [...a, [v.slice(2), all[i + 1]?.startsWith("--") ? true : all[i + 1] ?? true]] : a), [])
)
const n = Number(args.n ?? 60)
let seed = Number(args.seed ?? 2026)
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), seed / 2 ** 32)

function parseCsv(text) {
  const rows = []
  let row = [], field = "", q = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (q) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++ }
      else if (c === '"') q = false
      else field += c
    } else if (c === '"') q = true
    else if (c === ",") { row.push(field); field = "" }
    else if (c === "\n") { row.push(field); rows.push(row); row = []; field = "" }
    else if (c !== "\r") field += c
  }
  if (field || row.length) { row.push(field); rows.push(row) }
  const [head, ...body] = rows
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ""])))
}
const load = (dir) => ({
  rows: parseCsv(fs.readFileSync(path.join(dir, "indicators.csv"), "utf8")),
  docs: Object.fromEntries(parseCsv(fs.readFileSync(path.join(dir, "documents.csv"), "utf8")).map((d) => [d.doc_id, d]))
})
const before = load(args.before)
const after = args.after ? load(args.after) : null

// Draw: corpus rows stratified by decade, web rows (--uniform) uniformly.
const docYear = (r) => Number(before.docs[r.doc_id]?.report_year || before.docs[r.doc_id]?.published_on?.slice(0, 4) || r.doc_id.match(/_(\d{4})$/)?.[1] || NaN)
let picked = []
if (args.uniform) {
  const pool = [...before.rows]
  while (picked.length < n && pool.length) picked.push(pool.splice(Math.floor(rand() * pool.length), 1)[0])
} else {
  const strata = new Map()
  for (const r of before.rows) {
    const y = docYear(r)
    const key = Number.isFinite(y) ? String(Math.floor(y / 10) * 10) : "none"
    if (!strata.has(key)) strata.set(key, [])
    strata.get(key).push(r)
  }
  const keys = [...strata.keys()].sort()
  const seen = new Set()
  while (picked.length < n) {
    let added = false
    for (const k of keys) {
      const pool = strata.get(k).filter((r) => !seen.has(r.id))
      if (!pool.length || picked.length >= n) continue
      const r = pool[Math.floor(rand() * pool.length)]
      seen.add(r.id)
      picked.push(r)
      added = true
    }
    if (!added) break
  }
}

const key = (r) => `${r.doc_id}@${r.char_start}`
const afterBySpan = after ? new Map(after.rows.map((r) => [key(r), r])) : new Map()
const texts = {}
const context = (r) => {
  const src = before.docs[r.doc_id].source_path
  texts[src] ??= fs.readFileSync(path.join(args.input, src), "utf8")
  const t = texts[src], a = Number(r.char_start), b = Number(r.char_end)
  return `${t.slice(Math.max(0, a - 70), a)}【${t.slice(a, b)}】${t.slice(b, b + 25)}`.replace(/\s+/g, " ").replace(/\|/g, "¦")
}
const tag = args.tag ?? "r"
const ATTRS = ["period", "bounds", "status", "measure", "qualifier"]

// Bounds are right when they are the first and last day of the right period.
function bounds(label) {
  if (!label) return ["", ""]
  let m = /^(\d{4})$/.exec(label)
  if (m) return [`${m[1]}-01-01`, `${m[1]}-12-31`]
  const last = (y, mo) => new Date(Date.UTC(y, mo, 0)).getUTCDate()
  const span = (y, a, b) => [`${y}-${String(a).padStart(2, "0")}-01`, `${y}-${String(b).padStart(2, "0")}-${last(y, b)}`]
  if ((m = /^(\d{4})Q([1-4])$/.exec(label))) return span(+m[1], m[2] * 3 - 2, m[2] * 3)
  if ((m = /^(\d{4})H([12])$/.exec(label))) return span(+m[1], m[2] === "1" ? 1 : 7, m[2] === "1" ? 6 : 12)
  if ((m = /^(\d{4})M(\d{2})(?:-(\d{2}))?$/.exec(label))) return span(+m[1], +m[2], +(m[3] ?? m[2]))
  return ["?", "?"]
}
function verdict(row, truth) {
  if (!row) return null
  const v = {}
  for (const a of ["period", "status", "measure", "qualifier"]) {
    const want = truth[a]
    v[a] = want === "?" ? null : (row[a] || null) === want
  }
  const [s, e] = bounds(truth.period === "?" ? row.period : truth.period)
  v.bounds = truth.period === "?" ? null : row.period_start === s && row.period_end === e
  return v
}
const mark = (v) => (v ? ATTRS.map((a) => `${a[0].toUpperCase()}${v[a] === null ? "·" : v[a] ? "✓" : "✗"}`).join(" ") : "removed")
const show = (r) => (r ? `${r.period || "∅"} / ${r.status} / ${r.measure} / ${r.qualifier || "∅"}` : "—")

if (!args.readings) {
  for (const [i, r] of picked.entries()) {
    const a = afterBySpan.get(key(r))
    console.log(`${tag}${String(i + 1).padStart(2, "0")} ${r.id} ${before.docs[r.doc_id].source_path} yr=${before.docs[r.doc_id].report_year || "∅"}\n  ${r.indicator} = ${r.value}${r.unit}\n  before: ${show(r)}\n  after:  ${show(a)}\n  ${context(r)}\n`)
  }
  process.exit(0)
}

const readings = JSON.parse(fs.readFileSync(args.readings, "utf8"))
const tally = { before: Object.fromEntries(ATTRS.map((a) => [a, [0, 0]])), after: Object.fromEntries(ATTRS.map((a) => [a, [0, 0]])) }
const lines = []
for (const [i, r] of picked.entries()) {
  const id = `${tag}${String(i + 1).padStart(2, "0")}`
  const truth = readings[id]
  if (!truth) throw new Error(`no reading for ${id} (${r.id})`)
  const a = afterBySpan.get(key(r))
  const vb = verdict(r, truth), va = verdict(a, truth)
  for (const [side, v] of [["before", vb], ["after", va]]) {
    if (!v) continue
    for (const at of ATTRS) if (v[at] !== null) { tally[side][at][0] += v[at] ? 1 : 0; tally[side][at][1]++ }
  }
  const want = `${truth.period ?? "∅"} / ${truth.status} / ${truth.measure} / ${truth.qualifier ?? "∅"}`
  lines.push(`| ${id} | \`${r.id}\` ${before.docs[r.doc_id].source_path} | ${r.indicator.slice(0, 14)} = ${r.value}${r.unit} | ${context(r)} | ${want} | ${show(r)} | ${mark(vb)} | ${show(a)} | ${mark(va)} | ${truth.cause ?? ""} | ${truth.note ?? ""} |`)
}
const acc = (t) => ATTRS.map((a) => (t[a][1] ? `${(t[a][0] / t[a][1]).toFixed(3)} (${t[a][0]}/${t[a][1]})` : "—")).join(" | ")
console.log(`| ${tag} before | ${picked.length} | ${acc(tally.before)} |`)
console.log(`| ${tag} after | ${picked.filter((r) => afterBySpan.has(key(r))).length} | ${acc(tally.after)} |`)
console.log("")
console.log("| # | row / doc | row | quote (【number】 in its source) | reading: period / status / measure / qualifier | before | ✓ | after | ✓ | class | note |")
console.log("|---|---|---|---|---|---|---|---|---|---|---|")
for (const l of lines) console.log(l)
