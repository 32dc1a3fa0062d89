/**
 * The stage of a project from the verbs around its name. A review reports what happened
 * (开工建设 → started, 主体完工 → still under construction, 建成投用 → in operation); a plan
 * states intentions, so most verbs there mean planned (投用御湖公园 is a target), except
 * those that say work goes on (加快建设, 提速), starts (开工) or that a facility is in use
 * (用好, 发挥…作用).
 */
import type { ProjectStatus } from "@govstat/schema"

type Cues = ReadonlyArray<readonly [RegExp, ProjectStatus]>

/** Most specific first: 开工建设 is started, not 建设; 主体完工 is not 完工; 建成投用 is 投用. */
const CUES: Cues = [
  // (将要新建A、B: building still ahead.)
  [/规划建设|规划布局|将要?(?:新建|扩建|改建|迁建|改造)/, "planned"],
  // A deadline still ahead (8月5日前建成, 年底投产): the work is under way, not done.
  // (预计年底全部竣工, 预计于今年9月建成: a completion expected.)
  [/(?:日前|月前|年底|年内|明年|下半年)(?:全部|全面|基本)?(?:建成|投产|投用|投运|完工|竣工)|预计[^，,。；;]{0,8}?(?:建成|投产|投用|投运|完工|竣工)/, "under_construction"],
  [/开工|动工|启动建设|启动.{0,12}(?:建设|开发)|奠基|开建/, "started"],
  // 创建工作取得重要进展, 建设进展顺利: progress reported is work under way.
  [/(?:创建|建设)?工作取得[^，,。]{0,4}进展|进展顺利/, "under_construction"],
  // A part of the work done (主体完工, 完成…基础工程、主体楼…结构, 完成…80%): the whole is under way.
  [/主体完工|主体建成|完成[^，,。]{0,12}[0-9.]+%|完成[^，,。]{0,12}(?:基础|主体|结构)|封顶|贯通|合龙|完成总工程量|下闸蓄水|进度过半|加快|加紧|有序推进|有序实施|推进建设|在建|续建|雏形|初具规模|初显|提速|实施/, "under_construction"],
  // 经济运行平稳 is how an area's economy did (楚雄高新区前三季度经济运行平稳), not a facility in use.
  [/投入使用|交付使用|投用|投产|投运|开园|开街|开业|营业|通车|达产|达效|开门迎客|招生|揭牌|挂牌|运营|(?<!经济)运行|上线|(?<!改革|对外)开放/, "in_operation"],
  // 建成区 is the built-up area of a park, not its completion.
  // 建设完成 is the work done (鹰嘴岩水库建设完成); 建设完成投资 only money spent on it.
  // (建设完毕: 公司年产1000吨茶油项目已建设完毕.)
  [/建成(?!区)|完工|竣工|落成|验收|(?:建设|施工|改造|整治)(?:完成(?!投资|年度|计划|[0-9])|完毕)/, "completed"],
  // Progress reported (正在加速推进, 稳步前行, 实现主体施工, 安装了设备) and work resumed (复工建设): under way.
  // (After the stages: 加速推进投用 says the work is in use.)
  // So is a verb of building right before the name it builds (新建A、扩建B, 改造提升C): the work is being done,
  // like 建设. (新建成 is built: 建成 above. A work after a name, 临策铁路扩能改造、…, governs no other.)
  [/加速推进|稳步推进|稳步前行|正在推进|主体施工|安装了?设备|设备安装|复工|建设|(?:(?:新|扩|改|迁)建(?!成)了?|改造(?:提升)?)(?=□|$)/, "under_construction"],
  // Projects still under negotiation (在谈项目推进签约) are not signed yet.
  [/在谈|洽谈中|正在洽谈|跟踪洽谈|推进签约/, "planned"],
  [/签约|签署|落户|引进|引入|入驻|落地/, "signed"],
  // 启动招商 starts looking for investors, not building; 储备项目提前开工 names the pool a project
  // came from, not its stage.
  [/规划|谋划|筹建|争创|创建|申报|储备(?!项目)|选址|启动(?!招商)/, "planned"]
]

