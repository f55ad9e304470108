import {
  type BreakdownDimension,
  type Cell,
  districtCodes,
  type ReportFigures,
  serviceDomainCodes,
} from '@shsw/shared';
import { UNKNOWN } from './categories.js';

/**
 * The attacker (tests only; used by attacker.test.ts and the reports integration test): for a report, everything a reader can see — every published count, the
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
 * Figures computed from counts (shares, ratios) are checked by the tests: each is published only
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
/** The real count of a cell (`headline` / `total`, a table row, or a shortage cell `domain|district`). */
export type Truth = (
  dim: BreakdownDimension | 'headline' | 'shortage',
  side: 'demand' | 'supply',
  category: string,
) => number;

function readerSystem(r: ReportFigures, truth: Truth | undefined) {
  const sys = new ReaderSystem();
  const targets: Target[] = [];
  // Without the real counts, the targets are the cells marked "<5" (known to be 1 … 4).
  const real = (dim: Parameters<Truth>[0], side: 'demand' | 'supply', category: string, cell: Cell) =>
    truth ? truth(dim, side, category) : cell.flag === 'suppressed' ? 1 : 0;
  const track = (t: number | { known: number }, cell: Cell, value: number, label: string) => {
    if (typeof t === 'number' && value > 0 && value < MIN && cell.flag !== null)
      targets.push({ variable: t, truth: value, label });
    return t;
  };
  const hd = r.headline.demand.current;
  const hs = r.headline.supply.current;
  const D = track(sys.term(hd, 'D'), hd, real('headline', 'demand', 'total', hd), 'D');
  const S = track(sys.term(hs, 'S'), hs, real('headline', 'supply', 'total', hs), 'S');
  const rowTerm = new Map<string, number | { known: number }>();
  for (const t of r.tables) {
    // Every table's total row is the headline count.
    const same = (x: Cell, y: Cell) => x.value === y.value && x.flag === y.flag;
    if (t.side !== 'supply' && !same(t.total.demand, hd)) throw new Error(`${t.dimension}: total is not D`);
    if (t.side !== 'demand' && !same(t.total.supply, hs)) throw new Error(`${t.dimension}: total is not S`);
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
          real(t.dimension, side, row.category, row[side]),
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
        const value = truth?.('shortage', 'demand', key) ?? 0;
        if (value > 0 && value < MIN) targets.push({ variable: v, truth: value, label: `shortage.${key}` });
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

/**
 * Hidden small counts a reader can narrow below [1, MIN − 1], as messages (empty: none). With
 * `truth`, every hidden count of 1 … 4 is checked (shortage cells left out of the ranking too) and
 * the bounds are checked to contain it; without, the cells marked "<5".
 */
export function attackReport(r: ReportFigures, truth?: Truth): string[] {
  const { sys, targets } = readerSystem(r, truth);
  const found = sys.bounds(targets.map((t) => t.variable));
  const leaks: string[] = [];
  for (const t of targets) {
    const [lo, hi] = found.get(t.variable) as [number, number];
    if (truth && !(lo <= t.truth && t.truth <= hi))
      throw new Error(`${t.label}: ${t.truth} outside [${lo}, ${hi}] (unsound attacker)`);
    if (lo > 1 || hi < MIN - 1)
      leaks.push(`${r.period.id} ${t.label}${truth ? ` = ${t.truth}` : ''}: reader learns [${lo}, ${hi}]`);
  }
  return leaks;
}
