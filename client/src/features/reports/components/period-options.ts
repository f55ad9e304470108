import type { PeriodKind } from '@shsw/shared';

export interface PeriodOption {
  id: string;
  /** False for the period still running (previewable, not yet publishable). */
  ended: boolean;
}

/** How far back the bureau can pick: two years of quarters, eighteen months. */
const depth: Record<PeriodKind, number> = { quarter: 9, month: 19 };

/** The running period and the ones before it, newest first, on the Shanghai calendar. */
export function periodOptions(kind: PeriodKind, now = Date.now()): PeriodOption[] {
  const shanghai = new Date(now + 8 * 3_600_000);
  const year = shanghai.getUTCFullYear();
  const month = shanghai.getUTCMonth(); // 0-based
  return Array.from({ length: depth[kind] }, (_, back) => {
    if (kind === 'quarter') {
      const index = year * 4 + Math.floor(month / 3) - back;
      return { id: `${Math.floor(index / 4)}-Q${(index % 4) + 1}`, ended: back > 0 };
    }
    const index = year * 12 + month - back;
    return { id: `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`, ended: back > 0 };
  });
}

export function kindOf(periodId: string): PeriodKind {
  return periodId.includes('Q') ? 'quarter' : 'month';
}