/** In a plan, 投用/建成/签约 are mostly targets not yet met: planned. */
const PLAN_CUES: Cues = [
  // 谋划推进环球主题公园二期: a work still being conceived, whatever follows the verb of preparation.
  [/谋划推进|规划推进|谋划建设/, "planned"],
  [/开工|动工/, "started"],
  [/(?<!经济)运行|用好|发挥|提档升级|运营/, "in_operation"],
  [/投用|交付使用|投产|投运|建成(?!区)|开园|营业|签约|入驻|落地|引进|引入|实现/, "planned"],
  [/加快|提速|推进|续建|有序实施|高水平建设|高质量建设|持续建设|建好|下闸蓄水|完成/, "under_construction"],
  // Verbs of preparation: the nearest one governs, not a later 推进 said of something else.
  [/启动|谋划|筹建|争创|创建|申报|储备(?!项目)|选址|规划/, "planned"]
]

/** Every cue of a list in one pattern, to find the one nearest a name. */
const anyCue = (cues: Cues) => new RegExp(cues.map(([re]) => re.source).join("|"), "g")
const ANY_REVIEW_CUE = anyCue(CUES)
const ANY_PLAN_CUE = anyCue(PLAN_CUES)

const FUTURE = /将(?:建设|打造|启动|实施|规划|新建)|拟|计划(?:建设|实施)|即将|准备/

