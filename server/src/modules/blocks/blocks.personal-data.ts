import type { PersonalDataDeclaration } from '../../platform/privacy/personal-data.js';
import { type BlockDoc, BlockModel } from './block.model.js';

export const blocksPersonalData: PersonalDataDeclaration[] = [
  {
    model: 'Block',
    personal: true,
    section: 'blocks',
    export: {
      // Only the blocks the person made: whether someone blocked them is not theirs to learn.
      async read(subject) {
        const rows = await BlockModel.find({ byUserId: subject.userId }).lean<BlockDoc[]>();
        return rows.map((b) => ({
          by: b.by,
          organisation: String(b.orgId),
          talentRecord: String(b.profileId),
          reason: b.reason,
          at: b.at,
        }));
      },
    },
    erasure: {
      how: 'erase',
      // Every block concerning the worker goes; an organisation's blocks made by a deleted member
      // stay the organisation's, no longer saying who made them.
      run: async ({ subject }) =>
        (await BlockModel.deleteMany({ profileId: subject.userId })).deletedCount +
        (await BlockModel.updateMany({ byUserId: subject.userId }, { $set: { byUserId: null } })).modifiedCount,
    },
  },
];
