import { describe, expect, it } from 'vitest';
import { allowedApplicationMoves, canMoveApplication } from './application-lifecycle.js';
import { acceptsApplications, allowedPositionMoves, canMovePosition, positionStatusAt } from './position-lifecycle.js';
import { compareSalary, invalidGuidanceRows, type SalaryGuidanceTable } from './salary-guidance.js';

describe('position lifecycle', () => {
  it('when a person moves a position, then only the documented moves are allowed', () => {
    expect(allowedPositionMoves('draft')).toEqual(['open', 'closed']);
    expect(allowedPositionMoves('open')).toEqual(['paused', 'filled', 'closed']);
    expect(allowedPositionMoves('paused')).toEqual(['open', 'filled', 'closed']);
    for (const terminal of ['filled', 'closed', 'expired'] as const) expect(allowedPositionMoves(terminal)).toEqual([]);
    expect(canMovePosition('draft', 'paused')).toBe(false);
    expect(canMovePosition('open', 'expired')).toBe(false);
  });

  it('when the system moves it, then open may expire and fill', () => {
    expect(canMovePosition('open', 'expired', 'system')).toBe(true);
    expect(canMovePosition('paused', 'expired', 'system')).toBe(false);
  });

  it('when asked for the status at a date, then the history answers, not today', () => {
    const history = [
      { status: 'draft' as const, at: '2026-01-01T00:00:00Z' },
      { status: 'open' as const, at: '2026-02-01T00:00:00Z' },
      { status: 'filled' as const, at: '2026-04-01T00:00:00Z' },
    ];
    expect(positionStatusAt(history, new Date('2025-12-31T00:00:00Z'))).toBeNull();
    expect(positionStatusAt(history, new Date('2026-03-15T00:00:00Z'))).toBe('open');
    expect(positionStatusAt(history, new Date('2026-04-01T00:00:00Z'))).toBe('filled');
  });

  it('when the deadline day has ended in Shanghai or the position is paused, then it takes no applications', () => {
    // 2026-06-01 08:00 in Shanghai.
    const now = new Date('2026-06-01T00:00:00Z');
    expect(acceptsApplications({ status: 'open', deadline: '2026-06-01' }, now)).toBe(true);
    expect(acceptsApplications({ status: 'open', deadline: '2026-05-31' }, now)).toBe(false);
    expect(acceptsApplications({ status: 'open', deadline: '2026-05-31' }, new Date('2026-05-31T15:59:00Z'))).toBe(
      true,
    );
    expect(acceptsApplications({ status: 'paused', deadline: null }, now)).toBe(false);
  });
});

describe('application lifecycle', () => {
  it('when the employer moves it, then forward steps and rejection are allowed, never back', () => {
    expect(allowedApplicationMoves('submitted', 'employer')).toEqual([
      'viewed',
      'shortlisted',
      'interview',
      'offered',
      'rejected',
    ]);
    expect(allowedApplicationMoves('interview', 'employer')).toEqual(['offered', 'rejected']);
    expect(allowedApplicationMoves('offered', 'employer')).toEqual(['rejected']);
    expect(allowedApplicationMoves('accepted', 'employer')).toEqual(['hired', 'rejected']);
    expect(canMoveApplication('interview', 'shortlisted', 'employer')).toBe(false);
    expect(canMoveApplication('offered', 'hired', 'employer')).toBe(false);
  });

  it('when the worker moves it, then withdraw until an offer, then accept or decline', () => {
    expect(allowedApplicationMoves('interview', 'worker')).toEqual(['withdrawn']);
    expect(allowedApplicationMoves('offered', 'worker')).toEqual(['accepted', 'declined']);
    expect(allowedApplicationMoves('accepted', 'worker')).toEqual([]);
    expect(allowedApplicationMoves('hired', 'worker')).toEqual([]);
  });
});

describe('salary against the guidance', () => {
  const band = (low: number, median: number, high: number) => ({ low, median, high });
  const table: SalaryGuidanceTable = {
    year: 2026,
    byLevel: {
      none: band(6000, 7000, 8500),
      assistant: band(7000, 8000, 9500),
      social_worker: band(8000, 9500, 11500),
      senior: band(11000, 13500, 17000),
    },
    byCategory: {},
    source: '上海市社会工作者协会',
  };

  it('when the range straddles the low, then it is flagged but not entirely below', () => {
    expect(compareSalary({ salaryMin: 7500, salaryMax: 9000, minCertificate: 'social_worker' }, table)).toEqual({
      level: 'social_worker',
      guidance: band(8000, 9500, 11500),
      band: 'low_to_median',
      belowLow: true,
      entirelyBelowLow: false,
      ratioToMedian: 0.87,
    });
  });

  it('when the whole range is under the low, then it is entirely below', () => {
    const c = compareSalary({ salaryMin: 5000, salaryMax: 5800, minCertificate: 'none' }, table);
    expect([c.band, c.belowLow, c.entirelyBelowLow]).toEqual(['below_low', true, true]);
  });

  it('when the range sits above the high, then nothing is flagged', () => {
    const c = compareSalary({ salaryMin: 18000, salaryMax: 20000, minCertificate: 'senior' }, table);
    expect([c.band, c.belowLow]).toEqual(['above_high', false]);
  });

  it('when a guidance row does not rise, then it is named', () => {
    expect(
      invalidGuidanceRows({
        byLevel: { ...table.byLevel, none: band(7000, 6000, 8000) },
        byCategory: { practice: band(1, 2, 3) },
      }),
    ).toEqual(['byLevel.none']);
  });
});
