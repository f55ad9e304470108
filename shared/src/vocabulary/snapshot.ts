import type { Vocabulary } from '../schemas/meta.js';
import { certificateLevels } from './certificates.js';
import { educationLevels } from './education.js';
import { employmentTypes } from './employment.js';
import { organisationTypes } from './organisation-types.js';
import { districts, divisionsSource } from './places.js';
import { serviceDomains } from './service-domains.js';
import { talentCategories } from './talent-categories.js';

/** The whole vocabulary as one document, as `GET /api/meta/vocabulary` serves it. */
export function vocabularySnapshot(): Vocabulary {
  return {
    serviceDomains: [...serviceDomains],
    certificateLevels: [...certificateLevels],
    talentCategories: [...talentCategories],
    organisationTypes: [...organisationTypes],
    employmentTypes: [...employmentTypes],
    educationLevels: [...educationLevels],
    districts: districts.map((d) => ({
      code: d.code,
      label: d.label,
      streets: d.streets.map(({ code, label, kind, statisticalOnly }) => ({ code, label, kind, statisticalOnly })),
    })),
    placesSource: divisionsSource,
  };
}
