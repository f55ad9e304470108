import { describe, expect, it } from 'vitest';
import { continuingEducationStatus, defaultCeRule } from './continuing-education.js';
import type { CertificateLike } from './talent.js';

const assistant: CertificateLike = { level: 'assistant', status: 'verified', registrationValidUntil: '2026-06-30' };
const records = [
  { date: '2023-06-30', hours: 10 }, // the day before the cycle starts
  { date: '2023-07-01', hours: 20 },
  { date: '2024-05-01', hours: 30 },
  { date: '2025-02-28', hours: 15.5 },
];
const day = (iso: string) => new Date(`${iso}T12:00:00+08:00`);

describe('continuingEducationStatus', () => {
  it('when the default rule is read, then it asks 72/72/90 hours per 3 years', () => {
    expect(defaultCeRule).toEqual({ cycleYears: 3, hoursPerCycle: { assistant: 72, social_worker: 72, senior: 90 } });
  });

  it('when there is no certificate, then the status is no_certificate with no cycle', () => {
    expect(continuingEducationStatus({ certificates: [], records }, day('2025-03-01'))).toEqual({
      status: 'no_certificate',
      level: null,
      required: 0,
      completed: 0,
      hoursShort: 0,
      cycleStart: null,
      cycleEnd: null,
      reminderDue: false,
    });
  });

  it('when the only certificate is not yet registered, then the status is no_certificate', () => {
    const unregistered: CertificateLike = { level: 'senior', status: 'verified', registrationValidUntil: null };
    expect(continuingEducationStatus({ certificates: [unregistered], records }, day('2025-03-01')).status).toBe(
      'no_certificate',
    );
  });

  it('when 65.5 of 72 hours fall in the cycle, then the worker is 6.5 hours short and no reminder is due yet', () => {
    expect(continuingEducationStatus({ certificates: [assistant], records }, day('2025-03-01'))).toEqual({
      status: 'short',
      level: 'assistant',
      required: 72,
      completed: 65.5,
      hoursShort: 6.5,
      cycleStart: '2023-07-01',
      cycleEnd: '2026-06-30',
      reminderDue: false,
    });
  });

  it('when six months remain and hours are short, then the reminder is due from that day on', () => {
    const input = { certificates: [assistant], records };
    expect(continuingEducationStatus(input, day('2025-12-29')).reminderDue).toBe(false);
    expect(continuingEducationStatus(input, day('2025-12-30')).reminderDue).toBe(true);
  });

  it('when a record is dated after asOf, then it is not counted yet', () => {
    const input = { certificates: [assistant], records: [...records, { date: '2026-01-15', hours: 10 }] };
    expect(continuingEducationStatus(input, day('2026-01-14')).completed).toBe(65.5);
    expect(continuingEducationStatus(input, day('2026-01-15'))).toMatchObject({ status: 'met', completed: 75.5 });
  });

  it('when the hours reach exactly what is required, then the status is met with no reminder', () => {
    const input = { certificates: [assistant], records: [...records, { date: '2025-03-01', hours: 6.5 }] };
    expect(continuingEducationStatus(input, day('2026-06-01'))).toMatchObject({
      status: 'met',
      completed: 72,
      hoursShort: 0,
      reminderDue: false,
    });
  });

  it('when asOf is after the registration ended, then the status is expired and no reminder is sent', () => {
    const status = continuingEducationStatus({ certificates: [assistant], records }, day('2026-07-01'));
    expect(status).toMatchObject({ status: 'expired', completed: 65.5, hoursShort: 6.5, reminderDue: false });
  });

  it('when asOf is 16:00 UTC on the last day, then it is already the next day in Shanghai and expired', () => {
    const input = { certificates: [assistant], records };
    expect(continuingEducationStatus(input, new Date('2026-06-30T15:59:59Z')).status).toBe('short');
    expect(continuingEducationStatus(input, new Date('2026-06-30T16:00:00Z')).status).toBe('expired');
  });

  it('when a verified senior is registered, then 90 hours are required', () => {
    const senior: CertificateLike = { level: 'senior', status: 'verified', registrationValidUntil: '2027-12-31' };
    expect(
      continuingEducationStatus({ certificates: [assistant, senior], records: [] }, day('2025-03-01')),
    ).toMatchObject({ level: 'senior', required: 90, cycleStart: '2025-01-01', cycleEnd: '2027-12-31' });
  });

  it('when the higher certificate is not registered yet, then the registered lower one sets the cycle', () => {
    const newSocialWorker: CertificateLike = { level: 'social_worker', status: 'verified' };
    expect(
      continuingEducationStatus({ certificates: [newSocialWorker, assistant], records }, day('2025-03-01')),
    ).toMatchObject({ level: 'assistant', cycleEnd: '2026-06-30' });
  });

  it('when the only registered certificate is merely claimed, then by default it does not count', () => {
    const claimed: CertificateLike = { ...assistant, status: 'claimed' };
    const input = { certificates: [claimed], records };
    expect(continuingEducationStatus(input, day('2025-03-01')).status).toBe('no_certificate');
    expect(continuingEducationStatus(input, day('2025-03-01'), defaultCeRule, { countClaimed: true }).status).toBe(
      'short',
    );
  });

  it('when the bureau sets 2-year cycles of 40 hours, then the cycle and requirement follow', () => {
    const rule = { cycleYears: 2, hoursPerCycle: { assistant: 40, social_worker: 50, senior: 60 } };
    expect(continuingEducationStatus({ certificates: [assistant], records }, day('2025-03-01'), rule)).toMatchObject({
      status: 'short',
      required: 40,
      completed: 15.5,
      hoursShort: 24.5,
      cycleStart: '2024-07-01',
    });
  });

  it('when the registration ends on 29 February, then the cycle starts on 1 March three years before', () => {
    const leap: CertificateLike = { ...assistant, registrationValidUntil: '2028-02-29' };
    expect(continuingEducationStatus({ certificates: [leap], records: [] }, day('2026-01-01'))).toMatchObject({
      cycleStart: '2025-03-01',
      cycleEnd: '2028-02-29',
    });
  });

  it('when hours are fractional, then the total is rounded to one decimal without float drift', () => {
    const input = {
      certificates: [assistant],
      records: [
        { date: '2024-01-01', hours: 0.1 },
        { date: '2024-01-02', hours: 0.2 },
        { date: '2024-01-03', hours: -5 },
      ],
    };
    expect(continuingEducationStatus(input, day('2025-03-01'))).toMatchObject({ completed: 0.3, hoursShort: 71.7 });
  });
});
