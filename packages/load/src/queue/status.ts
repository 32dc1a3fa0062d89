/**
 * `govstat status`: the queue's jobs by state and its recent throughput, from the finish
 * times and sizes of the jobs completed last (BullMQ keeps them until finalise).
 */
import { counts, openQueue, type QueueAddress } from "./connection.js"

export interface QueueStatus {
  readonly waiting: number
  readonly active: number
  readonly delayed: number
  readonly completed: number
  readonly failed: number
  readonly workers: number
  /** Over the jobs completed last (up to `sample`): documents and MB per second of wall time, or null. */
  readonly throughput: { readonly documents: number; readonly seconds: number; readonly docs_per_s: number; readonly mb_per_s: number } | null
}

export async function queueStatus(q: QueueAddress, sample = 1000): Promise<QueueStatus> {
  const queue = openQueue(q)
  try {
    const c = await counts(queue)
    const workers = await queue.getWorkersCount()
    const recent = (await queue.getJobs(["completed"], 0, sample - 1, false)).filter((j) => j?.finishedOn && j.processedOn)
    let throughput: QueueStatus["throughput"] = null
    if (recent.length > 1) {
      const from = Math.min(...recent.map((j) => j.processedOn!))
      const to = Math.max(...recent.map((j) => j.finishedOn!))
      const seconds = Math.max(0.001, (to - from) / 1000)
      const bytes = recent.reduce((s, j) => s + (j.data?.bytes ?? 0), 0)
      throughput = { documents: recent.length, seconds: +seconds.toFixed(3), docs_per_s: +(recent.length / seconds).toFixed(2), mb_per_s: +(bytes / 2 ** 20 / seconds).toFixed(3) }
    }
    return { ...c, workers, throughput }
  } finally {
    await queue.close()
  }
}