/** Verbs by which a name brings others about: what follows them is said of those. */
const LEADS_OTHERS = /带动|吸引|引领/
/** An honour a name receives, right after it. */
const HONOURED = /^[”"]?(?:成功)?(?:获选|获评|入选|荣获|被评为)/
/** Preparatory work said of the name, within its clause: 前期工作, 前期研究, 前期论证. */
const PREPARATORY = /^[^，,。；;□]{0,12}前期(?:工作|研究|论证)/
/** A name relied on: an existing resource. */
const RELIED_ON = /依托$/

/** Cues that take an object (推进X, 引进X). */
const TRANSITIVE = /推进|加快|实施|建设|启动|引进|引入|签署|规划|谋划|筹建|争创|创建|申报|打造/

/** Cues read together: a verb cluster such as 建成投用 is judged as a whole. */
const CLUSTER = 6

const first = (cues: Cues, s: string) => cues.find(([re]) => re.test(s))?.[1] ?? null

/**
 * The first cue after a name that is said of it (see nearest). `any` is global and read with
 * exec from 0: matchAll would clone the pattern at every call.
 */
function firstSaidOf(any: RegExp, s: string): RegExpExecArray | null {
  const listed = /^[、和及与]/.test(s)
  any.lastIndex = 0
  for (let f = any.exec(s); f !== null; f = any.exec(s)) {
    if ((!TRANSITIVE.test(f[0]) || !/^[了着]?□/.test(s.slice(f.index + f[0].length))) && (listed || s[f.index - 1] !== "□")) {
      any.lastIndex = 0
      return f
    }
  }
  return null
}

/** The last cue in `s`. */
function lastCue(any: RegExp, s: string): RegExpExecArray | null {
  let last: RegExpExecArray | null = null
  any.lastIndex = 0
  for (let f = any.exec(s); f !== null; f = any.exec(s)) last = f
  return last
}

/**
 * The cue nearest the name on one side, with its distance: sentences the source ran
 * together (投用御湖公园、龙梭山公园加快推进中医智谷建设) put other projects' verbs in reach.
 * After the name that is the first cue; before it, the last.
 */
function nearest(cues: Cues, any: RegExp, s: string, side: "after" | "before"): { status: ProjectStatus; distance: number } | null {
  // After a name, a verb whose object is another name (正有序推进□□□□创建: the other name
  // masked as □) is said of that one.
  // A verb of completion (主体完工) takes no object: the name after it starts a new statement.
  // Nor is a predicate right after another name (□□□□创建) said of this one, unless that
  // name is listed with it (玉泉湖公园、动漫公园投入使用).
  const m = side === "after" ? firstSaidOf(any, s) : lastCue(any, s)
  if (!m) return null
  const end = m.index + m[0].length
  const span = Math.max(CLUSTER, m[0].length)
  const window = side === "after" ? s.slice(m.index, m.index + span) : s.slice(Math.max(0, end - span), end)
  const status = first(cues, window)
  return status && { status, distance: side === "after" ? m.index : s.length - end }
}

/**
 * The status said of a name: from the nearer of the cue after it (its predicate) and the
 * cue before it (the verb it is the object of), the predicate on a tie; without a cue, a
 * plan or a sentence about the future (璧山将建设…, 拟…) makes it planned.
 */
export function projectStatus(after: string, before: string, plan: boolean, sentenceBefore = ""): ProjectStatus | null {
  const cues = plan ? PLAN_CUES : CUES
  // 启动X建设 wraps the name, or a list of names (启动A、B、C三大片区开发): the verb before and
  // its object noun after.
  // (The list may hold items that are no names: 先后启动安置房、孵化中心、□□□□等12个重点基础项目建设.)
  if (!plan && /启动[^，,。；;]{0,24}□[□、和及与]*[^，,。；;□]{0,16}(?:建设|开发)/.test(before + "□" + after)) return "started"
  // An honour received (…项目获选…典型案例) says nothing of the stage.
  if (!plan && HONOURED.test(after)) return null
  // Preparatory work on a name (加快攀枝花至盐源高速公路等项目前期工作) is before any building,
  // whatever the verb that speeds it.
  if (PREPARATORY.test(after)) return "planned"
  const any = plan ? ANY_PLAN_CUE : ANY_REVIEW_CUE
  // What a name brings about (雪花啤酒项目带动配套企业入驻) is said of others: its verbs are theirs.
  const a = nearest(cues, any, after.split(LEADS_OTHERS, 1)[0]!, "after")
  const b = nearest(cues, any, before, "before")
  // A name inside an enumeration (投用御湖公园、龙梭山公园) takes the verb that opens the list.
  const inList = before.endsWith("、") || after.startsWith("、")
  const listStart = inList ? before.length - (/[^，,。；;：:]*$/.exec(before)![0].length) : before.length
  const bDistance = b ? Math.max(0, b.distance - (before.length - listStart)) : Infinity
  const pick = a && b ? (bDistance < a.distance || (inList && bDistance === 0) ? b : a) : a ?? b
  // What a plan relies on (依托全国唯一空间太阳能电站实验) is there already: it is not planned.
  return pick?.status ?? ((plan && !RELIED_ON.test(before)) || FUTURE.test(sentenceBefore) ? "planned" : null)
}

/**
 * The cue that governs a name from further back, when its own clause has none: the last
 * cue earlier in its sentence (此次集中开工的项目…, 有A、B…等36个) or, for a sentence that
 * opens with 其中, in the sentences it details. Names in `before` are masked by the caller,
 * so the words inside them (…建设项目) are not read as cues.
 */
export function governingStatus(before: string, plan: boolean): ProjectStatus | null {
  return nearest(plan ? PLAN_CUES : CUES, plan ? ANY_PLAN_CUE : ANY_REVIEW_CUE, before, "before")?.status ?? null
}

/**
 * In the review part of a work report or plan, what was being built is reported with
 * 打造/共建/抓好 right before the name (高标准打造“梦界空间”数字经济产业园): work under
 * way. Elsewhere (speeches, news) the same verbs are aspirations and say nothing, unless the
 * work is said to go on or to be paid for (万凯持续打造…基地, 伊莱特投资近30亿元打造…产业园).
 */
const REVIEWED_WORK = /(?:打造|共建|抓好)$/
const ONGOING_WORK = /(?:持续|正在|投资[^，,。；;]{0,12}元)(?:打造|建设)$/

export function reviewedWork(before: string, periodReport = true): ProjectStatus | null {
  return (periodReport ? REVIEWED_WORK : ONGOING_WORK).test(before) ? "under_construction" : null
}
