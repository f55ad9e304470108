import { describe, expect, it } from 'vitest';
import { readAhead } from './bulk-read.js';

describe('readAhead', () => {
  it('when batches are consumed, then they come in order and the next is asked for while one is worked on', async () => {
    const asked: number[] = [];
    async function* source() {
      for (let i = 0; i < 3; i++) {
        asked.push(i);
        yield i;
      }
    }
    const seen: { value: number; askedSoFar: number }[] = [];
    for await (const value of readAhead(source())) {
      await new Promise((resolve) => setImmediate(resolve));
      seen.push({ value, askedSoFar: asked.length });
    }
    expect(seen.map((s) => s.value)).toEqual([0, 1, 2]);
    // While batch 0 was worked on, batch 1 had already been asked for.
    expect(seen[0]?.askedSoFar).toBe(2);
  });

  it('when the source fails, then the failure reaches the consumer', async () => {
    async function* failing() {
      yield 1;
      throw new Error('read failed');
    }
    const got: number[] = [];
    await expect(
      (async () => {
        for await (const v of readAhead(failing())) got.push(v);
      })(),
    ).rejects.toThrow('read failed');
    expect(got).toEqual([1]);
  });
});
