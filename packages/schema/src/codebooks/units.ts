/**
 * Unit codebook: a unit as written → its base unit and the factor to it. Units not listed
 * are kept as written with a null base unit; they are never forced into a wrong one.
 */
export type Dimension =
  | "money" | "money_per_person" | "money_per_area" | "mass_per_area" | "person" | "person_time" | "household" | "count"
  | "area" | "length" | "mass" | "energy" | "power" | "volume" | "time"
  | "percent" | "percentage_point" | "ratio" | "multiple" | "transport_work"
  /** Mass per volume of air or water (PM2.5 35微克/立方米). */
  | "concentration"
  /** Degrees Celsius: an air or water temperature, which may be below zero. */
  | "temperature"
  /** A bare 万/亿: what it counts is said by the noun after it, if at all. */
  | "magnitude"

export interface Unit {
  readonly unit: string
  readonly base: string | null
  readonly factor: number
  readonly dimension: Dimension
  readonly description: string
  /**
   * The largest value a document can plausibly state in this unit as written (万吨: 10^6, i.e.
   * 10^10 t). Above it a number was misread (a year, two numbers run together, a lost decimal).
   */
  readonly plausibleMax: number
}

/**
 * Plausible upper bounds per base unit, generous for a whole country: national GDP is ~1.3×10^14
 * CNY, grain ~1.4×10^12 jin, electricity ~10^13 kWh, optical cable ~6×10^7 km.
 */
const BASE_MAX: Readonly<Record<string, number>> = {
  CNY: 1e15, t_km: 1e14, person_km: 1e14, USD: 1e14, HKD: 1e14, MOP: 1e13, TWD: 1e15, EUR: 1e14, GBP: 1e14, JPY: 1e16, person: 2e9, person_time: 1e12, m2: 1e12, km2: 1e7, mu: 1e11, ha: 1e10,
  m: 1e10, km: 1e9, mm: 1e7, cm: 1e9, t: 1e11, tce: 1e11, TEU: 1e10, "ug/m3": 1e4, "mg/m3": 1e4, celsius: 100, kg: 1e14, jin: 1e14, m3: 1e14, kWh: 1e15, kW: 1e13,
  year: 1e4, month: 1200, day: 1e5, hour: 1e7, minute: 1e8, second: 1e9,
  percent: 1000, permille: 1000, permyriad: 10000, percentage_point: 100, permille_point: 1000, multiple: 1e4
}
/** Counters (家, 户, 项 …): more than 10^11 of anything counted is a misreading. */
const COUNT_MAX = 1e11

const u = (unit: string, base: string | null, factor: number, dimension: Dimension, description: string): Unit => ({
  unit, base, factor, dimension, description, plausibleMax: (BASE_MAX[base ?? ""] ?? COUNT_MAX) / factor
})

/** Counting words: each is its own base (a 家 is not a 个). 万-prefixed forms are derived below. */
const counters: ReadonlyArray<readonly [string, string]> = [
  ["家", "enterprises, firms, institutions"], ["户", "households, firms"], ["个", "generic count"],
  ["项", "items, projects"], ["件", "pieces, cases"], ["所", "schools, institutions"], ["座", "buildings, bridges"],
  ["张", "sheets, beds, cards"], ["辆", "vehicles"], ["台", "machines"], ["套", "sets, dwellings"],
  ["条", "lines, roads, articles"], ["场", "events, sessions"], ["名", "persons (formal)"], ["支", "teams"],
  ["处", "sites"], ["次", "times"], ["批", "batches"], ["份", "copies"], ["笔", "transactions"],
  ["位", "persons (polite)"], ["款", "models, products"], ["组", "groups"], ["栋", "buildings"],
  ["间", "rooms"], ["架", "aircraft"], ["艘", "vessels"], ["头", "livestock"], ["只", "animals, items"],
  ["株", "plants"], ["棵", "trees"], ["册", "volumes"], ["部", "works, devices"], ["宗", "cases, parcels"],
  ["起", "incidents"], ["例", "cases"], ["种", "kinds"], ["类", "classes"], ["届", "editions"], ["期", "phases"],
  ["村", "villages"], ["镇", "towns"], ["列", "trains"], ["床", "beds"], ["片", "areas"], ["根", "poles, piles, charging posts"],
  ["枚", "pieces (coins, medals, spindles, satellites)"], ["门", "telephone lines, courses"], ["眼", "wells"], ["盏", "lamps"]
]

