import type { BreakdownDimension, HeadlineMeasure } from '../schemas/reports.js';
import { certificateLevels } from './certificates.js';
import { educationLevels } from './education.js';
import type { Label } from './label.js';
import { organisationTypes } from './organisation-types.js';
import { districts } from './places.js';
import { serviceDomains } from './service-domains.js';
import { talentCategories } from './talent-categories.js';

/** Names of the report's measures, tables and rows in both languages (pages, workbook, print). */

export const headlineMeasureLabels: Record<HeadlineMeasure, Label> = {
  demand: { zh: '需求人数', en: 'Demand (headcount)' },
  supply: { zh: '求职人数', en: 'Supply (job seekers)' },
  ratio: { zh: '求人倍率', en: 'Demand-to-supply ratio' },
  newPostings: { zh: '新增岗位', en: 'New postings' },
  newSeekers: { zh: '新增求职者', en: 'New job seekers' },
  openingsAtEnd: { zh: '期末空缺', en: 'Openings at period end' },
  applications: { zh: '申请数', en: 'Applications' },
  hires: { zh: '录用人数', en: 'Hires' },
  employed: { zh: '在岗社会工作者', en: 'Social workers employed' },
  hiresRate: { zh: '录用率（%）', en: 'Hires rate (%)' },
  openingsRate: { zh: '空缺率（%）', en: 'Openings rate (%)' },
  daysToHireMedian: { zh: '发布至录用天数（中位数）', en: 'Days to hire (median)' },
  daysToHireMean: { zh: '发布至录用天数（平均）', en: 'Days to hire (mean)' },
  salaryP10: { zh: '月薪 P10（元）', en: 'Monthly salary P10 (yuan)' },
  salaryP25: { zh: '月薪 P25（元）', en: 'Monthly salary P25 (yuan)' },
  salaryP50: { zh: '月薪中位数（元）', en: 'Monthly salary median (yuan)' },
  salaryP75: { zh: '月薪 P75（元）', en: 'Monthly salary P75 (yuan)' },
  salaryP90: { zh: '月薪 P90（元）', en: 'Monthly salary P90 (yuan)' },
  salaryBelowGuidanceShare: { zh: '低于指导价下限的岗位占比（%）', en: 'Positions below the guidance low (%)' },
  salaryMedianToGuidance: { zh: '薪酬中值 ÷ 指导价中位值', en: 'Salary midpoint ÷ guidance median' },
};

export const breakdownDimensionLabels: Record<BreakdownDimension, Label> = {
  domain: { zh: '服务领域', en: 'Service domain' },
  district: { zh: '区', en: 'District' },
  streetKind: { zh: '街道 / 镇', en: 'Street vs town' },
  certificateRequired: { zh: '岗位证书要求', en: 'Certificate required' },
  certificateHeld: { zh: '求职者持证等级', en: 'Certificate held by seekers' },
  education: { zh: '学历要求', en: 'Education required' },
  talentCategory: { zh: '人才类别', en: 'Talent category' },
  orgType: { zh: '机构类型', en: 'Organisation type' },
  ageBand: { zh: '求职者年龄段', en: 'Age band of seekers' },
};

const special: Record<string, Label> = {
  none: { zh: '无要求', en: 'No requirement' },
  unknown: { zh: '未填写', en: 'Not stated' },
  total: { zh: '合计', en: 'Total' },
};

const fixed: Partial<Record<BreakdownDimension, Record<string, Label>>> = {
  streetKind: {
    street: { zh: '街道', en: 'Street (街道)' },
    town: { zh: '镇', en: 'Town (镇)' },
    township: { zh: '乡', en: 'Township (乡)' },
    other: { zh: '其他统计单位', en: 'Other statistical unit' },
  },
  ageBand: {
    under_25: { zh: '25 岁以下', en: 'Under 25' },
    '25_34': { zh: '25–34 岁', en: '25–34' },
    '35_44': { zh: '35–44 岁', en: '35–44' },
    '45_54': { zh: '45–54 岁', en: '45–54' },
    '55_plus': { zh: '55 岁及以上', en: '55 and over' },
  },
  certificateHeld: { none: { zh: '未持证', en: 'No certificate' } },
};

const fromList = (list: readonly { code: string; label: Label }[]) =>
  Object.fromEntries(list.map((x) => [x.code, x.label])) as Record<string, Label>;
const vocab: Partial<Record<BreakdownDimension, Record<string, Label>>> = {
  domain: fromList(serviceDomains),
  district: fromList(districts),
  certificateRequired: fromList(certificateLevels),
  certificateHeld: fromList(certificateLevels),
  education: fromList(educationLevels),
  talentCategory: fromList(talentCategories),
  orgType: fromList(organisationTypes),
};

/** The name of a table row: a vocabulary code, `none`, `unknown` or `total`; the code itself if unheard of. */
export function reportCategoryLabel(dimension: BreakdownDimension, code: string): Label {
  return fixed[dimension]?.[code] ?? vocab[dimension]?.[code] ?? special[code] ?? { zh: code, en: code };
}
