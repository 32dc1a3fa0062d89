// Coded share of indicator rows (issue 16), per set: the seeds, ../shared/web/texts and the 72 national reports.
//   npx tsc -b && node scripts/coded-share.mjs            prints the shares and the 30 most frequent uncoded subjects
//   node scripts/coded-share.mjs --write                   also writes docs/coded-share.md
//   node scripts/coded-share.mjs --uncoded corpus [N]      prints the uncoded rows of one set (subject, value, context), N per subject
//   node scripts/coded-share.mjs --top 80                  how many subjects to list (default 30)
//   node scripts/coded-share.mjs --compare /work/main      adds the share of another built worktree (before/after)
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const wt = join(import.meta.dirname, '..')
const shared = join(wt, '../shared')
const { extractText, admits } = await import(join(wt, 'packages/extract/dist/index.js'))
const { findIndicators, IndicatorCatalog } = await import(join(wt, 'packages/schema/dist/index.js'))
const catalogueNames = [...new Set(IndicatorCatalog.flatMap((e) => [e.name, ...e.aliases]))].filter((n) => n.length >= 3)
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

const compare = flag('--compare') >= 0 ? args[flag('--compare') + 1] : null
const other = compare ? (await import(join(compare, 'packages/extract/dist/index.js'))).extractText : null

function measure(name, extract = extractText) {
  const rows = []
  for (const d of sets[name]()) {
    for (const r of extract(d.text, { docId: d.id, path: d.id }).indicators) {
      rows.push({ doc: d.id, ...r, ctx: d.text.slice(Math.max(0, r.char_start - 50), r.char_end + 6).replace(/\s+/g, ' ') })
    }
  }
  const uncoded = rows.filter((r) => !r.indicator_code)
  const bySubject = new Map()
  for (const r of uncoded) bySubject.set(r.indicator, (bySubject.get(r.indicator) ?? 0) + 1)
  const ranked = [...bySubject].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  return { name, rows, uncoded, ranked, coded: rows.length - uncoded.length, kinds: kindsOf(uncoded) }
}

/**
 * What the uncoded rows are: a catalogue name whose unit or measure the gate refused (完成计划的101%,
 * 连续6年), a row the extractor left uncoded on purpose (a borrowed or shared subject, a threshold),
 * a subject that holds a catalogue name inside other words (cut, verb-led or a narrower modifier),
 * a fragment of one or two characters, or a subject the catalogue does not name.
 */
function kindsOf(uncoded) {
  const kinds = { refused: 0, withheld: 0, containsName: 0, fragment: 0, notInCatalogue: 0 }
  for (const r of uncoded) {
    const named = findIndicators(r.indicator)
    if (named.length) named.some((e) => admits(e, r.unit, r.measure)) ? kinds.withheld++ : kinds.refused++
    else if (r.indicator.length <= 2) kinds.fragment++
    else if (catalogueNames.some((n) => r.indicator.includes(n))) kinds.containsName++
    else kinds.notInCatalogue++
  }
  return kinds
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

const results = Object.keys(sets).map((n) => measure(n))
const lines = []
lines.push('# Coded share of indicator rows (issue 16)', '')
lines.push('Share of `indicators` rows that carry an `indicator_code`, on the seeds, `../shared/web/texts` and the 72',
  'national reports (`../shared/corpus`), with the most frequent uncoded subjects (rows, not distinct subjects).',
  'Regenerate with `npx tsc -b && node scripts/coded-share.mjs --write`.', '')
if (other) {
  const before = Object.keys(sets).map((n) => measure(n, other))
  lines.push(`Before: \`${compare}\` at the time of writing; after: this worktree.`, '')
  lines.push('| set | rows | coded | share | share before |', '|---|---:|---:|---:|---:|')
  results.forEach((m, k) => lines.push(`| ${m.name} | ${m.rows.length} | ${m.coded} | ${pct(m.coded, m.rows.length)} | ${pct(before[k].coded, before[k].rows.length)} |`))
} else {
  lines.push('| set | rows | coded | share |', '|---|---:|---:|---:|')
  for (const m of results) lines.push(`| ${m.name} | ${m.rows.length} | ${m.coded} | ${pct(m.coded, m.rows.length)} |`)
}
lines.push('', '## What the uncoded rows are', '',
  '`refused`: the subject is a catalogue name but its unit or measure is not the indicator\'s (完成计划的101%, 连续6年, 是…的4倍 of another noun);',
  '`withheld`: a catalogue name the gate admits, left uncoded on purpose (a subject borrowed from another sentence or shared by listed numbers, a threshold 10万元以上的村, a per-entity average);',
  '`contains name`: a catalogue name inside other words (a cut subject, a leading verb, or a modifier that narrows it: 投产企业工业总产值);',
  '`fragment`: one or two characters (国家, 生产, 产量); `not in catalogue`: local or one-off items (城市微客厅14个, 镇街财力).', '',
  '| set | uncoded | refused | withheld | contains name | fragment | not in catalogue |', '|---|---:|---:|---:|---:|---:|---:|')
for (const m of results) {
  const k = m.kinds
  lines.push(`| ${m.name} | ${m.uncoded.length} | ${k.refused} | ${k.withheld} | ${k.containsName} | ${k.fragment} | ${k.notInCatalogue} |`)
}
for (const m of results) {
  lines.push('', `## ${m.name}: the ${top} most frequent uncoded subjects`, '', '| # | subject | rows |', '|---:|---|---:|')
  m.ranked.slice(0, top).forEach(([s, n], k) => lines.push(`| ${k + 1} | ${s} | ${n} |`))
}
const md = lines.join('\n') + '\n'
if (flag('--write') >= 0) writeFileSync(join(wt, 'docs/coded-share.md'), md)
console.log(md)
