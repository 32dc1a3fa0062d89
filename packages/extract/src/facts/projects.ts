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
import type { Section } from "../document/sections.js"
import { clauses, sentences, type Span } from "../document/spans.js"
import type { QuantityMention } from "../quantity/mention.js"
import { scanQuantities } from "../quantity/scan.js"
import { scale } from "./indicators.js"
import { projectStatus } from "./project-status.js"
import { enumerationItem, headOf, headsIn, nameContinues, nameEndingAt } from "./project-names.js"

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
  中心: /^(?:城市|工作|任务|环节|位置|地位|作用)/,
  高速: /^(?:发展|增长|运转|推进|度|的)/,
  高铁: /^(?:的)/
}

/** Class words that close an enumeration of projects: A、B等12个重点产业项目. */
const ENUMERATION_CLOSE =
  /等(?:[0-9一二两三四五六七八九十百]+(?:个|条|项|座|家))?[\u4e00-\u9fff]{0,10}?(项目|景区|园区|基地|平台|轨道|隧道)/g
/** Words that end the run of items on the left: the items follow them. */
const LIST_BREAK = /[,，。;；:：\s]|(?:及|和|与)(?=[^、]*$)/g
/** Class words an item takes when it has no head of its own (白市驿、科学城等3条隧道). */
const CLASS_SUFFIX = new Set(["隧道"])

interface Mention {
  readonly name: string
  readonly kind: ProjectKind
  readonly start: number
  readonly end: number
}

/** Names ending in a head noun, and short items sharing that head (三合、广普…公墓). */
function headMentions(c: string): Array<Mention> {
  const out: Array<Mention> = []
  for (const { head, kind, end } of headsIn(c)) {
    // The name goes on to a later head (福禄镇卫生院迁建项目): that one names it.
    if (nameContinues(c, end)) continue
    // 国际消费中心城市 is a title of a city, 中心工作 a task, 高速发展 a pace: not facilities.
    if (NOT_A_NAME_AFTER[head]?.test(c.slice(end))) continue
    const found = nameEndingAt(c, end, head)
    if (!found) continue
    out.push({ name: found.name, kind, start: found.start, end })
    out.push(...sharedHeadItems(c, found.start, found.name, kind))
  }
  return out
}

/** Short items before a name in a 、-list take the rest of that name: 张江、广州国家实验室. */
function sharedHeadItems(c: string, nameStart: number, name: string, kind: ProjectKind): Array<Mention> {
  const out: Array<Mention> = []
  let at = nameStart
  while (c[at - 1] === "、") {
    const run = /[\u4e00-\u9fff]*$/.exec(c.slice(0, at - 1))![0]
    const item = enumerationItem(run)
    if (item === null || item.length > 4 || headOf(item)) break
    const lead = name.slice(0, item.length)
    if (!/^[\u4e00-\u9fff]+$/.test(lead) || name.length < item.length + 3) break
    out.push({ name: item + name.slice(item.length), kind, start: at - 1 - item.length, end: at - 1 })
    if (item.length !== run.length) break
    at = at - 1 - item.length
  }
  return out
}

/** Items of enumerations closed by 等 and a class word. */
function enumerationMentions(c: string): Array<Mention> {
  const out: Array<Mention> = []
  for (const m of c.matchAll(ENUMERATION_CLOSE)) {
    const close = m.index
    const run = c.slice(0, close)
    let from = 0
    for (const b of run.matchAll(LIST_BREAK)) from = b.index + b[0].length
    const classWord = m[1]!
    let pos = from
    for (const raw of run.slice(from).split("、")) {
      const item = enumerationItem(raw)
      const start = pos + raw.length - (item?.length ?? 0)
      pos += raw.length + 1
      if (item === null) continue
      const head = headOf(item)
      const name = !head && CLASS_SUFFIX.has(classWord) ? item + classWord : item
      out.push({ name, kind: head?.[1] ?? "project", start, end: start + item.length })
    }
  }
  return out
}

function investmentIn(c: string, clause: Span, nums: ReadonlyArray<QuantityMention>): number | null {
  const invest = nums.find((n) => /投资/.test(c.slice(Math.max(0, n.start - clause.start - 4), n.start - clause.start)) && /元$/.test(n.unit))
  const factor = invest ? ({ 元: 1, 万元: 1e4, 亿元: 1e8, 万亿元: 1e12 } as Record<string, number>)[invest.unit] : undefined
  return invest && factor ? scale(invest.value, factor) : null
}

export function extractProjects(text: string, sections: ReadonlyArray<Section>): Array<ProjectFact> {
  const merged = new Map<string, ProjectFact>()
  const order: Array<string> = []
  for (const section of sections) {
    const year = section.context.yearStated === false ? null : section.context.year
    for (const sentence of sentences(text, section)) {
      for (const clause of clauses(text, sentence)) {
        const c = text.slice(clause.start, clause.end)
        const mentions = [...headMentions(c), ...enumerationMentions(c)]
        if (mentions.length === 0) continue
        const all = scanQuantities(text, clause.start, clause.end)
        for (const m of mentions) {
          // Area and investment belong to a name when it is the clause's only one, or when
          // they qualify it right before it (占地9平方公里的新能源装备产业园).
          const nums = mentions.length === 1 ? all : all.filter((n) => n.end - clause.start <= m.start && m.start - (n.end - clause.start) <= 3)
          const area = nums.find((n) => n.unit === "平方公里")
          const invest = investmentIn(c, clause, nums)
          const status = projectStatus(c.slice(m.end), c.slice(0, m.start), section.context.mode === "plan",
            text.slice(sentence.start, clause.start))
          const key = `${m.name}|${year}`
          const prev = merged.get(key)
          if (!prev) order.push(key)
          merged.set(key, {
            name: m.name,
            kind: m.kind,
            status: prev && rank(prev.status) >= rank(status) ? prev.status : status,
            areaKm2: prev?.areaKm2 ?? (area ? area.value : null),
            investmentYuan: prev?.investmentYuan ?? invest,
            year,
            region: section.context.region,
            span: prev?.span ?? { start: clause.start + m.start, end: clause.start + m.end },
            clause: prev?.clause ?? clause
          })
        }
      }
    }
  }
  return order.map((k) => merged.get(k)!)
}
