import type { Outbox } from '../jobs/outbox.js';
import { MailOutboxModel } from '../mail/mail-outbox.js';
import type { PersonalDataDeclaration } from './personal-data.js';

/** The platform's own collections: none holds a person's data for longer than minutes. */
export function platformPersonalData(outboxes: readonly Outbox[]): PersonalDataDeclaration[] {
  return [
    { model: 'JobLease', personal: false, why: 'which app node runs which scheduled job' },
    { model: 'MigrationRun', personal: false, why: 'which data migrations ran, and when' },
    {
      model: 'MailOutbox',
      personal: true,
      section: 'notifications',
      export: {
        none: 'mail waiting to be sent (sealed), gone once sent: what it says is in the notifications section',
      },
      erasure: {
        how: 'erase',
        run: async ({ subject }) => (await MailOutboxModel.deleteMany({ userId: subject.userId })).deletedCount,
      },
    },
    {
      model: 'RateCounter',
      personal: false,
      why: 'request counts per client address for the current minute, purged every ten minutes; no account',
    },
    ...outboxes.map(
      (o): PersonalDataDeclaration => ({
        model: o.model.modelName,
        personal: false,
        why: 'ids of records waiting to be projected, deleted as soon as they are applied (seconds)',
      }),
    ),
  ];
}
