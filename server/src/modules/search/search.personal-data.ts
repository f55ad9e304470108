import type { PersonalDataDeclaration } from '../../platform/privacy/personal-data.js';

export const searchPersonalData: PersonalDataDeclaration[] = [
  {
    model: 'SearchDocsTalent',
    personal: true,
    section: 'searchIndex',
    export: { none: 'the searchable (masked) fields of the talent record, which the export holds in full' },
    erasure: {
      how: 'erase',
      via: 'the profile.deleted event: the search outbox deletes the document and its projection',
    },
  },
  {
    model: 'SearchDocsPositions',
    personal: false,
    why: 'open positions as search documents: organisations’ postings, no person’s id or data',
  },
  { model: 'SearchProjectionMeta', personal: false, why: 'the projection’s version and counts' },
];
