/**
 * Project facts: named projects, parks, zones, platforms and facilities, with the stage
 * the text reports (签约 → signed … 投产 → in_operation), the area and investment said of
 * them, and the year. One record per project and section year; several mentions within a
 * section merge into the most advanced status.
 */
import type { ProjectKind, ProjectStatus, Region } from "@govstat/schema"
import { ProjectStatuses } from "@govstat/schema"
import type { Section } from "../document/sections.js"
import { clauses, sentences, type Span } from "../document/spans.js"
import { scanQuantities } from "../quantity/scan.js"
import { scale } from "./indicators.js"

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

/** Head nouns of names, with the kind they make. */
const HEAD_LIST: ReadonlyArray<readonly [string, ProjectKind]> = [
  ["产业园", "industrial_park"], ["工业园", "industrial_park"], ["园区", "industrial_park"], ["科技城", "zone"],
  ["生命科技城", "zone"], ["示范区", "zone"], ["高新区", "zone"], ["经开区", "zone"], ["新区", "zone"], ["开发区", "zone"],
  ["片区", "zone"], ["产业带", "zone"], ["集聚区", "zone"], ["创新中心", "platform"], ["研究院", "platform"],
  ["实验室", "platform"], ["平台", "platform"], ["孵化器", "platform"], ["众创空间", "platform"], ["基地", "platform"],
  ["中心", "facility"], ["医院", "facility"], ["学校", "facility"], ["中学", "facility"], ["小学", "facility"],
  ["幼儿园", "facility"], ["隧道", "facility"], ["大桥", "facility"], ["公园", "facility"], ["电站", "facility"],
  ["储能电站", "facility"], ["水库", "facility"], ["枢纽", "facility"], ["广场", "facility"], ["场馆", "facility"],
  ["体育馆", "facility"], ["图书馆", "facility"], ["博物馆", "facility"], ["工厂", "facility"], ["港", "facility"],
  ["高速", "facility"], ["快速路", "facility"], ["铁路", "facility"], ["轨道", "facility"], ["项目", "project"],
  ["工程", "project"], ["一期", "project"], ["二期", "project"], ["三期", "project"]

]
const HEADS = [...HEAD_LIST].sort((a, b) => b[0].length - a[0].length)

const STATUS_CUES: ReadonlyArray<readonly [RegExp, ProjectStatus]> = [
  [/投产|投用|投运|开园|运营|运行|开业|通车|达产|开放/, "in_operation"],
  [/建成|完工|竣工|贯通|落成/, "completed"],
  [/在建|加快建设|加快实施|推进建设|续建|主体完工|进度过半|建设/, "under_construction"],
  [/开工|动工|启动建设|奠基/, "started"],
  [/签约|签署|落户|引进|落地/, "signed"],
  [/规划|谋划|启动|筹建|争创|申报|储备/, "planned"]
]

/** Generic words that are not names on their own (项目, 重点项目, 一批项目). */
const GENERIC = /^(重点|重大|产业|工业|招商|民生|基础设施|建设|新建|续建|在建|签约|开工|投产|一批|各类|相关|全部|所有|以上|亿元以上|[0-9]+个)*$/
const NAME_START_BREAK = /[,，。;；:：、“”《》()（）\s]|(?:建成|投用|开工|签约|推进|加快|实施|启动|建设|打造|完成|新建|获批|成功|入选|落地|引进|围绕|依托|争创|推动|支持|聚焦|培育|新增|发布|参与|开展|组织|举办|承办|和|及|与|等)/g

function statusIn(s: string): ProjectStatus | null {
  for (const [re, st] of STATUS_CUES) if (re.test(s)) return st
  return null
}

const rank = (s: ProjectStatus | null) => (s === null ? -1 : ProjectStatuses.indexOf(s))

/** The name ending at `end` in a clause: back to the nearest break word or punctuation. */
function nameEndingAt(clause: string, end: number): { name: string; start: number } | null {
  let start = 0
  const upto = clause.slice(0, end)
  for (const m of upto.matchAll(NAME_START_BREAK)) {
    if (m.index + m[0].length < end) start = m.index + m[0].length
  }
  // Keep a parenthesised part that belongs to the name: 渝西水资源配置工程(璧山片区).
  const name = clause.slice(start, end).replace(/^[的了在将把对]/, "")
  if (name.length < 4 || name.length > 30) return null
  return { name, start: end - name.length }
}

export function extractProjects(text: string, sections: ReadonlyArray<Section>): Array<ProjectFact> {
  const merged = new Map<string, ProjectFact>()
  const order: Array<string> = []
  for (const section of sections) {
    const year = section.context.year
    for (const sentence of sentences(text, section)) {
      for (const clause of clauses(text, sentence)) {
        const c = text.slice(clause.start, clause.end)
        // Scanned lazily, once per clause: most clauses name no project.
        let scanned: ReturnType<typeof scanQuantities> | null = null
        const quantities = () => (scanned ??= scanQuantities(text, clause.start, clause.end))
        for (const [head, kind] of HEADS) {
          for (let at = c.indexOf(head); at !== -1; at = c.indexOf(head, at + head.length)) {
            const end = at + head.length
            // A longer head already covers this spot (产业园 before 园区 …): skip inner matches.
            if (/[\u4e00-\u9fff]/.test(c[end] ?? "") && HEADS.some(([h]) => c.startsWith(h, end))) continue
            const found = nameEndingAt(c, end)
            if (!found) continue
            const bare = found.name.slice(0, -head.length)
            if (GENERIC.test(bare) || /\d/.test(bare.slice(0, 1))) continue
            const status = statusIn(c.slice(found.start + found.name.length)) ?? statusIn(c.slice(0, found.start)) ??
              (section.context.mode === "plan" ? "planned" : null)
            const nums = quantities()
            const area = nums.find((n) => n.unit === "平方公里")
            const invest = nums.find((n) => /投资/.test(c.slice(Math.max(0, n.start - clause.start - 4), n.start - clause.start)) && /元$/.test(n.unit))
            const investFactor = invest ? { 元: 1, 万元: 1e4, 亿元: 1e8, 万亿元: 1e12 }[invest.unit as "元"] ?? null : null
            const key = `${found.name}|${year}`
            const prev = merged.get(key)
            const fact: ProjectFact = {
              name: found.name,
              kind,
              status: prev && rank(prev.status) >= rank(status) ? prev.status : status,
              areaKm2: prev?.areaKm2 ?? (area ? area.value : null),
              investmentYuan: prev?.investmentYuan ?? (invest && investFactor ? scale(invest.value, investFactor) : null),
              year,
              region: section.context.region,
              span: prev?.span ?? { start: clause.start + found.start, end: clause.start + end },
              clause: prev?.clause ?? clause
            }
            if (!prev) order.push(key)
            merged.set(key, fact)
          }
        }
      }
    }
  }
  return order.map((k) => merged.get(k)!)
}
