import { describe, expect, it } from 'vitest';
import type { StatisticsFacts } from '../facts.js';
import { attack, generate } from './generated-facts.js';
import { hiddenCounts, publishedCounts } from './revisions.js';
import { report } from './testing.js';

/**
 * Revisions and differencing (issue 14): a reader holding version 1 and version 2 of a period
 * must not learn from version 2 what version 1 hid. Version 2 here comes from corrected records
 * (retroactive corrections: the reason a published period is revised at all, since edits after a
 * period ends do not change it).
 */

const PERIOD = '2026-Q3';

/** Deterministic corrections: about one position in four gets another headcount, some workers are removed. */
function corrected(f: StatisticsFacts, seed: number): StatisticsFacts {
  return {
    ...f,
    positions: f.positions.map((p, i) =>
      (i * 7 + seed) % 4 === 0 ? { ...p, headcount: Math.max(1, p.headcount + ((i + seed) % 3) - 1) } : p,
    ),
    workers: f.workers.filter((_, i) => (i * 5 + seed) % 9 !== 0),
  };
}

const revise = (f: StatisticsFacts, v1: ReturnType<typeof report>) =>
  report(f, PERIOD, { hiddenBefore: new Map([[PERIOD, hiddenCounts(v1)]]) });

describe('revisions', () => {
  it('when a period is revised from corrected records, then nothing version 1 hid is published and version 2 passes the attacker', () => {
    const reopened: string[] = [];
    const leaks: string[] = [];
    let changed = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const f = generate(seed);
      const v1 = report(f, PERIOD);
      const f2 = corrected(f, seed);
      const v2 = revise(f2, v1);
      if (JSON.stringify(v2.tables) !== JSON.stringify(v1.tables)) changed++;
      const published = publishedCounts(v2);
      for (const key of hiddenCounts(v1)) if (published.has(key)) reopened.push(`seed ${seed}: ${key}`);
      leaks.push(...attack(f2, PERIOD, v2).map((l) => `seed ${seed}: ${l}`));
    }
    expect(changed).toBeGreaterThan(20); // the corrections do change the figures
    expect(reopened).toEqual([]);
    expect(leaks).toEqual([]);
  }, 600_000); // timeouts only catch hangs

  it('when the revision ignored version 1 (as before), then it would publish counts version 1 hid — what this guards against', () => {
    let reopened = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const f = generate(seed);
      const v1 = report(f, PERIOD);
      const published = publishedCounts(report(corrected(f, seed), PERIOD));
      for (const key of hiddenCounts(v1)) if (published.has(key)) reopened++;
    }
    expect(reopened).toBeGreaterThan(0);
  }, 600_000);

  it('when nothing changed, then the revision is the same as version 1', () => {
    for (const seed of [2, 9, 17]) {
      const f = generate(seed);
      const v1 = report(f, PERIOD);
      expect(revise(f, v1)).toEqual(v1);
    }
  });

  it('when the previous period was revised, then 环比 uses its cells as it publishes them now', () => {
    for (const seed of [4, 12, 23]) {
      const f = generate(seed);
      const prevV1 = report(f, '2026-09');
      const hidden = new Map([['2026-09', hiddenCounts(prevV1)]]);
      const cur = report(f, '2026-10', { hiddenBefore: hidden });
      const prevNow = report(f, '2026-09', { hiddenBefore: hidden });
      expect(cur.headline.demand.previous).toEqual(prevNow.headline.demand.current);
      for (const t of cur.tables) {
        const p = prevNow.tables.find((x) => x.dimension === t.dimension);
        const main = t.side === 'supply' ? 'supply' : 'demand';
        for (const row of t.rows) {
          if (row.mom.flag !== null) continue;
          expect(p?.rows.find((x) => x.category === row.category)?.[main].flag ?? null).toBe(null);
        }
      }
    }
  });
});
