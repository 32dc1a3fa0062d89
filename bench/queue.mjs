/**
 * The queue's cost: the same documents through `govstat run --jobs 1` and through enqueue,
 * 1 or 2 worker processes (one extractor thread each) and finalise, on a loopback Redis
 * started here. Throughput is the workers' wall time (start to exit, start-up included, as
 * for run); the overhead per document is (enqueue + workers + finalise − run) ÷ documents.
 */
import { spawn, spawnSync } from "node:child_process"
import * as fs from "node:fs"
import * as net from "node:net"
import * as path from "node:path"
import { generateCorpus } from "./corpus.mjs"

const MB = 1024 * 1024
const now = () => performance.now()

const freePort = () => new Promise((resolve) => {
  const s = net.createServer().listen(0, "127.0.0.1", () => {
    const port = s.address().port
    s.close(() => resolve(port))
  })
})

const exited = (p) => new Promise((resolve) => (p.exitCode !== null ? resolve(p.exitCode) : p.on("exit", (code) => resolve(code))))

/** Runs the queue bench; returns its rows (bench.mjs's shape) and a summary, or null without redis-server. */
export async function queueBench({ work, bin, mb }) {
  const redisBin = spawnSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" }).stdout.trim()
  if (!redisBin) {
    console.error("queue: skipped, no redis-server on this machine (apt-get install -y redis-server)")
    return null
  }
  const port = await freePort()
  const redis = spawn(redisBin, ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", work], { stdio: ["ignore", "pipe", "ignore"] })
  await new Promise((resolve) => {
    let out = ""
    redis.stdout.on("data", (d) => {
      out += d
      if (out.includes("Ready to accept connections")) resolve()
    })
  })
  const queue = `redis://127.0.0.1:${port}/0`
  const govstat = (...args) => {
    const r = spawnSync(process.execPath, [bin, ...args], { encoding: "utf8" })
    if (r.status !== 0) throw new Error(`govstat ${args[0]} failed (${r.status}): ${r.stderr}`)
    return r
  }
  const timed = (f) => {
    const t0 = now()
    f()
    return (now() - t0) / 1000
  }
  try {
    const { dir, files, bytes } = generateCorpus(path.join(work, `queue-${mb}`), mb)
    console.error(`queue: ${files} generated documents, ${(bytes / MB).toFixed(1)} MB, Redis on ${queue}`)
    const runSeconds = timed(() => govstat("run", "--input", dir, "--out", path.join(work, "queue-run"), "--jobs", "1", "--quiet", "--fail-on", "never"))
    const rows = [{ name: `queue baseline: govstat run --jobs 1`, seconds: runSeconds, bytes, docs: files }]
    const summary = { documents: files, mb: +(bytes / MB).toFixed(1), run_jobs1_seconds: +runSeconds.toFixed(3) }
    for (const workers of [1, 2]) {
      const name = `q${workers}`
      const out = path.join(work, `queue-out-${workers}`)
      const enqueueSeconds = timed(() => govstat("enqueue", "--input", dir, "--queue", queue, "--queue-name", name, "--out", out))
      const t0 = now()
      const procs = Array.from({ length: workers }, (_, k) =>
        spawn(process.execPath, [bin, "worker", "--queue", queue, "--queue-name", name, "--concurrency", "1", "--id", `b${k}`, "--exit-when-drained", "--quiet"], { stdio: "ignore" }))
      const codes = await Promise.all(procs.map(exited))
      const workerSeconds = (now() - t0) / 1000
      if (codes.some((c) => c !== 0)) throw new Error(`a queue worker exited with ${codes.join(", ")}`)
      const finaliseSeconds = timed(() => govstat("finalise", "--queue", queue, "--queue-name", name, "--out", out, "--fail-on", "never"))
      const total = enqueueSeconds + workerSeconds + finaliseSeconds
      const counts = JSON.parse(fs.readFileSync(path.join(out, "manifest.json"), "utf8")).counts
      const rowsWritten = Object.values(counts).reduce((a, b) => a + b, 0)
      rows.push({ name: `queue: ${workers} worker process${workers > 1 ? "es" : ""} × 1 thread (workers' wall time)`, seconds: workerSeconds, bytes, docs: files })
      rows.push({ name: `queue: ${workers} worker${workers > 1 ? "s" : ""}, enqueue + workers + finalise`, seconds: total, bytes, docs: files })
      summary[`workers_${workers}`] = {
        enqueue_s: +enqueueSeconds.toFixed(3), workers_s: +workerSeconds.toFixed(3), finalise_s: +finaliseSeconds.toFixed(3),
        workers_mb_per_s: +(bytes / MB / workerSeconds).toFixed(2), workers_docs_per_s: +(files / workerSeconds).toFixed(1),
        overhead_ms_per_doc: +(((total - runSeconds) / files) * 1000).toFixed(1),
        finalise_rows: rowsWritten, finalise_rows_per_s: Math.round(rowsWritten / finaliseSeconds)
      }
    }
    return { rows, summary }
  } finally {
    redis.kill("SIGTERM")
    await exited(redis)
  }
}
