/** `govstat review OUT [--doc ID …] [--input DIR …] [--open]`. */
import { spawn } from "node:child_process"
import * as fs from "node:fs"
import { parseArgs } from "node:util"
import { pathToFileURL } from "node:url"

export const REVIEW_HELP = `Usage: govstat review OUT [--doc ID ...] [--input DIR|FILE ...] [--open]

Writes OUT/review/index.html (documents, counts and charts) and one page per document: the
source text with every indicator, project and policy marked at its span, a filterable list of
the rows, and the rejects and warnings. The pages are self-contained and work offline.

  --doc ID           only this document's page (repeatable; the index lists all)
  --input DIR|FILE   where the run's sources are (repeatable; default: seeds, as for run)
  --open             open the index in the default browser

Example:
  govstat review output --doc 001_bcbca230d9bf0c3f --open`

export async function reviewCommand(args: ReadonlyArray<string>, UsageError: new (m: string) => Error): Promise<number> {
  const { positionals, values } = parseArgs({
    args: [...args], allowPositionals: true, strict: true,
    options: { doc: { type: "string", multiple: true }, input: { type: "string", multiple: true }, open: { type: "boolean" } }
  })
  const out = positionals[0]
  if (!out || positionals.length > 1) throw new UsageError("review takes one output folder")
  if (!fs.existsSync(out)) throw new UsageError(`${out} does not exist`)
  if (!fs.existsSync(`${out}/manifest.json`)) throw new UsageError(`${out} has no manifest.json: run govstat run first`)
  const roots = values.input?.length ? values.input : ["seeds"]
  let result
  try {
    // Loaded here: the page builder's libraries cost every other command half a second to start.
    const { buildReview } = await import("./build.js")
    result = await buildReview(out, { docs: values.doc ?? [], roots })
  } catch (e) {
    if (/^no document/.test((e as Error).message)) throw new UsageError((e as Error).message)
    throw e
  }
  const missing = result.pages.filter((p) => p.marks === 0).length
  console.error(`govstat: review of ${result.pages.length} document(s) in ${result.index}${missing ? ` (${missing} without marks)` : ""}`)
  console.log(result.index)
  if (values.open) {
    const opener = process.platform === "darwin" ? "open" : process.platform === "win32" ? "explorer" : "xdg-open"
    spawn(opener, [pathToFileURL(result.index).href], { detached: true, stdio: "ignore" }).on("error", () => {
      console.error(`govstat: could not start ${opener}; open ${result.index} yourself`)
    }).unref()
  }
  return 0
}
