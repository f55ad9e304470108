import {
  type BreakdownDimension,
  breakdownDimensions,
  type Cell,
  certificateLevelCodes,
  districtCodes,
  educationLevelCodes,
  organisationTypeCodes,
  type ReportFigures,
  serviceDomainCodes,
  talentCategoryCodes,
} from '@shsw/shared';
import { describe, expect, it } from 'vitest';
import type { StatisticsFacts } from '../facts.js';
import { dimensionSpecs, streetKindCodes, UNKNOWN } from './categories.js';
import { measurePeriod, prepareFacts } from './measure.js';
import { parsePeriod, periodBounds } from './period.js';
import { facts, position, report, sh, worker } from './testing.js';

/**
 * The attacker: for generated reports, everything a reader can see — every published count, the
 * marks ("<5" = 1 … 4, "x" = a hidden count that is not small, so ≥ 5; a shortage cell left out of
 * the ranking = any count ≥ 0) and the sums that tie the tables together — goes into a linear
 * system; an exact LP (two-phase simplex, Bland's rule) then gives each hidden small count's
 * smallest and largest feasible value. The report fails if any is pinned or narrower than the
 * protection interval [1, 4].
 *
 * Why an LP is a sound and strong attacker here: every relation a reader has is a sum of counts
 * (a table's demand rows = the headline demand D, the same D in every table; additive supply rows =
 * S; domain supply rows ≤ S ≤ their sum, a worker counting in each of their domains; the shortage
 * cells of a domain or district, plus an unpublished remainder ≥ 0, = its row; those remainders
 * ≤ the `unknown` row). The true values satisfy all of them, so they lie inside the LP's bounds
 * (sound). The LP uses every relation at once, so it finds anything that adding and subtracting
 * rows, columns and tables can find — stronger than row-by-row propagation. It relaxes
 * integrality; these are network-like sum systems, whose vertices are integral, so the LP bounds
 * rounded inwards are the integer bounds.
 *
 * Figures computed from counts (shares, ratios) are checked separately: each is published only
 * when every count it comes from is.
 */

const MIN = 5;

// ---------------------------------------------------------------------------------------------
// A small exact-enough LP: maximise c·y subject to rows (= or ≤ b), y ≥ 0. Dense two-phase simplex.
// ---------------------------------------------------------------------------------------------

interface LpRow {
  a: Map<number, number>;
  kind: 'eq' | 'le';
  b: number;
}

const EPS = 1e-9;

class Tableau {
  t: number[][];
  basis: number[];
  constructor(
    public n: number,
    rows: LpRow[],
  ) {
    // Columns: n structural, one slack per ≤ row, one artificial per row; last: right-hand side.
    const slacks = rows.filter((r) => r.kind === 'le').length;
    const width = n + slacks + rows.length + 1;
    this.t = [];
    this.basis = [];
    let s = 0;
    rows.forEach((r, i) => {
      const row = new Array<number>(width).fill(0);
      for (const [j, v] of r.a) row[j] = (row[j] as number) + v;
      if (r.kind === 'le') row[n + s++] = 1;
      row[width - 1] = r.b;
      if (r.b < 0) for (let j = 0; j < width; j++) row[j] = -(row[j] as number);
      row[n + slacks + i] = 1;
      this.t.push(row);
      this.basis.push(n + slacks + i);
    });
    this.artificialFrom = n + slacks;
    this.width = width;
  }
  artificialFrom: number;
  width: number;

  pivot(r: number, c: number) {
    const pr = this.t[r] as number[];
    const pv = pr[c] as number;
    for (let j = 0; j < this.width; j++) pr[j] = (pr[j] as number) / pv;
    for (let i = 0; i < this.t.length; i++) {
      if (i === r) continue;
      const row = this.t[i] as number[];
      const f = row[c] as number;
      if (Math.abs(f) < EPS) continue;
      for (let j = 0; j < this.width; j++) row[j] = (row[j] as number) - f * (pr[j] as number);
    }
    this.basis[r] = c;
  }