export const Units: ReadonlyArray<Unit> = [
  // Money
  u("元", "CNY", 1, "money", "yuan"),
  u("万元", "CNY", 1e4, "money", "ten thousand yuan"),
  u("亿元", "CNY", 1e8, "money", "hundred million yuan"),
  u("万亿元", "CNY", 1e12, "money", "trillion yuan"),
  // 2.17兆元: Taiwan writes a trillion 兆 (the mainland's 兆 is a million, of watts: 兆瓦).
  u("兆元", "CNY", 1e12, "money", "trillion yuan or dollars (Taiwan's 兆)"),
  u("千元", "CNY", 1e3, "money", "thousand yuan"),
  // 圆: the yuan as 1950s–1980s documents write it (三亿二千万圆).
  u("圆", "CNY", 1, "money", "yuan (older spelling)"),
  u("万圆", "CNY", 1e4, "money", "ten thousand yuan (older spelling)"),
  u("亿圆", "CNY", 1e8, "money", "hundred million yuan (older spelling)"),
  u("美元", "USD", 1, "money", "US dollars"),
  u("万美元", "USD", 1e4, "money", "ten thousand US dollars"),
  u("亿美元", "USD", 1e8, "money", "hundred million US dollars"),
  // Other currencies as written (each of factor 1, so 亿港元, 百万澳门元, 万亿日元 compose): a
  // number in them is never in yuan (7.5亿欧元 is not 7.5亿 of 元).
  u("港元", "HKD", 1, "money", "Hong Kong dollars"),
  u("港币", "HKD", 1, "money", "Hong Kong dollars (colloquial)"),
  u("千港元", "HKD", 1e3, "money", "thousand Hong Kong dollars (table heading)"),
  u("澳门元", "MOP", 1, "money", "Macao patacas"),
  u("澳门币", "MOP", 1, "money", "Macao patacas (colloquial)"),
  u("千澳门元", "MOP", 1e3, "money", "thousand Macao patacas (table heading)"),
  u("新台币", "TWD", 1, "money", "New Taiwan dollars"),
  u("台币", "TWD", 1, "money", "New Taiwan dollars (colloquial)"),
  u("欧元", "EUR", 1, "money", "euros"),
  u("英镑", "GBP", 1, "money", "pounds sterling"),
  u("日元", "JPY", 1, "money", "Japanese yen"),
  // Money per person or per area (人均, 亩均)
  u("元/人", "CNY/person", 1, "money_per_person", "yuan per person"),
  u("万元/人", "CNY/person", 1e4, "money_per_person", "ten thousand yuan per person"),
  u("元/平方米", "CNY/m2", 1, "money_per_area", "yuan per square metre"),
  u("元/亩", "CNY/mu", 1, "money_per_area", "yuan per mu"),
  u("万元/亩", "CNY/mu", 1e4, "money_per_area", "ten thousand yuan per mu"),
  // 地均GDP 34.6亿元/平方公里: output or revenue per square kilometre of a district's land.
  u("万元/平方公里", "CNY/km2", 1e4, "money_per_area", "ten thousand yuan per square kilometre"),
  u("亿元/平方公里", "CNY/km2", 1e8, "money_per_area", "hundred million yuan per square kilometre"),
  // 单产436.63公斤/亩: a yield per mu (the unit lost its /亩 and read as a mass).
  u("公斤/亩", "kg/mu", 1, "mass_per_area", "kilograms per mu"),
  u("千克/亩", "kg/mu", 1, "mass_per_area", "kilograms per mu"),
  u("斤/亩", "jin/mu", 1, "mass_per_area", "jin per mu"),
  // People
  u("人", "person", 1, "person", "persons"),
  u("万人", "person", 1e4, "person", "ten thousand persons"),
  u("亿人", "person", 1e8, "person", "hundred million persons"),
  u("人次", "person_time", 1, "person_time", "person-times (visits, trips)"),
  u("万人次", "person_time", 1e4, "person_time", "ten thousand person-times"),
  u("亿人次", "person_time", 1e8, "person_time", "hundred million person-times"),
  // Counts
  ...counters.flatMap(([c, d]) => {
    const dim: Dimension = c === "户" ? "household" : c === "名" || c === "位" ? "person" : "count"
    return [u(c, c, 1, dim, d), u(`万${c}`, c, 1e4, dim, `ten thousand (${d})`)]
  }),
  // 棉布X万匹 (bolts of cloth): only with 万, since 五十四匹马力 counts horsepower, not cloth.
  u("万匹", "匹", 1e4, "count", "ten thousand bolts of cloth"),
  // A bare magnitude says nothing of what is counted: no base unit (the noun after it may say).
  u("万", null, 1e4, "magnitude", "ten thousand (no counter written)"),
  u("亿", null, 1e8, "magnitude", "hundred million (no counter written)"),
  // 提升至7万亿级, 冲刺7万亿目标: read as 7 万 + 亿… the number lost its 亿.
  // Only money and output reach 万亿 (no count does), so its bound is money's, not a counter's.
  { ...u("万亿", null, 1e12, "magnitude", "trillion (no counter written)"), plausibleMax: BASE_MAX["CNY"]! / 1e12 },
  // Area
  u("平方米", "m2", 1, "area", "square metres"),
  u("万平方米", "m2", 1e4, "area", "ten thousand square metres"),
  // 平方公尺: the square metre of 1950s texts (每平方公尺的造价, 一亿五千万平方公尺).
  u("平方公尺", "m2", 1, "area", "square metres (older usage)"),
  u("万平方公尺", "m2", 1e4, "area", "ten thousand square metres (older usage)"),
  u("平方公里", "km2", 1, "area", "square kilometres"),
  u("平方千米", "km2", 1, "area", "square kilometres"),
  u("亩", "mu", 1, "area", "mu (1/15 hectare)"),
  u("万亩", "mu", 1e4, "area", "ten thousand mu"),
  u("亿亩", "mu", 1e8, "area", "hundred million mu"),
  u("公顷", "ha", 1, "area", "hectares"),
  u("万公顷", "ha", 1e4, "area", "ten thousand hectares"),
  // Length
  u("米", "m", 1, "length", "metres"),
  u("公里", "km", 1, "length", "kilometres"),
  u("千米", "km", 1, "length", "kilometres"),
  u("公尺", "m", 1, "length", "metres (older usage)"),
  u("万公里", "km", 1e4, "length", "ten thousand kilometres"),
  // Mass
  u("吨", "t", 1, "mass", "tonnes"),
  u("万吨", "t", 1e4, "mass", "ten thousand tonnes"),
  u("亿吨", "t", 1e8, "mass", "hundred million tonnes"),
  u("公斤", "kg", 1, "mass", "kilograms"),
  u("千克", "kg", 1, "mass", "kilograms"),
  u("斤", "jin", 1, "mass", "jin (0.5 kg)"),
  u("亿斤", "jin", 1e8, "mass", "hundred million jin"),
  u("万斤", "jin", 1e4, "mass", "ten thousand jin"),
  // 担 (dan, picul): 100 jin = 50 kg, the unit of cotton output in reports up to the 1980s (棉花X万担).
  u("担", "kg", 50, "mass", "dan (picul, 100 jin = 50 kg)"),
  u("万担", "kg", 5e5, "mass", "ten thousand dan"),
  u("亿担", "kg", 5e9, "mass", "hundred million dan"),
  // 全年降水量1200毫米, 降水1.2厘米.
  u("毫米", "mm", 1, "length", "millimetres (precipitation)"),
  u("厘米", "cm", 1, "length", "centimetres"),
  // 标准箱 counts containers (集装箱吞吐量120万标准箱, TEU) and flat glass (平板玻璃3500万标准箱, cases
  // of 50 kg): a base of its own, never converted into either. TEU is only containers.
  u("标准箱", "标准箱", 1, "count", "standard boxes: containers (TEU) or cases of flat glass"),
  u("万标准箱", "标准箱", 1e4, "count", "ten thousand standard boxes"),
  u("TEU", "TEU", 1, "count", "twenty-foot equivalent units (containers)"),
  u("万TEU", "TEU", 1e4, "count", "ten thousand TEU"),
  // Energy use in standard coal equivalent: 能源消费总量1.2亿吨标准煤, 万元GDP能耗0.45吨标准煤.
  u("吨标准煤", "tce", 1, "energy", "tonnes of standard coal equivalent"),
  u("万吨标准煤", "tce", 1e4, "energy", "ten thousand tonnes of standard coal equivalent"),
  u("亿吨标准煤", "tce", 1e8, "energy", "hundred million tonnes of standard coal equivalent"),
  // Air quality: PM2.5 / PM10 concentrations.
  u("微克/立方米", "ug/m3", 1, "concentration", "micrograms per cubic metre"),
  u("毫克/立方米", "mg/m3", 1, "concentration", "milligrams per cubic metre"),
  // Temperature: 年平均气温15.3℃, -2.5摄氏度.
  u("℃", "celsius", 1, "temperature", "degrees Celsius"),
  u("摄氏度", "celsius", 1, "temperature", "degrees Celsius"),
  // Volume
  u("立方米", "m3", 1, "volume", "cubic metres"),
  // 十四亿多公方: cubic metres as older reports write them (土方 is not listed: 完成土方3000万立方米
  // names the earth moved, and a unit's name is never a subject).
  u("公方", "m3", 1, "volume", "cubic metres (older spelling)"),
  u("万立方米", "m3", 1e4, "volume", "ten thousand cubic metres"),
  u("亿立方米", "m3", 1e8, "volume", "hundred million cubic metres"),
  // Energy and power
  u("千瓦时", "kWh", 1, "energy", "kilowatt-hours"),
  u("万千瓦时", "kWh", 1e4, "energy", "ten thousand kilowatt-hours"),
  u("亿千瓦时", "kWh", 1e8, "energy", "hundred million kilowatt-hours"),
  u("度", "kWh", 1, "energy", "kilowatt-hours (colloquial)"),
  u("千瓦小时", "kWh", 1, "energy", "kilowatt-hours (written out)"),
  u("GWh", "kWh", 1e6, "energy", "gigawatt-hours"),
  u("MWh", "kWh", 1e3, "energy", "megawatt-hours"),
  u("千瓦", "kW", 1, "power", "kilowatts"),
  // 瓩: the one-character kilowatt of 1950s–1970s texts (功率为7,000瓩).
  u("瓩", "kW", 1, "power", "kilowatts (older one-character form)"),
  u("万瓩", "kW", 1e4, "power", "ten thousand kilowatts (older form)"),
  u("万千瓦", "kW", 1e4, "power", "ten thousand kilowatts"),
  u("亿千瓦", "kW", 1e8, "power", "hundred million kilowatts"),
  u("兆瓦", "kW", 1e3, "power", "megawatts"),
  u("GW", "kW", 1e6, "power", "gigawatts"),
  u("吉瓦", "kW", 1e6, "power", "gigawatts"),
  u("吉瓦时", "kWh", 1e6, "energy", "gigawatt-hours"),
  u("兆瓦时", "kWh", 1e3, "energy", "megawatt-hours"),
  u("MW", "kW", 1e3, "power", "megawatts"),
  // Transport work: a load moved over a distance (货物周转量 in 吨公里, 旅客周转量 in 人公里)
  u("吨公里", "t_km", 1, "transport_work", "tonne-kilometres"),
  u("人公里", "person_km", 1, "transport_work", "passenger-kilometres"),
  // Time
  u("年", "year", 1, "time", "years"),
  u("个月", "month", 1, "time", "months"),
  // 连续三个季度保持7%以上: quarters counted are a duration (3 months each), not 3 个 of 季度.
  u("个季度", "month", 3, "time", "quarters"),
  u("天", "day", 1, "time", "days"),
  u("小时", "hour", 1, "time", "hours"),
  u("分钟", "minute", 1, "time", "minutes"),
  u("秒", "second", 1, "time", "seconds"),
  // 人均预期寿命达到78.5岁: years of life or of age, stated as a value (not an age class: 60岁以上人口).
  u("岁", "year", 1, "time", "years of age or of life expectancy"),
  // Relative
  u("%", "percent", 1, "percent", "per cent"),
  u("‰", "permille", 1, "percent", "per mille"),
  // 贫困发生率降至万分之五: per ten thousand, written out (万分之) or as ‱.
  u("‱", "permyriad", 1, "percent", "per ten thousand"),
  u("个百分点", "percentage_point", 1, "percentage_point", "percentage points (a change of a share, not %)"),
  // 人口自然增长率…比上年下降3.18个千分点: a change of a rate per mille.
  u("个千分点", "permille_point", 1, "percentage_point", "per-mille points (a change of a rate in ‰)"),
  u("倍", "multiple", 1, "multiple", "times, multiple"),
  u("成", "percent", 10, "percent", "tenths (近4成 = 40 per cent)"),
  u("番", "doubling", 1, "multiple", "doublings (翻一番 = ×2)")
]

