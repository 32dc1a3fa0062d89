/**
 * Region codebook: administrative areas and development zones with their GB/T 2260 codes
 * (null for zones, which have none) and the aliases documents use for them.
 * A new region is one line here and one test.
 */
export type RegionLevel = "country" | "province" | "prefecture" | "district" | "county" | "zone"

export interface Region {
  readonly name: string
  readonly code: string | null
  readonly level: RegionLevel
  /** Name of the enclosing region (重庆市 for its districts). */
  readonly parent: string | null
  readonly aliases: ReadonlyArray<string>
}

const cq = (name: string, code: string, level: RegionLevel, ...aliases: Array<string>): Region => ({
  name, code, level, parent: "重庆市", aliases
})
const prov = (name: string, code: string, ...aliases: Array<string>): Region => ({
  name, code, level: "province", parent: "中国", aliases
})
const zone = (name: string, parent: string, ...aliases: Array<string>): Region => ({
  name, code: null, level: "zone", parent, aliases
})

export const Regions: ReadonlyArray<Region> = [
  { name: "中国", code: null, level: "country", parent: null, aliases: ["全国", "中华人民共和国", "我国"] },
  // Provincial-level units (GB/T 2260).
  prov("北京市", "110000", "北京"), prov("天津市", "120000", "天津"), prov("河北省", "130000", "河北"),
  prov("山西省", "140000", "山西"), prov("内蒙古自治区", "150000", "内蒙古"), prov("辽宁省", "210000", "辽宁"),
  prov("吉林省", "220000", "吉林"), prov("黑龙江省", "230000", "黑龙江"), prov("上海市", "310000", "上海"),
  prov("江苏省", "320000", "江苏"), prov("浙江省", "330000", "浙江"), prov("安徽省", "340000", "安徽"),
  prov("福建省", "350000", "福建"), prov("江西省", "360000", "江西"), prov("山东省", "370000", "山东"),
  prov("河南省", "410000", "河南"), prov("湖北省", "420000", "湖北"), prov("湖南省", "430000", "湖南"),
  prov("广东省", "440000", "广东"), prov("广西壮族自治区", "450000", "广西"), prov("海南省", "460000", "海南"),
  prov("重庆市", "500000", "重庆"), prov("四川省", "510000", "四川"), prov("贵州省", "520000", "贵州"),
  prov("云南省", "530000", "云南"), prov("西藏自治区", "540000", "西藏"), prov("陕西省", "610000", "陕西"),
  prov("甘肃省", "620000", "甘肃"), prov("青海省", "630000", "青海"), prov("宁夏回族自治区", "640000", "宁夏"),
  prov("新疆维吾尔自治区", "650000", "新疆"), prov("台湾省", "710000", "台湾"),
  prov("香港特别行政区", "810000", "香港"), prov("澳门特别行政区", "820000", "澳门"),
  // Chongqing's districts and counties (GB/T 2260).
  cq("万州区", "500101", "district", "万州"), cq("涪陵区", "500102", "district", "涪陵"),
  cq("渝中区", "500103", "district", "渝中"), cq("大渡口区", "500104", "district", "大渡口"),
  cq("江北区", "500105", "district", "江北"), cq("沙坪坝区", "500106", "district", "沙坪坝"),
  cq("九龙坡区", "500107", "district", "九龙坡"), cq("南岸区", "500108", "district", "南岸"),
  cq("北碚区", "500109", "district", "北碚"), cq("綦江区", "500110", "district", "綦江"),
  cq("大足区", "500111", "district", "大足"), cq("渝北区", "500112", "district", "渝北"),
  cq("巴南区", "500113", "district", "巴南"), cq("黔江区", "500114", "district", "黔江"),
  cq("长寿区", "500115", "district", "长寿"), cq("江津区", "500116", "district", "江津"),
  cq("合川区", "500117", "district", "合川"), cq("永川区", "500118", "district", "永川"),
  cq("南川区", "500119", "district", "南川"), cq("璧山区", "500120", "district", "璧山"),
  cq("铜梁区", "500151", "district", "铜梁"), cq("潼南区", "500152", "district", "潼南"),
  cq("荣昌区", "500153", "district", "荣昌"), cq("开州区", "500154", "district", "开州"),
  cq("梁平区", "500155", "district", "梁平"), cq("武隆区", "500156", "district", "武隆"),
  cq("城口县", "500229", "county", "城口"), cq("丰都县", "500230", "county", "丰都"),
  cq("垫江县", "500231", "county", "垫江"), cq("忠县", "500233", "county"),
  cq("云阳县", "500235", "county", "云阳"), cq("奉节县", "500236", "county", "奉节"),
  cq("巫山县", "500237", "county", "巫山"), cq("巫溪县", "500238", "county", "巫溪"),
  cq("石柱土家族自治县", "500240", "county", "石柱县", "石柱"),
  cq("秀山土家族苗族自治县", "500241", "county", "秀山县", "秀山"),
  cq("酉阳土家族苗族自治县", "500242", "county", "酉阳县", "酉阳"),
  cq("彭水苗族土家族自治县", "500243", "county", "彭水县", "彭水"),
  // Development zones and new areas: no GB/T 2260 code.
  zone("两江新区", "重庆市", "重庆两江新区"),
  zone("重庆高新区", "重庆市", "西部科学城重庆高新区", "重庆高新技术产业开发区", "高新区"),
  zone("璧山高新区", "璧山区", "璧山高新技术产业开发区", "重庆璧山高新技术产业开发区"),
  zone("重庆经开区", "重庆市", "重庆经济技术开发区"),
  zone("万盛经开区", "重庆市", "万盛经济技术开发区"),
  zone("重庆沿江承接产业转移示范区", "重庆市", "沿江承接产业转移示范区"),
  zone("川渝高竹新区", "重庆市", "高竹新区"),
  zone("西部(重庆)科学城", "重庆市", "西部科学城", "重庆科学城")
]

const byName = new Map<string, Region>()
for (const r of Regions) {
  byName.set(r.name, r)
}
for (const r of Regions) {
  for (const a of r.aliases) if (!byName.has(a)) byName.set(a, r)
}

/** The region a name or alias stands for, or undefined. */
export const findRegion = (nameOrAlias: string): Region | undefined => byName.get(nameOrAlias)

/** Every name and alias, longest first: the order a scanner must try them in. */
export const regionNamesLongestFirst: ReadonlyArray<string> = [...byName.keys()].sort((a, b) => b.length - a.length)
