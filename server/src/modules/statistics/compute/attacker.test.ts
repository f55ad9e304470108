import {
  breakdownDimensions,
  certificateLevelCodes,
  districtCodes,
  educationLevelCodes,
  organisationTypeCodes,
  serviceDomainCodes,
  talentCategoryCodes,
} from '@shsw/shared';
import { describe, expect, it } from 'vitest';
import type { StatisticsFacts } from '../facts.js';
import { attackReport } from './attacker-testing.js';
import { dimensionSpecs, streetKindCodes } from './categories.js';
import { measurePeriod, prepareFacts } from './measure.js';
import { parsePeriod, periodBounds } from './period.js';
import { facts, position, report, sh, worker } from './testing.js';

/**
 * The attacker (attacker-testing.ts: an exact LP over everything a report publishes) against
 * generated reports, with the real counts known, so every hidden count of 1 … 4 is checked.
 */

/** Hidden small counts a reader can narrow below [1, 4]. */
function attack(f: StatisticsFacts, periodId: string): string[] {
  const period = parsePeriod(periodId);
  const raw = measurePeriod(prepareFacts(f), periodBounds(period), period.year);
  return attackReport(report(f, periodId), (dim, side, category) => {
    if (dim === 'headline') return raw[side];
    if (dim === 'shortage') return raw.shortage.get(category)?.demand ?? 0;
    return raw.breakdown[dim][side].get(category) ?? 0;
  });
}

// ---------------------------------------------------------------------------------------------
// Generated facts (seeded).
// ---------------------------------------------------------------------------------------------

function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generate(seed: number): StatisticsFacts {
  const rnd = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const some = <T>(xs: readonly T[], n: number) => xs.slice(0, Math.max(1, Math.min(xs.length, n)));
  // Few categories make small cells common; many sizes from a handful of people to a few hundred.
  const domains = some(serviceDomainCodes, int(1, 6));
  const districts = some(districtCodes, int(1, 6));
  const scale = pick([3, 8, 20, 40, 80, 200]);
  const from = sh('2026-08-01');
  const to = sh('2026-11-01');
  const when = () => from + Math.floor(rnd() * (to - from));
  const positions = Array.from({ length: int(1, scale) }, () => {
    const start = when();
    return position({
      headcount: pick([1, 1, 1, 2, 3, 5, 8]),
      primaryDomain: pick(domains),
      districtCode: rnd() < 0.05 ? 'nowhere' : pick(districts),
      streetKind: pick(streetKindCodes),
      minCertificate: pick(['none', ...certificateLevelCodes]),
      minEducation: pick(['none', ...educationLevelCodes]),
      talentCategory: pick(talentCategoryCodes),
      orgType: pick(organisationTypeCodes),
      publishedAt: start,
      openIntervals: [{ from: start, to: rnd() < 0.5 ? null : start + int(1, 40) * 86_400_000 }],
    });
  });
  const workers = Array.from({ length: int(1, scale * 2) }, () => {
    const start = when();
    const ds = rnd() < 0.1 ? [] : rnd() < 0.7 ? [pick(domains)] : [pick(domains), pick(domains)];
    return worker({
      birthYear: rnd() < 0.1 ? null : int(1960, 2004),
      districtCode: rnd() < 0.05 ? null : pick(districts),
      streetKind: pick(streetKindCodes),
      certificate: rnd() < 0.5 ? null : { level: pick(certificateLevelCodes), since: sh('2020-01-01') },
      educationLevel: pick(educationLevelCodes),
      talentCategory: pick(talentCategoryCodes),
      domains: ds,
      openToWork: [{ from: start, to: rnd() < 0.5 ? null : start + int(1, 40) * 86_400_000 }],
    });
  });
  return facts({ positions, workers });
}

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
