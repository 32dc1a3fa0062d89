/**
 * The review pages' own CSS and script, inlined into every page so that a page works from
 * a file, offline. Plain DOM, no framework: the text is rendered once on the server and the
 * script only wires the list, the filters and the details panel to it.
 */
import { STATUS_COLOURS, TABLE_COLOURS } from "./palette.js"

const statusRules = Object.entries(STATUS_COLOURS)
  .map(([s, c]) => `mark.m[data-status="${s}"]{--c:${c}}`)
  .join("\n")

export const CSS = `
:root{--bg:#fff;--fg:#1f2937;--muted:#6b7280;--line:#e5e7eb;--panel:#f9fafb;--ind:${TABLE_COLOURS.indicators};--proj:${TABLE_COLOURS.projects};--pol:${TABLE_COLOURS.policies}}
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body.docpage{display:flex;flex-direction:column;height:100vh;overflow:hidden}
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","WenQuanYi Micro Hei","Microsoft YaHei",sans-serif;color:var(--fg);background:var(--bg)}
a{color:#1d4ed8}
header{padding:10px 18px;border-bottom:1px solid var(--line);display:flex;gap:18px;align-items:baseline;flex-wrap:wrap}
header h1{font-size:17px;margin:0}
header .meta{color:var(--muted);font-size:13px}
.legend{display:flex;gap:10px;font-size:12px;flex-wrap:wrap}
.legend span{display:inline-flex;align-items:center;gap:4px}
.legend i{display:inline-block;width:12px;height:12px;border-radius:3px;background:var(--c);opacity:.8}
main.doc{display:grid;grid-template-columns:minmax(0,1fr) 420px;flex:1;min-height:0}
#text{overflow:auto;padding:18px 28px;white-space:pre-wrap;word-break:break-word;font-size:15px;line-height:1.9;max-width:100%}
aside{border-left:1px solid var(--line);background:var(--panel);display:flex;flex-direction:column;min-height:0}
aside section{padding:10px 14px;border-bottom:1px solid var(--line)}
#details{min-height:150px;max-height:42vh;overflow:auto;font-size:13px;background:#fff}
#details table{border-collapse:collapse;width:100%}
#details th{text-align:left;color:var(--muted);font-weight:500;padding:1px 8px 1px 0;white-space:nowrap;vertical-align:top;width:1%}
#details td{padding-right:10px}
#details .subject td{font-size:15px;font-weight:600}
#details td{padding:1px 0;word-break:break-all}
#details .quote{margin-top:6px;color:var(--muted)}
.hint{color:var(--muted)}
.filters{display:grid;grid-template-columns:1fr 1fr;gap:6px}
.filters select,.filters input{width:100%;font:inherit;font-size:13px;padding:3px 4px;border:1px solid #d1d5db;border-radius:4px;background:#fff}
.filters input{grid-column:1/3}
#count{font-size:12px;color:var(--muted);margin-top:6px}
#list{list-style:none;margin:0;padding:0;overflow:auto;flex:1;min-height:120px}
#list li{padding:4px 14px;border-bottom:1px solid var(--line);cursor:pointer;font-size:13px;display:flex;gap:6px;align-items:baseline}
#list li:hover{background:#eef2ff}
#list li.sel{background:#e0e7ff}
#list li[hidden]{display:none}
#list .chip{flex:none;width:8px;height:8px;border-radius:50%;background:var(--c);align-self:center}
#list .subj{flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
#list .val{flex:none;font-variant-numeric:tabular-nums}
#list .per{flex:none;color:var(--muted);font-size:12px}
.problems{max-height:28vh;overflow:auto;font-size:12px}
.problems h2{font-size:13px;margin:0 0 4px}
.problems ol{margin:0;padding-left:18px}
.problems li{cursor:pointer;margin-bottom:2px}
.problems .pos{color:var(--muted)}
mark.m{--c:var(--ind);background:color-mix(in srgb,var(--c) 16%,transparent);color:inherit;border-bottom:2px solid var(--c);border-radius:2px;padding:0 1px;cursor:pointer}
mark.m[data-table="projects"]{--c:var(--proj)}
mark.m[data-table="policies"]{--c:var(--pol)}
${statusRules}
mark.m[data-table="projects"][data-status]{border-bottom-style:dashed}
mark.m mark.m{background:color-mix(in srgb,var(--c) 30%,transparent)}
mark.m.clipped{border-right:2px dotted var(--c)}
mark.m.off{background:none;border-bottom-color:#d1d5db}
mark.m.sel{outline:2px solid var(--c);outline-offset:1px;background:color-mix(in srgb,var(--c) 35%,transparent)}
.w,.rj{text-decoration:underline wavy #dc2626;text-underline-offset:4px}
.w.sel,.rj.sel{background:#fee2e2}
.banner{margin:12px 18px;padding:10px 14px;border:1px solid #fca5a5;background:#fef2f2;border-radius:6px}
/* index */
main.index{padding:14px 18px;max-width:1400px}
.charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(380px,1fr));gap:16px;margin:8px 0 18px}
.charts>figure{margin:0;padding:10px;border:1px solid var(--line);border-radius:8px;background:#fff}
.charts figure figure{margin:0}
.charts>figure>figcaption{font-size:13px;font-weight:600;margin:0 0 6px}
table.docs{border-collapse:collapse;width:100%;font-size:13px}
table.docs th,table.docs td{padding:5px 8px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
table.docs th{background:var(--panel);position:sticky;top:0}
table.docs td.date{white-space:nowrap}
table.docs td.n{text-align:right;font-variant-numeric:tabular-nums}
@media (max-width:900px){body.docpage{height:auto;overflow:visible}main.doc{grid-template-columns:1fr}#text{max-height:65vh}aside{border-left:0;border-top:1px solid var(--line)}}
`

