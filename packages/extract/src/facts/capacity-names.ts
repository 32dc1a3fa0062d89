/**
 * A capacity inside a project's name (甘肃电气天祝县松山滩10万千瓦风电项目, 宁国运100万千瓦风光同场
 * 项目开工, 年产10万吨磷酸铁锂项目建成投产) names the project; it is not a statistic of the region
 * (the gold annotates the project, not the number). A capacity the text states (建成10万千瓦/20万
 * 千瓦时独立储能电站, 吉利共计72GWh动力电池项目, 形成10万吨年产能) stays a fact: a verb, a total or a
 * frame word before it says so. Data only; facts/indicators.ts applies it.
 */

/** Units of a plant's capacity: power, energy, tonnage, transformer capacity. */
export const CAPACITY_UNIT = /(?:千瓦|兆瓦|瓦时|吨|[kKMG][Ww][Hh]?|千伏安)$/

/**
 * After the unit, before the clause or list item ends: the head of a project's name. Not
 * through 的: 年产各30万吨的扬子和齐鲁乙烯工程 describes the works by a stated capacity.
 */
export const PROJECT_NAME_TAIL = /^[^\s的，,、。；;：:（(“”"0-9]{0,14}?(?:项目|工程|电站|电厂|风电|光伏|生产线)/

/** A list or clause mark: the name opens after the last one before the number. */
export const NAME_OPENS_AFTER = /[、，,；;：:（(“”"。]/

/**
 * Words in the stretch before the number that make it a stated quantity: a verb of building or
 * counting, a total, a frame (装机, 产能), 其中. A name is a place, an owner and a site.
 */
export const STATED_BEFORE = /建|投产|形成|达到|达产|高达|共计|合计|总计|累计|实现|完成|引进|签约|落地|推进|实施|计划|力争|新增|增加|增至|提升|扩大|装机|规模|容量|产能|能力|其中|开工|并网|改造|启动|加快|谋划|储备|争取|总|全/

/** Single characters that end a stated lead (有10万千瓦…, 为, 约, 超 …), not a name. */
export const STATED_LEAD_END = /[有为是约超近的和及等了达余共]$/

/**
 * After the number, the rest of a list of projects closed by 等…项目 (年产160万吨大机焦、年产30万吨焦油深加工、
 * …等项目; 15万吨工业添加剂、1.6万吨高性能涂料等8个项目): each item's capacity names that item.
 */
export const LISTED_PROJECTS_AFTER = /^[^，,。；;：:！？!?]{0,80}?等(?:[0-9一二两三四五六七八九十百]+[个项])?[^，,。；;：:、]{0,10}?项目/

/** Two products of one plant joined by 及 before its head (年产7万吨草酸及1万吨乙二醇项目). */
const JOINED_NAME_TAIL = /^[^\s的，,、。；;：:（(“”"0-9]{1,10}[及、](?:年产)?[0-9.]+[万千]?吨[^\s的，,、。；;：:（(“”"0-9]{1,14}?(?:项目|工程)/
/**
 * Since the number before, only the first product and 、/及 (年产40万吨合成氨、70万吨尿素原料路线改造项目):
 * the second capacity of one name.
 */
const CAPACITY_ITEM_BEFORE = /^[\u4e00-\u9fff]{1,10}[、及]$/

/**
 * An owner between the verb and 年产 (建成瑞丰公司年产5万吨有机肥及年产10万吨饲料项目, 推进中天钢铁年产200万吨
 * 特钢…项目): the verb is said of the project, whose name holds the firm and its capacity.
 */
const OWNER_BEFORE_CAPACITY = /^(?:[\u4e00-\u9fff]{0,4}?(?:建成|推进|开工|签约|引进|落地|实施|启动|加快|新建|建设|投产))?([\u4e00-\u9fff]{2,12})年产$/

/** Where an item of a list starts right before the number: after 、 or 及, after 年产, or at the clause's start. */
const ITEM_OPENS = /(?:^|[、及])(?:年产)?$|年产$/

/**
 * True when the capacity between `lead` (the text since the name could open) and `after` is part of a project's name.
 * `rest` is the clause from the number on, for a list or a name running past the next number.
 */
export function capacityInName(lead: string, after: string, rest = ""): boolean {
  // (A 等 or a 及 first: most clauses hold neither.)
  if (rest.includes("等") && ITEM_OPENS.test(lead.trim()) && LISTED_PROJECTS_AFTER.test(rest)) return true
  let open = -1
  for (let i = lead.length - 1; i >= 0; i--) if (NAME_OPENS_AFTER.test(lead[i]!)) { open = i; break }
  const name = lead.slice(open + 1).trim()
  if ((name === "" || name === "及") && CAPACITY_ITEM_BEFORE.test(lead) && PROJECT_NAME_TAIL.test(after)) return true
  if (name.length < 2 || !/^[\u4e00-\u9fff]/.test(name)) return false
  const owned = name.endsWith("年产") ? OWNER_BEFORE_CAPACITY.exec(name) : null
  if (owned && !STATED_BEFORE.test(owned[1]!) && (PROJECT_NAME_TAIL.test(after) || JOINED_NAME_TAIL.test(rest))) return true
  if (STATED_BEFORE.test(name) || STATED_LEAD_END.test(name) || /\d/.test(name)) return false
  return PROJECT_NAME_TAIL.test(after) || ((rest.includes("及") || rest.includes("、")) && JOINED_NAME_TAIL.test(rest)) ||
    (rest.includes("等") && LISTED_PROJECTS_AFTER.test(rest))
}
