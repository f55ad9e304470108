import { describe, expect, it } from 'vitest';
import type { StaffMemberLike } from './agency.js';
import { qualifiedStaffRequired, qualifiesAsAgency, staffFiguresOf, validateStaffFigures } from './agency.js';

describe('validateStaffFigures', () => {
  it('when 12 full-time staff have 4 certified, 3 graduates and 5 qualified (2 both), then the figures are sound', () => {
    expect(validateStaffFigures({ fullTime: 12, certified: 4, swBachelorPlus: 3, qualified: 5 })).toEqual({ ok: true });
  });

  it('when qualified is below the larger group, then it is too low', () => {
    expect(validateStaffFigures({ fullTime: 12, certified: 4, swBachelorPlus: 3, qualified: 3 })).toEqual({
      ok: false,
      issues: [{ field: 'qualified', code: 'qualified_too_low' }],
    });
  });

  it('when qualified exceeds certified plus graduates, then it is too high', () => {
    expect(validateStaffFigures({ fullTime: 12, certified: 4, swBachelorPlus: 3, qualified: 8 })).toEqual({
      ok: false,
      issues: [{ field: 'qualified', code: 'qualified_too_high' }],
    });
  });

  it('when groups exceed the full-time staff, then each is reported once', () => {
    expect(validateStaffFigures({ fullTime: 5, certified: 6, swBachelorPlus: 2, qualified: 7 })).toEqual({
      ok: false,
      issues: [
        { field: 'certified', code: 'exceeds_full_time' },
        { field: 'qualified', code: 'exceeds_full_time' },
      ],
    });
  });

  it('when figures are negative or fractional, then every bad field is reported', () => {
    expect(validateStaffFigures({ fullTime: 10.5, certified: -1, swBachelorPlus: 0, qualified: Number.NaN })).toEqual({
      ok: false,
      issues: [
        { field: 'fullTime', code: 'not_whole_number' },
        { field: 'certified', code: 'not_whole_number' },
        { field: 'qualified', code: 'not_whole_number' },
      ],
    });
  });

  it('when all figures are zero, then they are sound', () => {
    expect(validateStaffFigures({ fullTime: 0, certified: 0, swBachelorPlus: 0, qualified: 0 }).ok).toBe(true);
  });
});

describe('qualifiesAsAgency', () => {
  const staff = { fullTime: 12, certified: 4, swBachelorPlus: 3, qualified: 4 };

  it('when exactly one third is qualified and the charter states social-work aims, then it qualifies', () => {
    expect(qualifiesAsAgency({ staff, charterStatesSocialWorkAims: true })).toBe(true);
  });

  it('when one person short of a third is qualified, then it does not qualify', () => {
    // 10 full-time staff need ceil(10/3) = 4 qualified; 3 is short.
    const short = { fullTime: 10, certified: 3, swBachelorPlus: 0, qualified: 3 };
    expect(qualifiedStaffRequired(10)).toBe(4);
    expect(qualifiesAsAgency({ staff: short, charterStatesSocialWorkAims: true })).toBe(false);
    expect(
      qualifiesAsAgency({ staff: { ...short, certified: 4, qualified: 4 }, charterStatesSocialWorkAims: true }),
    ).toBe(true);
  });

  it('when the charter does not state social-work aims, then it does not qualify', () => {
    expect(qualifiesAsAgency({ staff, charterStatesSocialWorkAims: false })).toBe(false);
  });

  it('when there are no full-time staff, then it does not qualify', () => {
    const none = { fullTime: 0, certified: 0, swBachelorPlus: 0, qualified: 0 };
    expect(qualifiesAsAgency({ staff: none, charterStatesSocialWorkAims: true })).toBe(false);
  });

  it('when the figures are inconsistent, then it does not qualify whatever the ratio', () => {
    const bad = { fullTime: 3, certified: 0, swBachelorPlus: 0, qualified: 3 };
    expect(qualifiesAsAgency({ staff: bad, charterStatesSocialWorkAims: true })).toBe(false);
  });
});

describe('staffFiguresOf', () => {
  it('when staff records are counted, then each person is qualified once and part-timers are left out', () => {
    const staff: StaffMemberLike[] = [
      // certificate and social-work bachelor: certified, graduate, qualified once
      {
        fullTime: true,
        certificates: [{ level: 'assistant', status: 'verified' }],
        education: [{ level: 'bachelor', field: 'social_work' }],
      },
      // related master only: not a social-work degree for agencies
      { fullTime: true, certificates: [], education: [{ level: 'master', field: 'related' }] },
      // claimed certificate: not counted by default
      { fullTime: true, certificates: [{ level: 'senior', status: 'claimed' }], education: [] },
      // social-work master
      { fullTime: true, certificates: [], education: [{ level: 'master', field: 'social_work' }] },
      // part-time with a certificate
      { fullTime: false, certificates: [{ level: 'senior', status: 'verified' }], education: [] },
    ];
    expect(staffFiguresOf(staff)).toEqual({ fullTime: 4, certified: 1, swBachelorPlus: 2, qualified: 2 });
    expect(staffFiguresOf(staff, { countClaimed: true })).toEqual({
      fullTime: 4,
      certified: 2,
      swBachelorPlus: 2,
      qualified: 3,
    });
  });
});
