import { createRequire } from "node:module"

const require = createRequire(import.meta.url)
/** The govstat release, from this package's manifest. */
export const GOVSTAT_VERSION: string = (require("../package.json") as { version: string }).version
