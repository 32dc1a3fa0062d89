/**
 * Measures encoding detection on the bad-input cases: every seed and web text as GBK and (in
 * traditional script, via OpenCC) as Big5, plus Shift-JIS, EUC-KR, Latin-1, Windows-1252,
 * short texts and UTF-8 with a stray byte. Compares govstat's detector with jschardet and
 * chardet when they are installed somewhere resolvable (DETECTORS=/path/to/node_modules).
 * Run: node scripts/encoding-eval.mjs
 */
import iconv from "iconv-lite"
import fs from "node:fs"
import * as OpenCC from "../node_modules/.pnpm/node_modules/opencc-js/dist/esm/full.js"
const toTrad = OpenCC.Converter({ from: "cn", to: "tw" })
import { decodeBytes } from "../packages/extract/dist/index.js"
import { classifyDoubleByte } from "../packages/extract/dist/double-byte.js"
const seeds = fs.readdirSync(new URL("../seeds", import.meta.url)).map(f => fs.readFileSync(new URL("../seeds/" + f, import.meta.url), "utf8"))
const web = fs.readdirSync(new URL("../../shared/web/texts", import.meta.url)).map(f => fs.readFileSync(new URL("../../shared/web/texts/" + f, import.meta.url), "utf8"))
const cases = []
for (const [k, t] of [...seeds, ...web].entries()) {
  cases.push([`gbk#${k}`, iconv.encode(t.replace(/[^\u0000-\uffff]/g,""), "gbk"), "gb18030"])
  cases.push([`big5#${k}`, iconv.encode(toTrad(t), "big5"), "big5"])
}
const ja = "日本の経済は緩やかに回復しています。政府は来年度の予算案を閣議決定しました。国内総生産は前年比で二パーセント増加する見込みです。"
cases.push(["sjis", iconv.encode(ja, "shift_jis"), "refuse"])
cases.push(["latin1", iconv.encode("Le produit intérieur brut a progressé de 6,1 % en 2023, selon l'Institut national. Les dépenses publiques ont été réduites à 40,2 milliards.", "latin1"), "refuse"])
cases.push(["short-utf8-stray", Buffer.concat([Buffer.from("地区生产总值增长5%"), Buffer.from([0xff])]), "refuse"])
cases.push(["short-gbk", iconv.encode("地区生产总值增长百分之五", "gbk"), "gb18030"])
cases.push(["short-big5", iconv.encode("地區生產總值增長百分之五", "big5"), "big5"])
// GBK bytes of these read as other common characters in Big5 (代→測, 体→极 …): truly ambiguous.
cases.push(["short-ambiguous", iconv.encode("代体修倍借", "gbk"), "refuse"])
cases.push(["three-chars", iconv.encode("经济好", "gbk"), "refuse"])
cases.push(["euc-kr", iconv.encode("대한민국 정부는 올해 경제성장률이 2.5퍼센트에 이를 것으로 전망했다. 국내총생산은 전년 대비 증가했으며 수출도 크게 늘었다.", "euc-kr"), "refuse"])
cases.push(["sjis-kanji", iconv.encode("国内総生産前年比増加見込閣議決定予算案政府経済回復緩慢国民生活安定雇用確保", "shift_jis"), "refuse"])
cases.push(["cp1252", iconv.encode("Überblick: Das Bruttoinlandsprodukt wuchs 2023 um 6,1 %. Öffentliche Ausgaben – 40,2 Mrd. € – wurden gekürzt; «Prämien» fielen weg.", "cp1252"), "refuse"])
cases.push(["utf8-one-stray", Buffer.concat([Buffer.from("地区生产总值实现983亿元,增长7.2%。"), Buffer.from([0xb0]), Buffer.from("一般公共预算收入40.2亿元。")]), "refuse"])
let right = 0
for (const [name, bytes, want] of cases) {
  const d = decodeBytes(bytes, name)
  const got = "text" in d ? d.encoding : "refuse"
  if (process.env.V) console.log(name, got, "message" in d ? d.message : "")
  if (got === want) right++
  else console.log("WRONG", name, want, got, JSON.stringify(classifyDoubleByte(bytes)), d.message ?? "")
}
console.log(`hand-written: ${right}/${cases.length}`)
try {
  const jschardet = (await import(`${process.env.DETECTORS ?? "/tmp/jsc/node_modules"}/jschardet/index.js`)).default
  let r2 = 0
  for (const [name, bytes, want] of cases) {
    const g = jschardet.detect(Buffer.from(bytes))
    const map = { GB2312: "gb18030", Big5: "big5", "UTF-8": "utf-8" }
    const got = g.confidence >= 0.9 && map[g.encoding] ? map[g.encoding] : "refuse"
    if (got === want) r2++
    else console.log("jschardet WRONG", name, want, g.encoding, g.confidence)
  }
  console.log(`jschardet (confidence >= 0.9): ${r2}/${cases.length}`)
} catch (e) { console.log("no jschardet", e.message) }

try {
  const chardet = (await import(`${process.env.DETECTORS ?? "/tmp/jsc/node_modules"}/chardet/lib/index.js`))
  let r3 = 0
  for (const [name, bytes, want] of cases) {
    const all = chardet.analyse(Buffer.from(bytes))
    const g = all[0] ?? { name: null, confidence: 0 }
    const map = { GB18030: "gb18030", Big5: "big5", "UTF-8": "utf-8" }
    const got = g.confidence >= 50 && map[g.name] ? map[g.name] : "refuse"
    if (got === want) r3++
    else console.log("chardet WRONG", name, want, g.name, g.confidence)
  }
  console.log(`chardet (top guess, confidence >= 50): ${r3}/${cases.length}`)
} catch (e) { console.log("no chardet", e.message) }
