// Code precision sample (issue 16): node scripts/code-precision-sample.mjs after npx tsc -b; prints 100 coded rows as TSV.
import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
const wt = join(import.meta.dirname, '..')
const shared = join(wt, '../shared')
const { extractText } = await import(join(wt, 'packages/extract/dist/index.js'))
const sets = [['seeds', readdirSync(join(shared, 'seeds')).map(f => ({ id: f, text: readFileSync(join(join(shared, 'seeds'), f), 'utf8') }))],
  ['web', readdirSync(join(shared, 'web/texts')).map(f => ({ id: f, text: readFileSync(join(join(shared, 'web/texts'), f), 'utf8') }))],
  ['corpus', readFileSync(join(shared, 'corpus/chinese-political-corpora/government_work_reports.jsonl'), 'utf8').split('\n').filter(Boolean).map((l, i) => ({ id: 'corpus#' + i, text: JSON.parse(l).content }))]]
const coded = []
for (const [, docs] of sets) for (const d of docs) for (const r of extractText(d.text, { docId: d.id, path: d.id }).indicators) if (r.indicator_code) coded.push({ doc: d.id, ...r, ctx: d.text.slice(Math.max(0, r.char_start - 60), r.char_end + 6).replace(/\s+/g, ' ') })
// stable: the 100 coded rows with the smallest FNV-1a hash of "16|doc|char_start|value unit" (16: the issue number)
const fnv = (t) => { let h = 0x811c9dc5; for (const c of t) { h ^= c.codePointAt(0); h = Math.imul(h, 0x01000193) >>> 0 } return h }
coded.sort((x, y) => fnv(`16|${x.doc}|${x.char_start}|${x.value}${x.unit}`) - fnv(`16|${y.doc}|${y.char_start}|${y.value}${y.unit}`))
// (mulberry32 shuffle no longer used)
let a = 16; const rnd = () => { a |= 0; a = a + 0x6D2B79F5 | 0; let t = Math.imul(a ^ a >>> 15, 1 | a); t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t; return ((t ^ t >>> 14) >>> 0) / 4294967296 }

console.error('coded rows', coded.length)
coded.slice(0, 100).forEach((r, k) => console.log([k + 1, r.doc, r.indicator, r.indicator_code, r.indicator_name, r.value + r.unit, r.measure, r.ctx].join('\t')))
