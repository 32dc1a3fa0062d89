import { byHeadings } from "./by-headings.js"

/**
 * 统计公报: results of the year its title names (published the next spring). Every figure is
 * an actual; the year comes from the title, not the publication date.
 */
export const statisticalCommunique = byHeadings("statistical_communique", "statistical_communique")

/**
 * 一季度/上半年/1—8月/前三季度 经济运行: results for the period its title or lead states; a
 * figure takes that period unless its own clause names another (全年, 一季度).
 */
export const statisticalRelease = byHeadings("statistical_release", "statistical_release")
