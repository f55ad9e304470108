/**
 * Calendar days for the rules. A date-only value ('2025-06-30') is that calendar day; an
 * instant (a `Date`, or an ISO date-time) is the day it falls on in Shanghai (UTC+8, no DST),
 * so `asOf = new Date()` at 07:00 Shanghai time is already "today" there.
 */

/** A calendar date as the rules accept it: an ISO date or date-time string, or a `Date`. */
export type DateInput = Date | string;

const msPerDay = 86_400_000;
const shanghaiOffsetMs = 8 * 3_600_000;
const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of the calendar day, or NaN when the input is not a date. */
export function dayNumber(input: DateInput): number {
  if (typeof input === 'string') {
    const m = dateOnly.exec(input);
    if (m) {
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      return isCalendarDate(y, mo, d) ? Date.UTC(y, mo - 1, d) / msPerDay : Number.NaN;
    }
  }
  const ms = typeof input === 'string' ? Date.parse(input) : input.getTime();
  return Math.floor((ms + shanghaiOffsetMs) / msPerDay);
}

/** The ISO date ('YYYY-MM-DD') of a day number. */
export function isoDay(day: number): string {
  return new Date(day * msPerDay).toISOString().slice(0, 10);
}

/** True when year-month-day names a real day of the Gregorian calendar. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Moves a day by whole months, clamping to the month's end (2028-02-29 − 36 months → 2025-02-28). */
export function addMonths(day: number, months: number): number {
  const d = new Date(day * msPerDay);
  const total = d.getUTCFullYear() * 12 + d.getUTCMonth() + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return Date.UTC(year, month, Math.min(d.getUTCDate(), lastDay)) / msPerDay;
}
