import { z } from 'zod';
import type { Label } from './label.js';

export interface ServiceDomain {
  code: string;
  label: Label;
  /** The plan's 大力推进 (elderly care, child welfare). */
  priority: boolean;
  /** The plan's 新兴领域 (emerging domains). */
  emerging: boolean;
  /** School social work: the plan asks to build it up as a new team (探索建立学校社工队伍). */
  newTeam: boolean;
}

const d = (code: string, zh: string, en: string, flags: Partial<Omit<ServiceDomain, 'code' | 'label'>> = {}) =>
  ({ code, label: { zh, en }, priority: false, emerging: false, newTeam: false, ...flags }) as const;

/** The 28 service domains of the plan's glossary (名词解释 1), in the plan's order. Codes are stable. */
export const serviceDomains = [
  d('child_welfare', '儿童福利', 'Child welfare', { priority: true }),
  d('minor_protection', '未成年人保护', 'Protection of minors'),
  d('elderly_care', '养老服务', 'Elderly care', { priority: true }),
  d('disability', '助残服务', 'Disability services'),
  d('youth_affairs', '青少年事务', 'Youth affairs'),
  d('employee_services', '职工服务', 'Employee services'),
  d('veterans', '退役军人事务', "Veterans' affairs"),
  d('migration', '移民服务管理', 'Migrant & immigration services', { emerging: true }),
  d('marriage_family', '婚姻家庭', 'Marriage & family'),
  d('social_assistance', '社会救助', 'Social assistance'),
  d('charity', '慈善事业', 'Charity'),
  d('community_building', '社区建设（含社区文化服务）', 'Community building (incl. community culture)'),
  d('psychological', '心理健康', 'Psychological well-being'),
  d('medical', '医疗卫生', 'Medical & health care'),
  d('mental_health', '精神健康', 'Mental health (psychiatric)'),
  d('public_health', '公共卫生安全', 'Public-health safety', { emerging: true }),
  d('employment', '就业援助', 'Employment assistance'),
  d('labour_mediation', '劳动争议调解', 'Labour-dispute mediation', { emerging: true }),
  d('school', '教育辅导', 'Education & school social work', { newTeam: true }),
  d('crime_prevention', '犯罪预防', 'Crime prevention'),
  d('drug_rehab', '禁毒戒毒', 'Drug prevention & rehabilitation'),
  d('correction', '矫治帮教', 'Correction & rehabilitation'),
  d('life_care', '生命关怀（殡葬服务）', 'Life care (funeral services)', { emerging: true }),
  d('united_front', '统一战线', 'United-front work'),
  d('disaster', '灾情管理', 'Disaster management'),
  d('people_mediation', '人民调解', "People's mediation", { emerging: true }),
  d('financial', '金融服务', 'Financial social services', { emerging: true }),
  d('public_interest', '公益服务', 'Public-interest services'),
] as const satisfies readonly ServiceDomain[];

export type ServiceDomainCode = (typeof serviceDomains)[number]['code'];
export const serviceDomainCodes = serviceDomains.map((x) => x.code) as [ServiceDomainCode, ...ServiceDomainCode[]];
export const serviceDomainSchema = z.enum(serviceDomainCodes);
