import { parsePeriod, periodInfo } from './compute/index.js';

/** One planned publication: a month's or a quarter's report and its day (Shanghai calendar). */
export interface CalendarEntry {
  periodId: string;
  kind: 'month' | 'quarter';
  date: string;
  published: boolean;
}

/** Monthly reports appear on the 15th of the next month, quarterly ones on the 25th of the month after the quarter. */
export function releaseDate(periodId: string): string {
  const p = parsePeriod(periodId);
  const next = new Date(Date.UTC(p.year, p.firstMonth - 1 + p.months, p.kind === 'month' ? 15 : 25));
  return next.toISOString().slice(0, 10);
}

export function shanghaiToday(now: number): { year: number; month: number; day: string } {
  const d = new Date(now + 8 * 3_600_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.toISOString().slice(0, 10) };
}

/**
 * The release calendar: each month's and quarter's planned publication day, from three months
 * back (so an overdue report shows as such) to six months ahead.
 */
export function releaseCalendar(published: ReadonlySet<string>, now = Date.now()): CalendarEntry[] {
  const today = shanghaiToday(now);
  const entries: CalendarEntry[] = [];
  for (let offset = -5; offset <= 5; offset++) {
    const index = today.year * 12 + today.month - 1 + offset;
    const year = Math.floor(index / 12);
    const month = (index % 12) + 1;
    const ids = [`${year}-${String(month).padStart(2, '0')}`];
    if (month % 3 === 0) ids.push(`${year}-Q${month / 3}`);
    for (const periodId of ids) {
      const date = releaseDate(periodId);
      const past = date < today.day;
      const inWindow = date >= shiftDay(today.day, -92) && date <= shiftDay(today.day, 183);
      if (!inWindow || (past && published.has(periodId))) continue;
      entries.push({
        periodId,
        kind: periodInfo(parsePeriod(periodId)).kind,
        date,
        published: published.has(periodId),
      });
    }
  }
  return entries.sort((a, b) => a.date.localeCompare(b.date) || a.periodId.localeCompare(b.periodId));
}

function shiftDay(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
