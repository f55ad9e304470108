export const savedSearchesKey = ['savedSearches'] as const;
