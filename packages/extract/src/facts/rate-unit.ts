/**
 * The units of a rate per hundred, thousand or ten thousand (%, ‰, ‱): a number in one is a share
 * or a rate of change, never an amount. One list, so the prose reader (measure.ts) and the table
 * reader (plan-table.ts) cannot disagree about which units are rates.
 */
const RATE_UNITS: ReadonlySet<string> = new Set(["%", "‰", "‱"])

export function isRateUnit(unit: string | null | undefined): boolean {
  return unit !== null && unit !== undefined && RATE_UNITS.has(unit)
}
