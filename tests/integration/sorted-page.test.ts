import { oneOf } from '@shsw/server/platform/db/selectors';
import { sortedPage } from '@shsw/server/platform/db/sorted-page';
import { sqlCountBy, sqlReadsAvailable } from '@shsw/server/platform/db/sql-reads';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startTestApp, type TestApp } from '../setup/test-app.js';

// Lists page through SQL on FerretDB-over-PostgreSQL and through the driver elsewhere; either way a
// page must be exactly what MongoDB's sort, skip, limit and count give.

const itemSchema = new mongoose.Schema(
  { owner: mongoose.Schema.Types.ObjectId, kind: String, name: String, at: Date },
  { collection: 'sorted_page_items', versionKey: false },
);
itemSchema.index({ owner: 1, at: -1 });
const Item =
  (mongoose.models.SortedPageItem as mongoose.Model<ItemDoc> | undefined) ??
  mongoose.model<ItemDoc>('SortedPageItem', itemSchema);

interface ItemDoc {
  _id: mongoose.Types.ObjectId;
  owner: mongoose.Types.ObjectId;
  kind: string;
  name?: string;
  at?: Date;
}

let app: TestApp;
const owners = [new mongoose.Types.ObjectId(), new mongoose.Types.ObjectId()];
const docs: ItemDoc[] = [];

beforeAll(async () => {
  app = await startTestApp();
  await Item.createIndexes();
  const base = Date.UTC(2026, 0, 1);
  for (let i = 0; i < 60; i += 1) {
    const doc: ItemDoc = {
      _id: new mongoose.Types.ObjectId(),
      owner: owners[i % 2] as mongoose.Types.ObjectId,
      kind: ['a', 'b', 'c'][i % 3] as string,
      name: i % 5 === 0 ? `社工 Worker ${i}` : `养老 ${i}`,
    };
    // Ties (several at the same instant) and a few without the sort field at all.
    if (i % 7 !== 0) doc.at = new Date(base + Math.floor(i / 4) * 60_000);
    docs.push(doc);
  }
  await Item.insertMany(docs);
});
afterAll(async () => {
  await app.close();
});

/** What MongoDB would answer: missing first ascending, ties by _id in the same direction. */
function expected(filter: (d: ItemDoc) => boolean, descending: boolean, skip: number, limit: number) {
  const key = (d: ItemDoc) => d.at?.getTime() ?? Number.NEGATIVE_INFINITY;
  const rows = docs.filter(filter).sort((x, y) => {
    const byAt = key(x) - key(y) || x._id.toHexString().localeCompare(y._id.toHexString());
    return descending ? -byAt : byAt;
  });
  return { ids: rows.slice(skip, skip + limit).map((d) => d._id.toHexString()), total: rows.length };
}

describe('sorted pages', () => {
  it('when the database is FerretDB on PostgreSQL, then pages come from SQL', () => {
    expect(sqlReadsAvailable()).toBe(inject('dbEngine') === 'ferretdb-postgresql');
  });

  it.each([
    [false, 0, 10],
    [true, 0, 10],
    [true, 10, 10],
    [false, 25, 20],
  ])(
    'when paging one owner (descending %s, skip %i, limit %i), then the page and the total match MongoDB',
    async (descending, skip, limit) => {
      const owner = owners[0] as mongoose.Types.ObjectId;
      const page = await sortedPage<ItemDoc>(Item, {
        equals: { owner },
        sort: { field: 'at', descending },
        skip,
        limit,
      });
      const want = expected((d) => d.owner.equals(owner), descending, skip, limit);
      expect(page.items.map((d) => d._id.toHexString())).toEqual(want.ids);
      expect(page.total).toBe(want.total);
    },
  );

  it('when a page is read, then each document is exactly what the driver reads (types included)', async () => {
    const page = await sortedPage<ItemDoc>(Item, { sort: { field: 'at', descending: true }, skip: 0, limit: 60 });
    expect(page.items).toHaveLength(60);
    const driver = await Item.find({ _id: oneOf(page.items.map((d) => d._id)) }).lean<ItemDoc[]>();
    const byId = new Map(driver.map((d) => [d._id.toHexString(), d]));
    for (const item of page.items) {
      expect(item._id).toBeInstanceOf(mongoose.Types.ObjectId);
      expect(item.owner).toBeInstanceOf(mongoose.Types.ObjectId);
      if (item.at !== undefined) expect(item.at).toBeInstanceOf(Date);
      expect(item).toEqual(byId.get(item._id.toHexString()));
    }
  });

  it('when filtering by several values and by text, then only those match, in order', async () => {
    const page = await sortedPage<ItemDoc>(Item, {
      oneOf: { kind: ['a', 'c'] },
      contains: { fields: ['name'], text: 'worker' },
      sort: { field: 'at', descending: true },
      skip: 0,
      limit: 100,
    });
    const want = expected((d) => ['a', 'c'].includes(d.kind) && /worker/i.test(d.name ?? ''), true, 0, 100);
    expect(page.items.map((d) => d._id.toHexString())).toEqual(want.ids);
    expect(page.total).toBe(want.total);
  });

  it('when counting by owner and kind, then each group has its number (from SQL where it runs)', async () => {
    const grouped = await sqlCountBy({
      collection: 'sorted_page_items',
      equals: {},
      oneOf: { owner: owners },
      groupBy: ['owner', 'kind'],
    });
    if (!sqlReadsAvailable()) {
      expect(grouped).toBeNull();
      return;
    }
    const want = new Map<string, number>();
    for (const d of docs) {
      const key = `${d.owner.toHexString()}|${d.kind}`;
      want.set(key, (want.get(key) ?? 0) + 1);
    }
    const got = new Map((grouped ?? []).map((g) => [`${String(g.key[0])}|${String(g.key[1])}`, g.n]));
    expect(got).toEqual(want);
  });

  it('when the text holds SQL or pattern characters, then it is matched literally', async () => {
    const page = await sortedPage<ItemDoc>(Item, {
      contains: { fields: ['name'], text: "%' OR 1=1 --" },
      sort: { field: 'at', descending: false },
      skip: 0,
      limit: 10,
    });
    expect(page).toEqual({ items: [], total: 0 });
  });

  it('when the collection does not exist yet, then the page is empty', async () => {
    const Missing =
      mongoose.models.SortedPageMissing ??
      mongoose.model('SortedPageMissing', new mongoose.Schema({ at: Date }, { collection: 'sorted_page_none' }));
    expect(await sortedPage(Missing, { sort: { field: 'at', descending: true }, skip: 0, limit: 5 })).toEqual({
      items: [],
      total: 0,
    });
  });
});
