/**
 * How the worker pool hands out jobs: each worker holds its next job while it runs one (so it
 * never waits for the coordinating thread between documents), never behind a large document it
 * reads itself, and a worker's death fails only the job it was running. A stand-in worker
 * (fixtures/pool-worker.mjs) answers with what it saw.
 */
import { afterEach, describe, expect, it } from "vitest"
import type { Job, Pool, WorkerResponse } from "../packages/load/dist/pool.js"

const script = new URL("./fixtures/pool-worker.mjs", import.meta.url)
const doc = (docId: string): Job => ({ docId, sourcePath: `${docId}.txt`, bytes: new Uint8Array([1, 2, 3]), sha256: "0".repeat(64), cacheFile: null })
const read = (docId: string): Job => ({ kind: "read", docId, sourcePath: `${docId}.txt`, file: `/nowhere/${docId}.txt`, size: 1, mtimeMs: 0 })
const seen = (r: WorkerResponse) => ("stats" in r ? (r.stats as unknown as { docId: string; nextWaiting: boolean }) : null)

let pool: Pool | undefined
afterEach(async () => {
  await pool?.close()
  pool = undefined
})

async function poolOf(size: number): Promise<Pool> {
  const { makePool } = await import("../packages/load/dist/pool.js")
  pool = makePool(size, script)
  return pool
}

describe("the worker pool", () => {
  it("gives a worker its next job before the answer to the one it runs, and routes each answer to its own job", async () => {
    const p = await poolOf(1)
    const answers = await Promise.all(["a", "b", "c"].map((d) => p.run(doc(d))))
    expect(answers.map((a) => seen(a)?.docId)).toEqual(["a", "b", "c"])
    expect(seen(answers[0]!)?.nextWaiting).toBe(true)
    expect(seen(answers[1]!)?.nextWaiting).toBe(true)
    expect(seen(answers[2]!)?.nextWaiting).toBe(false)
  })

  it("queues nothing behind a large document its worker reads itself", async () => {
    const p = await poolOf(1)
    const [big, small] = await Promise.all([p.run(read("big")), p.run(doc("small"))])
    expect(seen(big)).toEqual({ docId: "big", nextWaiting: false })
    expect(seen(small)?.docId).toBe("small")
  })

  it("fails only the job a worker died on: the job waiting behind it runs on a new worker, and so do later ones", async () => {
    const p = await poolOf(1)
    const [died, after] = await Promise.all([p.run(doc("die")), p.run(doc("after"))])
    expect(died).toMatchObject({ ok: false, error: { tag: "WorkerCrash" } })
    expect("error" in died && died.error.message).toContain("die.txt: the extractor's worker died: worker exited with code 3")
    expect(seen(after)?.docId).toBe("after")
    expect(seen(await p.run(doc("later")))?.docId).toBe("later")
  })

  it("spreads jobs over its workers before it queues a second one on any", async () => {
    const p = await poolOf(2)
    const answers = await Promise.all(["a", "b"].map((d) => p.run(doc(d))))
    expect(answers.map((a) => seen(a))).toEqual([{ docId: "a", nextWaiting: false }, { docId: "b", nextWaiting: false }])
  })
})

describe("the workers a run starts before its CLI loads", () => {
  it("reads --jobs of a run from its command line, and starts nothing for another command, a help request or options that do not parse", async () => {
    const { runJobs } = await import("../packages/load/dist/run-options.js")
    const os = await import("node:os")
    expect(runJobs(["run", "--jobs", "3", "--input", "a"])).toBe(3)
    expect(runJobs(["run", "--jobs=5"])).toBe(5)
    expect(runJobs(["--input", "a", "--quiet"])).toBe(os.availableParallelism())
    expect(runJobs([])).toBe(os.availableParallelism())
    for (const argv of [["validate", "out"], ["inspect", "a.txt"], ["run", "--help"], ["--version"], ["run", "--jobs", "0"], ["run", "--jobs", "1.5"], ["run", "--bogus"], ["run", "stray"]]) {
      expect(runJobs(argv), argv.join(" ")).toBeNull()
    }
  })

  it("hands the started pool to the run that asks for as many workers, once", async () => {
    const early = await import("../packages/load/dist/early-pool.js")
    early.startPool(1)
    expect(early.takePool(2)).toBeNull()
    const taken = early.takePool(1)
    expect(taken).not.toBeNull()
    expect(early.takePool(1)).toBeNull()
    await taken!.close()
    await early.closeUntakenPool()
  })
})

describe("closing the pool", () => {
  it("ends the jobs it still holds or queues, so nothing waits on them (a run that failed closes its pool)", async () => {
    const p = await poolOf(1)
    const pending = ["a", "b", "c"].map((d) => p.run(doc(d)))
    await p.close()
    pool = undefined
    const answers = await Promise.all(pending)
    for (const a of answers) expect(a.ok === false || seen(a) !== null).toBe(true)
    expect(answers.some((a) => a.ok === false)).toBe(true)
  })
})
