/**
 * Genre cues, as data: each genre lists the words its title or opening lines carry. The
 * first genre whose cues hold wins, so the order goes from the most specific document
 * (a resolution about a work report) to the most general (news).
 *
 * - `title`: cues looked for in the title and the first lines (the head, ~600 characters);
 * - `heading`: cues looked for in the title alone (a news story may quote a policy's name);
 * - `body`: cues looked for in the first ~4000 characters;
 * - `all`: every one of these must also hold in the first ~4000 characters.
 */
import type { Genre } from "@govstat/schema"

export interface GenreCue {
  readonly genre: Genre
  readonly title?: RegExp
  readonly heading?: RegExp
  readonly body?: RegExp
  readonly all?: ReadonlyArray<RegExp>
}

export const GENRE_CUES: ReadonlyArray<GenreCue> = [
  // 第十四届全国人民代表大会第三次会议关于政府工作报告的决议: about a report, not one. A title line, not a
  // sentence that cites one (…市八届人大四次会议关于政府工作的决议,坚持… in a 1987 report).
  { genre: "resolution", title: /^[^。，,\n]{0,60}关于[^。，,\n]{0,30}的决议[^。，,\n]{0,20}$|^[^。\n]{0,60}决议\s*$/m },
  { genre: "resolution", body: /^[^。\n]{0,80}(?:听取和审议了|听取并审议了|听取了)[^。]{0,40}所作的\s*\n?\s*政府工作报告/ },
  // Not a release of the months so far (2024年1-5月全县财政预算执行情况): that dates its figures by its months.
  // 巫溪县2022年预算执行及2023年预算公开的说明: the year's execution and the next year's budget, as published.
  { genre: "budget_report", title: /预算执行情况[^。]{0,20}预算草案|预算执行(?:情况)?[及和][^。，,\n]{0,10}预算公开|预算草案的报告|决算[^。]{0,10}预算的报告|(?<!(?:\d\s*月份?|季度|半年)[^。\n]{0,8})财政预算执行情况/ },
  // 关于大冶市2023年财政决算和2024年上半年预算执行情况的报告, 2023年天等县决算(草案)的报告: final accounts.
  { genre: "budget_report", title: /决算[^。\n]{0,24}预算执行情况的报告|决算\s*[(（]?草案[)）]?\s*的报告/ },
  // 宝安区2023年财政综合预算第一次调整方案, 关于…2023年财政预算调整方案(第一次)的报告, 2023年政府决算公开,
  // 2023年泉港区财政收支决算草案: a budget's adjustment or its final accounts, as a title line.
  { genre: "budget_report", title: /^[^。，,\n]{0,60}(?:预算[^。，,\n]{0,12}调整(?:方案|的报告|报告)|决算(?:草案)?\s*的?\s*报\s*告|政府决算(?:公开)?|财政收支决算(?:草案)?)[^。，,\n]{0,30}$/m },
  { genre: "plan_report", title: /国民经济和社会发展计划(?:执行情况|草案)|计划执行情况[^。]{0,30}计划(?:草案)?的报告/ },
  // Its title or a header line, not a story's sentence (国家统计局发布2023年国民经济和社会发展统计公报(以下简称公报)。).
  { genre: "statistical_communique", title: /^[^。，,\n]{0,60}统计公报[^。，,\n]{0,30}$/m },
  // A communiqué mirrored without its title: its first part is 一、综合 and it speaks of the whole year.
  { genre: "statistical_communique", all: [/^\s*一\s*、\s*综\s*合\s*$/m, /全年/] },
  // The title or a short header line, not a story's sentence (…在人大开幕式作政府工作报告时公布, 翻开政府工作报告,…).
  // Not a story's line that someone delivers it, nor a photo's caption (邓辉作政府工作报告 张宝杉 摄).
  { genre: "work_report", title: /^(?![^\n]*(?:[摄攝]\s*$))[^。，,\n]{0,40}(?<!作)政\s*府\s*工\s*作\s*报\s*告[^。，,\n]{0,40}$/m },
  // …also in a traditional-script mirror (我代表國務院), and after a sentence on the government's term (本屆政府…結束。我代表…).
  { genre: "work_report", body: /各位代表[^。]{0,80}(?:。[^。]{0,40})?我(?:受[^。]{0,10}委[托託][^。]{0,6})?代表[^。]{0,20}(?:国务院|國務院|人民政府|政府)/ },
  { genre: "work_report", body: /^\s*各位代表[:：!！,，]/ },
  // An excerpt that starts at the report's first part: 一、2024年工作回顾.
  { genre: "work_report", title: /(?:^|\n)\s*一、\s*(?:(?:19|20)\d{2}年|过去[一五]年|去年)工作回顾/ },
  { genre: "meeting_digest", body: /发言摘登|交流发言/ },
  { genre: "press_conference", all: [/新闻发布会|记者招待会|新闻通气会/, /记者/, /提问|问[:：]/] },
  { genre: "press_conference", title: /新闻(?:发布|通报|通气)会|记者招待会|新闻办[^。\n]{0,8}(?:举行|召开)[^。\n]{0,12}发布会/ },
  // 国家统计局发言人就一季度经济运行情况答记者问(实录): a spokesman's Q&A, as a title line.
  { genre: "press_conference", title: /^[^。，,\n]{0,60}(?:答记者问|问答实录)[^。，,\n]{0,20}$/m },
  // Before the releases: 区长在全区第一季度经济运行分析会上的讲话 names a period's economy, but is a speech.
  { genre: "speech", heading: /在[^。\n]{2,50}(?:会议|大会|会|论坛|仪式)上的(?:讲话|致辞|发言)|讲话$/ },
  {
    genre: "statistical_release",
    title: /(?:一季度|上半年|前三季度|\d{1,2}\s*[-—–~至]\s*\d{1,2}月|[一二三四]季度|全年)[^。\n]{0,16}(?:经济运行|经济形势|主要经济指标|统计数据)|(?:经济运行|经济形势)[^。\n]{0,6}(?:情况|简析|分析)/
  },
  // 1-8月,该县工业总产值完成10.58亿元,同比增长134.7%: a period's figures up front.
  {
    genre: "statistical_release",
    all: [
      /^[\s\S]{0,400}?(?:一季度|上半年|前三季度|(?<![0-9])\d{1,2}\s*[-—–~至]\s*\d{1,2}月)[^。]{0,40}(?:地区生产总值|工业总产值|工业增加值|规上工业|规模以上工业|固定资产投资|社会消费品零售总额)/,
      /^[\s\S]{0,600}?同比(?:增长|下降|增加|减少)/
    ]
  },
  // 今年上半年,西宁市…经济运行整体回升向好…增长13.1%: a period's economy reported up front.
  {
    genre: "statistical_release",
    all: [
      /^[\s\S]{0,300}?(?:一季度|上半年|前三季度|(?<![0-9])\d{1,2}\s*[-—–~至]\s*\d{1,2}月)[^。]{0,160}经济运行/,
      /^[\s\S]{0,800}?(?:同比)?(?:增长|下降)\d/
    ]
  },
  // …or under a motto title, as its subtitle line (凝心聚力 奋勇争先 / ——在全县经济工作会议上的讲话).
  { genre: "speech", title: /^\s*[—–－-]{1,2}\s*在[^。\n]{2,50}(?:会议|大会|会|论坛|仪式)上的(?:讲话|致辞|发言)\s*$/m },
  // A speech mirrored without its title opens on its audience (同志们、朋友们:, 各位领导、同志们:, 亲爱的同志们!),
  // also under a title, speaker and date line.
  { genre: "speech", body: /^(?:[^\n]{0,60}\n){0,5}\s*(?:(?:尊敬的)?各位领导[、，,]\s*)?(?:亲爱的)?同志们(?:[、，,]\s*朋友们)?\s*[:：!！]/ },
  // …or to a council or congress in the early 1950s: 主席、各位委员:, 各位代表同志们: (各位代表: alone opens a work report, above).
  { genre: "speech", body: /^\s*(?:主席[、，,]\s*各位委员|各位委员|各位代表同志们)\s*[:：!！]/ },
  // A 1951 provincial leader's address opens on his greeting: 现在全省人民都快乐的过着…春节,我谨向大家祝贺。
  { genre: "speech", body: /^[^“”"。\n]{0,120}[,，。]\s*我谨(?:代表[^。]{0,30})?向(?:大家|你们|全[省市县区]|各位|同志们)[^。]{0,30}(?:祝贺|致以|问候|致敬)/ },
  {
    genre: "policy_notice",
    // …and a notice or a reply that is the document itself (关于综合改革相关工作的紧急通知, 湖南省人民政府关于同意…的批复).
    heading: /关于印发[^。\n]{2,60}的通知|关于[^。\n]{2,60}的(?:紧急)?(?:通知|批复)$|若干(?:措施|意见|政策|规定)|政策解读|实施(?:意见|办法|细则|方案)|(?:奖励|管理|扶持|补助|补贴|支持)办法|的(?:指导|实施)?意见$/
  },
  // 现将《…若干政策》印发给你们, 《…》已经区政府同意,现印发给你们: the notice that issues it, reprinted whole
  // (also under a story's lead: 日前,…印发…的通知。文件指出,…).
  { genre: "policy_notice", body: /现(?:将[^。\n]{2,80})?印发给你们/ },
  // 近日,浙江省人民政府印发《关于下达2025年…计划的通知》。《通知》明确…: a story relaying a policy's content
  // from its opening (its figures are the policy's stipulations).
  {
    genre: "policy_notice",
    all: [/^[\s\S]{0,300}?印发[^。\n]{0,40}(?:《[^》\n]{4,60}》|的通知)/, /(?:《(?:通知|意见|方案|措施|规划|计划|办法)》|文件)(?:明确|提出|提到|指出|要求)/]
  },
  { genre: "policy_notice", body: /现(?:提出|就)[^。]{0,20}(?:以下|如下)意见|现就[^。]{0,40}通知如下|现将[^。]{0,30}(?:公告|通知|印发)如下|制定本(?:实施)?(?:办法|措施|方案|细则|规定)|(?:提出|制定)[^。]{0,12}(?:实施方案|实施意见|实施办法)如下|本(?:实施)?(?:办法|措施|细则|规定)自[^。]{0,10}(?:起施行|起执行)/ },
  { genre: "work_plan", all: [/索引号/, /工作(?:情况|总结)/, /工作(?:打算|计划|安排|思路)/] },
  { genre: "work_plan", title: /工作(?:打算|计划|安排|要点|方案)/ },
  // A wire dateline: (中央社台北23日电), 中新网 重庆10月22日电.
  { genre: "news", body: /本报讯|记者[^。]{0,8}获悉|[（(]记者[^)）]{1,20}[)）]|新华社|^[^。\n]{0,30}网讯|^[^。\n]{0,30}?(?:社|网|报)\s*[^\s，。,()（）]{0,8}?\d{1,2}日电/m },
  // A dated lead (2023年5月25日,… / 3月18日,…) or a byline (齐鲁晚报网·2025-07-29).
  // …also after an outlet's bracketed tag (【化工仪器网 政策法规】2023年12月26日,…).
  { genre: "news", body: /^(?:[^\n]{0,60}\n){0,4}\s*(?:【[^】\n]{1,20}】\s*)?(?:(?:19|20)\d{2}年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚间?)?[,，]|^(?:[^\n]{0,60}\n){0,4}[^\n]{0,12}[网报][\s·•|]*(?:19|20)\d{2}-\d{2}-\d{2}/ },
  // A day named without its month, as a story dates by its dateline's month (雄安新区28日在启动区举行…,
  // 从26日至28日三天,福建省各地将集中开工…).
  { genre: "news", body: /^[^。\n]{0,60}?(?<![月\d０-９])[0-9０-９]{1,2}日(?:上午|下午|晚间?)?(?:在|举行|召开|发布|表示|公布|宣布|对外|至|到|起)/ },
  { genre: "news", all: [/来源\s*[:：]/, /日期\s*[:：]|\d{4}-\d{2}-\d{2}|发布时间|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*\d{1,2}:\d{2}/] },
  // A page's time stamp alone on a line under the headline (广州市发布该市“十四五”规划纲要… / 2021-05-19 18:00:17).
  { genre: "news", body: /^(?:[^\n]{0,60}\n){1,3}\s*(?:19|20)\d{2}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2}(?::\d{2})?\s*\n/ }
]
