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
    '分组表：按服务领域、区、街道/镇、岗位证书要求、求职者持证等级、学历、人才类别、机构类型和求职者年龄段分组，给出占比、环比（较上一统计期）和同比（较上年同期），“无要求”单列，末行为合计。紧缺排名：按服务领域 × 区的求人倍率由高到低排列。',
    '披露控制：少于 5 人的单元格不予公布（标为“<5”，而非 0），由其计算的数值一并不公布；求职人数少于 20 的单元格不公布求人倍率；样本少于 5 的分位数与天数不公布。',
    '数据时点：以报告所载“数据截至”时间的平台记录为准。标注“初步”的报告可能修订；修订版本另行发布并附修订说明，此前版本仍可查阅。',
  ].join('\n\n'),
  en: [
    'Basis: positions, applications and talent records on the Shanghai social-work talent platform, each read from its status history as it stood during the period (Shanghai time) — never from today’s state.',
    'Demand (D): the headcount of positions open at any time in the period. Supply (S): distinct people open to work or with an active application at any time in the period. Ratio R = D ÷ S, two decimals.',
    'New postings: positions first published in the period; new job seekers: people whose seeking first began in the period; openings at period end: headcount of positions still open at the end less hires; hires rate = hires ÷ social workers employed at the end; openings rate = openings ÷ (employed + openings).',
    'Days to hire: for each hire in the period, days since the position was first published (median and mean). Salary percentiles: P10, P25, P50, P75 and P90 of the midpoints of open positions’ monthly salary ranges (linear interpolation, as Excel PERCENTILE.INC), compared with the year’s salary guidance for the certificate level each position requires.',
    'Tables by service domain, district, street vs town, certificate required and held, education, talent category, organisation type and age band of seekers, each with its share, change on the previous period (环比) and on the same period a year before (同比), a “no requirement” row and a total row. Shortage ranking: domain × district cells by R, highest first.',
    'Disclosure control: cells of fewer than 5 people are suppressed (shown as “<5”, never as 0), as is anything computed from them; R is not shown where S is under 20; percentiles and days with fewer than 5 observations are not shown.',
    'Data vintage: the records as of the “data as of” time stated in the report. A report marked preliminary may be revised; a revision is published as a new version with a note, and earlier versions stay readable.',
  ].join('\n\n'),
};
