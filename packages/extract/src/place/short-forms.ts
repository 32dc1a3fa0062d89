/**
 * Short forms of a place's name, derived by rule from its full name and level:
 * 龙岗区 → 龙岗, 塔城地区 → 塔城, 宁夏回族自治区 → 宁夏, 天祝藏族自治县 → 天祝县 and 天祝,
 * 甘孜藏族自治州 → 甘孜州 and 甘孜, 神农架林区 → 神农架. A stem of one character is never a
 * form of its own (忠县 stays 忠县), and a county's stem that is its city's or province's short
 * form is not the county's (长沙县 stays 长沙县: 长沙 is the city).
 */
import type { Place } from "@govstat/schema"
import { ETHNIC_GROUPS } from "./ethnic-groups.js"

export interface ShortForm {
  readonly form: string
  /**
   * A county-level stem (龙岗, 新华, 光明): many are also common words, so it counts only where
   * the document's hierarchy already holds its parent.
   */
  readonly weak: boolean
}

const ETHNIC = new RegExp(`(?:${[...ETHNIC_GROUPS].sort((a, b) => b.length - a.length).join("|")})族?$`)

/** 天祝藏族 → 天祝, 秀山土家族苗族 → 秀山, 新疆维吾尔 → 新疆; a stem shorter than two characters is kept whole (内蒙古). */
export function stripEthnic(s: string): string {
  let out = s
  for (;;) {
    const m = ETHNIC.exec(out)
    if (!m || out.length - m[0].length < 2) return out
    out = out.slice(0, m.index)
  }
}

/** The stem of a name: its level's suffix and any nationalities removed. */
export function stem(p: Place): { stem: string; suffix: string } | null {
  const n = p.name
  const m = p.level === "province"
    ? /^(.+?)(特别行政区|自治区|省|市)$/.exec(n)
    : p.level === "prefecture"
      ? /^(.+?)(自治州|地区|盟|市)$/.exec(n)
      : p.level === "county"
        ? /^(.+?)(自治县|自治旗|新区|林区|特区|区|县|市|旗)$/.exec(n)
        : null
  if (!m) return null
  const suffix = m[2]!
  const s = suffix.startsWith("自治") ? stripEthnic(m[1]!) : m[1]!
  return { stem: s, suffix }
}

/**
 * Every short form of a place. `higher` holds the short forms of provinces and prefectures,
 * which a county never takes (长沙县's 长沙).
 */
export function shortForms(p: Place, higher: ReadonlySet<string>): Array<ShortForm> {
  const out: Array<ShortForm> = []
  const add = (form: string, weak: boolean) => {
    if (form.length >= 2 && form !== p.name && !out.some((f) => f.form === form)) out.push({ form, weak })
  }
  const st = stem(p)
  if (!st) return out
  const { stem: s, suffix } = st
  if (p.level === "province" || p.level === "prefecture") {
    add(s, false)
    if (suffix === "自治州") add(`${s}州`, false)
    return out
  }
  // County level.
  if (suffix === "自治县") add(`${s}县`, false)
  if (suffix === "自治旗") { add(`${s}旗`, false); return out }
  if (suffix === "旗") return out // 科尔沁右翼前旗: the banner's stem is not a name of its own
  if (!higher.has(s)) add(s, true)
  return out
}