const byUnit = new Map(Units.map((x) => [x.unit, x]))

/** Magnitude prefixes a listed unit can take as written: 万亿美元, 千亿元, 万亿斤. */
export const MagnitudePrefixes: ReadonlyArray<readonly [string, number]> = [
  ["万亿", 1e12], ["千亿", 1e11], ["百亿", 1e10], ["亿", 1e8], ["千万", 1e7], ["百万", 1e6], ["万", 1e4]
]

/** A magnitude prefix before a listed unit of factor 1 (美元 → 万亿美元 = 10^12 USD). */
function composed(unit: string): Unit | undefined {
  for (const [prefix, factor] of MagnitudePrefixes) {
    if (!unit.startsWith(prefix)) continue
    const base = byUnit.get(unit.slice(prefix.length))
    if (base && base.factor === 1) {
      return { ...base, unit, factor, description: `${prefix} ${base.description}`, plausibleMax: base.plausibleMax / factor }
    }
  }
  return undefined
}

/** Composed units already built (at most prefixes × listed units): the scanner asks for them on every number. */
const composedCache = new Map<string, Unit>()

function composedOnce(unit: string): Unit | undefined {
  const known = composedCache.get(unit)
  if (known) return known
  const built = composed(unit)
  if (built) composedCache.set(unit, built)
  return built
}

/** The codebook entry of a unit as written (listed, or a magnitude before a listed one), or undefined. */
export const findUnit = (unit: string): Unit | undefined => byUnit.get(unit) ?? composedOnce(unit)

/** Every unit, longest first: the order a scanner must try them in. */
export const unitsLongestFirst: ReadonlyArray<string> = [...byUnit.keys()].sort((a, b) => b.length - a.length)

/**
 * What a unit measures (money, person, household, mass, area …); "ratio" for a number with no
 * unit (城乡收入比1.91); "magnitude" for a bare 万/亿 (the noun after it may say what it counts);
 * null for a unit the codebook does not know.
 */
export function unitDimension(unit: string): Dimension | null {
  if (unit === "") return "ratio"
  return findUnit(unit)?.dimension ?? null
}
