import { breakdownDimensions } from '@shsw/shared';
import { describe, expect, it } from 'vitest';
import type { StatisticsFacts } from '../facts.js';
import { dimensionSpecs } from './categories.js';
import { attack, generate } from './generated-facts.js';
import { facts, position, report, sh } from './testing.js';

/**
 * The attacker (attacker-testing.ts: an exact LP over everything a report publishes) against
 * generated reports, with the real counts known, so every hidden count of 1 … 4 is checked.
 */

/** The demo's leak, by hand: one column with exactly one suppressed cell. */
function oneSmallRow(): StatisticsFacts {
  const OCT = sh('2026-10-01');
  const open = (headcount: number, extra: Parameters<typeof position>[0] = {}) =>
    position({ headcount, publishedAt: OCT, openIntervals: [{ from: OCT, to: null }], ...extra });
  return facts({
    positions: [
      open(40, { streetKind: 'street' }),
      open(30, { streetKind: 'town' }),
      open(1, { streetKind: 'township' }),
    ],
  });
}

describe('the attacker (linear bounds from everything published)', () => {
  it('when a column has exactly one small cell, then the reader cannot work it out from the total', () => {
    expect(attack(oneSmallRow(), '2026-10')).toEqual([]);
    // The smallest cell that can protect it (town 30, not street 40) is hidden, the total stays.
    const t = report(oneSmallRow(), '2026-10').tables.find((x) => x.dimension === 'streetKind');
    expect(t?.rows.map((row) => [row.category, row.demand.value ?? row.demand.flag])).toEqual([
      ['street', 40],
      ['town', 'secondary'],
      ['township', 'suppressed'],
    ]);
    expect(t?.total.demand).toEqual({ value: 71, flag: null });
    expect(t?.rows[1]?.share.flag).toBe('secondary');
  });

  it('when the same facts come in another order, then the suppression pattern is the same', () => {
    for (const seed of [3, 11, 29]) {
      const f = generate(seed);
      const shuffled = { ...f, positions: [...f.positions].reverse(), workers: [...f.workers].reverse() };
      expect(report(shuffled, '2026-Q3')).toEqual(report(f, '2026-Q3'));
    }
  });

  it('when reports of many sizes are generated, then no hidden small count is pinned or narrowed below [1, 4]', () => {
    const leaks: string[] = [];
    let hidden = 0;
    for (let seed = 1; seed <= 60; seed++) {
      const f = generate(seed);
      for (const periodId of ['2026-10', '2026-09', '2026-Q3']) {
        leaks.push(...attack(f, periodId).map((l) => `seed ${seed}: ${l}`));
        const r = report(f, periodId);
        hidden += r.tables.reduce((n, t) => n + t.rows.filter((row) => row.demand.flag === 'suppressed').length, 0);
      }
    }
    expect(hidden).toBeGreaterThan(50); // the generator does make small cells
    expect(leaks).toEqual([]);
  }, 600_000); // timeouts only catch hangs

  it('when a share or ratio is published, then every count it is computed from is published', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const r = report(generate(seed), '2026-10');
      for (const t of r.tables) {
        const main = t.side === 'supply' ? 'supply' : 'demand';
        for (const row of [...t.rows, t.total]) {
          if (row.share.flag === null) expect(row[main].flag === null && t.total[main].flag === null).toBe(true);
          if (row.ratio.flag === null) expect(row.demand.flag === null && row.supply.flag === null).toBe(true);
          if (row.mom.flag === null || row.yoy.flag === null) expect(row[main].flag).toBe(null);
        }
      }
    }
  }, 600_000); // timeouts only catch hangs

  it('when 环比 is published, then the previous period publishes its base (its own pattern, so nothing new is learnt)', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const f = generate(seed);
      const cur = report(f, '2026-10');
      const prev = report(f, '2026-09');
      expect(cur.headline.demand.previous).toEqual(prev.headline.demand.current);
      expect(cur.headline.supply.previous).toEqual(prev.headline.supply.current);
      for (const t of cur.tables) {
        const main = t.side === 'supply' ? 'supply' : 'demand';
        const p = prev.tables.find((x) => x.dimension === t.dimension);
        for (const row of t.rows) {
          if (row.mom.flag !== null) continue;
          const base = p?.rows.find((x) => x.category === row.category)?.[main];
          expect(base?.flag ?? null, `${seed} ${t.dimension}.${row.category}`).toBe(null);
        }
      }
    }
  }, 600_000); // timeouts only catch hangs
});

// Keep the import of dimensionSpecs meaningful: every table the reader models is a published one.
it('models every breakdown dimension', () => {
  expect(Object.keys(dimensionSpecs).sort()).toEqual([...breakdownDimensions].sort());
});
