import {
  certificateLevelCodes,
  districtCodes,
  educationLevelCodes,
  organisationTypeCodes,
  serviceDomainCodes,
  talentCategoryCodes,
} from '@shsw/shared';
import type { StatisticsFacts } from '../facts.js';
import { attackReport } from './attacker-testing.js';
import { streetKindCodes } from './categories.js';
import { measurePeriod, prepareFacts } from './measure.js';
import { parsePeriod, periodBounds } from './period.js';
import { facts, position, report, sh, worker } from './testing.js';

/*
 * Tests only: seeded generated facts of many sizes (few categories, so small cells are common),
 * and the attacker run against a report of them with the real counts known, so every hidden
 * count of 1 … 4 is checked (attacker.test.ts, revisions.test.ts).
 */

/** Hidden small counts a reader can narrow below [1, 4]. */
export function attack(f: StatisticsFacts, periodId: string, figures = report(f, periodId)): string[] {
  const period = parsePeriod(periodId);
  const raw = measurePeriod(prepareFacts(f), periodBounds(period), period.year);
  return attackReport(figures, (dim, side, category) => {
    if (dim === 'headline') return raw[side];
    if (dim === 'shortage') return raw.shortage.get(category)?.demand ?? 0;
    return raw.breakdown[dim][side].get(category) ?? 0;
  });
}

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

export function generate(seed: number): StatisticsFacts {
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
