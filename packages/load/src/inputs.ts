/** The input documents of a run: files under the given folders or the given files, in a stable order. */
import * as fs from "node:fs"
import * as path from "node:path"

export interface InputFile {
  /** Absolute path. */
  readonly file: string
  /** Path as recorded in the documents table: relative to the input folder, or as given. */
  readonly sourcePath: string
  readonly docId: string
}

const IGNORED = /^(\.|~\$)|\.(parquet|lock|json)$/

function walk(dir: string, base: string, out: Array<InputFile>) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (IGNORED.test(entry.name)) continue
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) walk(full, base, out)
    else if (entry.isFile()) out.push(input(full, path.relative(base, full)))
  }
}

const input = (file: string, sourcePath: string): InputFile => ({
  file: path.resolve(file),
  sourcePath: sourcePath.split(path.sep).join("/"),
  docId: path.basename(file).replace(/\.[^.]*$/, "") || path.basename(file)
})

/** Lists the documents; throws when an input does not exist (a usage error). */
export function listInputs(inputs: ReadonlyArray<string>): Array<InputFile> {
  const out: Array<InputFile> = []
  for (const i of inputs) {
    const stat = fs.statSync(i)
    if (stat.isDirectory()) walk(i, i, out)
    else out.push(input(i, path.basename(i)))
  }
  return out.sort((a, b) => (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : a.sourcePath < b.sourcePath ? -1 : 1))
}
