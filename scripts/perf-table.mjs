#!/usr/bin/env node
/**
 * The README's Performance table, printed from a `pnpm bench` run's bench/results.json, so the
 * table is that run and nothing else. Each #19 goal stands beside its figure.
 *
 *   node scripts/perf-table.mjs [bench/results.json]
 */
import * as fs from "node:fs"
import * as path from "node:path"

const file = process.argv[2] ?? path.join(import.meta.dirname, "../bench/results.json")
const r = JSON.parse(fs.readFileSync(file, "utf8"))
const stage = (name) => {
  const s = r.stages.find((x) => x.name === name)
  if (!s) throw new Error(`${file}: no stage "${name}"`)
  return s
}
const ratio = (k) => r.ratios[k]?.value
const sec = (name) => `${stage(name).seconds} s`
const rss = (name) => stage(name).peak_rss_mb
const cpu = (name) => /CPU s: process ([\d.]+)/.exec(stage(name).note)?.[1]
/**
 * The queue's row: from the run's own stages, else from the `queue` figures `pnpm bench --only queue`
 * merged in (a run on a machine without redis-server measures the rest and skips the queue).
 */
function queueRow() {
  if (r.stages.some((x) => x.name === "queue baseline: govstat run --jobs 1")) {
    return `${sec("queue baseline: govstat run --jobs 1")} / ${sec("queue: 1 worker, enqueue + workers + finalise")} / ${sec("queue: 2 workers, enqueue + workers + finalise")}`
  }
  const q = r.queue
  if (!q || !q.workers_1) return "not measured in this run (no redis-server)"
  const total = (w) => `${(w.enqueue_s + w.workers_s + w.finalise_s).toFixed(3)} s`
  return `${q.run_jobs1_seconds} s / ${total(q.workers_1)} / ${total(q.workers_2)} (\`--only queue\` of ${q.when.slice(0, 16).replace("T", " ")} UTC)`
}

/** 2 × wall ÷ process CPU of a run: the most a second core could speed it up. */
const ceilingOf = (name) => `**${(2 * stage(name).seconds / Number(cpu(name))).toFixed(2)}**`

const rows = [
  ["50 MB whole run, `--jobs 1` / `--jobs 2`", `${sec("50 MB: whole run, --jobs 1")} / ${sec("50 MB: whole run, --jobs 2")} (ratio **${ratio("parallel_speedup")}**)`, "ratio ≥ 1.7"],
  ["50 MB, two halves as two `--jobs 1` runs side by side", `${sec("50 MB: two halves, --jobs 1 each, side by side")} (ratio to one \`--jobs 1\` run **${ratio("parallel_ceiling")}**: the ceiling of any split)`, ""],
  ["200 MB whole run, `--jobs 1` / `--jobs 2`", `${sec("200 MB: whole run, --jobs 1")} / ${sec("200 MB: whole run, --jobs 2")} (ratio **${ratio("parallel_speedup_large")}**, **${ratio("whole_run_mb_per_s")} MB/s**)`, "ratio ≥ 1.8, ≥ 10 MB/s"],
  ["process CPU, 200 MB, `--jobs 1` / `--jobs 2`", `${cpu("200 MB: whole run, --jobs 1")} / ${cpu("200 MB: whole run, --jobs 2")} CPU-s`, ""],
  // `--jobs 1` already keeps the second core partly busy (V8's compiler and GC threads): no split of
  // its CPU over two cores can finish faster than that CPU ÷ 2, so 2 × wall ÷ CPU bounds any ratio.
  ["bound on any ratio on 2 cores: 2 × wall ÷ process CPU of `--jobs 1`, 50 / 200 MB", `${ceilingOf("50 MB: whole run, --jobs 1")} / ${ceilingOf("200 MB: whole run, --jobs 1")}`, "(≥ 1.7 / ≥ 1.8 needed)"],
  ["100 MB / 400 MB, `--jobs 2`", `${stage("100 MB: whole run, --jobs 2").mb_per_s} / ${stage("400 MB: whole run, --jobs 2").mb_per_s} MB/s`, ""],
  ["marginal s per MB, 50→100→200→400 MB", r.ratios.scaling_marginal_spread_pct.what.replace(/^.*\(([^)]*)\).*; (fixed start-up .*)$/, `$1 (spread **${ratio("scaling_marginal_spread_pct")}%**, $2)`), "spread ≤ 20%"],
  ["peak RSS, 50 / 200 / 400 MB, `--jobs 2`", `${rss("50 MB: whole run, --jobs 2")} / **${rss("200 MB: whole run, --jobs 2")}** / ${rss("400 MB: whole run, --jobs 2")} MB`, "< 512 MB at 200 MB"],
  ["floor ratio (whole run ÷ read + NFKC, 50 MB)", `**${ratio("floor_ratio")}**`, "≤ 16, then ≤ 5"],
  ["Parquet writer ÷ DuckDB `COPY`, one thread, CPU", `**${ratio("writer_ratio")}×** (${r.writer.stage.rows} rows); ${ratio("writer_ratio_reports")}× on the national reports' ${r.writer.reports.rows}`, "≤ 2×"],
  ["Recognizers-Text ÷ govstat extract, seeds", `${ratio("peer_ratio")}× slower (numbers only)`, ""],
  ["decode + normalise / extract, one thread", `${stage("decode+normalise").mb_per_s} / ${stage("extract").mb_per_s} MB/s`, ""],
  ["one document of 51,840 / 103,680 short lines", `${sec("short lines, 2.2 MB (51840 lines)")} / ${sec("short lines, 4.4 MB (103680 lines)")}`, "linear"],
  ["one line of 5.4 / 10.8 MB", `${sec("one line, 5.4 MB (50 lines)")} / ${sec("one line, 10.8 MB (100 lines)")}`, "linear"],
  ["72 national reports, whole run", sec("corpus: whole run"), ""],
  ["1,000,000 indicator rows: validate + CSV + Parquet", sec("1000000 indicator rows: validate + CSV + Parquet"), ""],
  ["queue, 10 MB: `run --jobs 1` / 1 worker / 2 workers, enqueue to finalise", queueRow(), ""]
]

console.log(`The \`pnpm bench\` run of ${r.when.slice(0, 16).replace("T", " ")} UTC (${r.machine.cores} cores, ${r.machine.cpu}, Node ${r.machine.node}; \`bench/results.json\`):\n`)
console.log("| | figure | #19 goal |\n|---|---|---|")
for (const [what, figure, goal] of rows) console.log(`| ${what} | ${figure} | ${goal} |`)
