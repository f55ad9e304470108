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

/** Whether a period (`2026-10`, `2026-Q3`) is over on the Shanghai calendar: only then can it be published. */
export function periodEnded(periodId: string, now = Date.now()): boolean {
  const m = /^(\d{4})-(?:(\d{2})|Q([1-4]))$/.exec(periodId);
  if (!m) return false;
  const year = Number(m[1]);
  const lastMonth = m[3] ? Number(m[3]) * 3 : Number(m[2]); // 1-based
  // Midnight (UTC+8) at the start of the month after the period.
  const end = Date.UTC(year, lastMonth, 1) - 8 * 3_600_000;
  return now >= end;
}

export function kindOf(periodId: string): PeriodKind {
  return periodId.includes('Q') ? 'quarter' : 'month';
}
