import { describe, expect, it } from 'vitest';
import { parsePeriod, periodBounds, periodInfo, periodLabel, previousPeriod, yearAgoPeriod } from './period.js';
import { application, facts, noDisclosure, report, sh, worker } from './testing.js';

describe('periods on the Shanghai calendar', () => {
  it('when a month is parsed, then it runs from the 1st at 00:00 +08:00 to the next 1st at 00:00 +08:00', () => {
    const p = parsePeriod('2026-10');
    expect(p).toEqual({ id: '2026-10', kind: 'month', year: 2026, firstMonth: 10, months: 1 });
    // 2026-10-01 00:00 +08:00 is 2026-09-30 16:00 UTC; the end is 2026-10-31 24:00 +08:00 = 2026-10-31 16:00 UTC.
    expect(periodBounds(p)).toEqual({
      start: Date.parse('2026-09-30T16:00:00Z'),
      end: Date.parse('2026-10-31T16:00:00Z'),
    });
    expect(periodInfo(p)).toEqual({ id: '2026-10', kind: 'month', start: '2026-10-01', end: '2026-10-31' });
  });

  it('when a quarter is parsed, then it spans its three months, 1 Jul 00:00 to 30 Sep 24:00 for Q3', () => {
    const p = parsePeriod('2026-Q3');
    expect(p).toEqual({ id: '2026-Q3', kind: 'quarter', year: 2026, firstMonth: 7, months: 3 });
    expect(periodBounds(p)).toEqual({
      start: Date.parse('2026-06-30T16:00:00Z'),
      end: Date.parse('2026-09-30T16:00:00Z'),
    });
    expect(periodInfo(p)).toEqual({ id: '2026-Q3', kind: 'quarter', start: '2026-07-01', end: '2026-09-30' });
    // Q4 ends on 31 Dec 24:00 +08:00, i.e. 1 Jan 00:00 +08:00 of the next year.
    expect(periodBounds(parsePeriod('2026-Q4')).end).toBe(sh('2027-01-01'));
  });

  it('when February of a leap year is described, then its last day is the 29th', () => {
    expect(periodInfo(parsePeriod('2028-02')).end).toBe('2028-02-29');
    expect(periodInfo(parsePeriod('2026-02')).end).toBe('2026-02-28');
  });

  it('when stepping back, then the previous period crosses the year and the year-ago period keeps the kind', () => {
    expect(previousPeriod(parsePeriod('2026-01')).id).toBe('2025-12');
    expect(previousPeriod(parsePeriod('2026-10')).id).toBe('2026-09');
    expect(previousPeriod(parsePeriod('2026-Q1')).id).toBe('2025-Q4');
    expect(previousPeriod(parsePeriod('2026-Q3')).id).toBe('2026-Q2');
    expect(yearAgoPeriod(parsePeriod('2026-10')).id).toBe('2025-10');
    expect(yearAgoPeriod(parsePeriod('2026-Q3'))).toEqual(parsePeriod('2025-Q3'));
  });

  it('when labelled, then months and quarters read naturally in both languages', () => {
    expect(periodLabel(parsePeriod('2026-10'))).toEqual({ zh: '2026年10月', en: 'October 2026' });
    expect(periodLabel(parsePeriod('2026-Q3'))).toEqual({ zh: '2026年第三季度', en: '2026 Q3' });
  });

  it('when the id is not a month or a quarter, then parsing refuses it', () => {
    for (const bad of ['2026-13', '2026-00', '2026-Q5', '2026-1', '2026Q3', '26-10']) {
      expect(() => parsePeriod(bad), bad).toThrow(RangeError);
    }
  });

  it('when events sit on either side of Shanghai midnight, then months and quarters take exactly their own', () => {
    const w = worker();
    const at = [
      sh('2026-06-30T23:59:59.999'), // Q2, June
      sh('2026-07-01'), // first instant of Q3 and July
      sh('2026-09-30T23:59:59.999'), // last instant of Q3 and September
      sh('2026-10-01'), // Q4, October
    ];
    const f = facts({ workers: [w], applications: at.map((t) => application({ workerId: w.id, submittedAt: t })) });
    const applications = (id: string) => report(f, id, noDisclosure).headline.applications.current.value;
    expect(applications('2026-Q2')).toBe(1);
    expect(applications('2026-Q3')).toBe(2);
    expect(applications('2026-07')).toBe(1);
    expect(applications('2026-08')).toBe(0);
    expect(applications('2026-09')).toBe(1);
    expect(applications('2026-Q4')).toBe(1);
    expect(applications('2026-10')).toBe(1);
  });
});
