/**
 * The parts of a ratio written with colons (三次产业结构为9.5∶41.3∶49.1). Sources write the colon
 * as ASCII ':', full-width '：' (folded to ':'), the ratio sign '∶' (U+2236) and the vertical
 * presentation form '︰' (U+FE30) that some CMS editors insert.
 */
export const RATIO_COLONS = ":：∶︰"

export const isRatioColon = (c: string | undefined): boolean => c !== undefined && c !== "" && RATIO_COLONS.includes(c)

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9"

/** Whether the number at [start, end) is joined to another by a ratio colon. */
export const isRatioPartAt = (text: string, start: number, end: number): boolean =>
  (isRatioColon(text[end]) && isDigit(text[end + 1])) || (isRatioColon(text[start - 1]) && isDigit(text[start - 2]))

/** Whether the number at `start` follows a ratio colon: a later part of its ratio. */
export const continuesRatio = (text: string, start: number): boolean => isRatioColon(text[start - 1]) && isDigit(text[start - 2])

/** The words between the two ratios of a from–to pair (由19.8∶41∶39.2优化为17.9∶43∶39.1). */
export const RATIO_TO = /^(?:优化|调整|变化|转变|改变|演变|提升|升级|转化)?(?:为|到|至)(?:(?:(?:19|20)\d{2}年(?:底|末)?|现在|目前|当前|今年|本年)的)?$/
