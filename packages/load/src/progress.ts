/** A one-line progress bar for terminals: documents, MB, records, rejects, ETA. */
import type { DocumentEvent } from "./pipeline.js"

export function makeProgress(stream: NodeJS.WriteStream, totalBytes: number) {
  const t0 = Date.now()
  let bytes = 0
  let records = 0
  let rejects = 0
  return {
    update(e: DocumentEvent) {
      bytes += e.bytes
      records += e.counts.indicators + e.counts.projects + e.counts.policies
      rejects += e.rejects
      const done = e.index + 1
      const frac = totalBytes > 0 ? bytes / totalBytes : done / e.total
      const width = 24
      const filled = Math.round(frac * width)
      const elapsed = (Date.now() - t0) / 1000
      const eta = frac > 0 ? Math.max(0, elapsed / frac - elapsed) : 0
      const line = `[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${e.total} docs  ` +
        `${(bytes / 1e6).toFixed(1)}/${(totalBytes / 1e6).toFixed(1)} MB  ${records} records  ${rejects} rejects  ETA ${eta.toFixed(0)}s`
      stream.write(`\r${line.padEnd(100)}`)
    },
    end() {
      stream.write("\n")
    }
  }
}
