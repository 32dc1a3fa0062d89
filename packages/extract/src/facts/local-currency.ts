/**
 * Regions whose own money is not the yuan: in their texts a plain 元 (亿元, 千元) is the local
 * dollar (a Hong Kong budget's 150亿元 is HK$, a Macao policy address's 898亿元 is patacas —
 * the text says so once: 澳門元，下同). Only a fact placed in such a region takes it; a figure
 * of the mainland quoted there (国家…万亿元), or one written as 人民币, stays in yuan.
 */
import type { Region } from "@govstat/schema"
import { provinceOf } from "../place/gazetteer.js"
import { OTHER_NAMES } from "../place/other-names.js"

const LOCAL_CURRENCY: ReadonlyMap<string, string> = new Map([
  ["香港特别行政区", "HKD"],
  ["澳门特别行政区", "MOP"],
  // Taiwan counts in New Taiwan dollars (经济部…零售业营业额4,186亿元).
  ["台湾省", "TWD"]
])

/** A currency named right before the number (新台币2.17兆元, 港币100亿元): the 元 is that money's. */
const NAMED_BEFORE: ReadonlyArray<readonly [string, string]> = [["新台币", "TWD"], ["台币", "TWD"], ["港币", "HKD"], ["港元", "HKD"], ["澳门元", "MOP"], ["澳门币", "MOP"]]

/**
 * 嘉义县政府编列105年度总预算为230亿: a text placed nowhere in the gazetteer that names Taiwan's
 * counties or cities (OTHER_NAMES, which holds only theirs) is Taiwan's, and its 元 New Taiwan
 * dollars. Looked up once a document (the last text asked about is kept).
 */
let lastText = ""
let lastTaiwan = false
function namesTaiwan(text: string): boolean {
  if (text !== lastText) {
    const opening = text.slice(0, 1500)
    lastText = text
    lastTaiwan = OTHER_NAMES.some((name) => opening.includes(name))
  }
  return lastTaiwan
}

/** The local money of the SAR `region` lies in, or undefined for the rest of the country. */
function localCurrencyOf(region: Region): string | undefined {
  const province = provinceOf(region)
  return province === null ? undefined : LOCAL_CURRENCY.get(province.name)
}

/** Words naming the nation or the mainland, in both scripts. */
const NATION = "国家|國家|全国|全國|内地|內地|祖国|祖國"
/** The nation or the mainland as what a sentence speaks of: its 元 may be yuan though the text is a SAR's. */
const NATION_WORDS = new RegExp(`${NATION}|国内|國內|中央`)

/**
 * The base unit of a yuan-denominated figure placed in `region`: its local currency, CNY, or null
 * when a SAR's text speaks of the nation in the sentence before the figure (which money is meant
 * cannot be told).
 */
export function yuanBaseIn(region: Region | null, around: string, sentenceBefore = "", text = ""): string | null {
  const before = around.indexOf("人民币") === -1 ? NAMED_BEFORE.find(([w]) => around.includes(w)) : undefined
  if (before !== undefined) return before[1]
  if (region === null) return namesTaiwan(text) ? "TWD" : "CNY"
  const local = localCurrencyOf(region)
  if (local === undefined || around.includes("人民币")) return "CNY"
  return NATION_WORDS.test(sentenceBefore) ? null : local
}

/** A sentence opening with the nation as its subject (国家经济总量…, 全国…, 内地…), after a time word if any. */
const NATION_OPENING = new RegExp(`^[\\s，,]*(?:(?:19|20)\\d{2}年|今年|去年|上年|近年来?)?[\\s，,]*(?:${NATION})(?!级|級|队|隊|[级級]?[重点點]|安全|标准|標準)`)

/**
 * Whether a sentence of a Hong Kong or Macao text speaks of the nation (国家经济总量达134万亿元):
 * its figure is the nation's, not the SAR's.
 */
export function nationInSar(region: Region | null, sentence: string): boolean {
  return region !== null && localCurrencyOf(region) !== undefined && NATION_OPENING.test(sentence)
}
