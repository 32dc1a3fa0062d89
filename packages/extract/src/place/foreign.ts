/**
 * Places outside China that a clause can be about: 英国早在一八五四年就已经能够生产六千五百七十万吨,
 * 美苏两国拥有占全世界95%以上的核武器. Such a clause's figures are not the document's place's, and
 * the gazetteer has no code for them, so their region is null — never the document's.
 */
import { LEADING_TIME } from "./clause-place.js"

/**
 * Countries and groups of countries Chinese government texts compare themselves with. Not 全世界 or
 * 全球: they open sentences about China as often as not (全世界都看到，我们…裁减了100万人).
 */
const FOREIGN = [
  "美国", "苏联", "俄罗斯", "英国", "法国", "德国", "西德", "东德", "日本", "意大利", "加拿大", "印度",
  "澳大利亚", "巴西", "韩国", "朝鲜", "越南", "美苏", "美日", "欧盟", "东盟", "欧洲", "非洲", "拉美",
  "发达国家", "发展中国家", "西方国家", "资本主义国家", "帝国主义国家"
]
const FOREIGN_LEAD = new RegExp(`^(?:${FOREIGN.join("|")})`)
/** 全球首个, 全世界最大: a rank said of the document's own place, not a place of its own. */
const RANK_AFTER = /^(?:首|第|最|领先|唯一|率先|前列|同类|范围内|排名)/

/** 我国, 我们, 中国, 我省…: a clause that says it speaks of home again (同我国一九五二年…相等). */
const HOME = /我国|我们|中国|我[省市区县州旗]/

/** 德国大众、日本丰田等50余家世界500强企业在吉林投资建厂: foreign firms counted where they invest. */
const INVESTS_HERE = /(?:企业|公司|外资|外商)[^，,。；;]{0,6}(?:在|来|到)[^，,。；;]{1,8}(?:投资|落户|设立|建厂|兴业)/

export const speaksOfHome = (clause: string): boolean => HOME.test(clause)

/**
 * True when a clause opens (after time words) with a country or group of countries other than
 * China and does not bring the text back home (苏联在我国…帮助我们建设的166个项目 is China's).
 */
export function opensAbroad(clause: string): boolean {
  if (HOME.test(clause)) return false
  // 而苏联的第一个五年计划…: a conjunction before the country.
  const time = LEADING_TIME.exec(clause)?.[0].length ?? 0
  const i = time + (/^(?:而且|而|但是|但|可是|至于)/.exec(clause.slice(time))?.[0].length ?? 0)
  const m = FOREIGN_LEAD.exec(clause.slice(i, i + 8))
  // (Foreign firms investing here are tested last: most clauses open with no foreign name.)
  return m !== null && !RANK_AFTER.test(clause.slice(i + m[0].length, i + m[0].length + 4)) && !INVESTS_HERE.test(clause)
}
