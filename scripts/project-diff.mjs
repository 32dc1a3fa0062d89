// Project and policy rows of a run against the gold, with the scorer's matching rules
// (../shared/tools/score.mjs): what it does not print — every prediction no gold matches
// (false positives), every gold row missed, and every matched gold row whose status or year
// no matching prediction has.
// usage: node scripts/project-diff.mjs GOLD_DIR OUT_DIR [projects|policies]
import fs from "node:fs";
import path from "node:path";

const [goldDir, outDir, kind = "projects"] = process.argv.slice(2);
const key = kind === "projects" ? "name" : "title";
const fold = (t) => String(t ?? "").normalize("NFKC").replace(/\s+/g, "").replace(/[《》〈〉“”"'‘’「」]/g, "");
const docId = (d) => String(d).replace(/\.[^.]+$/, "");
const same = kind === "projects"
  ? (a, b) => { const x = fold(a), y = fold(b); return x !== "" && y !== "" && (x.includes(y) || y.includes(x)); }
  : (a, b) => fold(a) === fold(b);

function parseCsv(t) {
  if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
  const rows = []; let row = [], f = "", q = false;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (q) { if (c === '"') { if (t[i + 1] === '"') { f += '"'; i++; } else q = false; } else f += c; }
    else if (c === '"') q = true;
    else if (c === ",") { row.push(f); f = ""; }
    else if (c === "\n") { row.push(f); rows.push(row); row = []; f = ""; }
    else if (c !== "\r") f += c;
  }
  if (f || row.length) { row.push(f); rows.push(row); }
  const [h, ...body] = rows;
  return body.filter((r) => r.length > 1).map((r) => Object.fromEntries(h.map((k, j) => [k, r[j] ?? ""])));
}

const gold = fs.readdirSync(goldDir).filter((f) => f.startsWith(`${kind}-`) && f.endsWith(".jsonl")).sort()
  .flatMap((f) => fs.readFileSync(path.join(goldDir, f), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l)));
const goldDocs = new Set(gold.map((g) => docId(g.doc)));
const preds = parseCsv(fs.readFileSync(path.join(outDir, `${kind}.csv`), "utf8")).filter((p) => goldDocs.has(docId(p.doc_id)));
const str = (v) => (v == null ? "" : String(v));
const used = new Set();
const missed = [], wrong = [];
for (const g of gold) {
  const hits = preds.flatMap((p, k) => (kind === "policies" && used.has(k)) || docId(p.doc_id) !== docId(g.doc) || !same(p[key], g[key]) ? [] : [k]);
  if (!hits.length) { missed.push(g); continue; }
  for (const k of kind === "policies" ? hits.slice(0, 1) : hits) used.add(k);
  const ok = (k) => str(preds[k].year) === str(g.year) && (kind !== "projects" || str(preds[k].status) === str(g.status));
  if (!hits.some(ok)) wrong.push([g, hits.map((k) => preds[k])]);
}
const short = (d) => docId(d).slice(0, 3);
console.log(`# false positives (${preds.filter((_, k) => !used.has(k)).length})`);
preds.forEach((p, k) => { if (!used.has(k)) console.log(`FP ${short(p.doc_id)}\t${p[key]}\t${p.status ?? ""}\t${p.year}\t${p.quote.replace(/\s+/g, " ").slice(0, 70)}`); });
console.log(`# false negatives (${missed.length})`);
for (const g of missed) console.log(`FN ${short(g.doc)}\t${g[key]}\t${g.status ?? ""}\t${g.year ?? ""}\t${(g.quote ?? "").replace(/\s+/g, " ").slice(0, 70)}`);
console.log(`# matched, ${kind === "projects" ? "status or year" : "year"} wrong (${wrong.length})`);
for (const [g, ps] of wrong) {
  console.log(`SY ${short(g.doc)}\t${g[key]}\tgold ${g.status ?? "null"}/${g.year ?? "null"}\tours ${ps.map((p) => `${p[key]}:${p.status || "null"}/${p.year || "null"}`).join(" | ")}\t${(g.quote ?? "").replace(/\s+/g, " ").slice(0, 60)}`);
}
