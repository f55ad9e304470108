/**
 * The methodology published with every report (frozen into each version, so a later wording
 * change never rewrites what a published version said). Keep in step with compute/report.ts.
 */
export const methodology = {
  zh: [
    '统计口径：本报告依据上海社会工作人才供需平台的岗位、求职申请和人才信息库记录，按各记录的状态变更历史计算统计期内（上海时间）当时的情况，不以报告生成时的现状代替历史状态。',
    '需求人数（D）：统计期内任一时点处于开放招聘状态的岗位的招聘人数之和。求职人数（S）：统计期内任一时点表示“正在求职”或有进行中申请的不同人员数。求人倍率 R = D ÷ S，保留两位小数。',
    '新增岗位：首次发布在统计期内的岗位数；新增求职者：首次求职（首次表示求职或首次申请）在统计期内的人数；期末空缺：期末仍开放岗位的招聘人数减去已录用人数；录用率 = 期内录用人数 ÷ 期末在岗社会工作者人数；空缺率 = 期末空缺 ÷（在岗人数 + 期末空缺）。',
    '发布至录用天数：期内每次录用距岗位首次发布的天数，取中位数与平均数。薪酬分位数：期内开放岗位月薪区间中值的 P10、P25、P50、P75、P90（线性插值，同 Excel PERCENTILE.INC），并与岗位所需证书等级对应的当年薪酬指导价比较。',
    '分组表：按服务领域、区、街道/镇、岗位证书要求、求职者持证等级、学历、人才类别、机构类型和求职者年龄段分组，“无要求”单列，末行为合计（即全市需求人数或求职人数）。占比、环比和同比按表所描述的一方计算：同时列出需求和求职的表中为需求一方（列名“需求占比”“需求环比”“需求同比”），仅列求职的表中为求职一方。紧缺排名：按服务领域 × 区的求人倍率由高到低排列。',
    '派生数值的算法：占比 = 该行人数 ÷ 合计 × 100，保留一位小数；求人倍率 = D ÷ S，保留两位小数；环比 =（本期 − 上期）÷ 上期 × 100，同比 =（本期 − 上年同期）÷ 上年同期 × 100，保留一位小数，均以未经舍入的数值计算（人数本为整数；求人倍率、录用率、空缺率、占比、分位数和天数的环比、同比按未舍入的值计算，因此可能与按已公布的舍入值重算的结果略有差异）；基期为 0（或舍入后为 0）时不计算。上期和上年同期的数值与该期单独公布时相同（含其披露控制）。',
    '披露控制：少于 5 人的单元格不予公布（一次隐藏，标为“<5”，而非 0），由其计算的数值一并不公布；求职人数少于 20 的单元格不公布求人倍率；样本少于 5 的分位数与天数不公布。',
    '二次隐藏（标为“x”）：各表的合计相同（均为全市需求人数或求职人数），紧缺排名的单元格之和即各服务领域、各区的需求人数，读者可由已公布的数字相减推算被隐藏的单元格。为此，在一次隐藏之后再隐藏尽量少的其他单元格，使任何一个“<5”单元格都无法由已公布的行、列、合计或共享合计的其他表推算出来，也无法被缩小到比“1 至 4 人”更窄的范围（保护区间：读者据全部公布数字所能推出的范围必须仍包含 1 至 4）。选取规则（确定性，相同数据得到相同结果）：在暴露该单元格的那一行或列中，选取足以提供保护（至少 8 人）的最小非零单元格，合计仅在行内无可选单元格时隐藏；由被隐藏单元格计算的占比、求人倍率、环比和同比一并标为“x”。若某一方的合计被隐藏，各表中这一方的分组数一律标为“x”。紧缺排名中被隐藏的单元格不列出。上期、上年同期各按其本身的隐藏结果参与环比、同比计算。',
    '数据时点：以报告所载“数据截至”时间的平台记录为准。标注“初步”的报告可能修订；修订版本另行发布并附修订说明，此前版本仍可查阅。',
  ].join('\n\n'),
  en: [
    'Basis: positions, applications and talent records on the Shanghai social-work talent platform, each read from its status history as it stood during the period (Shanghai time) — never from today’s state.',
    'Demand (D): the headcount of positions open at any time in the period. Supply (S): distinct people open to work or with an active application at any time in the period. Ratio R = D ÷ S, two decimals.',
    'New postings: positions first published in the period; new job seekers: people whose seeking first began in the period; openings at period end: headcount of positions still open at the end less hires; hires rate = hires ÷ social workers employed at the end; openings rate = openings ÷ (employed + openings).',
    'Days to hire: for each hire in the period, days since the position was first published (median and mean). Salary percentiles: P10, P25, P50, P75 and P90 of the midpoints of open positions’ monthly salary ranges (linear interpolation, as Excel PERCENTILE.INC), compared with the year’s salary guidance for the certificate level each position requires.',
    'Tables by service domain, district, street vs town, certificate required and held, education, talent category, organisation type and age band of seekers, with a “no requirement” row and a total row (the city’s D or S). Share, change on the previous period (环比) and on the same period a year before (同比) are of the side the table describes: demand in tables that show both demand and supply (headed “Demand share”, “Demand MoM”, “Demand YoY”), supply in supply-only tables. Shortage ranking: domain × district cells by R, highest first.',
    'How derived figures are computed: share = the row ÷ the total × 100, one decimal; R = D ÷ S, two decimals; 环比 = (this period − previous) ÷ previous × 100 and 同比 = (this period − a year before) ÷ a year before × 100, one decimal, always from unrounded values (counts are whole numbers anyway; the changes of R, rates, shares, percentiles and days use their unrounded values, so they may differ slightly from a change worked out from the rounded published figures); none where the base is 0 or rounds to 0. The previous and year-ago figures are those the period publishes on its own, with its own disclosure control.',
    'Disclosure control: cells of fewer than 5 people are suppressed (primary suppression, shown as “<5”, never as 0), as is anything computed from them; R is not shown where S is under 20; percentiles and days with fewer than 5 observations are not shown.',
    'Secondary suppression (shown as “x”): every table’s total is the same city-wide D or S, and the shortage cells add up to each domain’s and district’s demand, so a “<5” cell could be worked out by subtraction. After primary suppression, as few other cells as possible are hidden so that no “<5” cell can be derived from any published row, column, total or other table sharing a total, nor narrowed to less than “1 to 4” (protection interval: the range a reader can derive from everything published must still contain 1 to 4). Rule (deterministic — the same data give the same pattern): in the row or column that exposes the cell, hide the smallest non-zero cell large enough to protect it (at least 8), a total only when no cell of the line can be used; shares, ratios, 环比 and 同比 computed from a hidden cell are “x” too. When a side’s total is hidden, that side of every table is shown as “x”. Hidden shortage cells are left out of the ranking. The previous and year-ago periods enter 环比 and 同比 with their own suppression pattern.',
    'Data vintage: the records as of the “data as of” time stated in the report. A report marked preliminary may be revised; a revision is published as a new version with a note, and earlier versions stay readable.',
  ].join('\n\n'),
};
