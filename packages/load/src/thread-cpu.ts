/**
 * CPU seconds the calling thread has used, from Linux's /proc/thread-self/stat (utime +
 * stime, in clock ticks of 1/100 s), or null elsewhere. Node 20 has no per-thread CPU
 * clock, and `process.cpuUsage()` counts the whole process: a worker's own CPU time is what
 * tells a thread that computes from one that waits for a core.
 */
import * as fs from "node:fs"

const TICKS_PER_S = 100

export function threadCpuSeconds(): number | null {
  try {
    const stat = fs.readFileSync("/proc/thread-self/stat", "latin1")
    // Fields after the command name (which may hold spaces) in parentheses: utime and stime are the 12th and 13th.
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ")
    return (Number(f[11]) + Number(f[12])) / TICKS_PER_S
  } catch {
    return null
  }
}
