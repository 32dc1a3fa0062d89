// A seeded sample of 30 project rows of a run, for reading by hand (docs/project-sample.md).
// usage: node scripts/project-sample.mjs OUTDIR [SEED]   (a linear congruential generator; same seed, same rows)
import fs from "node:fs";
const [out, seed="17"] = process.argv.slice(2);
const t=fs.readFileSync(out+"/projects.csv","utf8");
function parse(t){const rows=[];let row=[],f="",q=false;for(let i=0;i<t.length;i++){const c=t[i];if(q){if(c=='"'){if(t[i+1]=='"'){f+='"';i++}else q=false}else f+=c}else if(c=='"')q=true;else if(c==','){row.push(f);f=""}else if(c=='\n'){row.push(f);rows.push(row);row=[];f=""}else if(c!='\r')f+=c}if(f||row.length){row.push(f);rows.push(row)}return rows}
const [h,...rs]=parse(t);const P=rs.map(r=>Object.fromEntries(h.map((k,i)=>[k,r[i]])));
let s=Number(seed);const rnd=()=>{s=(s*1103515245+12345)%2147483648;return s/2147483648};
const idx=new Set();while(idx.size<Math.min(30,P.length))idx.add(Math.floor(rnd()*P.length));
for(const i of [...idx].sort((a,b)=>a-b)){const p=P[i];console.log(`${p.doc_id.slice(0,4)}\t${p.name}\t${p.status}\t${p.year}\t${(p.quote||"").replace(/\s+/g," ").slice(0,60)}`)}
console.error(P.length,"rows");
