/**
 * The column headings of a statistical communiqué's tables (表2:主要农产品产量 — 产品名称 | 产量(吨) |
 * 比上年增长%), as data: what each column holds, so a cell is read as the year's level, its rate
 * of change or its share. A heading none of these name is no communiqué column.
 */

/** A column of the year's amounts: 绝对数(亿元), 年末数(万人), 产量(吨), 总量; its unit in brackets, if written there. */
export const LEVEL_HEAD = /^(?:绝对[数值]|年末数|年末实有|总量|总额|产量|数量|本年(?:实际|完成)?|实际完成|完成数?|金额|数值)(?:[(（]([^()（）]{1,6})[)）])?$/
/** A column of the year's rate of change: 比上年增长%, 比上年增长(%), 增速(%), 同比增长. */
export const RATE_HEAD = /^(?:比上年(?:同期)?(?:增长|增减|±)|同比(?:增长|增减|±)|增长|增速|增幅)(?:[(（]?%[)）]?)?$/
/** A column of shares: 比重(%), 占比, 构成(%). */
export const SHARE_HEAD = /^(?:比重|占比|所占比重|构成)(?:[(（]?%[)）]?)?$/
/** A column that states each row's unit (单位 | 亿元 | …). */
export const UNIT_HEAD = /^(?:计量)?单位$/
/** A column of index numbers (指数, 上年=100): read as no fact, its cells are not amounts in any unit. */
export const INDEX_HEAD = /^(?:价格)?指数(?:[(（][^()（）]{1,10}[)）])?$/
