// Coded share of indicator rows (issue 16), per set: the seeds, ../shared/web/texts and the 72 national reports.
//   npx tsc -b && node scripts/coded-share.mjs            prints the shares and the 30 most frequent uncoded subjects
//   node scripts/coded-share.mjs --write                   also writes docs/coded-share.md
//   node scripts/coded-share.mjs --uncoded corpus [N]      prints the uncoded rows of one set (subject, value, context), N per subject
//   node scripts/coded-share.mjs --top 80                  how many subjects to list (default 30)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const wt = join(import.meta.dirname, '..')
const shared = join(wt, '../shared')
const { extractText } = await import(join(wt, 'packages/extract/dist/index.js'))
const args = process.argv.slice(2)
const flag = (name) => args.indexOf(name)
const top = flag('--top') >= 0 ? Number(args[flag('--top') + 1]) : 30

const folder = (dir) => readdirSync(join(shared, dir)).sort().map((f) => ({ id: f, text: readFileSync(join(shared, dir, f), 'utf8') }))
const sets = {
  seeds: () => folder('seeds'),
  web: () => folder('web/texts'),
  corpus: () => readFileSync(join(shared, 'corpus/chinese-political-corpora/government_work_reports.jsonl'), 'utf8')
    .split('\n').filter(Boolean).map((l, i) => ({ id: 'corpus#' + i, text: JSON.parse(l).content }))
}

function measure(name) {
  const rows = []
  for (const d of sets[name]()) {
    for (const r of extractText(d.text, { docId: d.id, path: d.id }).indicators) {
      rows.push({ doc: d.id, ...r, ctx: d.text.slice(Math.max(0, r.char_start - 50), r.char_end + 6).replace(/\s+/g, ' ') })
    }
  }
  const uncoded = rows.filter((r) => !r.indicator_code)
  const bySubject = new Map()
  for (const r of uncoded) bySubject.set(r.indicator, (bySubject.get(r.indicator) ?? 0) + 1)
  const ranked = [...bySubject].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  return { name, rows, uncoded, ranked, coded: rows.length - uncoded.length }
}

const pct = (a, b) => (b ? (100 * a / b).toFixed(1) : '0.0') + '%'

if (flag('--uncoded') >= 0) {
  const name = args[flag('--uncoded') + 1]
  const per = Number(args[flag('--uncoded') + 2]) || Infinity
  const m = measure(name)
  const seen = new Map()
  const order = new Map(m.ranked.map(([s], k) => [s, k]))
  for (const r of [...m.uncoded].sort((a, b) => order.get(a.indicator) - order.get(b.indicator))) {
    const n = (seen.get(r.indicator) ?? 0) + 1
    seen.set(r.indicator, n)
    if (n <= per) console.log([r.indicator, r.value + r.unit, r.measure, r.doc, r.ctx].join('\t'))
  }
  process.exit(0)
}

const results = Object.keys(sets).map(measure)
const lines = []
lines.push('# Coded share of indicator rows (issue 16)', '')
lines.push('Share of `indicators` rows that carry an `indicator_code`, on the seeds, `../shared/web/texts` and the 72',
  'national reports (`../shared/corpus`), with the most frequent uncoded subjects (rows, not distinct subjects).',
  'Regenerate with `npx tsc -b && node scripts/coded-share.mjs --write`.', '')
lines.push('| set | rows | coded | share |', '|---|---:|---:|---:|')
for (const m of results) lines.push(`| ${m.name} | ${m.rows.length} | ${m.coded} | ${pct(m.coded, m.rows.length)} |`)
for (const m of results) {
  lines.push('', `## ${m.name}: the ${top} most frequent uncoded subjects`, '', '| # | subject | rows |', '|---:|---|---:|')
  m.ranked.slice(0, top).forEach(([s, n], k) => lines.push(`| ${k + 1} | ${s} | ${n} |`))
}
const md = lines.join('\n') + '\n'
if (flag('--write') >= 0) writeFileSync(join(wt, 'docs/coded-share.md'), md)
console.log(md)
