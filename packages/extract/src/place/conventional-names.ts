/**
 * Divisions (师) of the 新疆生产建设兵团 that form one administration with a county-level city
 * (师市合一): its texts name the place as 第八师石河子市, 第八师 or 八师市, and a division's figures
 * are its city's. 第十一师 and 第十二师 have no city of their own and are left out (no region is
 * better than a guess). Only the forms with 第 or 市: 一师, 二师 alone are words of other kinds.
 */
export const CORPS_DIVISIONS: ReadonlyArray<readonly [city: string, division: string]> = [
  ["阿拉尔市", "一"], ["铁门关市", "二"], ["图木舒克市", "三"], ["可克达拉市", "四"], ["双河市", "五"],
  ["五家渠市", "六"], ["胡杨河市", "七"], ["石河子市", "八"], ["白杨市", "九"], ["北屯市", "十"],
  ["新星市", "十三"], ["昆玉市", "十四"]
]

/** Divisions with no city of their own (第十一师 builds, 第十二师 farms round Urumqi): named, but no place of the gazetteer. */
export const CITYLESS_DIVISIONS: ReadonlyArray<string> = ["第十一师", "第十二师"]

/** 第一师范学院 holds 第一师: a division's form that opens a longer word is no mention of it. */
export const WORDS_HOLDING_DIVISIONS: ReadonlyArray<string> = CORPS_DIVISIONS.map(([, n]) => `第${n}师范`)

/**
 * Short names a region's own texts use that no rule derives from the full name: Xinjiang's
 * autonomous prefectures are 巴州, 博州, 克州 (the stems 巴音郭楞, 博尔塔拉, 克孜勒苏 shortened to
 * one character). 巴州 is also the stem of Sichuan's 巴州区, which a 巴中 text still reads as its own.
 * And the 兵团's divisions by their cities.
 */
export const CONVENTIONAL_NAMES: ReadonlyArray<readonly [fullName: string, ...forms: Array<string>]> = [
  ["巴音郭楞蒙古自治州", "巴州"],
  ["博尔塔拉蒙古自治州", "博州"],
  ["克孜勒苏柯尔克孜自治州", "克州"],
  ...CORPS_DIVISIONS.map(([city, n]) => [city, `第${n}师`, `${n}师市`] as const)
]
