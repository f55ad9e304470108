import type { PersonalDataDeclaration } from '../../platform/privacy/personal-data.js';
import { Setting } from './settings.service.js';

export const settingsPersonalData: PersonalDataDeclaration[] = [
  {
    model: 'Setting',
    personal: true,
    section: 'settingsChanged',
    export: {
      async read(subject) {
        const rows = await Setting.find({ updatedBy: subject.userId }, { _id: 1, updatedAt: 1 }).lean<
          { _id: string; updatedAt: Date }[]
        >();
        return rows.map((s) => ({ setting: s._id, lastChangedAt: s.updatedAt }));
      },
    },
    erasure: {
      how: 'keep',
      reason: 'organisation_records',
      count: (subject) => Setting.countDocuments({ updatedBy: subject.userId }),
    },
  },
];
