/**
 * The sessions of the National People's Congress (届, 次) and the day each opened, as data: a
 * national report that names the session it is delivered to (向第六届全国人民代表大会第一次会议
 * 作政府工作报告) but no date is dated by it. Provincial, city and county congresses are not
 * listed (their calendars differ): their reports are dated only by what their text states.
 */
const OPENED: ReadonlyArray<ReadonlyArray<string>> = [
  ["1954-09-15", "1955-07-05", "1956-06-15", "1957-06-26", "1958-02-01"],
  ["1959-04-18", "1960-03-30", "1962-03-27", "1963-11-17"],
  ["1964-12-21"],
  ["1975-01-13"],
  ["1978-02-26", "1979-06-18", "1980-08-30", "1981-11-30", "1982-11-26"],
  ["1983-06-06", "1984-05-15", "1985-03-27", "1986-03-25", "1987-03-25"],
  ["1988-03-25", "1989-03-20", "1990-03-20", "1991-03-25", "1992-03-20"],
  ["1993-03-15", "1994-03-10", "1995-03-05", "1996-03-05", "1997-03-01"],
  ["1998-03-05", "1999-03-05", "2000-03-05", "2001-03-05", "2002-03-05"],
  ["2003-03-05", "2004-03-05", "2005-03-05", "2006-03-05", "2007-03-05"],
  ["2008-03-05", "2009-03-05", "2010-03-05", "2011-03-05", "2012-03-05"],
  ["2013-03-05", "2014-03-05", "2015-03-05", "2016-03-05", "2017-03-05"],
  ["2018-03-05", "2019-03-05", "2020-05-22", "2021-03-05", "2022-03-05"],
  ["2023-03-05", "2024-03-05", "2025-03-05"]
]

const CN: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }
/** 十四 → 14, 九 → 9 (ordinals up to 十九). */
const ordinal = (s: string): number => (s.startsWith("十") ? 10 + (CN[s.slice(1)] ?? 0) : s.endsWith("十") ? CN[s[0]!]! * 10 : s.length === 2 ? CN[s[0]!]! * 10 + CN[s[1]!]! : CN[s]!) || NaN

/** The day the 届's 次 session opened, or null when the table does not hold it. */
export function npcSessionOpened(congress: string, session: string): string | null {
  return OPENED[ordinal(congress) - 1]?.[ordinal(session) - 1] ?? null
}
