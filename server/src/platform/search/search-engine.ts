import { AppError } from '../errors/app-error.js';

/** A value a search document may hold; `null` and missing mean the same thing. */
export type FieldValue = string | readonly string[] | number | boolean | null;

/** A flat document: a string `id` plus fields named in the index definition. */
export type SearchDocument = { readonly id: string } & { readonly [field: string]: FieldValue };

export interface SearchableField {
  field: string;
  /** Relative importance; fields rank by descending weight (ties keep the listed order). */
  weight: number;
}

export interface IndexDefinition {
  /** `^[A-Za-z0-9_-]{1,200}$`; the Meilisearch adapter may prefix it. */
  name: string;
  /** Text fields (Chinese and Latin, string or string[]), most important first. */
  searchable: readonly SearchableField[];
  filterable: readonly string[];
  sortable: readonly string[];
  /** Fields whose value counts can be asked for; facet fields can be filtered on too. */
  facets: readonly string[];
  /** One-way: searching the key also finds the listed words. Declare both directions for a two-way pair. */
  synonyms: Readonly<Record<string, readonly string[]>>;
  /** Fields a search may ask back with each hit (display data), so results need no database read. */
  stored?: readonly string[];
}

export type FilterValue = string | number | boolean;

/** Field names come from code (the index definition), never from users; values may come from users. */
export type Filter =
  | { field: string; op: 'in'; values: readonly FilterValue[] }
  | { field: string; op: 'not_in'; values: readonly FilterValue[] }
  | { field: string; op: 'range'; min?: number; max?: number };

/** Sorting by this pseudo-field means relevance; it and any clause after it are ignored. */
export const RELEVANCE = '_relevance';

export interface SortClause {
  field: string;
  direction: 'asc' | 'desc';
}

export interface SearchRequest {
  q?: string;
  /** All filters AND together; `in` values OR within their filter. */
  filters: readonly Filter[];
  facets: readonly string[];
  /** Absent or empty means relevance; explicit sorts break ties by relevance, then by id. */
  sort?: readonly SortClause[];
  offset: number;
  limit: number;
  /** Searchable fields to return with matched terms wrapped in `<mark>`…`</mark>`, the rest HTML-escaped. */
  highlight?: readonly string[];
  /** Stored fields to return with each hit, as indexed. */
  retrieve?: readonly string[];
  /**
   * Which documents a query of several words finds (Meilisearch's `matchingStrategy`): `all` (the
   * default) only those matching every word; `last` also those matching the first words only, ranked
   * after them by how many words match (the last word is dropped first).
   */
  matching?: 'all' | 'last';
  /** Searchable fields to report on each hit as `matched`: which of their elements hold a query match. */
  explain?: readonly string[];
}

export interface SearchHit {
  id: string;
  /** Relevance in [0, 1], higher is better; engines score differently, so compare order, not values. */
  score: number;
  highlights: Record<string, string>;
  /** The `retrieve` fields of the hit's document (missing fields are left out). */
  document: Record<string, FieldValue>;
  /**
   * For each `explain` field with a match: the indexes of the matching elements (0 for a string
   * field). Fields without a match are left out; absent when nothing was asked.
   */
  matched?: Record<string, number[]>;
}

/** field → value → count. */
export type FacetCounts = Record<string, Record<string, number>>;

export interface SearchResult {
  hits: SearchHit[];
  /** Exact number of documents matching `q` and every filter. */
  total: number;
  /**
   * Disjunctive counts: for each facet field F, over the documents matching `q` and every filter
   * except those on F, so a selected value's siblings keep their counts. Zero counts are left out.
   */
  facets: FacetCounts;
  tookMs: number;
}

export interface FacetValueCount {
  value: string;
  count: number;
}

export interface SearchEngine {
  readonly kind: 'embedded' | 'meilisearch';
  /** Creates the index or brings its settings in line with `def`; safe to call on every start. */
  ensureIndex(def: IndexDefinition): Promise<void>;
  /** Adds or wholly replaces documents by `id`. */
  upsert(index: string, docs: readonly SearchDocument[]): Promise<void>;
  delete(index: string, ids: readonly string[]): Promise<void>;
  clear(index: string): Promise<void>;
  search(index: string, req: SearchRequest): Promise<SearchResult>;
  /**
   * Values of facet `field` that start with `query` (typo-tolerant like Meilisearch's facet search),
   * counted over the documents matching `filters` except those on `field`; most frequent first.
   */
  facetSearch(index: string, field: string, query: string, filters: readonly Filter[]): Promise<FacetValueCount[]>;
  count(index: string): Promise<number>;
  health(): Promise<boolean>;
  close(): Promise<void>;
}

/** Thrown when the search backend cannot be reached; the HTTP layer answers 503 `search_unavailable`. */
export class SearchUnavailableError extends AppError {
  constructor(message = 'the search service is unavailable', options?: { cause?: unknown }) {
    super('search_unavailable', message);
    this.name = 'SearchUnavailableError';
    if (options?.cause !== undefined) this.cause = options.cause;
  }
}

/** Joins the highlighted elements of a string[] field into the one string a hit carries. */
export const HIGHLIGHT_ARRAY_SEPARATOR = '; ';
