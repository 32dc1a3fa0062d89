import { WORDS_HOLDING_DIVISIONS } from "./conventional-names.js"

/**
 * Names of places outside the gazetteer that contain a form it knows (嘉义县 holds 义县 of
 * Liaoning, 新北市 holds 新北 of Changzhou): a mention inside one of them is no mention of ours.
 * Taiwan's counties and cities, as a mainland text or a mirror writes them (simplified; the
 * traditional text is read in simplified form). 金门县 and 连江县 are in the gazetteer and stay out.
 */
export const OTHER_NAMES: ReadonlyArray<string> = [
  "台北市", "新北市", "桃园市", "台中市", "台南市", "高雄市", "基隆市", "新竹市", "新竹县", "嘉义市", "嘉义县",
  "苗栗县", "彰化县", "南投县", "云林县", "屏东县", "宜兰县", "花莲县", "台东县", "澎湖县"
]

/**
 * Common words that end in a known county's name (示范县 holds 范县 of Henan: 全国民族团结进步示范县;
 * 中心城区 and 主城区 hold 城区, a district of 晋城, 阳泉 and 长治): a mention inside one of them is
 * no mention of a place. (新城区 is a district's name too, so it is not listed.)
 */
// (全市城区, 全县城区, 县城区: the urban area of the whole city or of a county town, not 阳泉's 城区.)
export const WORDS_HOLDING_NAMES: ReadonlyArray<string> = ["示范县", "中心城区", "主城区", "老城区", "全市城区", "全县城区", "全区城区", "县城区", ...WORDS_HOLDING_DIVISIONS]

/**
 * 市政府和县委, 各乡镇和县直单位, 企业和龙头企业: words a conjunction (和, 与, 及, 或) may join that
 * begin with the second character of a name it would otherwise open (和县, 和龙): after a word
 * (not at a clause's head: 、和县委书记 is 和县's secretary), the conjunction and the word are read.
 */
export const CONJUNCTIONS = "和与及或"
export const WORDS_AFTER_CONJUNCTION: ReadonlyArray<string> = [
  "县委", "县政府", "县直", "县城", "县级", "县域", "县乡", "县区", "县市", "县两级", "县人大", "县政协", "县财政", "县属",
  "龙头", "平安"
]