  /** Maximises cost·x over the allowed columns; the optimum, or +Infinity when unbounded. */
  maximise(cost: (j: number) => number, allowed: number): number {
    const rhs = this.width - 1;
    for (let iter = 0; iter < 20_000; iter++) {
      let enter = -1;
      for (let j = 0; j < allowed && enter < 0; j++) {
        if (this.basis.includes(j)) continue;
        let r = cost(j);
        this.t.forEach((row, i) => {
          r -= cost(this.basis[i] as number) * (row[j] as number);
        });
        if (r > EPS) enter = j;
      }
      if (enter < 0) {
        let z = 0;
        this.t.forEach((row, i) => {
          z += cost(this.basis[i] as number) * (row[rhs] as number);
        });
        return z;
      }
      let leave = -1;
      let best = Number.POSITIVE_INFINITY;
      this.t.forEach((row, i) => {
        const a = row[enter] as number;
        if (a <= EPS) return;
        const ratio = (row[rhs] as number) / a;
        if (
          ratio < best - EPS ||
          (Math.abs(ratio - best) <= EPS && (this.basis[i] as number) < (this.basis[leave] as number))
        ) {
          best = ratio;
          leave = i;
        }
      });
      if (leave < 0) return Number.POSITIVE_INFINITY;
      this.pivot(leave, enter);
    }
    throw new Error('simplex did not converge');
  }

  clone(): Tableau {
    const c = Object.create(Tableau.prototype) as Tableau;
    c.n = this.n;
    c.t = this.t.map((r) => r.slice());
    c.basis = this.basis.slice();
    c.artificialFrom = this.artificialFrom;
    c.width = this.width;
    return c;
  }
}

/** A feasible tableau over the structural and slack columns (artificials driven out), or null. */
function feasible(n: number, rows: LpRow[]): Tableau | null {
  const tab = new Tableau(n, rows);
  const art = tab.artificialFrom;
  const phase1 = tab.maximise((j) => (j >= art && j < tab.width - 1 ? -1 : 0), tab.width - 1);
  if (phase1 < -1e-6) return null;
  // Drive degenerate artificials out of the basis where a structural or slack column can replace them.
  tab.basis.forEach((b, i) => {
    if (b < art) return;
    const row = tab.t[i] as number[];
    for (let j = 0; j < art; j++)
      if (Math.abs(row[j] as number) > EPS) {
        tab.pivot(i, j);
        return;
      }
  });
  return tab;
}

// ---------------------------------------------------------------------------------------------
// The reader's system, built from the published figures and the vocabularies only.
// ---------------------------------------------------------------------------------------------

interface Unknown {
  lo: number;
  hi: number;
  label: string;
}

class ReaderSystem {
  unknowns: Unknown[] = [];
  /** Σ coef·(variable or constant) (= | ≤) 0; a term is a variable index or a known number. */
  relations: { terms: [number | { known: number }, number][]; kind: 'eq' | 'le' }[] = [];

  term(cell: Cell, label: string, withheld = false): number | { known: number } {
    if (cell.flag === null && cell.value !== null) return { known: cell.value };
    if (withheld) return this.variable(0, Number.POSITIVE_INFINITY, label);
    if (cell.flag === 'suppressed') return this.variable(1, MIN - 1, label);
    if (cell.flag === 'secondary') return this.variable(MIN, Number.POSITIVE_INFINITY, label);
    throw new Error(`a count marked ${cell.flag}: ${label}`);
  }
  variable(lo: number, hi: number, label: string): number {
    this.unknowns.push({ lo, hi, label });
    return this.unknowns.length - 1;
  }

