import { certificateRank, type EducationLevelCode, educationRank, type savedSearchQuerySchema } from '@shsw/shared';
import type { z } from 'zod';
import type { FieldValue, SearchDocument } from '../../platform/search/index.js';

export type SavedQuery = z.output<typeof savedSearchQuerySchema>;

const DAY = 86_400_000;
const num = (v: FieldValue | undefined) => (typeof v === 'number' ? v : Number.NaN);
const str = (v: FieldValue | undefined) => (typeof v === 'string' ? v : '');
const anyIn = (v: FieldValue | undefined, wanted: readonly string[]) =>
  wanted.length === 0 || (Array.isArray(v) ? v.some((x) => wanted.includes(x)) : wanted.includes(str(v)));

/**
 * Whether a position's search document satisfies a saved query's filters, evaluated in process
 * with the same semantics as the search API (OR within a filter, AND across, salary ranges that
 * overlap). The text part is checked separately, against a one-document index.
 */
export function matchesFilters(doc: SearchDocument, q: SavedQuery, now: Date): boolean {
  if (!anyIn(doc.domains, q.domain)) return false;
  if (!anyIn(doc.districtCode, q.district)) return false;
  if (!anyIn(doc.streetCode, q.street)) return false;
  if (!anyIn(doc.employmentType, q.employmentType)) return false;
  if (!anyIn(doc.talentCategory, q.talentCategory)) return false;
  if (!anyIn(doc.orgType, q.orgType)) return false;
  if (q.certLevelMin && !(num(doc.minCertRank) >= certificateRank(q.certLevelMin))) return false;
  if (q.educationMin && !(num(doc.minEduRank) >= educationRank(q.educationMin as EducationLevelCode | 'none')))
    return false;
  if (q.salaryMin !== undefined && !(num(doc.salaryMax) >= q.salaryMin)) return false;
  if (q.salaryMax !== undefined && !(num(doc.salaryMin) <= q.salaryMax)) return false;
  if (q.postedWithinDays && !(num(doc.publishedAt) >= now.getTime() - q.postedWithinDays * DAY)) return false;
  return true;
}
