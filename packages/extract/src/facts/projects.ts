/**
 * Project facts: named projects, parks, zones, platforms and facilities, with the stage
 * the text reports (签约 → signed … 投产 → in_operation), the area and investment said of
 * them, and the year. One record per project and section year; several mentions within a
 * section merge into the most advanced status.
 *
 * Names come three ways: from a head noun leftwards (璧山高新区, 金凤隧道); from the items
 * of an enumeration closed by a class word (蔚蓝创造、昇印光电等118个项目); and from a
 * head shared by short items (三合、广普农村公益性公墓 → 三合农村公益性公墓).
 */
import type { ProjectKind, ProjectStatus, Region } from "@govstat/schema"
import { ProjectStatuses } from "@govstat/schema"
import { headingYear, type Section } from "../document/sections.js"
import { clauses, paragraphs, sentences, type Span } from "../document/spans.js"
import type { QuantityMention } from "../quantity/mention.js"
import { scanQuantities } from "../quantity/scan.js"
import { mentionAt } from "../place/match.js"
import { segment } from "../words/segment.js"
import { scale } from "./indicators.js"
import { governingStatus, projectStatus, reviewedWork } from "./project-status.js"
import { governsNextParagraph } from "./status.js"
import { projectRegion } from "./project-region.js"
import { type Frame, frameAt, paragraphFrames } from "./project-frame.js"
import { headIsWord, type Words, wordsOf } from "./project-words.js"
import { enumerationItem, hasProperElement, isPlace, type Head, headOf, headsIn, nameContinues, nameEndingAt, quantityBefore, roomForName } from "./project-names.js"

export interface ProjectFact {
  readonly name: string
  readonly kind: ProjectKind
  readonly status: ProjectStatus | null
  readonly areaKm2: number | null
  readonly investmentYuan: number | null
  readonly year: number | null
  readonly region: Region | null
  readonly span: Span
  readonly clause: Span
}

const rank = (s: ProjectStatus | null) => (s === null ? -1 : ProjectStatuses.indexOf(s))

const NOT_A_NAME_AFTER: Record<string, RegExp> = {
  中心: /^(?:城市|工作|任务|环节|位置|地位)/,
  高速: /^(?:发展|增长|运转|推进|度|的)/,
  高铁: /^(?:的)/,
  // 全国一体化算力网络国家枢纽节点: a node of a network, not a hub facility.
  枢纽: /^节点/,
  // A head inside a longer word: 工程量, 工程师, 工程院 (and 工程设计, 工程监理: a service to works); 项目部, 项目库; a mechanism named after
  // projects (领导挂点服务项目机制) is none.
  工程: /^(?:[量师院学]|设计|监理)/,
  // 项目介绍, 项目管理(办法), 项目全生命周期服务, 项目攻坚, 项目总数: projects in general as the
  // modifier of a task (樊安顺作项目介绍, 湘乡市深化项目全生命周期服务), not one project.
  项目: /^(?:[部组库制化]|机制|介绍|管理|全生命周期|攻坚|总数|招引|审批|建设年)/,
  口岸: /^经济/
}
/**
 * A name used as a modifier of these nouns (口岸经济, 工程栏目, 中新互联互通项目联合实施委员会议,
 * 小蓝经开区招商局副局长; an event or a person: 云招商项目洽谈会, 参建单位项目负责人, “开门红”项目集中签约活动;
 * a firm: 四川吉奥冶金地质工程公司)
 * or as a role one strives for (争当…先行区排头兵) is not a mention of a project.
 */
const MODIFIES = /^(?:经济|栏目|领域|行业|造价|联合实施|委员会|会议|排头兵|领头羊|桥头堡|主力军|招商局|管委会|党工委|洽谈会|推介会|负责人|集中(?:签约|开工|开竣工|竣工)|(?:有限|股份)?公司)/

/**
 * Class words that close an enumeration of projects: A、B等12个重点产业项目, A、B等46个总投资
 * 389亿元的重点项目, A、B等工业集中区, 344国道改造等一批重大基础设施项目, A、B等新能源汽车、
 * 充电桩产业项目 (the class may list sectors), A、B等交通要道; not 等平台资源, 等项目用地.
 */
const ENUMERATION_CLOSE =
  /等(?:[0-9一二两三四五六七八九十百]+(?:个|条|项|座|家)|一批)?(?:[^，。；,;:：\n]{0,20}?)(项目|景区|园区|基地|平台|轨道|隧道|集中区|要道)(?!资源|用地)/g
/**
 * A class phrase of fields (等高端技术及新兴产业领域的项目), of firms (等电商平台) or of funds
 * (中央预算内投资、专项债券、国债等上级资金项目): the items are sectors, operators or sources, not projects.
 */
const FIELD_CLASS = /领域|方面|行业|门类|电商|公司|资金/
const WHOLLY_QUOTED = /^“[^“”]+”$/
/** A class of pilots or demonstrations (等示范项目, 等试点项目). */
const PILOT_CLASS = /(?:示范|试点)项目$/
/** Items are split at 、 and at the 及/和/与 that joins the last one (…食品加工及冷链物流). */
const ITEM_SEPARATOR = /、|(?<=[\u4e00-\u9fff]{4})(?:及|和|与)(?=[\u4e00-\u9fff]{4})/
/** Words that end the run of items on the left: the items follow them. */
const LIST_BREAK = /[,，。;；:：\s]/g
/**
 * Class phrases an item takes when it has no head of its own: 白市驿、科学城等3条隧道 →
 * 白市驿隧道; 孔垄纺织、杉木陶瓷等工业集中区 → 孔垄纺织工业集中区. Items of 等…项目 stay
 * bare (蔚蓝创造): a project class names no kind of facility.
 */
const CLASS_SUFFIX = /^(?:[\u4e00-\u9fff]{0,2}(?:集中区|园区)|隧道)$/

interface Mention {
  readonly name: string
  readonly kind: ProjectKind
  readonly start: number
  readonly end: number
  /** An item of an enumeration closed by a class word. */
  readonly listed: boolean
  /** A category (亿元以上项目): not a project, but masked when cues are read. */
  readonly category: boolean
}

/**
 * Every mention is made here, with every field set: objects of one shape keep the code that
 * reads them monomorphic (mentions with and without the optional fields deoptimised
 * extractProjects with "wrong map").
 */
const mention = (name: string, kind: ProjectKind, start: number, end: number, listed: boolean, category: boolean): Mention =>
  ({ name, kind, start, end, listed, category })

/**
 * A name counted right after it (实施智能化改造项目59个, 新改扩建“暖心驿站”9个, 零工驿站、家门口
 * 就业驿站167个) is a kind of which there are many, not one project.
 */
