import { demoAccounts } from '@shsw/server/demo/demo-accounts';
import { seedDemo } from '@shsw/server/demo/seed';
import { computeReport } from '@shsw/server/modules/statistics/compute/index';
import { joinFacts, type LoadedFacts } from '@shsw/server/modules/statistics/facts.service';
import { FactsCache } from '@shsw/server/modules/statistics/facts-cache';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgOwner, signInAs } from '../factories/actors.js';
import { openPosition } from '../factories/positions.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

/*
 * The decoded facts are kept between reads and refreshed bucket by bucket (by revision): what a
 * refreshed cache gives — facts and reports — must be exactly what reading everything afresh gives.
 */

let app: TestApp;
const now = new Date(Date.now() + 8 * 3_600_000);
const q = Math.floor(now.getUTCMonth() / 3);
const lastQuarter = q === 0 ? `${now.getUTCFullYear() - 1}-Q4` : `${now.getUTCFullYear()}-Q${q}`;
const thisQuarter = `${now.getUTCFullYear()}-Q${q + 1}`;
const thisMonth = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
const periods = [lastQuarter, thisQuarter, thisMonth];

beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
  await seedDemo({
    preset: 'demo',
    seed: 7,
    overrides: { organisations: 30, workers: 300, positions: 120, maxApplicants: 6 },
  });
});
afterAll(async () => {
  await app?.close();
});

/** Waits until the outbox has applied every change (a load drains it). */
async function settled(): Promise<LoadedFacts> {
  await app.server.services.events.idle();
  return app.server.services.facts.load();
}

/** The facts as a fresh read gives them, joined as the service joins them. */
async function freshlyRead(loaded: LoadedFacts) {
  const stored = (await new FactsCache().read()).facts;
  const guidance = await app.server.services.guidance.all();
  return { stored, joined: joinFacts(stored, loaded.organisations, guidance, loaded.asOf) };
}

const reports = (facts: Parameters<typeof computeReport>[0]) =>
  periods.map((p) => ({ ...computeReport(facts, p), asOf: null }));

describe('the statistics facts cache', () => {
  it('when records change after the facts were read, then reading again reads only the changed buckets and gives exactly what a fresh read gives', async () => {
    const kept = new FactsCache();
    await settled();
    const first = await kept.read();
    expect(first.reread).toBeGreaterThan(100);
    const unchanged = await kept.read();
    expect(unchanged.reread).toBe(0);
    expect(unchanged.facts).toBe(first.facts);
    // The service's own cache, warm before the writes too.
    const reportsBefore = reports(await app.server.services.facts.loadPrepared());

    const worker = await signInAs(app, demoAccounts.worker.login, demoAccounts.worker.password);
    const owner = await signInAs(app, demoAccounts.owner.login, demoAccounts.owner.password);
    const position = await openPosition(owner, { title: '缓存测试岗位', primaryDomain: 'child_welfare' });
    const applied = await worker.post<{ id: string }>(`/api/positions/${position.id}/applications`, { note: '' });
    expect(applied.status).toBe(201);
    expect((await owner.post(`/api/applications/${applied.body.id}/status`, { to: 'viewed' })).status).toBe(200);
    expect((await worker.patch('/api/me/profile', { openToWork: false })).status).toBe(200);

    const loaded = await settled();
    const again = await kept.read();
    // A position, an application and a worker changed: a handful of buckets, not all of them.
    expect(again.reread).toBeGreaterThanOrEqual(3);
    expect(again.reread).toBeLessThan(10);
    const fresh = await freshlyRead(loaded);
    expect(again.facts).toEqual(fresh.stored);
    expect(again.facts.positions.some((p) => p.id === position.id)).toBe(true);

    // The service refreshed its cache the same way: the same facts and the same reports.
    expect(loaded).toEqual(fresh.joined);
    const reportsAfter = reports(await app.server.services.facts.loadPrepared());
    expect(reportsAfter).toEqual(reports(fresh.joined));
    expect(reportsAfter[1]).not.toEqual(reportsBefore[1]);
  });

  it('when an organisation registers and is verified after the facts were read, then the next read has it as it is now', async () => {
    await settled();
    const owner = await orgOwner(app, { verified: false });
    const pending = await settled();
    expect(pending.organisations.find((o) => o.id === owner.orgId)?.status).toBe('pending');
    const b = await signInAs(app, demoAccounts.bureau.login, demoAccounts.bureau.password);
    const decided = await b.post(`/api/bureau/organisations/${owner.orgId}/decision`, { decision: 'verify' });
    expect(decided.status).toBe(200);
    const loaded = await settled();
    expect(loaded.organisations.find((o) => o.id === owner.orgId)?.status).toBe('verified');
    expect(loaded).toEqual((await freshlyRead(loaded)).joined);
  });

  it('when the projection is rebuilt, then what was held is dropped and read again', async () => {
    const kept = new FactsCache();
    await settled();
    const before = await kept.read();
    await app.server.services.facts.rebuild();
    const loaded = await settled();
    const after = await kept.read();
    // A rebuild numbers the buckets' revisions from 1 again: every bucket is read, not compared.
    expect(after.reread).toBe(before.reread);
    const fresh = await freshlyRead(loaded);
    expect(after.facts).toEqual(fresh.stored);
    expect(loaded).toEqual(fresh.joined);
    expect(reports(await app.server.services.facts.loadPrepared())).toEqual(reports(fresh.joined));
  });
});
