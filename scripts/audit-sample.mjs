// Draw a seeded, decade-stratified sample of indicator rows from a govstat run and print each
// with the text around its quote, for a hand audit (docs/audit-sample.md).
// usage: node scripts/audit-sample.mjs --out RUN_DIR --input TEXT_DIR --n 80 --seed 13 [--ids FILE]
import fs from "node:fs";
import path from "node:path";

const args = Object.fromEntries(
  process.argv.slice(2).reduce((a, v, i, all) => (v.startsWith("--") ? [...a, [v.slice(2), all[i + 1]]] : a), []),
);
const n = Number(args.n ?? 80);
let seed = Number(args.seed ?? 13);
const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), seed / 2 ** 32);

function parseCsv(text) {
  const rows = [];
  let row = [], field = "", q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (q) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') q = false;
      else field += c;
    } else if (c === '"') q = true;
    else if (c === ",") { row.push(field); field = ""; }
    else if (c === "\n") { row.push(field); rows.push(row); row = []; field = ""; }
    else if (c !== "\r") field += c;
  }
  if (field || row.length) { row.push(field); rows.push(row); }
  const [head, ...body] = rows;
  return body.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ""])));
}

const rows = parseCsv(fs.readFileSync(path.join(args.out, "indicators.csv"), "utf8"));
const docs = Object.fromEntries(parseCsv(fs.readFileSync(path.join(args.out, "documents.csv"), "utf8")).map((d) => [d.doc_id, d]));
let picked;
if (args.ids) {
  // re-run: the same row ids where they still exist
  const want = fs.readFileSync(args.ids, "utf8").split(/\s+/).filter(Boolean);
  const byId = new Map(rows.map((r) => [r.id, r]));
  picked = want.map((id) => byId.get(id) ?? { id, missing: true });
} else {
  const strata = new Map();
  for (const r of rows) {
    const y = Number(docs[r.doc_id]?.report_year || docs[r.doc_id]?.published_on?.slice(0, 4) || NaN);
    const key = Number.isFinite(y) ? String(Math.floor(y / 10) * 10) : r.doc_id;
    if (!strata.has(key)) strata.set(key, []);
    strata.get(key).push(r);
  }
  const keys = [...strata.keys()].sort();
  picked = [];
  const seen = new Set();
  while (picked.length < n && seen.size < rows.length) {
    for (const k of keys) {
      const pool = strata.get(k).filter((r) => !seen.has(r.id));
      if (!pool.length || picked.length >= n) continue;
      const r = pool[Math.floor(rand() * pool.length)];
      seen.add(r.id);
      picked.push(r);
    }
  }
}
const texts = {};
for (const r of picked) {
  if (r.missing) { console.log(`## ${r.id}\n(row no longer produced)\n`); continue; }
  const src = docs[r.doc_id].source_path;
  texts[src] ??= fs.readFileSync(path.join(args.input, src), "utf8");
  const t = texts[src];
  const a = Number(r.char_start), b = Number(r.char_end);
  const ctx = `${t.slice(Math.max(0, a - 90), a)}【${t.slice(a, b)}】${t.slice(b, b + 40)}`.replace(/\s+/g, " ");
  console.log(`## ${r.id} doc=${r.doc_id} yr=${docs[r.doc_id].report_year}\n${r.indicator} | ${r.value} ${r.unit} | ${r.measure} | period=${r.period} | ${r.status} | ${r.region} | q=${r.qualifier} | code=${r.indicator_code}\n${ctx}\n`);
}
if (args.list) fs.writeFileSync(args.list, picked.map((r) => r.id).join("\n") + "\n");
