import * as fs from "node:fs"
import * as path from "node:path"

export const ROOT = path.resolve(import.meta.dirname, "..")
export const SEEDS = path.join(ROOT, "seeds")
export const seed = (prefix: string) => {
  const f = fs.readdirSync(SEEDS).find((n) => n.startsWith(prefix))!
  return { file: path.join(SEEDS, f), name: f, docId: f.replace(/\.txt$/, ""), text: fs.readFileSync(path.join(SEEDS, f), "utf8") }
}
export const BIN = path.join(ROOT, "packages/load/dist/bin.js")
