import type { Position } from '../schemas/positions.js';
import { findDistrict, findStreet } from '../vocabulary/places.js';
import { deadlineEnd } from './position-lifecycle.js';

const employmentType: Record<string, string> = {
  full_time: 'FULL_TIME',
  part_time: 'PART_TIME',
  project: 'CONTRACTOR',
  internship: 'INTERN',
};

/** schema.org JobPosting for a published position (what search engines read from the public page). */
export function jobPostingJsonLd(p: Position, pageUrl: string): Record<string, unknown> {
  const district = findDistrict(p.districtCode);
  const street = findStreet(p.streetCode);
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: p.title,
    description: p.description,
    identifier: { '@type': 'PropertyValue', name: p.organisation.name, value: p.id },
    datePosted: p.publishedAt,
    ...(p.deadline ? { validThrough: deadlineEnd(p.deadline).toISOString() } : {}),
    employmentType: employmentType[p.employmentType],
    totalJobOpenings: p.headcount,
    hiringOrganization: { '@type': 'Organization', name: p.organisation.name },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        streetAddress: street?.label.zh,
        addressLocality: district?.label.zh,
        addressRegion: '上海市',
        addressCountry: 'CN',
      },
    },
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: 'CNY',
      value: { '@type': 'QuantitativeValue', minValue: p.salaryMin, maxValue: p.salaryMax, unitText: 'MONTH' },
    },
    industry: '社会工作 Social work',
    url: pageUrl,
  };
}

/** JSON for an inline <script>: `<` escaped so no value can close the element. */
export function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
