import {
  type Filter,
  type FilterValue,
  type IndexDefinition,
  RELEVANCE,
  type SearchRequest,
  type SortClause,
} from './search-engine.js';

/** The most hits one request may ask for; deep pages beyond `MAX_WINDOW` are refused. */
export const MAX_LIMIT = 1000;
export const MAX_WINDOW = 100_000;

const INDEX_NAME = /^[A-Za-z0-9_-]{1,200}$/;
// Field names are spliced into Meilisearch filter and sort expressions, so keep them plain words.
const FIELD_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;
const FILTER_KEYWORDS = new Set([
  'AND',
  'OR',
  'IN',
  'NOT',
  'TO',
  'EXISTS',
  'IS',
  'NULL',
  'EMPTY',
  'CONTAINS',
  'STARTS',
  'WITH',
]);

/** A request after validation: every field checked against the definition, defaults filled in. */
export interface NormalizedRequest {
  q: string;
  filters: readonly Filter[];
  facets: readonly string[];
  /** Empty means relevance. */
  sort: readonly SortClause[];
  offset: number;
  limit: number;
  highlight: readonly string[];
  retrieve: readonly string[];
  matching: 'all' | 'last';
  explain: readonly string[];
}

function assertFieldName(name: string, where: string): void {
  if (!FIELD_NAME.test(name) || FILTER_KEYWORDS.has(name)) {
    throw new Error(`search: ${where} field name ${JSON.stringify(name)} is not allowed`);
  }
}

// Meilisearch's rule for document ids, applied to both engines so they accept the same documents.
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,511}$/;

export function assertDocumentId(id: unknown): void {
  if (typeof id !== 'string' || !DOCUMENT_ID.test(id))
    throw new Error(`search: document id ${JSON.stringify(id)} is not allowed`);
}

export function assertIndexName(name: string): void {
  if (!INDEX_NAME.test(name)) throw new Error(`search: index name ${JSON.stringify(name)} is not allowed`);
}

export function validateDefinition(def: IndexDefinition): void {
  assertIndexName(def.name);
  for (const s of def.searchable) {
    assertFieldName(s.field, 'searchable');
    if (!Number.isFinite(s.weight) || s.weight <= 0) throw new Error(`search: weight of ${s.field} must be > 0`);
  }
  for (const f of def.filterable) assertFieldName(f, 'filterable');
  for (const f of def.sortable) assertFieldName(f, 'sortable');
  for (const f of def.facets) assertFieldName(f, 'facet');
  if (new Set(def.searchable.map((s) => s.field)).size !== def.searchable.length) {
    throw new Error('search: a searchable field is listed twice');
  }
  for (const [key, values] of Object.entries(def.synonyms)) {
    if (key.trim() === '' || values.some((v) => v.trim() === '')) throw new Error('search: empty synonym');
  }
}

/** Searchable fields, most important first: by descending weight, listed order breaking ties. */
export function rankedSearchableFields(def: IndexDefinition): string[] {
  return def.searchable
    .map((s, i) => ({ ...s, i }))
    .sort((a, b) => b.weight - a.weight || a.i - b.i)
    .map((s) => s.field);
}

/** Fields a filter may name: the filterable ones and the facets. */
export function filterableFields(def: IndexDefinition): Set<string> {
  return new Set([...def.filterable, ...def.facets]);
}

function assertFilterValue(v: FilterValue, field: string): void {
  if (typeof v === 'number' && !Number.isFinite(v)) throw new Error(`search: non-finite value for ${field}`);
  if (typeof v !== 'string' && typeof v !== 'number' && typeof v !== 'boolean') {
    throw new Error(`search: unsupported value type for ${field}`);
  }
}

export function validateFilters(def: IndexDefinition, filters: readonly Filter[]): void {
  const allowed = filterableFields(def);
  for (const f of filters) {
    if (!allowed.has(f.field)) throw new Error(`search: field ${JSON.stringify(f.field)} is not filterable`);
    if (f.op === 'in' || f.op === 'not_in') {
      for (const v of f.values) assertFilterValue(v, f.field);
    } else if (f.op === 'range') {
      for (const bound of [f.min, f.max]) {
        if (bound !== undefined && !Number.isFinite(bound)) throw new Error(`search: non-finite bound for ${f.field}`);
      }
    } else {
      throw new Error('search: unknown filter operator');
    }
  }
}

export function validateFacetField(def: IndexDefinition, field: string): void {
  if (!def.facets.includes(field)) throw new Error(`search: field ${JSON.stringify(field)} is not a facet`);
}

export function validateRequest(def: IndexDefinition, req: SearchRequest): NormalizedRequest {
  validateFilters(def, req.filters);
  for (const f of req.facets) validateFacetField(def, f);
  const sort: SortClause[] = [];
  for (const clause of req.sort ?? []) {
    if (clause.field === RELEVANCE) break;
    if (!def.sortable.includes(clause.field))
      throw new Error(`search: field ${JSON.stringify(clause.field)} is not sortable`);
    if (clause.direction !== 'asc' && clause.direction !== 'desc') throw new Error('search: sort direction');
    sort.push(clause);
  }
  const searchable = new Set(def.searchable.map((s) => s.field));
  for (const h of [...(req.highlight ?? []), ...(req.explain ?? [])]) {
    if (!searchable.has(h)) throw new Error(`search: field ${JSON.stringify(h)} is not searchable`);
  }
  const matching = req.matching ?? 'all';
  if (matching !== 'all' && matching !== 'last') throw new Error('search: matching must be all or last');
  const stored = new Set(def.stored ?? []);
  for (const r of req.retrieve ?? []) {
    if (!stored.has(r)) throw new Error(`search: field ${JSON.stringify(r)} is not stored`);
  }
  if (!Number.isInteger(req.offset) || req.offset < 0) throw new Error('search: offset must be an integer >= 0');
  if (!Number.isInteger(req.limit) || req.limit < 0 || req.limit > MAX_LIMIT) {
    throw new Error(`search: limit must be an integer in [0, ${MAX_LIMIT}]`);
  }
  if (req.offset + req.limit > MAX_WINDOW) throw new Error(`search: offset + limit must be <= ${MAX_WINDOW}`);
  return {
    q: (req.q ?? '').trim(),
    filters: req.filters,
    facets: [...new Set(req.facets)],
    sort,
    offset: req.offset,
    limit: req.limit,
    highlight: [...new Set(req.highlight ?? [])],
    retrieve: [...new Set(req.retrieve ?? [])],
    matching,
    explain: [...new Set(req.explain ?? [])],
  };
}

/** Filters grouped by field in first-seen order, the unit disjunctive facet counts leave out. */
export function filterGroups(filters: readonly Filter[]): Map<string, Filter[]> {
  const groups = new Map<string, Filter[]>();
  for (const f of filters) {
    const list = groups.get(f.field);
    if (list) list.push(f);
    else groups.set(f.field, [f]);
  }
  return groups;
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
