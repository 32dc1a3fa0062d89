/**
 * Districts whose full name is also a common word: 城区 (the urban area; a district of 晋城,
 * 阳泉 and 长治), 郊区 (the suburbs), 矿区 (a mining area; 阳泉), 新城区 and 老城区 (a new or old
 * town), 古城区 (an old town; 丽江), 东区 and 西区 (攀枝花), 城东区, 城西区, 城北区 and 城中区.
 * Written alone they are read as a county stem is (weak): a place only inside the document's own
 * hierarchy (a 阳泉 text's 城区、矿区、郊区), never one a text with no place of its own is about.
 */
export const COMMON_WORD_NAMES: ReadonlySet<string> = new Set([
  "城区", "郊区", "矿区", "新城区", "老城区", "古城区", "东区", "西区", "城东区", "城西区", "城北区", "城中区"
])
