import { describe, expect, it } from 'vitest';
import { shanghaiDayStart } from './conversations.service.js';

describe('the Shanghai calendar day of the daily limit', () => {
  it('when it is 07:59 UTC, then the day began at 16:00 UTC the day before (midnight in Shanghai)', () => {
    expect(shanghaiDayStart(new Date('2026-12-07T07:59:00Z')).toISOString()).toBe('2026-12-06T16:00:00.000Z');
  });

  it('when it is 16:00 UTC, then a new Shanghai day has just begun', () => {
    expect(shanghaiDayStart(new Date('2026-12-07T16:00:00Z')).toISOString()).toBe('2026-12-07T16:00:00.000Z');
    expect(shanghaiDayStart(new Date('2026-12-07T15:59:59Z')).toISOString()).toBe('2026-12-06T16:00:00.000Z');
  });
});
