import type { Label, Period, PeriodKind } from '@shsw/shared';

/**
 * Reporting periods on the Shanghai calendar (UTC+8, no daylight saving). A period is the
 * half-open span [start, end): start is the first day at 00:00 +08:00, end the day after the
 * last day at 00:00 +08:00 (the last day's 24:00), so the last instant inside is end − 1 ms.
 */
export interface ParsedPeriod {
  id: string;
  kind: PeriodKind;
  year: number;
  /** First calendar month of the period, 1–12. */
  firstMonth: number;
  /** 1 for a month, 3 for a quarter. */
  months: number;
}

export interface PeriodBounds {
  /** First instant inside the period (epoch ms). */
  start: number;
  /** First instant after the period (epoch ms, exclusive). */
  end: number;
}

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const PERIOD_ID = /^(\d{4})-(?:(0[1-9]|1[0-2])|Q([1-4]))$/;

export function parsePeriod(id: string): ParsedPeriod {
  const m = PERIOD_ID.exec(id);
  if (!m) throw new RangeError(`not a period id (2026-10 or 2026-Q3): ${id}`);
  const year = Number(m[1]);
  if (m[2] !== undefined) return { id, kind: 'month', year, firstMonth: Number(m[2]), months: 1 };
  const quarter = Number(m[3]);
  return { id, kind: 'quarter', year, firstMonth: (quarter - 1) * 3 + 1, months: 3 };
}

function make(kind: PeriodKind, year: number, firstMonth: number): ParsedPeriod {
  // Normalise a month index that ran off either end of the year.
  const monthIndex = year * 12 + (firstMonth - 1);
  const y = Math.floor(monthIndex / 12);
  const m = monthIndex - y * 12 + 1;
  const yyyy = String(y).padStart(4, '0');
  if (kind === 'month') return { id: `${yyyy}-${String(m).padStart(2, '0')}`, kind, year: y, firstMonth: m, months: 1 };
  return { id: `${yyyy}-Q${(m - 1) / 3 + 1}`, kind, year: y, firstMonth: m, months: 3 };
}

/** The month before a month, the quarter before a quarter (环比 base). */
export function previousPeriod(p: ParsedPeriod): ParsedPeriod {
  return make(p.kind, p.year, p.firstMonth - p.months);
}

/** The same month or quarter a year before (同比 base). */
export function yearAgoPeriod(p: ParsedPeriod): ParsedPeriod {
  return make(p.kind, p.year - 1, p.firstMonth);
}

/** Midnight at the start of a Shanghai calendar day, as epoch ms (`month` may run past 12). */
function shanghaiMidnight(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) - SHANGHAI_OFFSET_MS;
}

export function periodBounds(p: ParsedPeriod): PeriodBounds {
  return {
    start: shanghaiMidnight(p.year, p.firstMonth, 1),
    end: shanghaiMidnight(p.year, p.firstMonth + p.months, 1),
  };
}

const isoDay = (utcMs: number) => new Date(utcMs).toISOString().slice(0, 10);

/** The period as published: id, kind, first and last Shanghai calendar day. */
export function periodInfo(p: ParsedPeriod): Period {
  return {
    id: p.id,
    kind: p.kind,
    start: isoDay(Date.UTC(p.year, p.firstMonth - 1, 1)),
    // Day 0 of the following month is the last day of the period.
    end: isoDay(Date.UTC(p.year, p.firstMonth - 1 + p.months, 0)),
  };
}

const ZH_QUARTERS = ['一', '二', '三', '四'] as const;
const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `2026年10月` / `October 2026`; `2026年第三季度` / `2026 Q3`. */
export function periodLabel(p: ParsedPeriod): Label {
  if (p.kind === 'month') return { zh: `${p.year}年${p.firstMonth}月`, en: `${EN_MONTHS[p.firstMonth - 1]} ${p.year}` };
  const q = (p.firstMonth - 1) / 3 + 1;
  return { zh: `${p.year}年第${ZH_QUARTERS[q - 1]}季度`, en: `${p.year} Q${q}` };
}
