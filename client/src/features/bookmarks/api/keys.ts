export const bookmarksKey = ['bookmarks'] as const;
export const bookmarksPageKey = (page: number) => [...bookmarksKey, 'page', page] as const;
