import { extractText, normaliseText, readMetadata } from "@govstat/extract"
import * as fs from "node:fs"
import * as path from "node:path"

export const ROOT = path.resolve(import.meta.dirname, "..")
export const SEEDS = path.join(ROOT, "seeds")
export const seed = (prefix: string) => {
  const f = fs.readdirSync(SEEDS).find((n) => n.startsWith(prefix))!
  return { file: path.join(SEEDS, f), name: f, docId: f.replace(/\.txt$/, ""), text: fs.readFileSync(path.join(SEEDS, f), "utf8") }
}
export const BIN = path.join(ROOT, "packages/load/dist/bin.js")

/** A text extracted as a document of its own (sentence-level tests). */
export const extractOne = (text: string) => extractText(text, { docId: "t", path: "t.txt" })
/** The indicator of a value in a text extracted on its own. */
export const factOf = (text: string, value: number) => extractOne(text).indicators.find((i) => i.value === value)
/** The metadata read from a text's clean form. */
export const metadataOf = (text: string) => readMetadata(normaliseText(text).clean.text)
/** How a national work report opens (its salutation), before the sentence under test. */
export const REPORT_SALUTE = "各位代表：\n\n我代表国务院向大会作政府工作报告，请予审议。\n\n"
