import type { Label } from './label.js';

/** Denominators the platform cannot count itself; the bureau enters them with their source and date. */
export const indicatorDenominators = [
  { code: 'community_workers', label: { zh: '社区工作者总数', en: 'Community workers (headcount)' } },
  { code: 'youth_population', label: { zh: '青少年人口数', en: 'Youth population' } },
  { code: 'foreign_residents', label: { zh: '境外人员数', en: 'Foreign residents' } },
] as const satisfies readonly { code: string; label: Label }[];
export type DenominatorCode = (typeof indicatorDenominators)[number]['code'];

export interface PlanIndicator {
  code: string;
  /** The plan's row number (主要发展指标 1–8). */
  no: number;
  label: Label;
  unit: Label;
  /** 2020 baseline and 2025 target in the unit shown; null where the plan gives none (–). */
  baseline2020: number | null;
  target2025: number;
  /** How the current value is obtained, in words. */
  method: Label;
  denominator: DenominatorCode | null;
}

/** The plan's eight indicators (沪民社工发〔2022〕1号, “十四五”上海社会工作人才队伍主要发展指标), as data. */
export const planIndicators = [
  {
    code: 'talent_total',
    no: 1,
    label: { zh: '社会工作人才总量', en: 'Social-work talent in total' },
    unit: { zh: '万人', en: '10,000 people' },
    baseline2020: 10,
    target2025: 20,
    method: {
      zh: '人才库中符合“社会工作人才”定义的人数',
      en: 'Talent records meeting the plan’s definition of social-work talent',
    },
    denominator: null,
  },
  {
    code: 'certified_total',
    no: 2,
    label: { zh: '持证社会工作者数', en: 'Certified social workers' },
    unit: { zh: '万人', en: '10,000 people' },
    baseline2020: 3,
    target2025: 4.5,
    method: {
      zh: '持证社会工作者（名词解释 4）人数，另列证书持有人',
      en: 'Certified social workers (glossary 4); certificate holders listed too',
    },
    denominator: null,
  },
  {
    code: 'community_worker_certification_rate',
    no: 3,
    label: { zh: '社区工作者的持证率', en: 'Community workers holding a certificate' },
    unit: { zh: '%', en: '%' },
    baseline2020: 14,
    target2025: 20,
    method: {
      zh: '持有证书的社区工作者人数 ÷ 社区工作者总数（民政部门录入）',
      en: 'Community workers holding a certificate ÷ community workers (entered by the bureau)',
    },
    denominator: 'community_workers',
  },
  {
    code: 'station_coverage',
    no: 4,
    label: { zh: '街镇社工站覆盖率', en: 'Street/town social-work station coverage' },
    unit: { zh: '%', en: '%' },
    baseline2020: null,
    target2025: 100,
    method: {
      zh: '有已认证社工站的街镇数 ÷ 215 个街镇',
      en: 'Streets/towns with a verified station ÷ the 215 streets and towns',
    },
    denominator: null,
  },
  {
    code: 'workers_per_elderly_facility',
    no: 5,
    label: {
      zh: '每个养老机构、每个街镇养老服务综合体各配备社会工作者人数',
      en: 'Social workers per elderly-care institution and per street/town elderly-service complex',
    },
    unit: { zh: '人', en: 'people' },
    baseline2020: null,
    target2025: 1,
    method: {
      zh: '已认证养老机构与养老服务综合体的持证专职人员数 ÷ 机构数（两类中较低者）',
      en: 'Certified full-time staff of verified institutions and complexes ÷ their number (the lower of the two)',
    },
    denominator: null,
  },
  {
    code: 'certified_child_welfare',
    no: 6,
    label: { zh: '持证儿童福利社会工作者数', en: 'Certified child-welfare social workers' },
    unit: { zh: '人', en: 'people' },
    baseline2020: 22,
    target2025: 500,
    method: {
      zh: '服务领域含儿童福利的持证社会工作者人数',
      en: 'Certified social workers whose domains include child welfare',
    },
    denominator: null,
  },
  {
    code: 'youth_workers_per_100k_youth',
    no: 7,
    label: { zh: '每10万名青少年配备青少年事务社工数', en: 'Youth-affairs social workers per 100,000 young people' },
    unit: { zh: '人', en: 'people' },
    baseline2020: 80,
    target2025: 100,
    method: {
      zh: '青少年事务领域社会工作人才数 ÷ 青少年人口数（民政部门录入）× 10 万',
      en: 'Youth-affairs social-work talent ÷ youth population (entered by the bureau) × 100,000',
    },
    denominator: 'youth_population',
  },
  {
    code: 'talent_per_1000_foreign_residents',
    no: 8,
    label: { zh: '每千名境外人员配备社会工作人才数', en: 'Social-work talent per 1,000 foreign residents' },
    unit: { zh: '人', en: 'people' },
    baseline2020: null,
    target2025: 1,
    method: {
      zh: '移民服务管理领域社会工作人才数 ÷ 境外人员数（民政部门录入）× 1000',
      en: 'Migration-services social-work talent ÷ foreign residents (entered by the bureau) × 1,000',
    },
    denominator: 'foreign_residents',
  },
] as const satisfies readonly PlanIndicator[];
export type IndicatorCode = (typeof planIndicators)[number]['code'];