  /** The LP rows over the shifted variables y = x − lo ≥ 0. */
  rows(): LpRow[] {
    const out: LpRow[] = [];
    for (const rel of this.relations) {
      const a = new Map<number, number>();
      let b = 0;
      for (const [t, c] of rel.terms) {
        if (typeof t === 'number') {
          a.set(t, (a.get(t) ?? 0) + c);
          b -= c * (this.unknowns[t] as Unknown).lo;
        } else b -= c * t.known;
      }
      out.push({ a, kind: rel.kind, b });
    }
    this.unknowns.forEach((u, j) => {
      if (Number.isFinite(u.hi)) out.push({ a: new Map([[j, 1]]), kind: 'le', b: u.hi - u.lo });
    });
    return out;
  }

  /** [min, max] of each asked variable, integer-rounded inwards. */
  bounds(asked: number[]): Map<number, [number, number]> {
    const n = this.unknowns.length;
    const tab = feasible(n, this.rows());
    if (!tab) throw new Error('the published figures are inconsistent');
    const out = new Map<number, [number, number]>();
    for (const j of asked) {
      const lo = (this.unknowns[j] as Unknown).lo;
      const max = tab.clone().maximise((k) => (k === j ? 1 : 0), tab.artificialFrom);
      const min = -tab.clone().maximise((k) => (k === j ? -1 : 0), tab.artificialFrom);
      out.set(j, [Math.ceil(lo + min - 1e-6), max === Number.POSITIVE_INFINITY ? max : Math.floor(lo + max + 1e-6)]);
    }
    return out;
  }
}

interface Target {
  variable: number;
  truth: number;
  label: string;
}