const COUNTED = /^[”"」]?(?:、[^，,。；;等]{1,16}){0,12}[0-9一二两三四五六七八九十百千万.]+(?:个|家|座|所|处|项|条|批)/
const SMALL_NUMBER: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 }

/**
 * A programme measured in land right after it, the clause ending there (实施黑土地保护工程10万亩,): a
 * kind of work spread over an area. (Not the land a project takes: 磷能新材项目3300亩土地征迁.)
 */
const LAND_MEASURED = /^[0-9.]+万?(?:亩|公顷)(?=[,，。；;]|$)/

/** Counted as a kind, unless the count is that of the list it closes (A、B、C3个国家级平台). */
function counted(c: string, start: number, end: number): boolean {
  if (LAND_MEASURED.test(c.slice(end, end + 12))) return true
  const m = COUNTED.exec(c.slice(end))
  if (!m) return false
  const n = /([0-9]+|[一二两三四五六七八九十])(?:个|家|座|所|处|项|条|批)$/.exec(m[0])
  const count = n ? Number(n[1]) || SMALL_NUMBER[n[1]!] : NaN
  const runStart = Math.max(...[...c.slice(0, start).matchAll(/[，,。；;：:]/g)].map((b) => b.index + 1), 0)
  const items = (c.slice(runStart, end + m[0].length).match(/、/g) ?? []).length + 1
  return items !== count
}

/**
 * A slogan in quotes with a bare 示范项目 (“东数西算”示范项目) names a kind of pilot, not one
 * project; a four-character slogan with a bare 工程 (推进“创新驱动”工程, “数字赋能”工程) a
 * campaign. (“菜篮子”工程 is a named programme: it stays.)
 */
