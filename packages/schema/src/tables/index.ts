import { DocumentTable } from "./document.js"
import { IndicatorTable } from "./indicator.js"
import { PolicyTable } from "./policy.js"
import { ProjectTable } from "./project.js"

export * from "./document.js"
export * from "./indicator.js"
export * from "./policy.js"
export * from "./project.js"
export * from "./reject.js"

/** The four output tables, in the order they are written and documented. */
export const Tables = {
  documents: DocumentTable,
  indicators: IndicatorTable,
  projects: ProjectTable,
  policies: PolicyTable
} as const
