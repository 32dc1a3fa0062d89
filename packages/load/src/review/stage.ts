/** The pipeline's one call for `govstat run --review`: the pages go into the staging folder and are published with the run. */
import type { InputFile } from "../inputs.js"
import { buildReview, REVIEW_DIR } from "./build.js"

export { REVIEW_DIR }

export async function stageReview(staging: string, inputs: ReadonlyArray<InputFile>): Promise<void> {
  await buildReview(staging, { files: new Map(inputs.map((i) => [i.docId, i.file])) })
}
