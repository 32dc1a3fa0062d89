/**
 * Indicator catalogue: canonical codes for the indicators that recur across Chinese
 * government statistics, with the names and abbreviations documents use for them.
 * A subject phrase maps to a code when it equals a name or alias once stripped of the
 * modifiers listed in `SubjectModifiers` (全区, 全年, 规模以上 → 规上, …).
 */
export interface IndicatorEntry {
  readonly code: string
  readonly name: string
  readonly name_en: string
  readonly aliases: ReadonlyArray<string>
}

const e = (code: string, name: string, name_en: string, ...aliases: Array<string>): IndicatorEntry => ({
  code, name, name_en, aliases
})

export const IndicatorCatalog: ReadonlyArray<IndicatorEntry> = [
  e("GDP", "地区生产总值", "Gross regional product", "GDP", "国内生产总值", "生产总值", "经济总量"),
  e("GDP_PRIMARY", "第一产业增加值", "Value added, primary industry", "一产增加值"),
  e("GDP_SECONDARY", "第二产业增加值", "Value added, secondary industry", "二产增加值"),
  e("GDP_TERTIARY", "第三产业增加值", "Value added, tertiary industry", "三产增加值", "服务业增加值"),
  e("GDP_PER_CAPITA", "人均地区生产总值", "GRP per capita", "人均GDP", "人均生产总值"),
  e("BUDGET_REVENUE", "一般公共预算收入", "General public budget revenue", "公共预算收入", "地方一般公共预算收入", "财政收入"),
  e("BUDGET_EXPENDITURE", "一般公共预算支出", "General public budget expenditure", "公共预算支出", "财政支出"),
  e("TAX_REVENUE", "税收收入", "Tax revenue", "税收"),
  e("FAI", "固定资产投资", "Fixed-asset investment", "全社会固定资产投资", "固投"),
  e("FAI_INDUSTRY", "工业投资", "Industrial investment"),
  e("FAI_PRIVATE", "民间投资", "Private investment"),
  e("FAI_REAL_ESTATE", "房地产开发投资", "Real-estate development investment"),
  e("RETAIL_SALES", "社会消费品零售总额", "Retail sales of consumer goods", "社零总额", "社零"),
  e("ONLINE_RETAIL", "网络零售额", "Online retail sales"),
  e("IND_VALUE_ADDED", "规上工业增加值", "Value added of industry above designated size", "工业增加值", "规模以上工业增加值"),
  e("IND_OUTPUT", "规上工业总产值", "Gross output of industry above designated size", "工业总产值", "规模以上工业总产值", "规上工业产值", "工业产值"),
  e("IND_FIRMS", "规上工业企业", "Industrial enterprises above designated size", "规模以上工业企业"),
  e("MFG_VALUE_ADDED", "制造业增加值", "Manufacturing value added"),
  e("TRADE_TOTAL", "进出口总额", "Total imports and exports", "外贸进出口总额", "进出口", "外贸进出口"),
  e("EXPORTS", "出口总额", "Exports", "出口"),
  e("IMPORTS", "进口总额", "Imports", "进口"),
  e("FDI", "实际利用外资", "Foreign direct investment utilised", "实际使用外资"),
  e("INCOME_PC", "全体居民人均可支配收入", "Per-capita disposable income, all residents", "居民人均可支配收入", "人均可支配收入"),
  e("INCOME_PC_URBAN", "城镇居民人均可支配收入", "Per-capita disposable income, urban residents"),
  e("INCOME_PC_RURAL", "农村居民人均可支配收入", "Per-capita disposable income, rural residents"),
  e("INCOME_RATIO", "城乡居民人均可支配收入比", "Urban-rural income ratio", "城乡居民收入比"),
  e("CPI", "居民消费价格", "Consumer price index", "居民消费价格指数", "CPI", "居民消费价格涨幅"),
  e("EMPLOYMENT_NEW", "城镇新增就业", "New urban jobs", "新增城镇就业", "城镇新增就业人数"),
  e("UNEMPLOYMENT", "城镇调查失业率", "Surveyed urban unemployment rate", "调查失业率"),
  e("UNEMPLOYMENT_REG", "城镇登记失业率", "Registered urban unemployment rate", "登记失业率"),
  e("RD_INTENSITY", "研发投入占比", "R&D expenditure as share of GDP", "全社会研发投入占比", "研发经费投入强度", "R&D经费投入强度", "研发投入强度"),
  e("HIGH_TECH_FIRMS", "高新技术企业", "High-tech enterprises", "高企", "国家高新技术企业"),
  e("TECH_SME", "科技型企业", "Technology-based SMEs", "科技型中小企业"),
  e("SRDI_FIRMS", "专精特新企业", "Specialised and innovative SMEs", "专精特新中小企业", "专精特新“小巨人”企业"),
  e("MARKET_ENTITIES", "市场主体", "Market entities", "经营主体"),
  e("MARKET_ENTITIES_NEW", "新增市场主体", "New market entities", "新增经营主体"),
  e("TOURISM_REVENUE", "旅游收入", "Tourism revenue", "旅游综合收入", "旅游总收入"),
  e("TOURISTS", "接待游客", "Tourist arrivals", "游客接待量", "接待游客人次"),
  e("URBANISATION", "常住人口城镇化率", "Urbanisation rate", "城镇化率"),
  e("POPULATION", "常住人口", "Resident population"),
  e("GRAIN_OUTPUT", "粮食产量", "Grain output", "粮食总产量"),
  e("ENERGY_INTENSITY", "单位地区生产总值能耗", "Energy use per unit of GDP", "单位GDP能耗", "单位国内生产总值能耗"),
  e("AIR_QUALITY_DAYS", "空气质量优良天数", "Days of good air quality", "优良天数"),
  e("FOREST_COVER", "森林覆盖率", "Forest coverage"),
  e("DIGITAL_CORE_VA", "数字经济核心产业增加值", "Value added of core digital-economy industries"),
  e("STRATEGIC_EMERGING_VA", "战略性新兴产业增加值", "Value added of strategic emerging industries", "战略性新兴产业产值"),
  e("DEPOSITS", "存款余额", "Deposits outstanding", "金融机构存款余额", "本外币存款余额"),
  e("LOANS", "贷款余额", "Loans outstanding", "金融机构贷款余额", "本外币贷款余额"),
  e("PENSION_COVERAGE", "基本养老保险参保率", "Basic pension insurance coverage"),
  e("GREEN_FACTORIES", "绿色工厂", "Green factories", "国家级绿色工厂"),
  e("HIGH_STANDARD_FARMLAND", "高标准农田", "High-standard farmland"),
  e("RURAL_COLLECTIVE_INCOME", "村集体经济经营性收入", "Operating income of village collectives")
]

const byName = new Map<string, IndicatorEntry>()
for (const entry of IndicatorCatalog) byName.set(entry.name, entry)
for (const entry of IndicatorCatalog) for (const a of entry.aliases) if (!byName.has(a)) byName.set(a, entry)

/** Leading modifiers that do not change what is measured. */
export const SubjectModifiers: ReadonlyArray<string> = [
  "全区", "全市", "全县", "全省", "全国", "全年", "全域", "全口径", "实现", "完成", "其中", "累计", "年度"
]

/** The catalogue entry for a subject phrase, trying it as written and without leading modifiers. */
export function findIndicator(subject: string): IndicatorEntry | undefined {
  let s = subject.replace(/规模以上/g, "规上")
  for (let again = true; again;) {
    const hit = byName.get(s)
    if (hit) return hit
    again = false
    for (const m of SubjectModifiers) {
      if (s.startsWith(m) && s.length > m.length) {
        s = s.slice(m.length)
        again = true
        break
      }
    }
  }
  return undefined
}
