import mongoose from 'mongoose';
import type { PersonalDataDeclaration } from '../../platform/privacy/personal-data.js';
import {
  type SavedSearchDoc,
  type SavedSearchHitDoc,
  SavedSearchHitModel,
  SavedSearchModel,
} from './saved-search.model.js';
import type { SavedSearchesService } from './saved-searches.service.js';

export function savedSearchesPersonalData(savedSearches: SavedSearchesService): PersonalDataDeclaration[] {
  return [
    {
      model: 'SavedSearch',
      personal: true,
      section: 'savedSearches',
      export: {
        async read(subject) {
          const items = await SavedSearchModel.find({ userId: new mongoose.Types.ObjectId(subject.userId) })
            .sort({ createdAt: 1 })
            .lean<SavedSearchDoc[]>();
          return items.map((s) => ({
            id: String(s._id),
            name: s.name,
            query: s.query,
            frequency: s.frequency,
            lastNotifiedAt: s.lastNotifiedAt,
            createdAt: s.createdAt,
          }));
        },
      },
      erasure: {
        how: 'erase',
        run: async ({ subject }) => {
          const before = await SavedSearchModel.countDocuments({ userId: subject.userId });
          // Through the service: it also forgets them in the alert matcher.
          await savedSearches.removeAllOf(subject.userId);
          return before;
        },
      },
    },
    {
      model: 'SavedSearchHit',
      personal: true,
      section: 'savedSearchMatches',
      export: {
        async read(subject) {
          const hits = await SavedSearchHitModel.find({ userId: new mongoose.Types.ObjectId(subject.userId) }).lean<
            SavedSearchHitDoc[]
          >();
          return hits.map((h) => ({
            savedSearchId: String(h.searchId),
            positionId: h.positionId,
            title: h.title,
            frequency: h.frequency,
            matchedAt: h.createdAt,
            notifiedAt: h.notifiedAt,
          }));
        },
      },
      erasure: {
        how: 'erase',
        run: async ({ subject }) => (await SavedSearchHitModel.deleteMany({ userId: subject.userId })).deletedCount,
      },
    },
  ];
}
