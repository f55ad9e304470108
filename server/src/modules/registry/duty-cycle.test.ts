import { describe, expect, it } from 'vitest';
import { DutyCycle } from './duty-cycle.js';

describe('the duty cycle of background work', () => {
  it('when a slice took some time, then the rest lasts that long times the ratio (never less than the minimum)', () => {
    const cycle = new DutyCycle(2, 5);
    expect(cycle.restFor(120)).toBe(240);
    expect(cycle.restFor(0)).toBe(5);
  });

  it('when the slice is measured, then the rest follows the clock, and the next slice starts after it', async () => {
    let now = 1_000;
    const cycle = new DutyCycle(0.001, 0, () => now);
    now += 3_000;
    const started = performance.now();
    await cycle.rest(new AbortController().signal);
    // 3 s of work at a ratio of 1/1000: a rest of about 3 ms, not 0 and not seconds.
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('when the signal aborts, then a rest ends at once with the abort', async () => {
    const cycle = new DutyCycle(1_000, 60_000);
    const controller = new AbortController();
    const resting = cycle.rest(controller.signal);
    controller.abort();
    await expect(resting).rejects.toThrow(/abort/i);
    await expect(cycle.rest(controller.signal)).rejects.toThrow(/abort/i);
  });

  it('when a slice is shorter than asked, then restEvery does not rest', async () => {
    let now = 0;
    const cycle = new DutyCycle(1_000, 60_000, () => now);
    now = 10;
    // A rest of 60 s would time the test out: none is taken before 50 ms of work.
    await cycle.restEvery(50, new AbortController().signal);
  });
});
