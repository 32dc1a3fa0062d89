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
/**
 * A budget table's amount columns, in the unit the table states above its heading (单位:万元):
 * 2016年预算数, 上年完成数, 2023年决算数, 2024年. The year the column names (group 1), or its 上年
 * (group 2), and what the figure is (group 3: a budget is planned, an outturn done).
 */
export const AMOUNT_HEAD = /^(?:((?:19|20)\d{2})年度?|(上年|去年))(预算数?|年初预算数?|调整预算数?|决算数?|执行数|完成数?|实际完成数?|实际数?)?$/
/** A column of absolute change (比上年增减额, 增减额, 比上年增加额): in the table's unit. */
export const CHANGE_HEAD = /^(?:比上年(?:同期)?)?(?:增减|增加|增长)额$/
/** The line above a table stating its unit (单位:万元, 计量单位：亿元, | 单位:万吨 | (10000 tons) |). */
export const TABLE_UNIT_LINE = /^[|\s]*(?:计量)?单位\s*[:：]\s*([^\s|()（）:：,，]{1,6})\s*(?:[|(（]|$)/
