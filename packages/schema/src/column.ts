/**
 * Columns: the one place where a table's field is defined. A column carries the Effect
 * Schema that validates its values and the facts every writer needs (physical type,
 * nullability, enum values, description), so Struct schemas, Parquet schemas, CSV
 * headers, Table Schema descriptors and the README's column dictionary all derive from it.
 */
import * as Schema from "effect/Schema"

/** The storage kinds a column can have; each writer maps them to its own types. */
export type ColumnKind = "string" | "enum" | "int64" | "double" | "date" | "timestamp"

export interface Column<S extends Schema.Top = Schema.Top> {
  readonly schema: S
  readonly kind: ColumnKind
  readonly nullable: boolean
  readonly description: string
  readonly values?: ReadonlyArray<string>
  /** Text unique to each row (ids, quotes): writers store it plainly, without dictionary or statistics. */
  readonly freeText?: boolean
  /**
   * The same rule as `schema`, as a plain predicate: true exactly when `schema` accepts the
   * value. The gate accepts a row on these (every row is checked; most pass) and asks the
   * schema only about a row they refuse, for its reasons. test/schema-fast-path.test.ts holds
   * each to its schema.
   */
  readonly test: (value: unknown) => boolean
}

/** Marks a text column whose values are unique per row, for the writers' sake. */
export const freeText = <C extends Column>(c: C): C => ({ ...c, freeText: true })

const isoDate = /^\d{4}-\d{2}-\d{2}$/

/** Days in a month of the proleptic Gregorian calendar (the one `Date` uses; year 0 is a leap year). */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31
}

/**
 * A calendar date written `YYYY-MM-DD` that exists (no 2023-02-30). Checked by arithmetic, not
 * through a `Date` and its ISO string: every row carries dates, and that round trip was 1.6% of
 * a worker's time.
 */
function isoDateProblem(s: string): string | undefined {
  if (!isoDate.test(s)) return "expected a date as YYYY-MM-DD"
  const year = Number(s.slice(0, 4))
  const month = Number(s.slice(5, 7))
  const day = Number(s.slice(8, 10))
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? undefined : `${s} is not a calendar date`
}
export const IsoDate = Schema.String.check(Schema.makeFilter(isoDateProblem))

/** An instant written as an ISO 8601 UTC timestamp (`2024-01-01T00:00:00.000Z`). */
const isTimestamp = (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(s) && !Number.isNaN(Date.parse(s))
export const IsoTimestamp = Schema.String.check(
  Schema.makeFilter((s: string) => (isTimestamp(s) ? undefined : "expected a UTC timestamp as YYYY-MM-DDTHH:MM:SS.sssZ"))
)

/** A whole number that survives the trip through a JavaScript double. */
export const SafeInt = Schema.Int.check(
  Schema.makeFilter((n: number) => Number.isSafeInteger(n) ? undefined : "integer outside the safe range")
)

/** A finite double: NaN and ±Infinity never reach an output file. */
export const FiniteNumber = Schema.Finite

const build = <S extends Schema.Top>(
  schema: S,
  test: (value: unknown) => boolean,
  kind: ColumnKind,
  description: string,
  values?: ReadonlyArray<string>
) => ({
  required: { schema, test, kind, nullable: false, description, ...(values ? { values } : {}) } as Column<S>,
  nullable: {
    schema: Schema.NullOr(schema),
    test: (v: unknown) => v === null || test(v),
    kind,
    nullable: true,
    description,
    ...(values ? { values } : {})
  } as Column<Schema.NullOr<S>>
})

/** The predicates of the schemas above (see `Column.test`). */
const is = {
  string: (v: unknown) => typeof v === "string",
  nonEmpty: (v: unknown) => typeof v === "string" && v.length > 0,
  safeInt: (v: unknown) => Number.isSafeInteger(v),
  finite: (v: unknown) => Number.isFinite(v),
  date: (v: unknown) => typeof v === "string" && isoDateProblem(v) === undefined,
  timestamp: (v: unknown) => typeof v === "string" && isTimestamp(v),
  oneOf: (values: ReadonlyArray<string>) => {
    const set = new Set<unknown>(values)
    return (v: unknown) => set.has(v)
  }
}

export const col = {
  string: (description: string) => build(Schema.String, is.string, "string", description).required,
  nonEmpty: (description: string) => build(Schema.NonEmptyString, is.nonEmpty, "string", description).required,
  // Null or non-empty: a CSV writes null as an empty field, so an empty string could not survive it.
  stringOrNull: (description: string) => build(Schema.NonEmptyString, is.nonEmpty, "string", description).nullable,
  int: (description: string) => build(SafeInt, is.safeInt, "int64", description).required,
  intOrNull: (description: string) => build(SafeInt, is.safeInt, "int64", description).nullable,
  double: (description: string) => build(FiniteNumber, is.finite, "double", description).required,
  doubleOrNull: (description: string) => build(FiniteNumber, is.finite, "double", description).nullable,
  date: (description: string) => build(IsoDate, is.date, "date", description).required,
  dateOrNull: (description: string) => build(IsoDate, is.date, "date", description).nullable,
  timestamp: (description: string) => build(IsoTimestamp, is.timestamp, "timestamp", description).required,
  enum: <const L extends ReadonlyArray<string>>(values: L, description: string) =>
    build(Schema.Literals(values), is.oneOf(values), "enum", description, values).required,
  enumOrNull: <const L extends ReadonlyArray<string>>(values: L, description: string) =>
    build(Schema.Literals(values), is.oneOf(values), "enum", description, values).nullable
}

type Columns = Record<string, Column>
type StructOf<C extends Columns> = Schema.Struct<{ readonly [K in keyof C]: C[K]["schema"] }>

/** One field of a table, in column order, as writers and docs see it. */
export interface Field {
  readonly name: string
  readonly kind: ColumnKind
  readonly nullable: boolean
  readonly description: string
  readonly values?: ReadonlyArray<string>
  readonly freeText?: boolean
}

export interface Table<C extends Columns = Columns> {
  readonly name: string
  readonly description: string
  readonly primaryKey: ReadonlyArray<string>
  readonly schema: StructOf<C>
  readonly fields: ReadonlyArray<Field>
  /** Each field's `Column.test`, by name. */
  readonly tests: ReadonlyMap<string, (value: unknown) => boolean>
}

/** Builds a table: its Struct schema and its ordered field list come from the same columns. */
export function table<const C extends Columns>(
  name: string,
  description: string,
  primaryKey: ReadonlyArray<keyof C & string>,
  columns: C
): Table<C> {
  const structFields = Object.fromEntries(Object.entries(columns).map(([k, c]) => [k, c.schema]))
  return {
    name,
    description,
    primaryKey,
    schema: Schema.Struct(structFields) as unknown as StructOf<C>,
    tests: new Map(Object.entries(columns).map(([k, c]) => [k, c.test])),
    fields: Object.entries(columns).map(([name, c]) => ({
      name,
      kind: c.kind,
      nullable: c.nullable,
      description: c.description,
      ...(c.values ? { values: c.values } : {}),
      ...(c.freeText ? { freeText: true } : {})
    }))
  }
}
