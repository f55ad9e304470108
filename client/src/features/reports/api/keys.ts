export const reportsKey = ['reports'] as const;
export const reportListKey = [...reportsKey, 'list'] as const;
export const reportKey = (periodId: string, version: number | undefined) =>
  [...reportsKey, 'one', periodId, version ?? 'latest'] as const;
export const followingKey = [...reportsKey, 'following'] as const;
export const previewKey = (periodId: string) => [...reportsKey, 'preview', periodId] as const;