/** Builds the reader's system from a report; `truth` gives the real count of a hidden cell. */
function readerSystem(
  r: ReportFigures,
  truth: (dim: BreakdownDimension | 'headline' | 'shortage', side: 'demand' | 'supply', category: string) => number,
) {
  const sys = new ReaderSystem();
  const targets: Target[] = [];
  const track = (t: number | { known: number }, cell: Cell, real: number, label: string) => {
    if (typeof t === 'number' && real > 0 && real < MIN && cell.flag !== null)
      targets.push({ variable: t, truth: real, label });
    return t;
  };
  const D = track(
    sys.term(r.headline.demand.current, 'D'),
    r.headline.demand.current,
    truth('headline', 'demand', 'total'),
    'D',
  );
  const S = track(
    sys.term(r.headline.supply.current, 'S'),
    r.headline.supply.current,
    truth('headline', 'supply', 'total'),
    'S',
  );
  const rowTerm = new Map<string, number | { known: number }>();
  for (const t of r.tables) {
    // Every table's total row is the headline count.
    expect(t.total.demand, `${t.dimension} total demand`).toEqual(
      t.side === 'supply' ? t.total.demand : r.headline.demand.current,
    );
    if (t.side !== 'demand') expect(t.total.supply).toEqual(r.headline.supply.current);
    for (const side of ['demand', 'supply'] as const) {
      if ((side === 'demand' && t.side === 'supply') || (side === 'supply' && t.side === 'demand')) continue;
      // A side whose total is hidden ("<5" or "x") is withheld: its rows are "x" (any count ≥ 0) and, listed by the
      // other side, need not hold the whole total.
      const withheld = (side === 'demand' ? r.headline.demand.current : r.headline.supply.current).flag !== null;
      const terms = t.rows.map((row) => {
        const label = `${t.dimension}.${side}.${row.category}`;
        const term = track(
          sys.term(row[side], label, withheld),
          row[side],
          truth(t.dimension, side, row.category),
          label,
        );
        rowTerm.set(label, term);
        return term;
      });
      const total = side === 'demand' ? D : S;
      if (t.dimension === 'domain' && side === 'supply') {
        for (const x of terms)
          sys.relations.push({
            terms: [
              [x, 1],
              [total, -1],
            ],
            kind: 'le',
          });
        if (!withheld)
          sys.relations.push({ terms: [[total, 1], ...terms.map((x) => [x, -1] as [typeof x, number])], kind: 'le' });
      } else {
        sys.relations.push({
          terms: [...terms.map((x) => [x, 1] as [typeof x, number]), [total, -1]],
          kind: withheld ? 'le' : 'eq',
        });
      }
    }
  }
  // The shortage grid (demand): listed cells are known, the others any count ≥ 0 — or 0 when their
  // domain or district row is a known 0 (a shortcut of what the LP would find; it keeps the LP small).
  type Term = number | { known: number };
  const demandWithheld = r.headline.demand.current.flag !== null;
  const row = (dim: 'domain' | 'district', category: string): Term =>
    rowTerm.get(`${dim}.demand.${category}`) ??
    (demandWithheld ? sys.variable(0, Number.POSITIVE_INFINITY, `${dim}.${category}`) : { known: 0 });
  const isZero = (t: Term) => typeof t === 'object' && t.known === 0;
  const domainRow = new Map(serviceDomainCodes.map((d) => [d as string, row('domain', d)]));
  const districtRow = new Map(districtCodes.map((k) => [k, row('district', k)]));
  const listed = new Map(r.shortage.map((c) => [`${c.domain}|${c.district}`, c]));
  const grid = new Map<string, Term>();
  for (const d of serviceDomainCodes)
    for (const k of districtCodes) {
      const key = `${d}|${k}`;
      const c = listed.get(key);
      if (c) grid.set(key, sys.term(c.demand, key));
      else if (isZero(domainRow.get(d) as Term) || isZero(districtRow.get(k) as Term)) grid.set(key, { known: 0 });
      else {
        const v = sys.variable(0, Number.POSITIVE_INFINITY, `shortage.${key}`);
        const real = truth('shortage', 'demand', key);
        if (real > 0 && real < MIN) targets.push({ variable: v, truth: real, label: `shortage.${key}` });
        grid.set(key, v);
      }
    }
  const line = (cells: Term[], margin: Term, label: string): Term => {
    const rest: Term = isZero(margin) ? { known: 0 } : sys.variable(0, Number.POSITIVE_INFINITY, label);
    sys.relations.push({ terms: [...cells.map((t) => [t, 1] as [Term, number]), [rest, 1], [margin, -1]], kind: 'eq' });
    return rest;
  };
  const domainRest = serviceDomainCodes.map((d) =>
    line(
      districtCodes.map((k) => grid.get(`${d}|${k}`) as Term),
      domainRow.get(d) as Term,
      `rest.${d}`,
    ),
  );
  const districtRest = districtCodes.map((k) =>
    line(
      serviceDomainCodes.map((d) => grid.get(`${d}|${k}`) as Term),
      districtRow.get(k) as Term,
      `rest.${k}`,
    ),
  );
  sys.relations.push({
    terms: [...domainRest.map((x) => [x, 1] as [Term, number]), [row('district', UNKNOWN), -1]],
    kind: 'le',
  });
  sys.relations.push({
    terms: [...districtRest.map((x) => [x, 1] as [Term, number]), [row('domain', UNKNOWN), -1]],
    kind: 'le',
  });
  return { sys, targets };
}

/** Hidden small counts a reader can narrow below [1, MIN − 1]. */
function attack(f: StatisticsFacts, periodId: string): string[] {
  const r = report(f, periodId);
  const raw = measurePeriod(prepareFacts(f), periodBounds(parsePeriod(periodId)), parsePeriod(periodId).year);
  const { sys, targets } = readerSystem(r, (dim, side, category) => {
    if (dim === 'headline') return raw[side];
    if (dim === 'shortage') return raw.shortage.get(category)?.demand ?? 0;
    return raw.breakdown[dim][side].get(category) ?? 0;
  });
  const found = sys.bounds(targets.map((t) => t.variable));
  const leaks: string[] = [];
  for (const t of targets) {
    const [lo, hi] = found.get(t.variable) as [number, number];
    expect(lo <= t.truth && t.truth <= hi, `${t.label}: ${t.truth} outside [${lo}, ${hi}] (unsound attacker)`).toBe(
      true,
    );
    if (lo > 1 || hi < MIN - 1) leaks.push(`${periodId} ${t.label} = ${t.truth}: reader learns [${lo}, ${hi}]`);
  }
  return leaks;
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
