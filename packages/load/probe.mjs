import { extractText } from "@govstat/extract"
const t = process.argv[2]
for (const r of extractText(t, { docId: "t", path: "t.txt" }).indicators) console.log(r.value, r.unit, r.indicator, r.measure, r.period, r.status, r.region, "|", r.quote)
