import { describe, expect, it } from 'vitest';
import type { IndexDefinition, SearchDocument, SearchRequest } from '../search-engine.js';
import { EmbeddedSearchEngine } from './embedded-search-engine.js';

const def: IndexDefinition = {
  name: 'items',
  searchable: [{ field: 'title', weight: 1 }],
  filterable: ['group', 'n'],
  sortable: ['n'],
  facets: ['group', 'code'],
  synonyms: {},
};

const req = (over: Partial<SearchRequest> = {}): SearchRequest => ({
  filters: [],
  facets: [],
  offset: 0,
  limit: 20,
  ...over,
});

/** Items with a small-cardinality `group` (bitset counting) and a large-cardinality `code` (scanning). */
function items(count: number, version = 1): SearchDocument[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `i${String(i).padStart(5, '0')}`,
    title: i % 3 === 0 ? `社工 item v${version}` : `督导 item v${version}`,
    group: `g${i % 7}`,
    code: `c${i % 900}`,
    n: i,
  }));
}

/** Reference counts by plain iteration, independent of the engine's bitsets. */
function countBy(docs: SearchDocument[], field: string, keep: (d: SearchDocument) => boolean): Record<string, number> {
  const out: Record<string, number> = {};
  for (const d of docs.filter(keep)) {
    const v = String(d[field]);
    out[v] = (out[v] ?? 0) + 1;
  }
  return out;
}

describe('EmbeddedSearchEngine', () => {
  it('when ids share their first 14 characters, then ties still follow full id order', async () => {
    const engine = new EmbeddedSearchEngine();
    await engine.ensureIndex(def);
    const stem = 'same-prefix-0123';
    await engine.upsert('items', [
      { id: `${stem}b`, title: 'x', n: 1 },
      { id: `${stem}a`, title: 'x', n: 1 },
      { id: `${stem}`, title: 'x', n: 1 },
    ]);
    const r = await engine.search('items', req({ sort: [{ field: 'n', direction: 'asc' }] }));
    expect(r.hits.map((h) => h.id)).toEqual([stem, `${stem}a`, `${stem}b`]);
  });

  it('when facets are counted over large and small sets, then counts equal plain counting', async () => {
    const engine = new EmbeddedSearchEngine();
    await engine.ensureIndex(def);
    const docs = items(6000);
    await engine.upsert('items', docs);
    const all = await engine.search('items', req({ facets: ['group', 'code'], limit: 0 }));
    expect(all.facets.group).toEqual(countBy(docs, 'group', () => true));
    expect(all.facets.code).toEqual(countBy(docs, 'code', () => true));
    const few = await engine.search(
      'items',
      req({ q: '社工', filters: [{ field: 'n', op: 'range', max: 300 }], facets: ['group'], limit: 0 }),
    );
    expect(few.facets.group).toEqual(countBy(docs, 'group', (d) => Number(d.n) <= 300 && Number(d.n) % 3 === 0));
  });

  it('when documents are replaced many times over, then the rebuilt index answers as before', async () => {
    const engine = new EmbeddedSearchEngine();
    await engine.ensureIndex(def);
    for (let version = 1; version <= 22; version++) await engine.upsert('items', items(1000, version));
    expect(await engine.count('items')).toBe(1000);
    const r = await engine.search('items', req({ q: 'v22 社工', facets: ['group'] }));
    expect(r.total).toBe(334);
    expect((await engine.search('items', req({ q: 'v21' }))).total).toBe(0);
  });

  it('when writes are not awaited, then they still apply in order', async () => {
    const engine = new EmbeddedSearchEngine();
    await engine.ensureIndex(def);
    const first = engine.upsert('items', [{ id: 'a', title: 'first', n: 1 }]);
    const second = engine.upsert('items', [{ id: 'a', title: 'second', n: 2 }]);
    const gone = engine.delete('items', ['b']);
    await Promise.all([first, second, gone]);
    expect((await engine.search('items', req({ q: 'second' }))).hits.map((h) => h.id)).toEqual(['a']);
    expect((await engine.search('items', req({ q: 'first' }))).total).toBe(0);
  });

  it('when the definition changes, then existing documents are indexed under the new one', async () => {
    const engine = new EmbeddedSearchEngine();
    await engine.ensureIndex(def);
    await engine.upsert('items', [{ id: 'a', title: 'x', extra: 'zebra', group: 'g1' }]);
    expect((await engine.search('items', req({ q: 'zebra' }))).total).toBe(0);
    await engine.ensureIndex({ ...def, searchable: [...def.searchable, { field: 'extra', weight: 1 }] });
    expect((await engine.search('items', req({ q: 'zebra' }))).hits.map((h) => h.id)).toEqual(['a']);
  });

  it('when an index or document id is unknown or malformed, then it is refused', async () => {
    const engine = new EmbeddedSearchEngine();
    await expect(engine.search('missing', req())).rejects.toThrow(/ensureIndex/);
    await engine.ensureIndex(def);
    await expect(engine.upsert('items', [{ id: 'has space', title: 'x' }])).rejects.toThrow(/document id/);
  });
});
