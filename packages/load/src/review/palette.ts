/** One set of colours for the marks, the list and the charts, by table and status. */
export const STATUS_COLOURS: Record<string, string> = {
  actual: "#2563eb",
  target: "#ea580c",
  estimate: "#9333ea",
  planned: "#0d9488",
  signed: "#0891b2",
  started: "#16a34a",
  under_construction: "#65a30d",
  completed: "#15803d",
  in_operation: "#047857"
}

export const TABLE_COLOURS: Record<string, string> = {
  indicators: "#2563eb",
  projects: "#16a34a",
  policies: "#b45309"
}