const SLOGAN = /^“[^”]{2,8}”示范项目$|^“[\u4e00-\u9fff]{4}”工程$/
/** What is to be avoided (坚决杜绝“新形象工程”, 避免形成…“半拉子”工程) is no project. */
const SHUNNED = /(?:杜绝|避免|防止|严防|不搞|反对|严禁|禁止)[^，,。；;]{0,8}[“"]?$/
/**
 * What a place joins or seizes (融入巴蜀文化走廊建设, 抢抓…国家“东数西算”工程等…机遇) is a
 * strategy beyond it, not one of its projects; what lies where another is (位于璧北片区的“云雾
 * 花涧”项目) is a location.
 */
const JOINED = /(?:融入|抢抓)$/
/**
 * A partner the place works with (与成都高新区互发…营业执照, 与天府数据中心共建…, 与上海市金山区山阳
 * 工业园建立…合作关系): another's zone or facility, not a project of the text.
 */
const PARTNER_BEFORE = /(?:与|同)$/
const PARTNER_AFTER = /^[^，,。；;]{0,12}?(?:互发|互认|合作|共建|签署|签订|建立|携手|对接|联合|结对|结为)/
const LOCATION = /位于$/
/**
 * What a site lies next to or a route runs from or to (紧邻太平水道和广深沿江高速, 起点位于沙田镇接…高速):
 * a landmark, not a project. (Not through 的: 位于璧北片区的“云雾花涧”项目 is one.)
 */
const NEAR = /(?:紧邻|毗邻|邻近|靠近|临近|起点位于|终点位于|止于|起于)[^，,。；;的]{0,12}$/
/** Bodies whose leaders attend (…商务局、腾鳌经济开发区、牌楼镇等主要领导参加): the zone is an office here. */
const LEADERS_OF = /^(?:、[^，,。；;、]{1,16}){0,8}等?(?:主要|有关|相关)?(?:领导|负责人|负责同志)/
/** A landmark a site is placed by (位于市政府西南方向,友谊公园以南,邮政枢纽以西): a bearing follows it. */
const BEARING_AFTER = /^(?:以[东南西北]|[东南西北](?:侧|面)(?![^，,。；;]{0,6}(?:建设|项目|工程))|周边(?:地区)?[,，])/
/**
 * The parts a numbered layout is spelt out in (武汉都市圈协同发展示范区、…、国际一流航空货运枢纽“两区一枢纽”
 * 建设): the goals of a strategy, not works.
 */
const PARTS_OF_LAYOUT = /^(?:、[^，,。；;、“”]{1,24}){0,6}“[^”]{0,6}[一二两三四五六七八九十](?:区|带|圈|核|极|翼|轴|廊|城|群)[^”]{0,6}”/
/**
 * Sites a title is sought for (梅江河、三江水库、同心水库市级幸福河湖建设): the campaign is the work, the
 * river or reservoir is there already.
 */
const SITE_OF_TITLE = /^(?:、[^，,。；;:：、]{1,12}){0,6}(?:国家级|省级|市级|区级|县级)[\u4e00-\u9fff]{2,8}(?:建设|创建)/
/** An institution handed over or renamed (完成…人民医院划转): its administration, not a work. */
const ADMINISTERED = /^(?:的)?(?:划转|移交|托管|更名|整合|合并)/
/** A name after a demonstrative (这个锂电池储能电站) refers back to one named before. */
const REFERS_BACK = /(?:这个|这座|这一|这些|该座)$/
/** The class a list closes with (等重大战略机遇, 等城市建成区, 等…“国字号”名片): not projects. */
const NOT_PROJECT_CLASS = /^[”"]?(?:、[^，,。；;:：、]{1,24}){0,8}等[^，,。；;:：]{0,12}?(?:战略|机遇|建成区|名片|称号|荣誉|国字号)/
/** A quality aimed at (打造具有全国影响力的科普研学中心, 建成立足山东、辐射华东的国家区域医疗中心): a goal, not a facility. */
const ASPIRED = /(?:具有|具备|立足|辐射|面向)[^，,。；;]{0,16}的$/
/** A national title a place works for (推进全国义务教育优质均衡发展区、…创建). */
const TITLE_SOUGHT = /^(?:、[^，,。；;:：、]{1,24}){0,8}创建/
/** An accreditation passed (人民医院“三甲”复审达标, 疾控中心通过“二甲”创建评审): an existing institution. */
const ACCREDITED = /^(?:分别)?(?:通过)?(?:[“"][^”"]{1,4}[”"]){1,3}(?:创建)?(?:复审|评审|复核)/
/** One in every school or village (心灵驿站实现58所中小学全覆盖): a kind spread across many, not one project. */
const COVERS_ALL = /^[^，,。；;]{0,16}全覆盖/
/** The foundations of a building (完成医疗综合楼基础工程): a part of a work, not a project of its own. */
const PART_OF_WORK = /基础工程$/
/** The issuer field of a page's metadata table ([ 发布机构 ] | 重庆高新技术产业开发区…). */
const ISSUER_FIELD = /(?:发布机构|发文机关|来源)\s*[\]】:：|]\s*\|?\s*$/

/** Names ending in a head noun, and short items sharing that head (三合、广普…公墓). */
function headMentions(c: string, heads: ReadonlyArray<Head>, closes: ReadonlyArray<Span>): Array<Mention> {
  const out: Array<Mention> = []
  // The clause is segmented only once a head passes the checks that need no words: the
  // segmenter is the costliest step of the extractor.
  let words: Words | undefined
  for (const { head, kind, end } of heads) {
    // The name goes on to a later head (福禄镇卫生院迁建项目): that one names it.
    if (nameContinues(c, end)) continue
    // 国际消费中心城市 is a title of a city, 中心工作 a task, 高速发展 a pace: not facilities.
    if (NOT_A_NAME_AFTER[head]?.test(c.slice(end)) || MODIFIES.test(c.slice(end))) continue
    // (What nameEndingAt would refuse whatever the words: asked first, the clause may need no segmenting.)
    if (!roomForName(c, end, head)) continue
    words ??= wordsOf(c)
    // A head inside a longer word (工程 in 工程师, 工程量) is no head.
    if (!headIsWord(words, end, head)) continue
    const named = nameEndingAt(c, end, head, words)
    if (!named) continue
    const found = withCapacityBefore(c, named)
    // 发挥…中心作用 is a central role, unless a proper name holds the centre (发挥中关村…转化中心作用);
    // 全球资源配置中心功能明显增强 a city's function.
    if (head === "中心" && /^(?:作用|功能|地位)/.test(c.slice(end, end + 2)) && !hasProperElement(found.name)) continue
    const category = found.category || namesNoProject(c, found.name, found.start, end, closes)
    // Natural features sharing a head (缙云山、云雾山、茅莱山生态廊道) make one work across them.
    const across = category ? found.start : featuresBefore(c, found.start, found.name)
    if (across < found.start) {
      out.push(mention(c.slice(across, end), kind, across, end, false, false))
      continue
    }
    out.push(mention(found.name, kind, found.start, end, false, category))
    if (!category) out.push(...sharedHeadItems(c, found.start, found.name, kind))
  }
  return out
}

const NO_MENTIONS: ReadonlyArray<Mention> = []

/**
 * 建成瑞丰公司年产5万吨有机肥及年产10万吨饲料项目: a name opening with a capacity right after 及 is the
 * second product of one project; the name starts with the first (its capacity too), not at 及.
 */
function withCapacityBefore<F extends { readonly name: string; readonly start: number }>(c: string, found: F): F {
  if (c[found.start - 1] !== "及" || !found.name.startsWith("年产")) return found
  const run = CAPACITY_RUN.exec(c.slice(Math.max(0, found.start - 41), found.start - 1))?.[0] ?? ""
  const item = run.includes("年产") ? enumerationItem(run) : null
  if (item === null || !item.includes("年产")) return found
  const start = found.start - 1 - item.length
  return { ...found, name: c.slice(start, found.start + found.name.length), start }
}
const CAPACITY_RUN = /[\u4e00-\u9fff0-9A-Za-z.]+$/

/**
 * True when a name found at [start, end) names no project where it stands: a kind counted,
 * a slogan, a thing shunned or joined, a partner, a location, the class a list closes with, a title sought,
 * one of a kind spread everywhere.
 */
function namesNoProject(c: string, name: string, start: number, end: number, closes: ReadonlyArray<Span>): boolean {
  const before = c.slice(0, start)
  const after = c.slice(end)
  return counted(c, start, end) || SLOGAN.test(name) || SHUNNED.test(before) ||
    ISSUER_FIELD.test(before) || JOINED.test(before) || (PARTNER_BEFORE.test(before) && PARTNER_AFTER.test(after)) || (LOCATION.test(before) && after.startsWith("的")) ||
    ((before.includes("邻") || before.includes("近") || before.includes("于")) && NEAR.test(before)) || BEARING_AFTER.test(after) ||
    (after.includes("领导") || after.includes("负责")) && LEADERS_OF.test(after) || NOT_PROJECT_CLASS.test(after) || (after.includes("”") && PARTS_OF_LAYOUT.test(after)) || SITE_OF_TITLE.test(after) || ADMINISTERED.test(after) || ACCREDITED.test(after) || COVERS_ALL.test(after) || PART_OF_WORK.test(name) ||
    ASPIRED.test(before) || (/^全国/.test(name) && TITLE_SOUGHT.test(after)) ||
    (before.endsWith("“") && after.startsWith("”“")) || REFERS_BACK.test(before) ||
    // A name inside a document's title (《关于进一步规范工业园区…的通知》) is the title's subject, not a project.
    (before.includes("《") && before.lastIndexOf("《") > before.lastIndexOf("》")) ||
    // What follows 等 is the class a list closes with (等新能源汽车、充电桩产业项目), not an item.
    closes.some((k) => k.start < start && k.end === end)
}

/** Where the class phrases of enumerations (等…项目) stand; the pattern opens with 等, so a clause without one has none. */
function enumerationCloses(c: string): Array<Span> {
  const out: Array<Span> = []
  if (!c.includes("等")) return out
  for (const m of c.matchAll(ENUMERATION_CLOSE)) out.push({ start: m.index, end: m.index + m[0].length })
  return out
}

/** A mountain, lake or river (缙云山, 凤鸣湖), at the start of a name or as an item of a list. */
const FEATURE = /^[\u4e00-\u9fff]{1,3}[山湖河江溪岭峰]/

/**
 * Where a list of natural features before a name starts (缙云山、云雾山、茅莱山生态廊道 → at
 * 缙云山) when the name opens with one too; `nameStart` when there is none.
 */
function featuresBefore(c: string, nameStart: number, name: string): number {
  if (c[nameStart - 1] !== "、" || !FEATURE.test(name)) return nameStart
  let at = nameStart
  while (c[at - 1] === "、") {
    const run = /[\u4e00-\u9fff]*$/.exec(c.slice(0, at - 1))![0]
    const item = enumerationItem(run)
    if (item === null || !/^[\u4e00-\u9fff]{1,3}[山湖河江溪岭峰]$/.test(item)) return nameStart
    at = at - 1 - item.length
    // A verb before the first item (打造缙云山) ends the list.
    if (item.length !== run.length) break
  }
  return at
}

/** A quality (门户型, 综合性, 现代化): a descriptor, not a name (unless a place: 怀化). */
const DESCRIPTOR = /[型性化式]$/

/** Facilities by their last character: a port, a station, a bridge, a plant (燕矶港). */
const OWN_FACILITY = /[港站桥厂库闸]$/
/** Suffixes of a place's name that a short item may end with as well (六指街, 祁家湾街). */
const ADMIN_SUFFIX = /^[街镇乡村]$/

/** Short items before a name in a 、-list take the rest of that name: 张江、广州国家实验室. */
function sharedHeadItems(c: string, nameStart: number, name: string, kind: ProjectKind): Array<Mention> {
  const out: Array<Mention> = []
  // A class before each item (220伏天河、110伏福禄输变电项目) is no part of the name.
  let at = nameStart - quantityBefore(c.slice(0, nameStart))
  while (c[at - 1] === "、") {
    const run = /[\u4e00-\u9fff0-9.]*$/.exec(c.slice(0, at - 1))![0]
    const item = enumerationItem(run)
    // Short items only (三合、广普; 张江、广州): a longer one may not match the lead it replaces
    // (长江上游、黄河上中游天然林保护工程).
    // An item that names a facility of its own (燕矶港、黄鄂黄快速通道: a port) shares no head.
    // (综合性、门户型、标杆型、现代化产业中心: qualities of a kind share no head, they name nothing.)
    if (item === null || item.length > 3 || headOf(item) || OWN_FACILITY.test(item) || (DESCRIPTOR.test(item) && !isPlace(item))) break
    // The item takes the place of the name's own lead: a place it opens with (哈尔滨、上海动力
    // 设备制造基地 → 哈尔滨动力设备制造基地), else as many characters as the item has.
    const lead0 = mentionAt(name, 0)
    // A zone the gazetteer knows whole (荣昌高新区) leaves no head to share: take the item's length.
    // (A place with only the head after it is a lead too: 昆明、丽江、西双版纳机场 grafts no 昆明版纳机场.)
    const leadLength = lead0 && lead0.form.length > 0 && name.length >= lead0.form.length + 2 ? lead0.form.length : item.length
    const lead = name.slice(0, leadLength)
    if (!/^[\u4e00-\u9fff]+$/.test(lead) || name.length < leadLength + 3) break
    // A lead cut mid-word (经一路、西苑小区二期: 西苑小|区) is no lead: the item is a name of its own.
    if (!lead0 && !segment(name).some((t) => t.end === leadLength)) break
    // The item may carry the lead's own suffix (六指街、祁家湾街污水处理厂): it is not repeated.
    const rest = name.slice(leadLength)
    const suffix = ADMIN_SUFFIX.test(rest[0] ?? "") && item.endsWith(rest[0]!) ? 1 : 0
    out.push(mention(item + rest.slice(suffix), kind, at - 1 - item.length, at - 1, false, false))
    if (item.length !== run.length) break
    at = at - 1 - item.length
  }
  return out
}

/** Items of enumerations closed by 等 and a class word. */
function enumerationMentions(c: string, closes: ReadonlyArray<Span>): Array<Mention> {
  const out: Array<Mention> = []
  for (const k of closes) {
    const close = k.start
    const run = c.slice(0, close)
    let from = 0
    for (const b of run.matchAll(LIST_BREAK)) from = b.index + b[0].length
    // The class phrase: what follows 等 and its count, up to the class word (工业集中区).
    const phrase = c.slice(k.start, k.end).replace(/^等(?:[0-9一二两三四五六七八九十百]+(?:个|条|项|座|家)|一批)?/, "")
    // 以二十国集团峰会等为主要平台: a phrase with a verb (为, 作为) is a predicate, not a class;
    // so is one where firms settle (鑫联环保、吉利控股集团等20户企业入驻园区: the park is theirs to enter).
    if (FIELD_CLASS.test(phrase) || /为|是|入驻|落户|进驻/.test(phrase)) continue
    const pilot = PILOT_CLASS.test(phrase)
    let pos = from
    for (const raw of listItems(run.slice(from))) {
      const item = enumerationItem(raw, pos > from)
      const start = pos + raw.length - (item?.length ?? 0)
      pos += raw.length + 1
      // A slogan in quotes closed by a bare class (“选派大学生到村任职”、“选调生”等项目) names a programme.
      if (item === null || isPlace(item) || WHOLLY_QUOTED.test(item)) continue
      // A pilot of a practice (工厂化循环水养殖、“稻田”综合种养、超级小麦等示范项目) is a kind of work
      // done anywhere: an item names one project only with a place, a firm or a number in it.
      if (pilot && !hasProperElement(item)) continue
      const head = headOf(item)
      const name = !head && CLASS_SUFFIX.test(phrase) ? item + phrase : item
      out.push(mention(name, head?.[1] ?? "project", start, start + item.length, true, false))
    }
  }
  return out
}

/**
 * The items of a list, split at its separators outside brackets: 基础设施项目(东昌路北延、昌盛路) is one
 * item. (Every separator is one character: the caller counts on it.)
 */
function listItems(run: string): Array<string> {
  const parts = joinBareHeads(run, run.split(ITEM_SEPARATOR))
  if (!run.includes("(")) return parts
  const out: Array<string> = []
  let at = 0
  for (const part of parts) {
    const prev = out[out.length - 1]
    // A part that opens inside an unclosed bracket goes on with the one before, with the separator between.
    if (prev !== undefined && (prev.match(/\(/g)?.length ?? 0) > (prev.match(/\)/g)?.length ?? 0)) out[out.length - 1] = prev + run[at - 1] + part
    else out.push(part)
    at += part.length + 1
  }
  return out
}

/**
 * A part after 及/和/与 that is only a head with a word before it (肿瘤治疗与研究中心: 研究中心) is no item
 * of its own: it ends the name the part before it opens. Joined back, with its separator.
 */
function joinBareHeads(run: string, parts: Array<string>): Array<string> {
  if (parts.length < 2 || !(run.includes("与") || run.includes("及") || run.includes("和"))) return parts
  const out: Array<string> = []
  let at = 0
  for (const part of parts) {
    const sep = at > 0 ? run[at - 1]! : ""
    const head = sep !== "、" && out.length > 0 ? headOf(part) : undefined
    if (head && part.length - head[0].length <= 2) out[out.length - 1] = out[out.length - 1] + sep + part
    else out.push(part)
    at += part.length + 1
  }
  return out
}

/**
 * A list closed by its count and a head (启动玉泉湖、曙光湖、御湖三大片区开发): when the count is
 * that of the items, each item with the head names one (玉泉湖片区).
 */
const COUNT_CLOSE = /([两三四五六七八九十]|[0-9]+)(?:大|个|条|座|所)(片区|园区|基地|隧道|公园|景区|水库)/g

/** The same pattern, not global: a test that most clauses fail, before matchAll (which clones its pattern). */
const HAS_COUNT_CLOSE = new RegExp(COUNT_CLOSE.source)

function countClosedMentions(c: string): Array<Mention> {
  const out: Array<Mention> = []
  if (!HAS_COUNT_CLOSE.test(c)) return out
  for (const m of c.matchAll(COUNT_CLOSE)) {
    const count = Number(m[1]) || SMALL_NUMBER[m[1]!]
    let from = 0
    for (const b of c.slice(0, m.index).matchAll(LIST_BREAK)) from = b.index + b[0].length
    const raws = c.slice(from, m.index).split("、")
    if (raws.length < 2 || raws.length !== count) continue
    const head = m[2]!
    let pos = from
    const items: Array<Mention> = []
    for (const raw of raws) {
      const item = enumerationItem(raw)
      const start = pos + raw.length - (item?.length ?? 0)
      pos += raw.length + 1
      if (item === null || headOf(item)) break
      items.push(mention(item + head, headOf(head)?.[1] ?? "project", start, start + item.length, true, false))
    }
    if (items.length === count) out.push(...items)
  }
  return out
}

/**
 * 厦门士兰微电…生产线项目,总投资170亿元,将建设…: a name that ends its clause takes the total
 * investment the next clause opens with (总投资, 计划总投资), and only that.
 */
function investmentAfter(text: string, nameEnd: number): number | null {
  const m = INVESTMENT_NEXT.exec(text.slice(nameEnd, nameEnd + 48))
  if (!m) return null
  const from = nameEnd + m.index + m[1]!.length
  const to = from + m[2]!.length
  const c = text.slice(from, to)
  return investmentIn(c, { start: from, end: to }, scanQuantities(text, from, to))
}
const INVESTMENT_NEXT = /^([^,，。;；\n]{0,4}[,，]\s*)((?:项目)?(?:计划|预计)?总投资[^,，。;；\n]{1,16})/

function investmentIn(c: string, clause: Span, nums: ReadonlyArray<QuantityMention>): number | null {
  const invest = nums.find((n) => /投资/.test(c.slice(Math.max(0, n.start - clause.start - 4), n.start - clause.start)) && /元$/.test(n.unit))
  const factor = invest ? ({ 元: 1, 万元: 1e4, 亿元: 1e8, 万亿元: 1e12 } as Record<string, number>)[invest.unit] : undefined
  return invest && factor ? scale(invest.value, factor) : null
}

/**
 * A title conferred on a park (被评为全国农产品加工创业基地、…, 成为国家级…示范园区, 成为全国
 * 首批、全市首个“国家生态文明建设示范区”) names
 * an honour, not a project.
 */
const CONFERRED = /(?:评为|获评|成为|入选|进入|晋升为?|列为|认定为|命名为|荣获)(?:[^，,。；;：:、]{0,24}[、和及]){0,8}(?:[^，,。；;：:、的]{0,6}[“"])?$/
const HONOUR = /^(?:全国|国家|全省|省级|全市|市级)/
/** A 示范/试点 title is conferred whoever confers it (入选成渝地区双城经济圈产业合作示范园区). */
const CONFERRED_LIST = /示范|试点|先行/

interface Found {
  readonly m: Mention
  readonly c: string
  readonly clause: Span
  readonly sentence: Span
  readonly section: Section
}

/**
 * @param periodReport the document reports on periods throughout (a work report or plan):
 * its sections' years date what they say. Elsewhere (news, press conferences, digests) a
 * project takes a year the text states, or the document's year for an event it reports.
 */
export function extractProjects(text: string, sections: ReadonlyArray<Section>, periodReport = true): Array<ProjectFact> {
  // First every name, so that the cue search below reads a text with the names masked:
  // the words inside a name (…旅游基础设施建设项目) are not a verb said of another name.
  const found: Array<Found> = []
  // Honours and categories are masked as well: 建设 in 首批…强国建设示范园区 says nothing of the park.
  const honours: Array<Found> = []
  const national = isNational(text, sections)
  const district = national ? null : ownDistrictOf(text, sections)
  for (const section of sections) {
    // Sentences within a paragraph (a heading ends with no full stop: see extractPolicies).
    for (const sentence of paragraphs(text, section).flatMap((p) => sentences(text, p))) {
      for (const clause of clauses(text, sentence)) collectClause(text, clause, sentence, section, national, district, found, honours)
    }
  }
  if (found.length === 0) return []
  const masked = maskNames(text, [...found, ...honours])
  return mergeFacts(text, masked, sections, found, periodReport)
}

/** The names of one clause, each into `found` or, when it names no project, `honours`. */
function collectClause(
  text: string, clause: Span, sentence: Span, section: Section, national: boolean, district: string | null,
  found: Array<Found>, honours: Array<Found>
): void {
  const c = text.slice(clause.start, clause.end)
  // Where lists close (等…项目): both kinds of name read them.
  const closes = enumerationCloses(c)
  // Every list closed by a count (三大片区) ends with a head noun: without one, a clause has
  // neither names by their head nor such lists.
  const headNouns = headsIn(c)
  const heads = headNouns.length > 0 ? headMentions(c, headNouns, closes) : NO_MENTIONS
  const listed = closes.length > 0 ? enumerationMentions(c, closes) : NO_MENTIONS
  const counted = headNouns.length > 0 ? countClosedMentions(c) : NO_MENTIONS
  if (heads.length + listed.length + counted.length === 0) return
  // A name right after a page's source field (来源:甘谷县融媒体中心) is the publisher, not a project.
  const sourced = clause.start > 0 && ISSUER_FIELD.test(text.slice(Math.max(0, clause.start - 8), clause.start))
  // A notice's addressees (各县市区委、人民政府,岳阳经济技术开发区、南湖新区…,市直各单位:) are bodies it is sent to.
  if (addressed(text, sentence)) return
  // The order of the three kinds is kept: a name's first mention is the one recorded.
  for (const all of [heads, listed, counted]) {
    for (const m of all) {
      const f: Found = { m, c, clause, sentence, section }
      if (isHonour(m, c, section, national, district) || (sourced && /^\s*$/.test(c.slice(0, m.start))) ||
        (all === heads && listed.length > 0 && partOfListed(m, c, listed)) ||
        (all === listed && heads.length > 0 && partOfJoinedName(m, c, heads))) honours.push(f)
      else found.push(f)
    }
  }
}

/** The salutation line of a notice: opens with 各 and ends with a colon, with no full stop. */
function addressed(text: string, sentence: Span): boolean {
  let at = sentence.start
  while (at < sentence.end && (text[at] === " " || text[at] === "\n" || text[at] === "　")) at++
  return text[at] === "各" && ADDRESSEE.test(text.slice(at, sentence.end))
}
const ADDRESSEE = /^各[^。；;\n]{0,300}[:：]\s*$/

/**
 * A name by its head inside a longer listed item (隆黄铁路 in 隆黄铁路隆昌至叙永段扩能改造, 淞江产业
 * 集聚区 in 淞江产业集聚区生态水系、…等14个市定重点项目): the place or facility the item's work is
 * on, not a project of its own. An item that only adds the work on it (…产业园建设) keeps the name.
 */
function partOfListed(m: Mention, c: string, listed: ReadonlyArray<Mention>): boolean {
  if (m.category) return false
  // (研究中心 in the item 中新合作(璧山)肿瘤治疗与研究中心: the item's tail, cut at its 与.)
  return listed.some((l) => l.start <= m.start && (l.end > m.end || (l.end === m.end && l.start < m.start && /[与及和]$/.test(c.slice(0, m.start)))) && !/[、，,；;]/.test(c.slice(m.end, l.end)) &&
    !WORK_ON.test(c.slice(m.end, l.end)))
}
const WORK_ON = /^(?:建设|开发|改造|提升|扩建|整治|治理)$/

/**
 * A listed item that is one part of a name joined by 及/和 (创普科技芯片研发 and 显示屏生产制造基地 in
 * 创普科技芯片研发及显示屏生产制造基地、…等项目): the name by its head, read whole, is the project.
 */
function partOfJoinedName(m: Mention, c: string, heads: ReadonlyArray<Mention>): boolean {
  return heads.some((h) => !h.category && h.start <= m.start && h.end >= m.end && h.end - h.start > m.end - m.start &&
    /[及和与]/.test(h.name) && !/[、，,；;]/.test(c.slice(h.start, h.end)))
}

/** True when a mention names no project of the text: a category, a kind, an alias, the document's own zone, an honour. */
function isHonour(m: Mention, c: string, section: Section, national: boolean, district: string | null): boolean {
  if (m.category) return true
  // A country-wide document speaks of kinds of projects (现代农业产业园, 公共文化场馆):
  // there, a name must hold a place, a firm, a brand or a number to name one project.
  if (national && !hasProperElement(m.name)) return true
  // 南昌县(小蓝经开区)举行…: a zone in brackets after a place is another name of that place.
  if (c[m.start - 1] === "(" && c[m.end] === ")" && /[县区市州旗]\($/.test(c.slice(0, m.start))) return true
  // A zone's own document labels a line with the zone (明水经开区:): its subject, not a project of it.
  if (ownZoneLabel(m, c, section)) return true
  // 会议在南沙区行政中心大会堂开幕: the venue of a meeting, not a project.
  if (MEETING_AT.test(c.slice(0, m.start)) && VENUE_OF.test(c.slice(m.end))) return true
  if (ownDistrict(m, district)) return true
  const before = c.slice(0, m.start)
  // A zone or park firms settle in (已经落户璧山国家高新区): where they go, not a project signed.
  if ((m.kind === "zone" || m.kind === "industrial_park") && SETTLED_IN.test(before)) return true
  // An institute's output (…研究院取得…成果, …中心硅光陀螺等成果填补国内空白, …研究院在孵10个团队):
  // the work of an institution there already.
  if (m.kind === "platform" && /^\s*$/.test(before) && ACHIEVES.test(c.slice(m.end))) return true
  // A zone's own report opening a clause with the zone (西部科学城重庆高新区深学笃用…): its subject.
  const region = section.context.region
  if (region?.level === "zone" && m.kind === "zone" && /^\s*$/.test(before) && m.name.endsWith(region.name)) return true
  // 永川图书馆获评全市十佳最美阅读空间: an institution there already receives an honour. (Not 获批: a
  // facility approved as a pilot, 先进数据中心获批“东数西算”示范项目, is a project of the year.)
  const after = c.slice(m.end)
  if ((m.kind === "platform" || m.kind === "facility") && RECEIVES.test(after)) return true
  // 赛宝工业技术研究院获批国家企业技术中心, 高新技术产业研究院上升为市级平台, …实验室等创建国家级科创平台:
  // a lab or institute given a higher rank is an institution there already, not a project.
  if (m.kind === "platform" && RANKED.test(after)) return true
  // 以成渝(金凤)综合性科学中心为引领, 以花湖机场为核心: an anchor the text builds around, there already.
  if (before.endsWith("以") && ANCHOR.test(after)) return true
  // 开工仪式在清华科技园二期项目地块举行, 在曲江公园举行了开工仪式: where a ceremony is held, not a project
  // (nor does the batch's total investment belong to it).
  if (before.endsWith("在") && VENUE_HELD.test(after)) return true
  // 是泉港区近年来招引落地的最大石化产业项目, 成为西南地区最大的天然气净化基地: what a thing named before is
  // said to be describes it, it names no project of its own.
  if ((before.includes("是") || before.includes("成为")) && DESCRIBED_AS.test(before)) return true
  return (HONOUR.test(m.name) || CONFERRED_LIST.test(m.name)) && CONFERRED.test(c.slice(0, m.start))
}
const RECEIVES = /^[”"]?(?:成功)?(?:获评|荣获|被评为|被命名为)/
const VENUE_HELD = /^(?:项目)?(?:地块|现场|内)?(?:隆重|盛大)?(?:举行|举办|召开)/
/** (Not 特别是/而是/就是…, which open a phrase, nor 是对于/是以…, a preposition's object: 特别是对于以鞍钢为中心的东北工业基地.) */
const DESCRIBED_AS = /(?:(?<![特而就还或但只于凡总要可若正])是|成为)(?!对于|对|以|在|把|将|向|从|由|为)[^，,。；;：:是]{0,24}的(?:最大|首个|重要|重点|关键)?$/
const RANKED = /^[”"]?等?(?:获批|上升为|升级为|创建|认定为)(?:首家|首批)?(?:国家|省级|市级|重庆|全国)/
const ANCHOR = /^为(?:引领|核心|龙头|依托|载体|抓手|支撑|牵引|主体|中心|重点)/

const SETTLED_IN = /(?:落户|落地|入驻|进驻|扎根)(?:在|于|到)?$/
const ACHIEVES = /^[^，,。；;]{0,16}?(?:取得|填补|在孵|孵化|研发出|攻克)/

/** A meeting, then 在 before a name, and after it the meeting opens, closes or is held (not a ground-breaking held in a park). */
const MEETING_AT = /(?:会议|大会|论坛|峰会|博览会|洽谈会)[^，,。；;]{0,10}在$/
const VENUE_OF = /^(?:隆重)?(?:开幕|闭幕|召开)/

/**
 * 滨海新区, 天津市滨海新区 in 滨海新区's own report: a new area that is an administrative district is
 * the text's place, not a zone it develops (a zone with no district of its own stays a project).
 */
function ownDistrict(m: Mention, district: string | null): boolean {
  return district !== null && m.name.endsWith(district) && projectRegion(m.name, null)?.name === district
}

/** The district whose own government or congress the text's opening names (滨海新区人民政府, 在滨海新区第一届人民代表大会…), if the text is about it. */
function ownDistrictOf(text: string, sections: ReadonlyArray<Section>): string | null {
  const region = sections[0]?.context.region
  if (region?.level !== "county") return null
  const opening = text.slice(0, 600)
  let at = opening.indexOf(region.name)
  while (at !== -1) {
    if (/^(?:第?[^届，,。\s]{1,4}届)?\s*(?:人民(?:政府|代表大会)|人大)/.test(opening.slice(at + region.name.length, at + region.name.length + 14))) return region.name
    at = opening.indexOf(region.name, at + 1)
  }
  return null
}

function ownZoneLabel(m: Mention, c: string, section: Section): boolean {
  const label = /^\s*$/.test(c.slice(0, m.start)) && /^\s*[:：]?\s*$/.test(c.slice(m.end))
  const region = section.context.region
  return label && region?.level === "zone" && isPlace(m.name) && projectRegion(m.name, null)?.name === region.name
}

/** The quantities of the clause last asked for: the names of one clause share one scan. */
interface ClauseQuantities {
  at: number
  all: ReadonlyArray<QuantityMention>
}

/** One record per name and year, in the order names first appear, each at its most advanced status. */
function mergeFacts(
  text: string, masked: string, sections: ReadonlyArray<Section>, found: ReadonlyArray<Found>, periodReport: boolean
): Array<ProjectFact> {
  const merged = new Map<string, ProjectFact>()
  const order: Array<string> = []
  const perClause = new Map<number, number>()
  for (const f of found) perClause.set(f.clause.start, (perClause.get(f.clause.start) ?? 0) + 1)
  const quantities: ClauseQuantities = { at: -1, all: [] }
  // Outside period reports a paragraph may set the frame (an opportunity on offer, next year's plans).
  const framed = periodReport ? [] : paragraphFrames(text, sections[0]?.context.year ?? null)
  for (const f of found) {
    const frame = periodReport ? null : frameAt(framed, f.clause.start)
    if (quantities.at !== f.clause.start) {
      quantities.at = f.clause.start
      quantities.all = scanQuantities(text, f.clause.start, f.clause.end)
    }
    const fact = factOf(text, masked, f, frame, periodReport, perClause.get(f.clause.start) === 1, quantities.all)
    const key = `${fact.name}|${fact.year}`
    const prev = merged.get(key)
    if (!prev) {
      order.push(key)
      merged.set(key, fact)
    } else merged.set(key, mergeInto(prev, fact))
  }
  return order.map((k) => merged.get(k)!)
}


/** A later mention of a name adds a more advanced status; the first one keeps its span, area and investment. */
function mergeInto(prev: ProjectFact, next: ProjectFact): ProjectFact {
  return {
    name: next.name,
    kind: next.kind,
    status: rank(prev.status) >= rank(next.status) ? prev.status : next.status,
    areaKm2: prev.areaKm2 ?? next.areaKm2,
    investmentYuan: prev.investmentYuan ?? next.investmentYuan,
    year: next.year,
    region: next.region,
    span: prev.span,
    clause: prev.clause
  }
}

/** 到2027年,…建成全国知名的…产业基地: a sentence under a target year after the text's states plans. */
function targetsLaterYear(before: string, year: number | null): boolean {
  if (year === null || !before.includes("到")) return false
  for (const m of before.matchAll(TARGET_YEAR)) if (Number(m[1]) > year) return true
  return false
}
const TARGET_YEAR = /(?<![增加提高上升下降减少扩大达降升长年\d])到((?:19|20)\d{2})年/g

/** 《纲要》提出…的确切目标:⏎…建成国际消费中心: a paragraph right under a governing target lead states plans. */
function underTargetLead(text: string, at: number): boolean {
  // The line breaks are found once per text: searched back from every name, a text of one long
  // line (a scrape) was read again for each name (47% of a 5 MB one-line document's time).
  const breaks = lineBreaks(text)
  let lo = 0
  let hi = breaks.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (breaks[mid]! < at) lo = mid + 1
    else hi = mid
  }
  const para = lo > 0 ? breaks[lo - 1]! : -1
  if (para <= 0) return false
  const prev = lo > 1 ? breaks[lo - 2]! : -1
  return governsNextParagraph(text.slice(prev + 1, para))
}

/** Where the line breaks of the text last asked about are (texts are read one at a time). */
let breaksOf: { text: string; at: Int32Array } = { text: "", at: new Int32Array(0) }
function lineBreaks(text: string): Int32Array {
  if (breaksOf.text === text) return breaksOf.at
  const at: Array<number> = []
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) at.push(i)
  breaksOf = { text, at: Int32Array.from(at) }
  return breaksOf.at
}

/** What one mention says of its project: status, area, investment, year and region. */
function factOf(
  text: string, masked: string, { m, c, clause, sentence, section }: Found, frame: Frame | null, periodReport: boolean,
  onlyName: boolean, all: ReadonlyArray<QuantityMention>
): ProjectFact {
  const plan = section.context.mode === "plan" || frame?.plan === true || targetsLaterYear(masked.slice(sentence.start, clause.start + m.start), section.context.year) ||
    underTargetLead(text, clause.start + m.start)
  // Area and investment belong to a name when it is the clause's only one, or when
  // they qualify it right before it (占地9平方公里的新能源装备产业园) — unless it opens a list closed by
  // a count (投资136.6亿元的宏达新材、晶盛二期等21个产业项目: the batch's total).
  const nums = onlyName ? all : batchOpened(c, m.end) ? [] : all.filter((n) => n.end - clause.start <= m.start && m.start - (n.end - clause.start) <= 3)
  const area = nums.find((n) => n.unit === "平方公里")
  const status = mentionStatus(text, masked, m, c, clause, sentence, plan, periodReport)
  // A year inferred from a publication date alone (yearStated false) dates no project.
  const sectionYear = section.context.yearStated === false ? null : section.context.year
  const dated = periodReport || (section.heading !== null && headingYear(section.heading) !== null)
  const year = dated ? sectionYear : frame ? frame.year : statedYear(yearScope(masked, sentence, clause, m.start))
    ?? (status !== null && status !== "planned" ? sectionYear : null)
  return {
    name: m.name,
    kind: m.kind,
    status,
    areaKm2: area ? area.value : null,
    investmentYuan: investmentIn(c, clause, nums) ?? (onlyName ? investmentAfter(text, clause.start + m.end) : null),
    year,
    region: projectRegion(m.name, section.context.region),
    span: { start: clause.start + m.start, end: clause.start + m.end },
    clause
  }
}

/** The stage a mention reports: a cue said of it, else the one governing its list, else a review of the work. */
function mentionStatus(
  text: string, masked: string, m: Mention, c: string, clause: Span, sentence: Span, plan: boolean, periodReport: boolean
): ProjectStatus | null {
  const mc = masked.slice(clause.start, clause.end)
  // A line ends what is said of a name even where the source lost its full stop.
  const after = mc.slice(m.end).split("\n", 1)[0]!
  const before = mc.slice(mc.lastIndexOf("\n", m.start - 1) + 1, m.start)
  // 雄安新区开工43个重点项目, 高新区完成投资…: what a zone or park does with an object (projects,
  // investment) is the stage of the projects in it, not of the zone.
  const hosts = (m.kind === "zone" || m.kind === "industrial_park") && HOSTED_WORK.test(after)
  // 力争集大原高铁建成通车, 争取…开工: a name aimed at in its clause is read as a plan's, wherever the text is.
  // (Not 确保: a review says 确保…如期投产 of what was done.)
  const aimed = !plan && (before.includes("力争") || before.includes("争取")) && AIMED.test(before)
  const own = projectStatus(hosts ? "" : after, before, plan || aimed, text.slice(sentence.start, clause.start))
  if (own !== null) return own
  // A listed name (A、B等36个) or one detailed after 其中, without a verb of its own, takes
  // the one that governs the list.
  const listed = m.listed || c[m.start - 1] === "、" || c[m.end] === "、" || QUALIFIED_ITEM.test(c.slice(Math.max(0, m.start - 20), m.start)) ||
    DETAILS.test(text.slice(sentence.start, sentence.start + 6))
  const governing = listed ? governingStatus(governingText(text, masked, sentence, clause), plan) : null
  if (governing !== null) return governing
  if (!plan && !listed && clause.end < sentence.end) {
    // The topic of a sentence (…复合肥项目总投资35亿元,…,预计于今年9月建成): a completion expected in a later
    // clause, before any other name, is said of it.
    const later = masked.slice(clause.end, sentence.end)
    const cue = later.includes("预计") ? EXPECTED_LATER.exec(later) : null
    if (cue !== null && !later.slice(0, cue.index).includes("□")) return "under_construction"
  }
  return !plan ? reviewedWork(mc.slice(0, m.start), periodReport) : null
}

/** A name followed by the rest of a list closed by 等 and a count, with no amount of its own items between. */
function batchOpened(c: string, end: number): boolean {
  if (c[end] !== "、") return false
  const m = BATCH_CLOSE.exec(c.slice(end))
  return m !== null && !m[0].includes("元")
}
const BATCH_CLOSE = /^、[^，,。；;:：]*?等[0-9一二两三四五六七八九十百]+[个项家]/
/** The last item of a list, qualified after its 、 (…、总投资1.74亿元的冷链物流园区道路项目). */
const QUALIFIED_ITEM = /、[^、，,。；;:：]{1,16}的$/
const EXPECTED_LATER = /预计[^，,。；;□]{0,10}?(?:建成|投产|投用|投运|完工|竣工)/

/** An aim opening what is said of a name (力争, 争取). */
const AIMED = /(?:力争|争取)[^，,。；;]*$/

/**
 * A verb after a zone's name whose object is a count of projects or firms (开工43个重点项目, 实施重点项目共270个)
 * or its investment (完成投资同比增长12.1%), or a batch of projects (举行…重点项目集中开工活动): said of what is in the zone.
 */
const HOSTED_WORK = /^[^，,。；;]{0,8}?(?:(?:开工|签约|竣工|投产|建成|实施|落地|推进|启动|引进|招引)[^，,。；;\d]{0,8}?(?:\d+|[一二两三四五六七八九十百]+)[个项批家]|完成(?:固定资产)?投资)|^[^，,。；;]{0,30}?集中(?:开工|签约|竣工|投产)/

/**
 * Where a year said of a name is read outside period reports: its own clause, and the one
 * before when that is only a time (2023年,实施…).
 */
function yearScope(masked: string, sentence: Span, clause: Span, at: number): string {
  const own = masked.slice(clause.start, clause.start + at)
  const prev = masked.slice(sentence.start, clause.start)
  const time = /[^,，;；:：]{0,12}[,，]$/.exec(prev)?.[0] ?? ""
  return time + own
}

/** The last year the text before a name states (2023年, 实施…), outside spans (2020年至2024年). */
function statedYear(before: string): number | null {
  const all = [...before.matchAll(/((?:19|20)\d{2})年(?![至到—\-~])/g)]
  const last = all[all.length - 1]
  return last && !/[至到—\-~]$/.test(before.slice(0, last.index)) ? Number(last[1]) : null
}

/**
 * A document of the national government: set in the country and addressed, in its header,
 * to the National People's Congress or from the State Council.
 */
function isNational(text: string, sections: ReadonlyArray<Section>): boolean {
  return sections.some((s) => s.context.region?.level === "country") && /全国人民代表大会|国务院/.test(text.slice(0, 600))
}

/** The text with every found name blanked out (□), offsets unchanged. */
function maskNames(text: string, found: ReadonlyArray<Found>): string {
  const spans = found.map(({ m, clause }) => [clause.start + m.start, clause.start + m.end] as const)
    .sort((x, y) => x[0] - y[0])
  const parts: Array<string> = []
  let at = 0
  for (const [s, e] of spans) {
    if (e <= at) continue
    const from = Math.max(s, at)
    parts.push(text.slice(at, from), "□".repeat(e - from))
    at = e
  }
  parts.push(text.slice(at))
  return parts.join("")
}

/**
 * Words opening a sentence that details the one before: 其中, and the list of what it counted
 * (集中开工项目共有7个…。分别为A、B…; 包括A、B).
 */
const DETAILS = /^\s*(?:其中|分别为|分别是|包括|具体为|依次为)/

/**
 * Where a clause without a cue of its own looks for the one that governs it: earlier in
 * its sentence, and when the sentence opens with 其中 (a detail of the one before), the
 * earlier sentences of its paragraph as well.
 */
function governingText(text: string, masked: string, sentence: Span, clause: Span): string {
  // The statement a 其中 opens runs to its 。, across the ； between its parts.
  const statement = Math.max(text.lastIndexOf("。", sentence.start - 1), text.lastIndexOf("\n", sentence.start - 1)) + 1
  if (!DETAILS.test(text.slice(statement, statement + 6))) return masked.slice(sentence.start, clause.start)
  const paragraphStart = text.lastIndexOf("\n", sentence.start - 1) + 1
  return masked.slice(paragraphStart, clause.start)
}
