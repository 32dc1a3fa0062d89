/**
 * The indicator catalogue as data: one line per indicator of the national statistical
 * system as 统计公报 and work reports publish it —
 *
 *   CODE|canonical Chinese name|English name|aliases separated by ;|dimensions separated by ;[|measures]
 *
 * Codes are stable (never renamed; a retired code stays). The dimension is what the
 * indicator's unit measures (money, money_per_person, count, person, mass, area, energy,
 * percent, index, …); the measures column, when present, overrides the default measures of
 * the dimension (see indicator-catalog.ts). Lines starting with # group the table.
 *
 * A name may be an alias of several entries only when their dimensions differ (棉花 in 万担 is
 * COTTON, in 万亩 COTTON_AREA): the unit decides, and where both admit it (a growth rate) the
 * entry listed first wins, so the usual reading (output) is listed before the rarer (area).
 */
export const IndicatorCatalogTable = `
# national accounts
WORLD_GROWTH_CONTRIBUTION|对世界经济增长的贡献率|Contribution to world economic growth|对全球经济增长的贡献率;全球经济增长的贡献率;世界经济增长的贡献率|percent
GDP|地区生产总值|Gross regional product|国内生产总值;生产总值;经济总量;GDP;地区GDP;全市GDP;本地生产总值|money
GNI|国民总收入|Gross national income|国民生产总值;本地居民总收入|money
NATIONAL_INCOME_MPS|国民收入|National income (material product system)|国民收入总额|money
GVIAO|工农业总产值|Gross output value of industry and agriculture|工农业生产总值|money
GDP_PER_CAPITA|人均地区生产总值|GRP per capita|人均GDP;人均生产总值;人均国内生产总值|money_per_person
GDP_PRIMARY|第一产业增加值|Value added, primary industry|一产增加值;第一产业;一产业增加值|money
GDP_SECONDARY|第二产业增加值|Value added, secondary industry|二产增加值;第二产业;二产业增加值|money
GDP_TERTIARY|第三产业增加值|Value added, tertiary industry|三产增加值;第三产业;服务业增加值;三产业增加值|money
MODERN_SERVICES_VA|现代服务业增加值|Value added of modern services||money
GDP_PRIMARY_SHARE|第一产业增加值占地区生产总值比重|Primary industry share of GDP|第一产业增加值比重;第一产业比重;第一产业增加值占地区生产总值的比重|percent
GDP_SECONDARY_SHARE|第二产业增加值占地区生产总值比重|Secondary industry share of GDP|第二产业增加值比重;第二产业比重;第二产业增加值占地区生产总值的比重|percent
GDP_TERTIARY_SHARE|第三产业增加值占地区生产总值比重|Tertiary industry share of GDP|第三产业增加值比重;第三产业比重;服务业增加值比重;服务业增加值占地区生产总值比重;服务业增加值占国内生产总值比重;第三产业增加值占国内生产总值比重;第三产业增加值占地区生产总值的比重;服务业占地区生产总值比重|percent
AGRI_VA|农林牧渔业增加值|Value added of agriculture, forestry, animal husbandry and fishery|农业增加值|money
CONSTRUCTION_VA|建筑业增加值|Value added of construction||money
WHOLESALE_RETAIL_VA|批发和零售业增加值|Value added of wholesale and retail trade|批发零售业增加值|money
TRANSPORT_VA|交通运输、仓储和邮政业增加值|Value added of transport, storage and post|交通运输仓储邮政业增加值|money
HOTEL_CATERING_VA|住宿和餐饮业增加值|Value added of accommodation and catering|住宿餐饮业增加值|money
FINANCE_VA|金融业增加值|Value added of financial services||money
REAL_ESTATE_VA|房地产业增加值|Value added of real estate||money
IT_SERVICES_VA|信息传输、软件和信息技术服务业增加值|Value added of information transmission, software and IT services|信息传输软件和信息技术服务业增加值|money
DIGITAL_ECONOMY|数字经济规模|Size of the digital economy|数字经济增加值|money
DIGITAL_ECONOMY_SHARE|数字经济占地区生产总值比重|Digital economy share of GDP|数字经济增加值占地区生产总值比重;数字经济占GDP比重|percent
DIGITAL_CORE_VA|数字经济核心产业增加值|Value added of core digital-economy industries||money
DIGITAL_CORE_SHARE|数字经济核心产业增加值占地区生产总值比重|Core digital economy share of GDP|数字经济核心产业增加值占GDP比重|percent
STRATEGIC_EMERGING_VA|战略性新兴产业增加值|Value added of strategic emerging industries||money
STRATEGIC_EMERGING_OUTPUT|战略性新兴产业产值|Output of strategic emerging industries|战略性新兴产业总产值|money
HIGH_TECH_MFG_VA|高技术制造业增加值|Value added of high-tech manufacturing||money
EQUIPMENT_MFG_VA|装备制造业增加值|Value added of equipment manufacturing||money
MFG_VALUE_ADDED|制造业增加值|Manufacturing value added|规上制造业增加值|money
MFG_SHARE|制造业增加值占地区生产总值比重|Manufacturing share of GDP|制造业占地区生产总值比重;制造业增加值占GDP比重;制造业增加值比重|percent
IND_SHARE|工业增加值占地区生产总值比重|Industry share of GDP|工业占地区生产总值比重|percent
PRIVATE_ECONOMY_VA|民营经济增加值|Value added of the private economy|非公有制经济增加值|money
MARINE_ECONOMY|海洋生产总值|Gross ocean product|海洋经济生产总值|money
COUNTY_GDP|县域经济总量|Output of county economies|县域地区生产总值|money
# industry
LIGHT_INDUSTRY_SHARE|轻工业产值占工业总产值比重|Light industry share of gross industrial output|轻工业占工业总产值比重;轻工业总产值占工业总产值比重|percent
HEAVY_INDUSTRY_SHARE|重工业产值占工业总产值比重|Heavy industry share of gross industrial output|重工业占工业总产值比重;重工业总产值占工业总产值比重|percent
PRODUCER_GOODS_SHARE|生产资料产值占工业总产值比重|Producer goods share of gross industrial output|生产资料生产占工业总产值比重;生产资料占工业总产值比重|percent
CONSUMER_GOODS_SHARE|消费资料产值占工业总产值比重|Consumer goods share of gross industrial output|消费资料生产占工业总产值比重;消费资料占工业总产值比重|percent
COKE|焦炭产量|Coke output|焦炭|mass
SALT|原盐产量|Salt output|原盐;食盐;盐|mass
SYNTHETIC_AMMONIA|合成氨产量|Synthetic ammonia output|合成氨|mass
PESTICIDES|农药产量|Chemical pesticide output|农药;化学农药|mass
DETERGENT|合成洗涤剂产量|Synthetic detergent output|合成洗涤剂|mass
WOOLLEN_FABRIC|呢绒产量|Woollen fabric output|呢绒|length
SOE_IND_PROFIT|国有及国有控股工业企业利润|Profits of state-owned and state-holding industrial enterprises|国有和国有控股工业企业利润;国有及国有控股工业企业利润总额;国有工业企业利润|money
COTTON_YARN|纱产量|Cotton yarn output|棉纱;棉纱产量;纱|mass;count
CHEMICAL_FIBRE|化学纤维产量|Chemical fibre output|化学纤维;化纤|mass
NONFERROUS|十种有色金属产量|Output of ten non-ferrous metals|有色金属;十种有色金属;有色金属产量|mass
PETROLEUM|石油产量|Petroleum output|石油|mass
SULPHURIC_ACID|硫酸产量|Sulphuric acid output|硫酸|mass
CAUSTIC_SODA|烧碱产量|Caustic soda output|烧碱|mass
SODA_ASH|纯碱产量|Soda ash output|纯碱|mass
PHOSPHATE_FERTILIZER|磷肥产量|Phosphate fertiliser output|磷肥|mass
ETHYLENE|乙烯产量|Ethylene output|乙烯|mass
TRACTORS|拖拉机产量|Tractor output|拖拉机|count
MACHINE_TOOLS|金属切削机床产量|Machine tool output|机床;金属切削机床|count
BICYCLES|自行车产量|Bicycle output|自行车|count
SEWING_MACHINES|缝纫机产量|Sewing machine output|缝纫机|count
WATCHES|手表产量|Watch output|手表|count
TV_SETS|电视机产量|Television set output|电视机;彩色电视机|count
INTEGRATED_CIRCUITS|集成电路产量|Integrated circuit output|集成电路|count
MICROCOMPUTERS|微型计算机设备产量|Microcomputer output|微型计算机;微型电子计算机|count
MOBILE_PHONES|手机产量|Mobile phone output|移动通信手持机|count
SUGAR_OUTPUT|食糖产量|Sugar output|食糖|mass
CIGARETTES|卷烟产量|Cigarette output|卷烟|count
RUBBER_SHOES|胶鞋产量|Rubber footwear output|胶鞋|count
POWER_EQUIPMENT|发电设备产量|Power generation equipment output|发电设备|power
HANDICRAFT_OUTPUT|手工业总产值|Gross output of handicrafts|手工业产值|money
IND_HANDICRAFT_OUTPUT|工业和手工业总产值|Gross output of industry and handicrafts||money
SOCIAL_GROSS_OUTPUT|社会总产值|Gross social product (material product system)||money
RURAL_GROSS_OUTPUT|农村社会总产值|Gross output of rural society||money
CONSUMER_GOODS_OUTPUT|消费资料的产值|Output of consumer goods|消费资料产值;消费资料生产|money
STEEL_CAPACITY_CUT|压减钢铁产能|Steel capacity cut|化解钢铁过剩产能;退出钢铁产能;钢铁去产能;压减粗钢产能;化解钢铁产能|mass
COAL_CAPACITY_CUT|退出煤炭产能|Coal capacity cut|化解煤炭过剩产能;煤炭去产能;压减煤炭产能;淘汰煤炭落后产能|mass
OUTDATED_CAPACITY|淘汰落后产能|Outdated capacity eliminated|淘汰落后炼铁产能;淘汰落后炼钢产能;淘汰落后水泥产能|mass
INDUSTRY_VA|工业增加值|Industrial value added|全部工业增加值|money
IND_VALUE_ADDED|规上工业增加值|Value added of industry above designated size|规模以上工业增加值;规模工业增加值|money
IND_OUTPUT|规上工业总产值|Gross output of industry above designated size|规模以上工业总产值;规上工业产值;规模以上工业产值;规模工业总产值;规模工业产值|money
INDUSTRY_OUTPUT|工业总产值|Gross industrial output|工业产值;全部工业总产值|money
IND_FIRMS|规上工业企业|Industrial enterprises above designated size|规模以上工业企业;规上工业企业数|count
IND_REVENUE|规上工业企业营业收入|Operating revenue of industrial enterprises above designated size|规模以上工业企业营业收入;规上工业营业收入;规模以上工业营业收入;规上工业营收|money
IND_PROFIT|规上工业企业利润总额|Profits of industrial enterprises above designated size|规模以上工业企业利润总额;规上工业利润;规模以上工业企业实现利润;规上工业企业利润;工业企业利润|money
IND_SALES_RATE|工业产品销售率|Industrial product sales ratio|规上工业产品销售率|percent
IND_TAX|工业税收|Industrial tax revenue|工业入库税金|money
MFG_OUTPUT|制造业产值|Manufacturing output|制造业总产值|money
HEAVY_INDUSTRY_OUTPUT|重工业产值|Heavy industry output|重工业总产值|money
LIGHT_INDUSTRY_OUTPUT|轻工业产值|Light industry output|轻工业总产值|money
HIGH_TECH_OUTPUT|高新技术产业产值|Output of high-tech industries|高技术产业产值;高新技术产业总产值|money
HIGH_TECH_VA|高新技术产业增加值|Value added of high-tech industries|高技术产业增加值|money
HIGH_TECH_VA_SHARE|高技术制造业增加值占规上工业增加值比重|High-tech manufacturing share of industry value added|高技术制造业增加值占规模以上工业增加值比重;高技术制造业占规上工业增加值比重|percent
IND_PARK_OUTPUT|园区工业总产值|Industrial output of parks|园区规上工业产值;工业园区产值|money
STEEL|钢产量|Steel output|钢;粗钢产量;粗钢|mass
STEEL_PRODUCTS|钢材产量|Rolled steel output|钢材|mass
PIG_IRON|生铁产量|Pig iron output|生铁|mass
COAL|原煤产量|Raw coal output|原煤;煤炭产量;煤炭;煤;煤产量|mass
CRUDE_OIL|原油产量|Crude oil output|原油|mass
NATURAL_GAS|天然气产量|Natural gas output|天然气|volume
CEMENT|水泥产量|Cement output|水泥|mass
FERTILIZER|化肥产量|Chemical fertiliser output|化肥;化学肥料|mass
ELECTRICITY|发电量|Electricity generation|全社会发电量;电力;发电;电力产量;发电量拟定|energy
AUTOMOBILES|汽车产量|Motor vehicle output||count
NEV_OUTPUT|新能源汽车产量|New-energy vehicle output||count
CLOTH|布产量|Cloth output|布;棉布;棉布产量|length;count
SUGAR|糖产量|Sugar output|糖|mass
PAPER|纸产量|Paper output|机制纸;纸及纸板;纸;纸张|mass
GRAIN_STOCK|粮食储备|Grain reserves||mass
TIMBER|木材产量|Timber output|木材|volume
# investment
FAI_TECH_RENOVATION_SHARE|技改投资占工业投资比重|Technical renovation share of industrial investment|工业技改投资占工业投资比重;技术改造投资占工业投资比重|percent
TECH_RENOVATION_PROJECTS|技改项目|Technical renovation projects (count)|技术改造项目;工业技改项目|count
PROJECT_INVESTMENT_DONE|项目完成投资|Investment completed on projects|完成投资;累计完成投资;实际完成投资;项目累计完成投资|money
PROJECT_INVESTMENT_PLAN_YEAR|年度计划投资|Investment planned for the year on projects|年度计划完成投资;计划完成投资;计划投资;年内计划投资|money
PROJECT_FIRST_PHASE_INVESTMENT|首期固定资产投资|First-phase fixed-asset investment of a project|首期完成固定资产投资;首期投资;一期投资|money
CONSTRUCTION_PROJECTS|建设项目|Construction projects (count)|基本建设项目;施工项目|count
LARGE_MEDIUM_PROJECTS_DONE|建成投产大中型项目|Large and medium-sized projects completed and put into operation|建成投产的大中型项目;全部建成投产的大中型项目|count
RAILWAY_INVESTMENT|铁路投资|Railway investment|铁路建设投资;铁路固定资产投资|money
ROAD_WATERWAY_INVESTMENT|公路水运投资|Road and waterway investment|公路水路投资;公路水路交通投资|money
TOTAL_INVESTMENT_PLANNED|计划总投资|Planned total investment of projects|总投资;项目总投资;计划总投资额|money
FAI|固定资产投资|Fixed-asset investment|全社会固定资产投资;固投;固定资产投资总额;全社会固定资产投资总额;城镇固定资产投资;固定资产投资额;全社会固定资产投资额|money
FAI_BUDGET|基本建设投资|Capital construction investment|基本建设投资总额;基本建设总投资;国家基本建设总投资;基本建设投资额|money
CENTRAL_BUDGET_INVESTMENT|中央预算内投资|Central budget investment|中央预算内投资规模;预算内投资;中央财政预算内投资|money
FAI_STATE|全民所有制单位固定资产投资|Fixed-asset investment of state-owned units|国有单位固定资产投资;全民所有制固定资产投资|money
FAI_INDUSTRY|工业投资|Industrial investment|工业固定资产投资|money
FAI_MANUFACTURING|制造业投资|Manufacturing investment|制造业固定资产投资|money
FAI_INFRASTRUCTURE|基础设施投资|Infrastructure investment|基础设施建设投资|money
FAI_PRIVATE|民间投资|Private investment|民间固定资产投资|money
FAI_REAL_ESTATE|房地产开发投资|Real-estate development investment|房地产投资;房地产开发投资额|money
FAI_TECH_RENOVATION|技改投资|Technical renovation investment|工业技改投资;技术改造投资|money
MFG_TAX_PER_MU|规上制造业亩均税收|Tax per mu of manufacturing above designated size|规模以上制造业亩均税收|money_per_area
FAI_HIGH_TECH|高技术产业投资|High-tech industry investment|高新技术产业投资|money
FAI_TRANSPORT|交通投资|Transport investment|交通建设投资;综合交通投资|money
FAI_SOCIAL|社会领域投资|Social-sector investment||money
FAI_AGRICULTURE|农业投资|Agricultural investment|农业固定资产投资|money
FAI_PROJECTS|重点项目投资|Investment in key projects|重点项目完成投资;重大项目投资;市级重点项目投资;省重点项目投资|money
FAI_PRIMARY|第一产业投资|Primary industry investment||money
FAI_SECONDARY|第二产业投资|Secondary industry investment||money
FAI_TERTIARY|第三产业投资|Tertiary industry investment|服务业投资|money
INVESTMENT_ATTRACTED|招商引资到位资金|Investment attracted (funds in place)|招商引资实际到位资金;实际到位资金|money
INVESTMENT_SIGNED|招商引资签约金额|Investment attracted (signed)|协议引资;招商引资协议资金;协议资金|money
SIGNED_PROJECTS|签约项目|Projects signed|招商引资签约项目;新签约项目;签约项目个数|count
NEW_PROJECTS_STARTED|新开工项目|Projects started|新开工重点项目;新开工项目个数;开工项目;集中开工项目;新开工建设项目|count
# consumption and retail
RETAIL_SALES|社会消费品零售总额|Retail sales of consumer goods|社零总额;社零;社会商品零售总额;消费品零售总额|money
RETAIL_RURAL|乡村消费品零售额|Rural retail sales|农村消费品零售额;乡村社会消费品零售总额|money
RETAIL_URBAN|城镇消费品零售额|Urban retail sales|城镇社会消费品零售总额|money
ONLINE_RETAIL|网络零售额|Online retail sales|网上零售额|money
ONLINE_RETAIL_PHYSICAL|实物商品网上零售额|Online retail sales of physical goods||money
CATERING_REVENUE|餐饮收入|Catering revenue|餐饮业收入;餐饮收入额|money
RETAIL_ABOVE_LIMIT|限上社会消费品零售额|Retail sales of enterprises above designated size|限额以上单位消费品零售额;限上消费品零售额;限额以上社会消费品零售额|money
WHOLESALE_RETAIL_SALES|商品销售额|Sales of commodities|批发业销售额;零售业销售额|money
EXPRESS_DELIVERY|快递业务量|Express parcels|快递件;快递业务|count
EXPRESS_REVENUE|快递业务收入|Express delivery revenue||money
# trade and foreign investment
TRADE_TOTAL|进出口总额|Total imports and exports|进出口额;外贸进出口额;外贸进出口总额;进出口;外贸进出口;进出口贸易总额;货物进出口总额;对外贸易总额;外贸总额;对外贸易进出口总额;货物贸易进出口;货物贸易进出口总额;外贸|money
EXPORTS|出口总额|Exports|出口;货物出口;出口额;外贸出口;外贸出口总额;外贸出口额;货物出口总额|money
IMPORTS|进口总额|Imports|进口;货物进口;进口额;外贸进口总额;货物进口总额|money
TRADE_SERVICES|服务进出口总额|Trade in services|服务贸易进出口;服务贸易进出口总额;服务贸易|money
TRADE_BALANCE|贸易顺差|Trade surplus|外贸顺差|money
CROSS_BORDER_ECOMMERCE|跨境电商进出口额|Cross-border e-commerce trade|跨境电商交易额;跨境电子商务进出口额;跨境电商进出口|money
FOREIGN_TRADE_FIRMS|有进出口实绩企业|Firms with foreign trade|外贸企业;进出口企业;有外贸实绩企业|count
FDI|实际利用外资|Foreign direct investment utilised|实际使用外资;实际使用外资金额;实际利用外资金额;外商直接投资;实际利用外商直接投资;利用外资;实际使用外商直接投资;实到外资|money
FDI_CONTRACTED|合同利用外资|Contracted foreign investment|合同外资;协议利用外资|money
FOREIGN_FIRMS_NEW|新设外商投资企业|New foreign-invested enterprises|新设立外商投资企业;外商投资企业|count
ODI|对外直接投资|Outward direct investment|对外投资;对外非金融类直接投资|money
FOREIGN_CONTRACTING|对外承包工程营业额|Revenue of overseas contracted projects|对外承包工程完成营业额|money
FOREX_RESERVES|外汇储备|Foreign exchange reserves|国家外汇储备|money
# fiscal
SOE_BUDGET_REVENUE|国营企业收入|Revenue from state enterprises (state budget)|国营企业缴款收入;国营企业和事业收入|money
CENTRAL_EDU_SPENDING|中央财政教育投入|Central government spending on education|中央财政教育支出|money
CENTRAL_SOCIAL_SECURITY_SPENDING|中央财政社会保障支出|Central government spending on social security|中央财政社会保障资金;中央财政社会保障投入|money
CENTRAL_HEALTH_SPENDING|中央财政医疗卫生支出|Central government spending on health|中央财政医疗卫生投入;中央财政卫生支出|money
CENTRAL_EMPLOYMENT_FUNDS|中央财政就业专项资金|Central special funds for employment|中央财政就业补助资金;中央财政再就业补助资金|money
CENTRAL_HOUSING_SUBSIDY|中央财政保障性安居工程补助资金|Central subsidies for government-subsidised housing projects|中央财政保障性安居工程专项资金;中央财政保障性住房专项补助资金|money
CENTRAL_MEDICAL_ASSISTANCE|中央财政城乡医疗救助补助资金|Central subsidies for urban and rural medical assistance|中央财政医疗救助补助资金|money
CENTRAL_SME_FUNDS|中央财政中小企业发展资金|Central funds for the development of small and medium-sized enterprises|中央财政中小企业发展专项资金|money
RURAL_COMPULSORY_EDU_FUNDS|财政农村义务教育经费|Fiscal funds for rural compulsory education|农村义务教育经费;中央和地方财政农村义务教育经费|money
SPECIAL_FUNDS|专项资金|Special-purpose fiscal funds|财政专项资金|money
AWARD_SUBSIDY_FUNDS|奖补资金|Award and subsidy funds|奖励资金;补助资金;补贴资金;财政奖补资金;财政补助资金|money
UPPER_LEVEL_FUNDS|争取上级资金|Funds obtained from higher levels of government|上级资金;向上争取资金;争取中央和省级资金;争取上级补助资金|money
REWARD_STANDARD|奖励标准|Reward or subsidy standard (per unit, or as a rate of a base)|补助标准;补贴标准;奖补标准|percent;money;money_per_person;money_per_area|level;share
LOCAL_DEFICIT|地方财政赤字|Local government deficit|地方赤字|money
EXTRABUDGETARY_FUNDS|预算外资金|Extra-budgetary funds|预算外资金收入|money
PUBLIC_SERVICES_EXPENDITURE|一般公共服务支出|General public services expenditure||money
PUBLIC_SAFETY_EXPENDITURE|公共安全支出|Public security expenditure||money
ADMIN_EXPENDITURE|行政支出|Administrative expenditure|行政管理费;行政管理支出|money
ECONOMIC_CONSTRUCTION_EXPENDITURE|经济建设费|Economic construction expenditure|经济建设支出;经济建设费支出|money
SOCIAL_CULTURE_EXPENDITURE|社会文教费|Social, cultural and educational expenditure|社会文教费支出;文教科学卫生事业费|money
DEBT_PRINCIPAL_REPAYMENT|债务还本支出|Debt principal repayment||money
HIDDEN_DEBT|隐性债务|Hidden local government debt|政府隐性债务;地方政府隐性债务|money
ACCUMULATION_RATE|积累率|Accumulation rate||percent
BUDGET_REVENUE|一般公共预算收入|General public budget revenue|公共预算收入;地方一般公共预算收入;一般预算收入;地方财政一般预算收入;地方一般预算收入;公共财政收入;公共财政预算收入;地方公共财政收入;地方公共财政预算收入;一般公共预算收入同口径;财政一般预算收入|money
FISCAL_REVENUE|财政收入|Fiscal revenue|全国财政收入;国家财政收入;国家预算收入|money
DOMESTIC_FISCAL_REVENUE|国内财政收入|Domestic fiscal revenue (excluding foreign borrowing)||money
CENTRAL_SCI_TECH_SPENDING|中央财政科技投入|Central government spending on science and technology|中央财政科技支出;中央财政科技投入|money
SOCIAL_SECURITY_FUND|社会保障基金积累|Accumulated assets of the national social security fund|社保基金积累|money
CENTRAL_REVENUE|中央财政收入|Central government revenue|中央本级收入;中央一般公共预算收入|money
FISCAL_REVENUE_TOTAL|财政总收入|Total fiscal revenue (including the part remitted upward)|全口径财政总收入;全口径财政收入|money
LOCAL_FISCAL_REVENUE|地方财政收入|Local fiscal revenue|地方财政总收入|money
BUDGET_REVENUE_TOTAL|一般公共预算总收入|Total general public budget revenue (including the part remitted upward)||money
BUDGET_EXPENDITURE|一般公共预算支出|General public budget expenditure|公共预算支出;地方一般公共预算支出;一般预算支出;一般公共预算总支出;公共财政支出;公共财政预算支出;一般公共预算支出规模;地方一般预算支出;财政一般预算支出;地方财政一般预算支出|money
FISCAL_EXPENDITURE|财政支出|Fiscal expenditure|全国财政支出;财政总支出;国家财政支出;地方财政支出;国家预算支出|money
CENTRAL_EXPENDITURE|中央财政支出|Central government expenditure|中央本级支出;中央一般公共预算支出|money
CENTRAL_TRANSFERS|中央对地方转移支付|Central transfers to local governments|中央对地方税收返还和转移支付|money
FISCAL_DEFICIT|财政赤字|Fiscal deficit|全国财政赤字;赤字;赤字规模|money
CENTRAL_DEFICIT|中央财政赤字|Central government deficit|中央赤字|money
DEFICIT_RATIO|赤字率|Deficit-to-GDP ratio|财政赤字率;财政赤字占地区生产总值比重|percent
GOV_FUND_REVENUE|政府性基金预算收入|Government-managed funds revenue|政府性基金收入|money
GOV_FUND_EXPENDITURE|政府性基金预算支出|Government-managed funds expenditure|政府性基金支出|money
SOE_CAPITAL_REVENUE|国有资本经营预算收入|State capital operations budget revenue||money
SOCIAL_INSURANCE_FUND_REVENUE|社会保险基金预算收入|Social insurance fund revenue|社会保险基金收入|money
LAND_TRANSFER_REVENUE|国有土地使用权出让收入|Land-use rights transfer revenue|土地出让收入;土地出让金|money
NON_TAX_REVENUE|非税收入|Non-tax revenue||money
TAX_REVENUE|税收收入|Tax revenue|税收;全口径税收;税收总收入;税收收入总额|money
TAX_SHARE|税收收入占一般公共预算收入比重|Tax share of budget revenue|税收占一般公共预算收入比重;税收占比;税收收入占比;税收占一般公共预算收入;税收收入占一般公共预算收入|percent
VAT|国内增值税|Domestic value-added tax|增值税|money
CORPORATE_INCOME_TAX|企业所得税|Corporate income tax||money
PERSONAL_INCOME_TAX|个人所得税|Personal income tax||money
CONSUMPTION_TAX|国内消费税|Domestic consumption tax|消费税|money
CUSTOMS_DUTIES|关税|Customs duties||money
TARIFF_LEVEL|关税总水平|General tariff level|关税平均水平;平均关税水平|percent
TAX_CUTS|减税降费|Tax and fee cuts|新增减税降费;减税降费及退税缓税缓费;减税;退税减税降费;减税退税降费;减税降费及退缓税费|money
TAX_REFUND|增值税留抵退税|VAT credit refunds|留抵退税|money
EDU_EXPENDITURE|教育支出|Education expenditure|财政教育支出;教育经费支出|money
EDU_FISCAL_FUNDS|国家财政性教育经费|Public funds for education|财政性教育经费;全国财政性教育经费支出;财政性教育经费支出;全国财政性教育经费;全国财政性教育经费投入;国家财政性教育经费支出|money
EDU_EXPENDITURE_SHARE|财政性教育经费占国内生产总值比例|Public education spending share of GDP|财政性教育经费支出占国内生产总值比例;国家财政性教育经费占国内生产总值比例;全国财政性教育经费投入占国内生产总值的比重;国家财政性教育经费支出占国内生产总值比例|percent
SCIENCE_EXPENDITURE|科学技术支出|Science and technology expenditure|科技支出;财政科技支出|money
SOCIAL_SECURITY_EXPENDITURE|社会保障和就业支出|Social security and employment expenditure|社保和就业支出|money
HEALTH_EXPENDITURE|卫生健康支出|Health expenditure|医疗卫生支出;卫生支出;财政医疗卫生支出|money
AGRI_EXPENDITURE|农林水支出|Agriculture, forestry and water expenditure|农林水事务支出|money
SANNONG_EXPENDITURE|中央财政用于“三农”的支出|Central spending on agriculture, rural areas and farmers|中央财政用于“三农”的投入;中央财政“三农”投入;“三农”支出;中央财政“三农”支出;中央财政用于“三农”支出;中央财政“三农”资金|money
LIVELIHOOD_EXPENDITURE|民生支出|Livelihood expenditure|民生领域支出;用于民生的支出|money
DEFENCE_EXPENDITURE|国防支出|Defence expenditure|国防费|money
# debt
GOV_DEBT_BALANCE|政府债务余额|Government debt outstanding|地方政府债务余额;政府债务|money
LOCAL_BONDS_SPECIAL|地方政府专项债券|Local government special bonds|专项债券;新增专项债券;地方政府专项债;专项债;新增地方政府专项债券;新增地方政府专项债;地方专项债券;新增政府专项债券;政府专项债券|money
LOCAL_BONDS_GENERAL|地方政府一般债券|Local government general bonds|一般债券;新增一般债券|money
LOCAL_BONDS|地方政府债券|Local government bonds|地方政府债;地方债;地方发债;地方政府债务|money
TREASURY_BONDS|国债|Treasury bonds|国库券;发行国债;长期建设国债;发行长期建设国债;建设国债;发行建设国债|money
SPECIAL_TREASURY_BONDS|超长期特别国债|Ultra-long special treasury bonds|特别国债;发行超长期特别国债|money
# finance
AGRI_LOANS|农业贷款|Agricultural loans|发放农业贷款;农业贷款余额|money
MFG_LOANS|制造业贷款余额|Loans to manufacturing outstanding|制造业贷款|money
DEPOSITS|存款余额|Deposits outstanding|金融机构存款余额;本外币存款余额;金融机构本外币存款余额;各项存款余额;人民币存款余额;金融机构人民币存款余额|money
HOUSEHOLD_DEPOSITS|居民储蓄存款余额|Household savings deposits|城乡居民储蓄存款余额;城乡居民储蓄存款;居民储蓄存款;城乡居民储蓄;储蓄存款余额;城乡人民的储蓄存款;城乡人民储蓄存款|money
LOANS|贷款余额|Loans outstanding|金融机构贷款余额;本外币贷款余额;金融机构本外币贷款余额;各项贷款余额;人民币贷款余额;金融机构人民币贷款余额|money
NEW_LOANS|新增贷款|New loans|人民币贷款新增;新增人民币贷款;贷款新增;各项贷款新增|money
SME_LOANS|普惠小微企业贷款|Inclusive loans to small and micro firms|普惠小微贷款;小微企业贷款;普惠小微贷款余额;小微企业贷款余额|money
M2|广义货币供应量|Broad money (M2)|M2;广义货币M2;广义货币|money
SOCIAL_FINANCING|社会融资规模|Aggregate financing to the real economy|社会融资规模存量;社会融资规模增量|money
INSURANCE_PREMIUMS|保费收入|Insurance premiums|原保险保费收入|money
LISTED_FIRMS|上市企业|Listed companies|上市公司;境内外上市企业|count
DIRECT_FINANCING|直接融资|Direct financing|直接融资额;直接融资规模|money
ENTERPRISE_FINANCING|助企融资|Financing arranged for enterprises|帮助企业融资;企业融资;新增助企融资;助企融资额|money
IP_PLEDGE_FINANCING|知识产权质押融资|Intellectual-property pledge financing|知识产权质押融资额;知识产权质押融资金额;知识产权质押贷款|money
NPL_RATIO|不良贷款率|Non-performing loan ratio||percent
GUARANTEE_LOANS|创业担保贷款|Start-up guaranteed loans|发放创业担保贷款|money
# prices
CPI|居民消费价格|Consumer price index|居民消费价格指数;CPI;居民消费价格涨幅;消费价格;居民消费价格总水平;全国居民消费价格;城市居民消费价格|index
PPI|工业生产者出厂价格|Producer price index|工业生产者出厂价格指数;PPI;工业品出厂价格|index
PPIRM|工业生产者购进价格|Producer purchase price index|工业生产者购进价格指数|index
RETAIL_PRICE|商品零售价格|Retail price index|商品零售价格指数;零售物价;零售物价总指数;全国零售物价总水平|index
PRICE_LEVEL|物价总水平|General price level|物价;价格总水平;市场物价;物价涨幅|index
FOOD_PRICE|食品价格|Food prices|食品价格指数|index
HOUSE_PRICE|新建商品住宅销售价格|New home prices|新建商品住宅价格|index
FARM_PURCHASE_PRICE|农产品收购价格|Farm product purchase prices|农副产品收购价格;农产品收购价格总水平|index
# population
CONSUMPTION_LEVEL|居民消费水平|Per-capita household consumption level|城乡居民的平均消费水平;城乡居民平均消费水平;城乡居民按人口平均的消费水平;全国居民消费水平;居民平均消费水平|money_per_person
CONSUMPTION_CONTRIBUTION|消费对经济增长的贡献率|Contribution of consumption to growth|最终消费支出对经济增长的贡献率;消费贡献率|percent
POPULATION|常住人口|Resident population|年末常住人口;常住人口总量;人口;总人口;全国总人口;人口总数|person
REGISTERED_POPULATION|户籍人口|Registered (hukou) population|户籍人口总量|person
URBAN_POPULATION|城镇常住人口|Urban resident population|城镇人口|person
RURAL_POPULATION|乡村常住人口|Rural resident population|农村人口;乡村人口|person
URBANISATION|常住人口城镇化率|Urbanisation rate|城镇化率;城镇常住人口占常住人口比重;城镇化水平;户籍人口城镇化率|percent
BIRTHS|出生人口|Births|出生人数|person
DEATHS|死亡人口|Deaths|死亡人数|person
BIRTH_RATE|人口出生率|Birth rate|出生率|percent
DEATH_RATE|人口死亡率|Death rate|死亡率|percent
NATURAL_GROWTH_RATE|人口自然增长率|Natural population growth rate|自然增长率|percent
LIFE_EXPECTANCY|人均预期寿命|Life expectancy|平均预期寿命;居民人均预期寿命;居民平均预期寿命;人均期望寿命;平均期望寿命;居民人均期望寿命;居民平均期望寿命;居民期望寿命;人口平均预期寿命|time
ELDERLY_POPULATION|60岁及以上人口|Population aged 60 and over|老年人口|person
MIGRANT_WORKERS|农民工|Migrant workers|农民工总量;外出农民工|person
# employment
PENSION_CONTRIBUTION_RATE|基本养老保险单位缴费比例|Employer contribution rate, basic pension insurance|养老保险单位缴费比例;城镇职工基本养老保险单位缴费比例|percent
EMPLOYMENT_NEW|城镇新增就业|New urban jobs|新增城镇就业;城镇新增就业人数;新增就业;城镇新增就业岗位;新增城镇就业人员;城镇就业新增;新增城镇就业人数;城镇新就业;全省城镇新增就业人员;城镇新增就业人员;城镇新增就业人口|person
EMPLOYED|就业人员|Employed persons|就业人数;全国就业人员;城镇就业人员;就业总量|person
UNEMPLOYMENT|城镇调查失业率|Surveyed urban unemployment rate|调查失业率;全国城镇调查失业率|percent
UNEMPLOYMENT_REG|城镇登记失业率|Registered urban unemployment rate|登记失业率|percent
REEMPLOYMENT|下岗失业人员再就业|Re-employment of laid-off workers|下岗失业人员实现再就业;失业人员再就业;下岗职工再就业;再就业;失业人员再就业人数;城镇失业人员再就业;下岗失业人员再就业人数|person
HARD_TO_EMPLOY|就业困难人员就业|Jobs for people with employment difficulties|就业困难人员实现就业;困难人员就业;就业困难人员就业人数|person
RURAL_LABOUR_TRANSFER|农村劳动力转移就业|Rural labour moved to off-farm jobs|农村劳动力转移;转移农村劳动力;农村富余劳动力转移就业;农村劳动力转移就业总量;新增农村劳动力转移就业;农牧民转移就业|person
GRADUATES|高校毕业生|College graduates|高校毕业生人数;应届高校毕业生|person
VOCATIONAL_TRAINING|职业技能培训|Vocational skills training|补贴性职业技能培训;开展职业技能培训;职业培训|person_time;person
MIN_WAGE|最低工资标准|Minimum wage||money_per_person
AVG_WAGE|城镇非私营单位在岗职工平均工资|Average wage, urban non-private units|职工平均工资;在岗职工平均工资;平均工资;城镇单位就业人员平均工资;职工年平均工资;职工平均货币工资|money_per_person
WAGE_BILL|职工工资总额|Total wage bill|工资总额;全部职工工资总额;职工的工资总额|money
# income and consumption
INCOME_PC|全体居民人均可支配收入|Per-capita disposable income, all residents|居民人均可支配收入;人均可支配收入;全国居民人均可支配收入;全省居民人均可支配收入;全市居民人均可支配收入|money_per_person
INCOME_PC_URBAN|城镇居民人均可支配收入|Per-capita disposable income, urban residents|城镇常住居民人均可支配收入;城市居民人均可支配收入;城镇居民可支配收入;城镇居民家庭人均可支配收入;城镇居民人均可支配收入同口径|money_per_person
INCOME_PC_RURAL|农村居民人均可支配收入|Per-capita disposable income, rural residents|农村常住居民人均可支配收入;农民人均可支配收入;农村居民可支配收入|money_per_person
INCOME_PC_RURAL_NET|农村居民人均纯收入|Per-capita net income, rural residents|农民人均纯收入;农村人均纯收入;农民纯收入;农村居民家庭人均纯收入;农民的纯收入;农牧民人均纯收入|money_per_person
INCOME_PC_URBAN_LIVING|城镇居民人均生活费收入|Per-capita income available for living expenses, urban residents|城镇居民生活费收入|money_per_person
INCOME_RATIO|城乡居民人均可支配收入比|Urban-rural income ratio|城乡居民收入比;城乡收入比;城乡居民收入差距|ratio
INCOME_PC_MEDIAN|居民人均可支配收入中位数|Median per-capita disposable income|人均可支配收入中位数|money_per_person
CONSUMPTION_PC|全体居民人均消费支出|Per-capita consumption expenditure, all residents|居民人均消费支出;人均消费支出;全国居民人均消费支出|money_per_person
CONSUMPTION_PC_URBAN|城镇居民人均消费支出|Per-capita consumption expenditure, urban residents|城镇常住居民人均消费支出|money_per_person
CONSUMPTION_PC_RURAL|农村居民人均消费支出|Per-capita consumption expenditure, rural residents|农村常住居民人均消费支出;农村居民人均生活消费支出|money_per_person
ENGEL_COEFFICIENT|恩格尔系数|Engel coefficient|居民恩格尔系数|percent
ENGEL_URBAN|城镇居民恩格尔系数|Engel coefficient, urban residents||percent
ENGEL_RURAL|农村居民恩格尔系数|Engel coefficient, rural residents||percent
# agriculture
LAND_RECLAIMED|开垦荒地|Wasteland reclaimed for farming|垦荒地;开荒;垦荒|area
WHEAT_MIN_PRICE|小麦最低收购价|Minimum purchase price of wheat|小麦最低收购价格|money
RICE_MIN_PRICE|稻谷最低收购价|Minimum purchase price of rice|稻谷最低收购价格;水稻最低收购价|money
AGRI_OUTPUT|农林牧渔业总产值|Gross output of agriculture, forestry, animal husbandry and fishery|农业总产值;农林牧渔总产值;农业产值;农林牧渔业产值;农业生产总值;农业和农副业总产值|money
GRAIN_OUTPUT|粮食产量|Grain output|粮食总产量;粮食;全国粮食产量;粮食年产量|mass
GRAIN_AREA|粮食播种面积|Grain sown area|粮食作物播种面积;粮食种植面积;粮食作物种植面积;粮食|area
GRAIN_YIELD|粮食单产|Grain yield per unit area|粮食亩产;粮食每亩平均年产量;每亩生产粮食|mass_per_area
RICE|稻谷产量|Rice output|稻谷|mass
WHEAT|小麦产量|Wheat output|小麦|mass
CORN|玉米产量|Maize output|玉米|mass
SOYBEAN|大豆产量|Soybean output|大豆|mass
TUBERS|薯类产量|Tuber crop output|薯类|mass
COTTON|棉花产量|Cotton output|棉花;棉花总产量|mass
OILSEEDS|油料产量|Oilseed output|油料;油料总产量|mass
SUGAR_CROPS|糖料产量|Sugar crop output|糖料|mass
TEA|茶叶产量|Tea output|茶叶|mass
FRUIT|水果产量|Fruit output|水果;园林水果|mass
VEGETABLES|蔬菜产量|Vegetable output|蔬菜|mass
MEAT|肉类总产量|Meat output|肉类产量;猪牛羊禽肉产量;肉类|mass
MEAT_PBM|猪牛羊肉产量|Output of pork, beef and mutton|猪牛羊肉|mass
PORK|猪肉产量|Pork output|猪肉|mass
HOGS_SLAUGHTERED|生猪出栏|Hogs slaughtered|生猪出栏量;出栏生猪|count
HOGS_STOCK|生猪存栏|Hog inventory||count
AQUATIC|水产品产量|Aquatic product output|水产品总产量;水产品|mass
MILK|牛奶产量|Milk output|牛奶|mass
EGGS|禽蛋产量|Egg output|禽蛋|mass
HIGH_STANDARD_FARMLAND|高标准农田|High-standard farmland||area
HIGH_STANDARD_FARMLAND_NEW|高标准农田建设|High-standard farmland built or upgraded|新建高标准农田;建成高标准农田;新增高标准农田;改造提升高标准农田;建设高标准农田|area
FARMLAND|耕地保有量|Cultivated land retained|耕地面积;耕地;耕地红线|area
PERMANENT_FARMLAND|永久基本农田|Permanent basic farmland|永久基本农田保护面积|area
IRRIGATED_AREA|有效灌溉面积|Effectively irrigated area|灌溉面积;新增有效灌溉面积|area
FARM_MECHANISATION|农作物耕种收综合机械化率|Crop farming mechanisation rate|农业机械化率;主要农作物耕种收综合机械化率|percent
AGRI_TECH_CONTRIBUTION|农业科技进步贡献率|Contribution of technology to agriculture||percent
AGRI_PROCESSING|农产品加工业产值|Output of agro-processing|农产品加工产值;农产品加工业总产值|money
AGRI_PROCESSING_FIRMS|农产品加工企业|Agro-processing firms|规上农产品加工企业;规模以上农产品加工企业|count
FARM_COOPERATIVES|农民专业合作社|Farmer cooperatives|农民合作社|count
FAMILY_FARMS|家庭农场|Family farms||count
RURAL_COLLECTIVE_INCOME|村集体经济经营性收入|Operating income of village collectives|村级集体经济经营性收入;村集体经营性收入|money
RURAL_COLLECTIVE_TOTAL|村集体经济收入|Income of village collectives|村集体收入;村级集体经济收入|money
AFFORESTATION|造林面积|Afforestation area|植树造林;造林;完成造林;人工造林;营造林;国土绿化|area
COTTON_AREA|棉花播种面积|Cotton sown area|棉田面积;植棉面积;棉花种植面积;棉花面积;棉花|area
CROP_AREA|农作物播种面积|Sown area of crops|农作物播种总面积;农作物总播种面积|area
GRAIN_FOR_GREEN|退耕还林还草|Cropland returned to forest and grassland|退耕还林;退耕还林还草面积|area
WATER_SAVING_IRRIGATION|新增节水灌溉面积|New water-saving irrigated area|新增高效节水灌溉面积;发展节水灌溉面积|area
# energy and power
ENERGY_SAVED|节约标准煤|Energy saved (in standard coal)|节约能源;节能量|energy
SMALL_THERMAL_CLOSED|关停小火电机组|Small thermal power units closed|小火电机组;关停小火电|power
POWER_CAPACITY_NEW|新增发电装机容量|New generating capacity|新增发电装机;新增装机容量;新增电力装机|power
ENERGY_CONSUMPTION|能源消费总量|Total energy consumption|能源消费;综合能源消费量|energy
ENERGY_INTENSITY|单位地区生产总值能耗|Energy use per unit of GDP|单位GDP能耗;单位国内生产总值能耗;单位国内生产总值能源消耗;万元地区生产总值能耗;万元GDP能耗;能耗强度;单位地区生产总值能源消耗|energy_per_money
CARBON_INTENSITY|单位地区生产总值二氧化碳排放|CO2 per unit of GDP|单位国内生产总值二氧化碳排放;单位GDP二氧化碳排放;碳排放强度|mass_per_money
WATER_INTENSITY|万元地区生产总值用水量|Water use per unit of GDP|单位国内生产总值用水量;万元GDP用水量;单位地区生产总值用水量|volume_per_money
IND_WATER_INTENSITY|万元工业增加值用水量|Water use per unit of industry value added|单位工业增加值用水量|volume_per_money
ELECTRICITY_CONSUMPTION|全社会用电量|Electricity consumption|用电量;全社会用电|energy
POWER_CAPACITY|发电装机容量|Installed power capacity|电力装机容量;装机容量;发电装机;总装机;发电装机容量|power
RENEWABLE_CAPACITY|可再生能源装机|Renewable generation capacity|可再生能源装机容量;新能源装机;清洁能源装机;清洁能源发电装机|power
NON_FOSSIL_SHARE|非化石能源占能源消费总量比重|Non-fossil share of energy consumption|非化石能源消费比重;非化石能源占一次能源消费比重|percent
COAL_SHARE|煤炭占能源消费总量比重|Coal share of energy consumption|煤炭消费比重|percent
NEV_CHARGING|充电桩|EV charging points|新能源汽车充电桩;公共充电桩|count
# environment
WASTE_RECYCLING_RATE|生活垃圾回收利用率|Household waste recycling rate|城市生活垃圾回收利用率|percent
DRINKING_WATER_QUALITY|集中式饮用水水源地水质达标率|Share of centralised drinking-water sources meeting standards|城市集中式饮用水源地水质达标率;城市集中式饮用水水源地水质达标率;县级及以上城市集中式饮用水水源地水质达标率;饮用水源地水质达标率;集中式饮用水源地水质达标率|percent
PARK_GREEN_AREA|公园绿地面积|Park green space|城市建成区公园绿地面积;城市公园绿地面积|area
PM25|细颗粒物(PM2.5)平均浓度|Mean PM2.5 concentration|PM2.5浓度;PM2.5平均浓度;细颗粒物浓度;细颗粒物平均浓度;PM2.5;地级及以上城市细颗粒物浓度;地级及以上城市细颗粒物(PM2.5)浓度;地级及以上城市PM2.5浓度;重点城市PM2.5浓度|concentration
PM10|可吸入颗粒物(PM10)平均浓度|Mean PM10 concentration|PM10浓度;可吸入颗粒物浓度|concentration
AIR_QUALITY_DAYS|空气质量优良天数|Days of good air quality|优良天数;空气优良天数;环境空气质量优良天数;全年空气质量优良天数|time
AIR_QUALITY_RATIO|空气质量优良天数比率|Share of days with good air quality|空气质量优良率;优良天数比率;地级及以上城市空气质量优良天数比率;空气优良天数比例;空气质量优良天数比例|percent
COD|化学需氧量排放量|Chemical oxygen demand emissions|化学需氧量;化学需氧量排放;COD|mass
AMMONIA|氨氮排放量|Ammonia nitrogen emissions|氨氮;氨氮排放|mass
SO2|二氧化硫排放量|Sulphur dioxide emissions|二氧化硫;二氧化硫排放;二氧化硫排放总量|mass
NOX|氮氧化物排放量|Nitrogen oxides emissions|氮氧化物;氮氧化物排放|mass
MAIN_POLLUTANTS|主要污染物排放总量|Total emissions of major pollutants|主要污染物排放;主要污染物|mass
CO2_EMISSIONS|二氧化碳排放量|CO2 emissions|二氧化碳排放|mass
FOREST_COVER|森林覆盖率|Forest coverage||percent
FOREST_STOCK|森林蓄积量|Forest stock volume|森林蓄积|volume
GREEN_COVER|建成区绿化覆盖率|Green coverage of built-up areas|城市建成区绿化覆盖率;绿化覆盖率|percent
PARK_GREEN_PC|人均公园绿地面积|Park green space per capita|城市人均公园绿地面积|area_per_person
WATER_QUALITY|地表水优良水质断面比例|Share of surface water sections of good quality|地表水优良水体比例;地表水国控断面水质优良比例;地表水达到或好于Ⅲ类水体比例;优良水体比例;国控断面水质优良比例;水质达标率;地表水水质优良比例|percent
SEWAGE_TREATMENT|城市污水处理率|Urban sewage treatment rate|污水处理率;城镇污水处理率;生活污水处理率|percent
GARBAGE_TREATMENT|生活垃圾无害化处理率|Harmless treatment rate of household waste|城市生活垃圾无害化处理率;垃圾无害化处理率|percent
WETLAND|湿地保护率|Wetland protection rate||percent
FARMLAND_SAFE_USE|受污染耕地安全利用率|Safe use rate of polluted farmland|污染耕地安全利用率|percent
CONSTRUCTION_LAND_SAFE_USE|重点建设用地安全利用率|Safe use rate of key construction land|污染地块安全利用率|percent
SOIL_EROSION|水土流失治理面积|Soil erosion control area|治理水土流失面积;新增水土流失治理面积;水土流失综合治理面积;综合治理水土流失面积|area
DESERTIFICATION|防沙治沙|Desertification control area|治理沙化土地;沙化土地治理|area
# R&D and innovation
SRDI_GIANTS_NEW|新增专精特新“小巨人”企业|New specialised and innovative “little giant” firms|新增国家专精特新“小巨人”企业;新增国家级专精特新“小巨人”企业;新增“小巨人”企业;新增国家级“小巨人”企业|count
RD_EXPENDITURE|研究与试验发展经费支出|R&D expenditure|研发经费投入;研发投入;全社会研发投入;R&D经费支出;研发经费支出;全社会研发经费投入;研究与试验发展(R&D)经费支出;全社会研究与试验发展经费支出;全社会研究与实验发展经费;研究与实验发展经费|money
RD_INTENSITY|研发投入强度|R&D expenditure as share of GDP|研发投入占比;全社会研发投入占比;研发经费投入强度;R&D经费投入强度;研究与试验发展经费投入强度;全社会研发投入强度;研发经费支出占地区生产总值比重;研发经费投入占地区生产总值比重;研发投入占GDP比重;全社会研发经费投入强度;研究与试验发展经费支出占国内生产总值比重;全社会研究与实验发展经费占国内生产总值比重;研究与试验开发经费占地区生产总值比重;研究与试验发展经费占地区生产总值比重;研究与试验发展经费支出占地区生产总值比重|percent
BASIC_RESEARCH|基础研究经费|Basic research expenditure|基础研究投入;基础研究经费支出|money
PATENTS_INVENTION|发明专利授权量|Invention patents granted|发明专利授权;授权发明专利|count
PATENTS_GRANTED|专利授权量|Patents granted|专利授权;授权专利|count
PATENTS_PER_10K|每万人口发明专利拥有量|Invention patents per 10,000 people|万人发明专利拥有量;每万人发明专利拥有量|count_per_person
HV_PATENTS_PER_10K|每万人口高价值发明专利拥有量|High-value invention patents per 10,000 people|每万人口高价值发明专利;万人高价值发明专利拥有量;每万人高价值发明专利拥有量|count_per_person
TECH_CONTRACTS|技术合同成交额|Value of technology contracts|技术合同交易额;技术市场成交额;技术合同登记成交额;技术交易额|money
TECH_PROGRESS_CONTRIBUTION|科技进步贡献率|Contribution of technological progress||percent
HIGH_TECH_FIRMS|高新技术企业|High-tech enterprises|高企;国家高新技术企业;有效期内高新技术企业;国家级高新技术企业|count
HIGH_TECH_FIRMS_NEW|新增高新技术企业|New high-tech enterprises|新认定高新技术企业;新增国家高新技术企业;新增高企;新获批高新技术企业|count
TECH_SME|科技型企业|Technology-based enterprises|科技型中小企业;入库科技型中小企业;科技型中小企业评价入库;科企|count
TECH_SME_NEW|新增科技型企业|New technology-based enterprises|新增科技型中小企业;新培育科技型企业;新增科企|count
HIGH_GROWTH_TECH_FIRMS|高成长性科技企业|High-growth technology enterprises|高成长性科技型企业;高成长科技企业|count
SRDI_FIRMS|专精特新企业|Specialised and innovative SMEs|专精特新中小企业;“专精特新”企业;“专精特新”中小企业|count
SRDI_GIANTS|专精特新“小巨人”企业|Specialised and innovative “little giant” firms|国家级专精特新“小巨人”企业;专精特新“小巨人”;“小巨人”企业;小巨人企业;国家级“小巨人”企业;国家专精特新“小巨人”企业|count
SRDI_FIRMS_NEW|新增专精特新企业|New specialised and innovative SMEs|新培育“专精特新”企业;新增“专精特新”企业;新增专精特新中小企业;新培育专精特新企业|count
INNOVATION_PLATFORMS|研发平台|Research and innovation platforms|科技创新平台;创新平台|count
NEW_RD_INSTITUTES|新型研发机构|New-type R&D institutes||count
RD_INSTITUTION_COVERAGE|规上工业企业研发机构覆盖率|Share of industrial enterprises above designated size with R&D institutions|规模以上工业企业研发机构覆盖率;规上工业企业研发机构设置率|percent
KEY_LABS|重点实验室|Key laboratories||count
TECH_INCUBATORS|科技企业孵化器|Technology incubators|孵化器|count
TALENT|人才|Talent|人才总量;各类人才;人才资源总量|person
TALENT_INTRODUCED|引进人才|Talent recruited|新引进人才;引进高层次人才;引进各类人才|person
# enterprises and market
AGRI_PROCESSING_FIRMS_NEW|新增规上农产品加工企业|New agro-processing firms above designated size|新增规模以上农产品加工企业|count
TIER3A_HOSPITALS|三甲医院|Grade-3A hospitals|三级甲等医院|count
GREEN_FACTORIES_NATIONAL|国家级绿色工厂|National-level green factories|国家绿色工厂|count
FOREIGN_TRADE_FIRMS_NEW|新增进出口企业|New firms with foreign trade|新增外贸企业;新增有进出口实绩企业;新增有外贸实绩企业|count
VALID_INVENTION_PATENTS|有效发明专利|Valid invention patents|有效发明专利拥有量;国内有效发明专利拥有量;有效发明专利量|count
MARKET_ENTITIES|市场主体|Market entities|经营主体;市场主体总量;经营主体总量;各类市场主体;实有市场主体;登记在册经营主体|count
MARKET_ENTITIES_NEW|新增市场主体|New market entities|新增经营主体;新登记市场主体;新设立市场主体;新设市场主体;新登记经营主体;新设经营主体|count
ENTERPRISES|企业总数|Enterprises|实有企业;企业数量|count
ENTERPRISES_NEW|新登记企业|Newly registered enterprises|新增企业;新设立企业;新设企业;新登记注册企业|count
PRIVATE_FIRMS|民营企业|Private enterprises|私营企业;民营企业数量|count
INDIVIDUAL_BUSINESSES|个体工商户|Individual businesses||count
FIRMS_ABOVE_SIZE|规上企业|Enterprises above designated size|规模以上企业|count
FIRMS_ABOVE_SIZE_NEW|新增规上企业|New enterprises above designated size|新增规模以上企业;新升规企业;新增规上工业企业;新增规模以上工业企业|count
SERVICE_FIRMS_ABOVE_SIZE|规上服务业企业|Services enterprises above designated size|规模以上服务业企业|count
SERVICES_REVENUE|规上服务业营业收入|Operating revenue of services above designated size|规模以上服务业营业收入;规模以上服务业企业营业收入;规上服务业企业营业收入|money
FORTUNE500|世界500强企业|Fortune Global 500 enterprises|世界500强;世界五百强企业|count
CHAMPION_FIRMS|制造业单项冠军企业|Manufacturing single-champion firms|单项冠军企业;制造业单项冠军|count
GREEN_FACTORIES|绿色工厂|Green factories|绿色工厂数;创建绿色工厂|count
GREEN_FACTORIES_PROVINCIAL|省级绿色工厂|Provincial-level green factories|省级绿色工厂数|count
GREEN_FACTORIES_MUNICIPAL|市级绿色工厂|City-level green factories|市级绿色工厂数|count
SMART_FACTORIES|智能工厂|Smart factories and digital workshops|数字化车间;智能工厂和数字化车间|count
INDUSTRIAL_PARKS_OUTPUT|千亿级产业集群|Industrial clusters of over 100 billion yuan|千亿级产业集群数|count
BUSINESS_START_DAYS|企业开办时间|Days to start a business|开办企业时间|time
# education
ILLITERACY_ELIMINATED|扫除青壮年文盲|Young and middle-aged illiterates made literate|青壮年文盲|person
SPECIALISED_SECONDARY_STUDENTS|中等专业学校在校学生|Students of specialised secondary schools|中等专业学校学生;中专在校生|person
PUBLIC_KINDERGARTEN_COVERAGE|普惠性幼儿园覆盖率|Coverage of affordable (public-interest) kindergartens|普惠性幼儿园覆盖面;普惠性幼儿园在园幼儿占比|percent
STUDENTS_ENROLLED|各级各类学校在校生|Students enrolled in schools of all levels|各级各类学校在校学生|person
PRIMARY_STUDENTS|小学在校学生|Primary school pupils|小学生;小学学生;小学在校生|person
SECONDARY_STUDENTS|中等学校在校学生|Secondary school students|中等学校学生;中学生;中学在校学生|person
POSTGRADUATES|在校研究生|Postgraduate students|研究生在校生;在学研究生|person
HIGHER_ED_INSTITUTIONS|普通高等学校|Institutions of higher education|高等学校;高校|count
ILLITERACY|青壮年文盲率|Illiteracy rate among young and middle-aged adults||percent
SCHOOLS|学校|Schools|各级各类学校|count
KINDERGARTENS|幼儿园|Kindergartens||count
NEW_SCHOOL_PLACES|新增学位|New school places|新增中小学学位;新增公办学位|count
PRESCHOOL_ENROLMENT|学前教育毛入园率|Preschool gross enrolment rate|学前三年毛入园率;毛入园率|percent
NINE_YEAR_COMPLETION|九年义务教育巩固率|Nine-year compulsory education retention rate|义务教育巩固率|percent
HIGH_SCHOOL_ENROLMENT|高中阶段毛入学率|Upper secondary gross enrolment rate|高中阶段教育毛入学率|percent
HIGHER_ED_ENROLMENT|高等教育毛入学率|Higher education gross enrolment rate||percent
COLLEGE_ENROLMENT|普通高校招生|College admissions|普通高等学校招生;高校招生;普通本专科招生;普通高等学校招生人数;普通高校招生人数;高等学校招生;全日制高等学校招生|person
COLLEGE_STUDENTS|普通高校在校生|College students enrolled|普通高等学校在校学生;高校在校生;在校大学生;高等学校学生;高等学校在校学生;普通高等学校在校生|person
POSTGRADUATE_ENROLMENT|研究生招生|Postgraduate admissions|研究生教育招生;招收研究生;研究生招生人数|person
VOCATIONAL_ENROLMENT|中等职业教育招生|Secondary vocational admissions|中职招生|person
STUDENT_AID|学生资助|Student financial aid|资助学生|person_time
AVG_SCHOOLING|劳动年龄人口平均受教育年限|Average years of schooling of the working-age population||time
NEW_LABOUR_SCHOOLING|新增劳动力平均受教育年限|Average years of schooling of new entrants to the labour force||time
# health
MIN_LIVING_STANDARD|城乡低保标准|Subsistence allowance standard|最低生活保障标准;低保标准;城市低保标准;农村低保标准|money_per_person
HOSPITAL_BEDS|医疗卫生机构床位|Hospital beds|医院床位;医疗机构床位;卫生机构床位|count
BEDS_PER_1000|每千人口医疗卫生机构床位|Hospital beds per 1,000 people|每千人口床位数;每千常住人口床位数|count_per_person
DOCTORS|执业(助理)医师|Licensed doctors|执业医师;执业助理医师|person
HEALTH_WORKERS|卫生技术人员|Health technical personnel|卫生人员|person
DOCTORS_PER_1000|每千人口执业(助理)医师|Doctors per 1,000 people|每千人口执业医师数;每千人口执业(助理)医师数|count_per_person
HEALTH_INSTITUTIONS|医疗卫生机构|Health institutions|医疗机构;卫生机构|count
INFANT_MORTALITY|婴儿死亡率|Infant mortality rate||percent
UNDER5_MORTALITY|5岁以下儿童死亡率|Under-5 mortality rate|五岁以下儿童死亡率|percent
MATERNAL_MORTALITY|孕产妇死亡率|Maternal mortality ratio||ratio_per_100k
HEALTH_LITERACY|居民健康素养水平|Health literacy|健康素养水平|percent
MEDICAL_INSURANCE_ENROLLED|基本医疗保险参保人数|Persons covered by basic medical insurance|基本医疗保险参保;医疗保险参保人数;参加基本医疗保险|person
EMPLOYEE_MEDICAL_INSURANCE_ENROLLED|城镇职工基本医疗保险参保人数|Persons covered by employees' basic medical insurance|职工基本医疗保险参保人数;城镇职工医保参保人数;参加城镇职工基本医疗保险|person
MEDICAL_INSURANCE_COVERAGE|基本医疗保险参保率|Basic medical insurance coverage|医保参保率;基本医保参保率|percent
PENSION_ENROLLED|基本养老保险参保人数|Persons covered by basic pension insurance|基本养老保险参保;养老保险参保人数;参加基本养老保险;城乡居民基本养老保险参保人数|person
PENSION_COVERAGE|基本养老保险参保率|Basic pension insurance coverage|养老保险参保率|percent
PENSION_BENEFIT|基本养老金|Basic pension of retirees|退休人员基本养老金;企业退休人员基本养老金;企业和机关事业单位退休人员基本养老金|money_per_person
RESIDENT_PENSION_MIN|城乡居民基础养老金最低标准|Minimum basic pension for urban and rural residents|基础养老金最低标准;城乡居民基础养老金;居民基础养老金最低标准|money_per_person
UNEMPLOYMENT_INSURANCE|失业保险参保人数|Persons covered by unemployment insurance|失业保险参保|person
WORK_INJURY_INSURANCE|工伤保险参保人数|Persons covered by work-injury insurance|工伤保险参保|person
MEDICAL_SUBSIDY|居民医保人均财政补助标准|Per-capita fiscal subsidy for resident medical insurance|城乡居民医保人均财政补助标准;居民医保财政补助标准;城乡居民基本医疗保险人均财政补助标准;居民医保人均财政补助;城乡居民医保财政补助标准;居民基本医保人均财政补助标准;城乡居民基本医保人均财政补助标准|money_per_person
PUBLIC_HEALTH_SUBSIDY|基本公共卫生服务经费人均财政补助标准|Per-capita subsidy for basic public health services|人均基本公共卫生服务经费补助标准;基本公共卫生服务经费人均补助标准;基本公共卫生服务人均财政补助标准;人均基本公共卫生服务经费标准;人均基本公共卫生服务经费财政补助标准|money_per_person
ELDERLY_CARE_BEDS|养老床位|Elderly-care beds|养老机构床位;护理型床位;新增护理型床位;养老服务床位|count
BARRIER_FREE_HOMES|残疾人家庭无障碍改造|Accessibility renovation of homes of disabled people|困难重度残疾人家庭无障碍改造;残疾人家庭无障碍设施改造|count
ELDERLY_HOME_ADAPTATION|特殊困难老年人家庭适老化改造|Age-friendly renovation of homes of elderly people in difficulty|困难老年人家庭适老化改造;特殊困难老年人家庭适老化改造户数;老年人家庭适老化改造|count
DISABLED_EMPLOYMENT_NEW|新增残疾人就业|Newly employed disabled people|城乡新增残疾人就业;新增残疾人就业人数|person
MINIMUM_LIVING|最低生活保障对象|Recipients of subsistence allowances|城乡低保对象;低保对象;城乡最低生活保障对象|person
# culture and tourism
OUTBOUND_TOURISTS|出境旅游人次|Outbound tourist trips|出境旅游人数;出境游客|person_time
TOURISM_REVENUE|旅游收入|Tourism revenue|旅游综合收入;旅游总收入;旅游业总收入;实现旅游综合收入;旅游业收入|money
DOMESTIC_TOURISM_REVENUE|国内旅游收入|Domestic tourism revenue|国内旅游总收入|money
TOURISTS|接待游客|Tourist arrivals|游客接待量;接待游客人次;旅游人次;接待国内外游客;接待游客总人次;接待旅游人次;游客;旅游接待人次;游客接待人数|person_time
DOMESTIC_TOURISTS|国内旅游人次|Domestic tourist trips|国内游客;国内旅游人数|person_time
INBOUND_TOURISTS|入境游客|Inbound tourists|接待入境游客;入境旅游人数;入境过夜游客|person_time
FOREX_TOURISM|国际旅游外汇收入|International tourism receipts|旅游外汇收入|money
A_LEVEL_SCENIC|A级景区|A-grade scenic spots|A级旅游景区;国家A级旅游景区|count
CULTURAL_INDUSTRY_VA|文化产业增加值|Value added of cultural industries|文化及相关产业增加值|money
CULTURAL_PERFORMANCES|惠民演出|Cultural performances for the public|文化惠民演出;送文化下乡演出|count
PUBLIC_LIBRARIES|公共图书馆|Public libraries||count
MUSEUMS|博物馆|Museums||count
FILM_BOX_OFFICE|电影票房|Box office|电影总票房|money
SPORTS_VENUE_PC|人均体育场地面积|Sports venue area per capita||area_per_person
# transport
RAIL_FREIGHT|铁路货运量|Railway freight volume|铁路货物运输量;铁路货物发送量;铁路货运发送量|mass
RAIL_FREIGHT_TURNOVER|铁路货物周转量|Railway freight turnover|铁路货运周转量|transport_work
ROAD_FREIGHT_TURNOVER|公路货物周转量|Road freight turnover|公路货运周转量;公路汽车货物周转量|transport_work
PASSENGER_TURNOVER|旅客周转量|Passenger turnover|旅客运输周转量|transport_work
POSTAL_ROUTES|邮路总长度|Length of postal routes|邮路长度|length
FREIGHT|货物运输量|Freight volume|货运量;全社会货运量;货物运输总量|mass
FREIGHT_TURNOVER|货物运输周转量|Freight turnover|货运周转量|transport_work
PASSENGERS|旅客运输量|Passenger volume|客运量;全社会客运量;旅客运输总量|person_time
PORT_THROUGHPUT|港口货物吞吐量|Port cargo throughput|港口吞吐量;沿海港口货物吞吐量|mass
CONTAINER_THROUGHPUT|集装箱吞吐量|Container throughput|港口集装箱吞吐量|count
AIR_PASSENGERS|机场旅客吞吐量|Airport passenger throughput|旅客吞吐量;航空旅客吞吐量|person_time
RAILWAY_LENGTH|铁路营业里程|Railway in operation|铁路里程;铁路运营里程|length
RAILWAY_NEW|新建铁路|New railway lines|铁路新线投产里程;新增铁路营业里程;新线铁路;建成铁路;铁路新线;新建铁路新线;新建铁路铺轨;铁路铺轨|length
HIGH_SPEED_RAIL|高速铁路营业里程|High-speed railway in operation|高速铁路运营里程;高铁运营里程;高铁营业里程;高速铁路;高铁里程;高铁|length
EXPRESSWAY_LENGTH|高速公路通车里程|Expressways in operation|高速公路里程;高速公路;高速公路总里程|length
EXPRESSWAY_NEW|新建高速公路|New expressways|新增高速公路;新建成高速公路;建成高速公路;新增高速公路通车里程|length
ROAD_LENGTH|公路通车里程|Roads in operation|公路总里程;公路里程|length
ROAD_NEW|新建公路|New roads|新建改建公路;新改建公路;新增公路通车里程;新增公路|length
RURAL_ROADS|农村公路|Rural roads|农村公路里程;农村公路总里程|length
RURAL_ROADS_NEW|新建改建农村公路|Rural roads built or rebuilt|新改建农村公路;改造农村公路;新建农村公路;改造提升农村公路|length
GAS_PIPELINES_NEW|新建燃气管网|Gas pipelines laid|新铺设天然气管线;新建天然气管网;新建天然气管道;新建燃气管道;新铺设燃气管道;新增天然气管道;新建天然气管线|length
OLD_PIPES_RENEWAL|老旧管网改造|Renewal of old municipal pipelines|供水管网老旧改造;老旧管网更新改造;改造老旧管网;城市老旧管网改造;老旧燃气管网改造;改造老旧燃气管网;管网更新改造;更新改造管网|length
LAND_ACQUISITION|征地拆迁|Land acquisition and demolition|土地征迁;征地拆迁面积|area
LAND_SUPPLY|国有建设用地供应|Supply of state-owned construction land|供应土地;国有建设用地供应面积;供应国有建设用地;土地供应|area
URBAN_RAIL|城市轨道交通运营里程|Urban rail transit in operation|轨道交通运营里程;城市轨道交通;轨道交通;城轨运营里程;轨道交通里程|length
CIVIL_AVIATION|民航航线里程|Civil aviation route length|民航航线|length
CHINA_EUROPE_TRAINS|中欧班列|China-Europe freight trains|中欧班列开行;开行中欧班列|count
INLAND_WATERWAY|内河航道里程|Inland waterways|高等级航道|length
VEHICLES|民用汽车保有量|Civilian motor vehicles|汽车保有量;机动车保有量|count
# housing and construction
HOUSING_SALES_AREA|商品房销售面积|Floor space of commercial housing sold|商品住宅销售面积;商品房销售|area
HOUSING_SALES_VALUE|商品房销售额|Sales of commercial housing|商品住宅销售额|money
HOUSING_STARTS|房屋新开工面积|Floor space of buildings started|新开工面积;商品房新开工面积|area
HOUSING_COMPLETED|房屋竣工面积|Floor space of buildings completed|竣工面积;商品房竣工面积|area
RURAL_HOUSING_BUILT|农村新建住房|Floor space of new rural housing|农村新建住宅;农民新建住房|area
SHANTY_TOWN|棚户区改造|Shanty-town renovation|棚户区住房改造;城镇棚户区改造;改造棚户区;棚改;城市棚户区改造;棚户区改造住房;城镇棚户区住房改造;各类棚户区改造|count;area
OLD_COMMUNITIES|城镇老旧小区改造|Renovation of old urban residential communities|老旧小区改造;改造老旧小区;改造城镇老旧小区;老旧小区;新开工改造城镇老旧小区;新开工老旧小区改造;新开工改造老旧小区|count;area
AFFORDABLE_HOUSING|保障性住房|Government-subsidised housing|保障性安居工程;保障房;城镇保障性安居工程;保障性安居工程住房|count;area
AFFORDABLE_RENTAL|保障性租赁住房|Government-subsidised rental housing|筹集保障性租赁住房;筹建保障性租赁住房|count
RURAL_DILAPIDATED_HOUSING|农村危房改造|Renovation of dilapidated rural housing|农村危房;改造农村危房;危房改造|count;area
URBAN_HOUSING_PC|城镇居民人均住房建筑面积|Per-capita housing floor space, urban residents|城镇人均住房面积;城镇居民人均住房面积;城市人均住房建筑面积|area_per_person
RURAL_HOUSING_PC|农村居民人均住房面积|Per-capita housing floor space, rural residents|农村人均住房面积;农村居民人均居住面积|area_per_person
CONSTRUCTION_OUTPUT|建筑业总产值|Gross output of construction|建筑业产值|money
BUILT_UP_AREA|建成区面积|Built-up area|城市建成区面积;城市建成区|area
# poverty alleviation and rural
POOR_POPULATION|农村贫困人口|Rural poor population|贫困人口;建档立卡贫困人口;现行标准下农村贫困人口|person
POVERTY_EXIT|农村贫困人口脱贫|People lifted out of rural poverty|贫困人口脱贫;脱贫人口;脱贫;减少农村贫困人口;农村贫困人口减少;贫困人口减少;减少贫困人口|person
POVERTY_RATE|贫困发生率|Poverty incidence|农村贫困发生率|percent
POOR_COUNTIES|贫困县|Poor counties|贫困县摘帽;国家扶贫开发工作重点县;贫困县退出;贫困县脱贫摘帽|count
POOR_VILLAGES|贫困村|Poor villages|贫困村退出;贫困村出列|count
RELOCATION|易地扶贫搬迁|Poverty relocation|易地扶贫搬迁人口;易地搬迁;异地扶贫搬迁|person
POVERTY_FUND|财政专项扶贫资金|Fiscal poverty-alleviation funds|中央财政专项扶贫资金;专项扶贫资金;扶贫资金;中央财政衔接推进乡村振兴补助资金;衔接资金|money
POVERTY_INCOME_PC|脱贫人口人均纯收入|Per-capita net income of people lifted out of poverty|脱贫人口人均收入;脱贫户人均纯收入;贫困地区农村居民人均可支配收入;脱贫县农村居民人均可支配收入|money_per_person
RURAL_WATER|农村自来水普及率|Rural tap water coverage|农村集中供水率|percent
RURAL_SANITATION|农村卫生厕所普及率|Rural sanitary toilet coverage|农村卫生厕所|percent
RURAL_DRINKING_WATER|农村饮水安全|Safe drinking water for rural people|农村人口饮水安全问题;农村人口饮水安全;解决农村饮水安全问题;农村饮水安全人口;解决饮水困难|person
# digital and communications
OPTICAL_CABLE|光缆线路长度|Length of optical cable lines|光缆线路总长度|length
BASE_STATIONS_5G|5G基站|5G base stations|5G基站数;新建5G基站;累计建成5G基站|count
BROADBAND_USERS|固定宽带用户|Fixed broadband subscribers|宽带用户;互联网宽带接入用户|count
INTERNET_USERS|网民|Internet users|网民规模;互联网用户|person
TELECOM_REVENUE|电信业务收入|Telecommunication revenue|电信业务总量|money
POSTAL_REVENUE|邮政业务总量|Postal business volume|邮政业务收入|money
CLOUD_FIRMS|上云企业|Enterprises on the cloud|企业上云;新增上云企业|count
# governance and safety (as in work reports)
CPPCC_PROPOSALS|办理政协提案|CPPCC members' proposals handled|政协提案;办理政协委员提案|count
CRIMINAL_CASES|刑事案件|Criminal cases|刑事案件发案数;刑事案件立案数;刑事警情|count
DEPUTY_SUGGESTIONS|办理人大代表建议|NPC deputies' suggestions handled|人大代表建议;办理全国人大代表建议|count
ADMIN_COURT_APPEARANCE|行政机关负责人出庭应诉率|Rate of heads of administrative organs appearing in court|行政机关负责人出庭率|percent
ADMIN_REGULATIONS|行政法规|Administrative regulations|制定修订行政法规;制定行政法规;修订行政法规|count
LAW_BILLS|法律议案|Bills submitted to the NPC Standing Committee|提请全国人大常委会审议法律议案;全国人大常委会审议法律议案|count
ADMIN_APPROVALS_CUT|取消和下放行政审批事项|Administrative approval items abolished or delegated|取消和下放国务院部门行政审批事项;取消下放行政审批事项|count
PRODUCTION_SAFETY_DEATHS|生产安全事故死亡人数|Deaths in work-safety accidents|安全生产事故死亡人数|person
ROAD_ACCIDENT_DEATHS|道路交通事故死亡人数|Road traffic deaths||person
GOVERNMENT_SERVICES_ONLINE|政务服务事项网上可办率|Share of government services available online|网上可办率;政务服务事项网上办理率;政务服务网上可办率;全程网办率|percent
`
