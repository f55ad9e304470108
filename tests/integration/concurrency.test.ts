import type { Application } from '@shsw/shared';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgOwner, signUp } from '../factories/actors.js';
import { apply, openPosition } from '../factories/positions.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

// On FerretDB an update reads its match on one connection and rewrites it on another, so without
// the app's write queue these races had several winners (measured: 2–30 of 30). On MongoDB they are
// atomic anyway; the tests hold on both.

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const collection = (name: string) => mongoose.connection.collection(name);

describe('conditional writes under concurrency', () => {
  it('when thirty writers race a compare-and-set on one document, then exactly one wins', async () => {
    const races = collection('race_cas');
    for (let round = 0; round < 5; round += 1) {
      const { insertedId } = await races.insertOne({ version: 0, winners: 0 });
      const results = await Promise.all(
        Array.from({ length: 30 }, () =>
          races.updateOne({ _id: insertedId, version: 0 }, { $set: { version: 1 }, $inc: { winners: 1 } }),
        ),
      );
      expect(results.reduce((sum, r) => sum + r.modifiedCount, 0)).toBe(1);
      expect((await races.findOne({ _id: insertedId }))?.winners).toBe(1);
    }
  });

  it('when twenty writers increment one counter at once, then no increment is lost', async () => {
    const counters = collection('race_inc');
    const { insertedId } = await counters.insertOne({ n: 0 });
    await Promise.all(Array.from({ length: 20 }, () => counters.updateOne({ _id: insertedId }, { $inc: { n: 1 } })));
    await Promise.all(
      Array.from({ length: 20 }, () =>
        counters.findOneAndUpdate({ _id: insertedId }, { $inc: { n: 1 } }, { returnDocument: 'after' }),
      ),
    );
    expect((await counters.findOne({ _id: insertedId }))?.n).toBe(40);
  });

  it('when ten requests move one application at once, then exactly one succeeds and the history has one entry', async () => {
    const owner = await orgOwner(app);
    const position = await openPosition(owner.client);
    const worker = await signUp(app);
    const application = await apply(worker.client, position.id);
    const answers = await Promise.all(
      Array.from({ length: 10 }, () =>
        owner.client.post<Application>(`/api/applications/${application.id}/status`, { to: 'shortlisted' }),
      ),
    );
    expect(answers.filter((r) => r.status === 200)).toHaveLength(1);
    expect(answers.filter((r) => r.status !== 200).every((r) => r.status === 409)).toBe(true);
    const after = await owner.client.get<Application>(`/api/applications/${application.id}`);
    expect(after.body.status).toBe('shortlisted');
    expect(after.body.history.filter((h) => h.status === 'shortlisted')).toHaveLength(1);
  });
});

describe('reads in parallel', () => {
  it('when a slow read is running, then point reads are answered before it finishes', async () => {
    const docs = collection('parallel_reads');
    const filler = '社会工作服务'.repeat(40);
    for (let i = 0; i < 20; i += 1) {
      await docs.insertMany(Array.from({ length: 1_000 }, (_, k) => ({ n: i * 1_000 + k, text: filler })));
    }
    const some = await docs.find({}, { limit: 5 }).toArray();
    const finished: string[] = [];
    // A regular expression is not served by an index: the whole collection is read and decoded.
    const slow = docs
      .find({ text: /needle$/ })
      .toArray()
      .then(() => finished.push('slow'));
    await new Promise((r) => setTimeout(r, 20));
    const points = some.map((d) => docs.findOne({ _id: d._id }).then(() => finished.push('point')));
    await Promise.all([slow, ...points]);
    expect(finished.indexOf('slow')).toBe(finished.length - 1);
  });
});
