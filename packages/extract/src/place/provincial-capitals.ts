/**
 * The seats of the provincial governments (省会, 首府) of the provinces and autonomous regions: the
 * city a province's own offices are named after (人民银行兰州中心支行, 人民银行成都分行 serve 甘肃, 四川).
 * The gazetteer's division data do not mark them.
 */
export const PROVINCIAL_CAPITALS: ReadonlyArray<string> = [
  "石家庄市", "太原市", "呼和浩特市", "沈阳市", "长春市", "哈尔滨市", "南京市", "杭州市", "合肥市",
  "福州市", "南昌市", "济南市", "郑州市", "武汉市", "长沙市", "广州市", "南宁市", "海口市", "成都市",
  "贵阳市", "昆明市", "拉萨市", "西安市", "兰州市", "西宁市", "银川市", "乌鲁木齐市"
]
