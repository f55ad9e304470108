import { createPositionBodySchema, DEFAULT_DEADLINE_DAYS, type Position } from '@shsw/shared';
import dayjs from 'dayjs';
import type { Control, DefaultValues } from 'react-hook-form';
import type { z } from 'zod';

/** The editor checks with the very schema the server uses for creating and editing. */
export const positionFormSchema = createPositionBodySchema;
export type PositionFormInput = z.input<typeof positionFormSchema>;
export type PositionFormValues = z.output<typeof positionFormSchema>;
export type PositionControl = Control<PositionFormInput, unknown, PositionFormValues>;

/** Where the organisation is, and whether it may place positions elsewhere (a street station may not). */
export interface PostingOrganisation {
  type: string;
  districtCode: string;
  streetCode: string;
  verified: boolean;
}

/** The street a station's positions must be at; null when the organisation may choose. */
export function fixedStreetOf(org: PostingOrganisation): { districtCode: string; streetCode: string } | null {
  return org.type === 'street_station' ? { districtCode: org.districtCode, streetCode: org.streetCode } : null;
}

/** A new position: at the organisation's own place, applications open for 60 days from today. */
export function blankPosition(org: PostingOrganisation): DefaultValues<PositionFormInput> {
  return {
    title: '',
    secondaryDomain: null,
    talentCategory: 'practice',
    description: '',
    districtCode: org.districtCode,
    streetCode: org.streetCode,
    headcount: 1,
    employmentType: 'full_time',
    minCertificate: 'none',
    minEducation: 'none',
    socialWorkMajorRequired: false,
    minYearsInDomain: 0,
    skills: [],
    benefits: [],
    governmentPurchase: null,
    deadline: dayjs().add(DEFAULT_DEADLINE_DAYS, 'day').format('YYYY-MM-DD'),
  };
}

export function valuesOf(p: Position): DefaultValues<PositionFormInput> {
  return {
    title: p.title,
    primaryDomain: p.primaryDomain,
    secondaryDomain: p.secondaryDomain,
    talentCategory: p.talentCategory,
    description: p.description,
    districtCode: p.districtCode,
    streetCode: p.streetCode,
    headcount: p.headcount,
    employmentType: p.employmentType,
    salaryMin: p.salaryMin,
    salaryMax: p.salaryMax,
    minCertificate: p.minCertificate,
    minEducation: p.minEducation,
    socialWorkMajorRequired: p.socialWorkMajorRequired,
    minYearsInDomain: p.minYearsInDomain,
    skills: [...p.skills],
    benefits: [...p.benefits],
    governmentPurchase: p.governmentPurchase ? { ...p.governmentPurchase } : null,
    deadline: p.deadline,
  };
}
