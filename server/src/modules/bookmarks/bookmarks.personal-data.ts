import type { PersonalDataDeclaration } from '../../platform/privacy/personal-data.js';
import { type BookmarkDoc, BookmarkModel } from './bookmark.model.js';

export const bookmarksPersonalData: PersonalDataDeclaration[] = [
  {
    model: 'Bookmark',
    personal: true,
    section: 'bookmarks',
    export: {
      async read(subject) {
        const rows = await BookmarkModel.find({ userId: subject.userId }).sort({ at: -1 }).lean<BookmarkDoc[]>();
        return rows.map((b) => ({ position: String(b.positionId), at: b.at }));
      },
    },
    erasure: {
      how: 'erase',
      run: async ({ subject }) => (await BookmarkModel.deleteMany({ userId: subject.userId })).deletedCount,
    },
  },
];
