import { z } from 'zod';
import type { Label } from './label.js';

export interface OrganisationType {
  code: string;
  label: Label;
  /** Tied to one street/town (街镇社工站, 街镇养老服务综合体). */
  tiedToStreet: boolean;
}

export const organisationTypes = [
  {
    code: 'social_work_agency',
    label: { zh: '社会工作服务机构', en: 'Social-work service agency' },
    tiedToStreet: false,
  },
  { code: 'street_station', label: { zh: '街镇社工站', en: 'Street/town social-work station' }, tiedToStreet: true },
  { code: 'elderly_care_institution', label: { zh: '养老机构', en: 'Elderly-care institution' }, tiedToStreet: false },
  {
    code: 'elderly_service_complex',
    label: { zh: '街镇养老服务综合体', en: 'Street/town elderly-service complex' },
    tiedToStreet: true,
  },
  { code: 'school', label: { zh: '学校', en: 'School' }, tiedToStreet: false },
  { code: 'hospital', label: { zh: '医疗机构', en: 'Hospital' }, tiedToStreet: false },
  {
    code: 'mass_organisation',
    label: { zh: '群团组织（工会/共青团/妇联/残联）', en: 'Mass organisation (unions, youth league, women, disabled)' },
    tiedToStreet: false,
  },
  {
    code: 'community_service_centre',
    label: { zh: '社区服务中心', en: 'Community service centre' },
    tiedToStreet: false,
  },
  { code: 'public_institution', label: { zh: '事业单位', en: 'Public institution' }, tiedToStreet: false },
  { code: 'social_organisation', label: { zh: '其他社会组织', en: 'Other social organisation' }, tiedToStreet: false },
  { code: 'enterprise', label: { zh: '企业', en: 'Enterprise' }, tiedToStreet: false },
] as const satisfies readonly OrganisationType[];

export type OrganisationTypeCode = (typeof organisationTypes)[number]['code'];
export const organisationTypeCodes = organisationTypes.map((x) => x.code) as [
  OrganisationTypeCode,
  ...OrganisationTypeCode[],
];
export const organisationTypeSchema = z.enum(organisationTypeCodes);