/** The document page's script: list, filters, hover and selection over the server-rendered text. */
export const SCRIPT = `
(() => {
  const STATUS = ${JSON.stringify(STATUS_COLOURS)}
  const TABLE = ${JSON.stringify(TABLE_COLOURS)}
  const rows = JSON.parse(document.getElementById("rows").textContent)
  const text = document.getElementById("text")
  const list = document.getElementById("list")
  const details = document.getElementById("details")
  const count = document.getElementById("count")
  const marks = new Array(rows.length)
  for (const m of text.querySelectorAll("mark.m")) marks[+m.dataset.i] = m
  const items = new Array(rows.length)
  const fmt = (v) => v === null || v === undefined ? "" : typeof v === "number" ? v.toLocaleString("en", { maximumFractionDigits: 10 }) : String(v)
  const esc = (s) => String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c])
  const frag = document.createDocumentFragment()
  rows.forEach((r, i) => {
    const li = document.createElement("li")
    li.dataset.i = i
    li.style.setProperty("--c", (r.table !== "policies" && STATUS[r.status]) || TABLE[r.table])
    li.innerHTML = '<span class="chip"></span><span class="subj"></span><span class="val"></span><span class="per"></span>'
    li.children[1].textContent = r.subject
    li.children[2].textContent = r.value === null ? (r.code || "") : fmt(r.value) + (r.unit || "")
    li.children[3].textContent = [r.period, r.status].filter(Boolean).join(" ")
    items[i] = li
    frag.appendChild(li)
  })
  list.appendChild(frag)

  const FIELDS = [["table", "table"], ["subject", "subject"], ["code", "code"], ["value", "value"], ["unit", "unit"], ["measure", "measure"],
    ["period", "period"], ["status", "status"], ["qualifier", "qualifier"], ["region", "region"], ["span", null], ["id", "id"]]
  const show = (i) => {
    if (i === null) { details.innerHTML = '<p class="hint">Hover over or click a mark in the text, or a row in the list; j / k step through the rows.</p>'; return }
    const r = rows[i]
    const cell = (label, v) => '<th>' + esc(label) + '</th><td data-field="' + esc(label) + '">' + (v === null || v === undefined || v === "" ? '<span class="hint">—</span>' : esc(fmt(v))) + '</td>'
    const pairs = FIELDS.filter(([label]) => label !== "subject").map(([label, k]) => [label, k === null ? r.start + "–" + r.end : r[k]]).concat(Object.entries(r.more))
    const lines = ['<tr class="subject">' + cell("subject", r.subject).replace("<td", '<td colspan="3"') + '</tr>']
    for (let k = 0; k < pairs.length; k += 2) lines.push('<tr>' + cell(...pairs[k]) + (pairs[k + 1] ? cell(...pairs[k + 1]) : "") + '</tr>')
    details.innerHTML = '<table>' + lines.join("") + '</table><div class="quote">« ' + esc(r.quote) + ' »</div>'
  }
  let selected = null
  const select = (i, scroll) => {
    if (selected !== null) { marks[selected]?.classList.remove("sel"); items[selected].classList.remove("sel") }
    selected = i
    document.querySelectorAll(".w.sel,.rj.sel").forEach((e) => e.classList.remove("sel"))
    if (i === null) return show(null)
    marks[i]?.classList.add("sel")
    items[i].classList.add("sel")
    show(i)
    if (scroll === "text") marks[i]?.scrollIntoView({ block: "center" })
    if (scroll === "list") items[i].scrollIntoView({ block: "nearest" })
  }
  text.addEventListener("click", (e) => {
    const m = e.target.closest("mark.m")
    if (m) select(+m.dataset.i, "list")
  })
  text.addEventListener("mouseover", (e) => {
    const m = e.target.closest("mark.m")
    if (m) show(+m.dataset.i)
  })
  text.addEventListener("mouseleave", () => show(selected))
  list.addEventListener("click", (e) => {
    const li = e.target.closest("li")
    if (li) select(+li.dataset.i, "text")
  })
  document.querySelectorAll(".problems li[data-target]").forEach((li) => li.addEventListener("click", () => {
    const el = document.getElementById(li.dataset.target)
    if (!el) return
    select(null)
    el.classList.add("sel")
    el.scrollIntoView({ block: "center" })
  }))

  // j / k (or ↓ / ↑ outside the filters) step through the rows the filters leave.
  document.addEventListener("keydown", (e) => {
    if (e.target.closest && e.target.closest("input,select")) return
    const step = e.key === "j" || e.key === "ArrowDown" ? 1 : e.key === "k" || e.key === "ArrowUp" ? -1 : 0
    if (!step || !rows.length) return
    e.preventDefault()
    for (let i = selected === null ? (step > 0 ? 0 : rows.length - 1) : selected + step; i >= 0 && i < rows.length; i += step) {
      if (!items[i].hidden) { select(i, "text"); items[i].scrollIntoView({ block: "nearest" }); return }
    }
  })

  const f = { table: document.getElementById("f-table"), status: document.getElementById("f-status"), measure: document.getElementById("f-measure"),
    code: document.getElementById("f-code"), q: document.getElementById("f-q") }
  const fill = (sel, key) => {
    const values = [...new Set(rows.map((r) => r[key]).filter((v) => v !== null && v !== ""))].sort()
    for (const v of values) sel.add(new Option(v + " (" + rows.filter((r) => r[key] === v).length + ")", v))
  }
  fill(f.table, "table"); fill(f.status, "status"); fill(f.measure, "measure"); fill(f.code, "code")
  const apply = () => {
    const q = f.q.value.trim().toLowerCase()
    let n = 0
    rows.forEach((r, i) => {
      const ok = (!f.table.value || r.table === f.table.value) && (!f.status.value || r.status === f.status.value) &&
        (!f.measure.value || r.measure === f.measure.value) && (!f.code.value || r.code === f.code.value) &&
        (!q || (r.subject + " " + (r.code || "") + " " + fmt(r.value) + (r.unit || "") + " " + (r.period || "") + " " + r.quote + " " + (r.region || "")).toLowerCase().includes(q))
      items[i].hidden = !ok
      marks[i]?.classList.toggle("off", !ok)
      if (ok) n++
    })
    count.textContent = n + " of " + rows.length + " rows"
    count.dataset.shown = n
  }
  for (const el of Object.values(f)) el.addEventListener("input", apply)
  apply()
  show(null)
  const hash = decodeURIComponent(location.hash.slice(1))
  const at = rows.findIndex((r) => r.id === hash)
  if (at >= 0) select(at, "text")
})()
`
