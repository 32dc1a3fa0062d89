/** Controlled vocabularies shared by the tables (their values are part of the data contract). */
export const Genres = [
  "work_report", "press_conference", "meeting_digest", "work_plan", "news", "unknown",
  "plan_report", "budget_report", "statistical_communique", "statistical_release", "speech",
  "policy_notice", "resolution"
] as const
export type Genre = (typeof Genres)[number]

export const Scripts = ["simplified", "traditional"] as const
export type Script = (typeof Scripts)[number]

export const Encodings = ["utf-8", "utf-16le", "utf-16be", "gb18030", "big5"] as const
export type Encoding = (typeof Encodings)[number]

export const Measures = ["level", "growth_rate", "share", "ratio", "change"] as const
export type Measure = (typeof Measures)[number]

export const Statuses = ["actual", "target", "estimate"] as const
export type Status = (typeof Statuses)[number]

export const Qualifiers = ["approx", "lower_bound", "upper_bound"] as const
export type Qualifier = (typeof Qualifiers)[number]

export const ProjectKinds = ["project", "industrial_park", "zone", "platform", "facility"] as const
export type ProjectKind = (typeof ProjectKinds)[number]

/** Ordered from least to most advanced, so that merging mentions can keep the furthest stage. */
export const ProjectStatuses = ["planned", "signed", "started", "under_construction", "completed", "in_operation"] as const
export type ProjectStatus = (typeof ProjectStatuses)[number]

export const PolicyKinds = [
  "opinion", "measures", "plan", "rules", "policy", "regulation", "notice", "program", "standard", "other"
] as const
export type PolicyKind = (typeof PolicyKinds)[number]

export const TableNames = ["documents", "indicators", "projects", "policies"] as const
export type TableName = (typeof TableNames)[number]

/** Level of a region: the nation, a province, a prefecture, a county-level unit, a development zone. */
export const RegionLevels = ["country", "province", "prefecture", "county", "zone"] as const
export type RegionLevelName = (typeof RegionLevels)[number]
