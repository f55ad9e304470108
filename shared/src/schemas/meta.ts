import { z } from 'zod';
import { labelSchema } from '../vocabulary/label.js';

export const healthSchema = z
  .object({
    status: z.enum(['ok', 'degraded']),
    db: z.enum(['up', 'down']),
    search: z.enum(['up', 'down']),
    /**
     * Outgoing mail: `up` (SMTP, last attempt fine), `down` (SMTP failing: mail waits and retries),
     * `log` (no SMTP_URL outside production: messages go to the server log), `off` (no SMTP_URL).
     */
    mail: z.enum(['up', 'down', 'log', 'off']),
    engines: z.object({
      /** `mongodb`, `ferretdb-postgresql`, `ferretdb-sqlite`, `mongod-local` or `mongodb-memory-server`. */
      db: z.string(),
      /** `embedded` or `meilisearch`. */
      search: z.string(),
    }),
    version: z.string(),
    uptimeSeconds: z.number().int().min(0),
  })
  .meta({ id: 'Health' });
export type Health = z.infer<typeof healthSchema>;

const codeLabel = { code: z.string(), label: labelSchema };

export const vocabularySchema = z
  .object({
    serviceDomains: z.array(
      z.object({ ...codeLabel, priority: z.boolean(), emerging: z.boolean(), newTeam: z.boolean() }),
    ),
    certificateLevels: z.array(z.object({ ...codeLabel, rank: z.number().int(), defaultCeHoursPerCycle: z.number() })),
    talentCategories: z.array(z.object(codeLabel)),
    organisationTypes: z.array(z.object({ ...codeLabel, tiedToStreet: z.boolean() })),
    employmentTypes: z.array(z.object(codeLabel)),
    educationLevels: z.array(z.object({ ...codeLabel, rank: z.number().int() })),
    districts: z.array(
      z.object({
        ...codeLabel,
        streets: z.array(
          z.object({
            ...codeLabel,
            kind: z.enum(['street', 'town', 'township', 'other']),
            statisticalOnly: z.boolean(),
          }),
        ),
      }),
    ),
    placesSource: z.object({ source: z.string(), sourceVersion: z.string() }),
  })
  .meta({ id: 'Vocabulary' });
export type Vocabulary = z.infer<typeof vocabularySchema>;
