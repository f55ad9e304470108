import type { SearchMatch } from '@shsw/shared';
import { type FieldValue, type Filter, normalizeQuery, toSimplified } from '../../platform/search/index.js';
import { type PlaceRef, recognisePlaces } from './place-names.js';
import { searchSynonyms } from './search-indexes.js';

/** A query as the platform reads it: normalised text for the engines, and the places named in it. */
export interface UnderstoodQuery {
  /** NFKC, lower case, simplified, places taken out: what the engine searches for. */
  text: string;
  places: PlaceRef[];
}

/**
 * Reads a typed query (both engines get the same text): normalised (full-width forms, case,
 * traditional characters), then — unless `places` is off — district and street names taken out,
 * to rank hits there first rather than to be matched as words.
 */
export function understandQuery(raw: string | undefined, places: 'auto' | 'off' = 'auto'): UnderstoodQuery {
  const text = normalizeQuery(raw ?? '');
  if (places === 'off' || text === '') return { text, places: [] };
  const found = recognisePlaces(text);
  return { text: found.rest, places: found.places };
}

/**
 * The filter a place boost ranks first by: streets when the query named one (the most specific),
 * otherwise districts. Null without places.
 */
export function placeBoost(
  places: readonly PlaceRef[],
  fields: { district: string; street: string },
): { field: string; values: string[] } | null {
  const streets = places.filter((p) => p.kind === 'street').map((p) => p.code);
  if (streets.length > 0) return { field: fields.street, values: streets };
  const districts = places.filter((p) => p.kind === 'district').map((p) => p.code);
  return districts.length > 0 ? { field: fields.district, values: districts } : null;
}

export const inPlace = (b: { field: string; values: string[] }): Filter => ({
  field: b.field,
  op: 'in',
  values: b.values,
});
export const outsidePlace = (b: { field: string; values: string[] }): Filter => ({
  field: b.field,
  op: 'not_in',
  values: b.values,
});

type MatchField = SearchMatch['field'];

/** How one index's searchable fields explain a match: the kind shown, and pinyin twins' sources. */
export interface ExplainSpec {
  /** Searchable field → the kind of match it shows. */
  kinds: Readonly<Record<string, MatchField>>;
  /** Pinyin twin → the field it spells. */
  twins: Readonly<Record<string, string>>;
  /** The value shown for element `i` of a field of a hit (a code for domains, '' for long text). */
  value: (field: string, i: number, document: Record<string, FieldValue>) => string;
  /** The words of that element, when `value` is a code (a domain's label); `value` otherwise. */
  text?: (field: string, i: number, document: Record<string, FieldValue>) => string;
}

const FIELD_ORDER: readonly MatchField[] = [
  'place',
  'title',
  'skill',
  'domain',
  'org',
  'role',
  'education',
  'language',
  'description',
];
const MAX_MATCHES = 6;

/** The synonym keys a query holds, longest first (社会工作者 before 社工). */
function synonymKeys(text: string): string[] {
  return Object.keys(searchSynonyms)
    .filter((k) => text.includes(k))
    .sort((a, b) => b.length - a.length);
}

/**
 * Why a hit matched: each matched element of each explained field, read back through pinyin
 * twins, marked `synonym` when its text holds a synonym of a query word but none of the query's
 * own words, and the place when the hit lies in a place the query named.
 */
export function explainMatches(
  spec: ExplainSpec,
  query: UnderstoodQuery,
  matched: Record<string, number[]> | undefined,
  document: Record<string, FieldValue>,
  placeCode: string | null,
): SearchMatch[] {
  const out: SearchMatch[] = [];
  const seen = new Set<string>();
  const push = (m: SearchMatch) => {
    const key = `${m.field}:${m.value}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(m);
  };
  if (placeCode) push({ field: 'place', value: placeCode, via: 'word' });
  const words = query.text.split(' ').filter((w) => w.length > 0);
  const keys = synonymKeys(query.text);
  for (const [field, indexes] of Object.entries(matched ?? {})) {
    const source = spec.twins[field];
    const kind = spec.kinds[source ?? field];
    if (!kind) continue;
    for (const i of indexes) {
      const value = spec.value(source ?? field, i, document);
      if (source) {
        push({ field: kind, value, via: 'pinyin' });
        continue;
      }
      const text = toSimplified(spec.text?.(field, i, document) ?? value).toLowerCase();
      const own = words.some((w) => text.includes(w));
      const key = own ? undefined : keys.find((k) => searchSynonyms[k]?.some((s) => text.includes(s.toLowerCase())));
      push(key ? { field: kind, value, via: 'synonym', synonymOf: key } : { field: kind, value, via: 'word' });
    }
  }
  return out.sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field)).slice(0, MAX_MATCHES);
}
