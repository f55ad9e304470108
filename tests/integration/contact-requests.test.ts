import type { ContactRequest, SharedContact, TalentView } from '@shsw/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, bureau, orgOwner, signUp } from '../factories/actors.js';
import { apply, openPosition } from '../factories/positions.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';

let app: TestApp;
let bureauClient: TestClient;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_PER_MINUTE: '0' });
  bureauClient = await bureau(app);
});
afterAll(async () => {
  await app?.close();
});

const MOBILE = '13911112345';
const EMAIL = 'chenjing-contact@example.test';

async function workerWithRecord(): Promise<Actor> {
  const worker = await signUp(app, { displayName: '陈静' });
  await worker.client.patch('/api/me/profile', {
    personal: { name: '陈静', birthYear: 1990, districtCode: '310104', mobile: MOBILE, email: EMAIL },
    visibility: 'verified_orgs',
  });
  return worker;
}

type Views = { items: { action: string; viewer: { kind: string; name: string } }[] };

describe('consented contact', () => {
  it('when a worker grants, then the organisation sees the contact details (audited, in the worker’s views) until the grant is withdrawn', async () => {
    const org = await orgOwner(app, { bureauClient });
    const worker = await workerWithRecord();
    const contact = `/api/talent/${worker.user.id}/shared-contact`;

    // Before any grant: nothing anywhere shows the phone or the address.
    const before = await org.client.get(contact);
    expect(before.status).toBe(403);
    const record = await org.client.get<TalentView>(`/api/talent/${worker.user.id}`);
    expect(record.text).not.toContain(MOBILE);
    expect(record.text).not.toContain(EMAIL);

    const asked = await org.client.post<ContactRequest>('/api/contact-requests', {
      profileId: worker.user.id,
      note: '想了解您的求职意向',
    });
    expect(asked.status).toBe(201);
    expect(asked.body.status).toBe('pending');
    expect(asked.text).not.toContain(MOBILE);
    expect((await org.client.get(contact)).status).toBe(403);
    // Asking again returns the same request.
    const again = await org.client.post<ContactRequest>('/api/contact-requests', { profileId: worker.user.id });
    expect(again.body.id).toBe(asked.body.id);

    await app.server.services.events.idle();
    const mine = await worker.client.get<{ items: ContactRequest[] }>('/api/me/contact-requests');
    expect(mine.body.items).toMatchObject([{ id: asked.body.id, note: '想了解您的求职意向', orgId: org.orgId }]);
    const notes = await worker.client.get<{ items: { type: string }[] }>('/api/notifications');
    expect(notes.body.items.map((n) => n.type)).toContain('contact_requested');

    const granted = await worker.client.post<ContactRequest>(`/api/me/contact-requests/${asked.body.id}/answer`, {
      grant: true,
    });
    expect(granted.body.status).toBe('granted');
    const shown = await org.client.get<SharedContact>(contact);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ name: '陈静', mobile: MOBILE, email: EMAIL, grounds: 'grant' });
    const views = await worker.client.get<Views>('/api/me/profile/views');
    expect(views.body.items.filter((v) => v.action === 'contact_revealed')).toHaveLength(1);

    // Another organisation sees nothing.
    const other = await orgOwner(app, { bureauClient });
    expect((await other.client.get(contact)).status).toBe(403);

    const withdrawn = await worker.client.post<ContactRequest>(`/api/me/contact-requests/${asked.body.id}/withdraw`);
    expect(withdrawn.body.status).toBe('withdrawn');
    const after = await org.client.get(contact);
    expect(after.status).toBe(403);
    expect(after.text).not.toContain(MOBILE);
    // The organisation cannot simply ask again: the worker's answer stands.
    expect((await org.client.post('/api/contact-requests', { profileId: worker.user.id })).status).toBe(409);
    await app.server.services.events.idle();
    const orgNotes = await org.client.get<{ items: { type: string }[] }>('/api/notifications');
    expect(orgNotes.body.items.filter((n) => n.type === 'contact_answered')).toHaveLength(2);
  });

  it('when the worker refuses, then the contact stays hidden; a refusal cannot be answered twice', async () => {
    const org = await orgOwner(app, { bureauClient });
    const worker = await workerWithRecord();
    const asked = await org.client.post<ContactRequest>('/api/contact-requests', { profileId: worker.user.id });
    const refused = await worker.client.post<ContactRequest>(`/api/me/contact-requests/${asked.body.id}/answer`, {
      grant: false,
    });
    expect(refused.body.status).toBe('refused');
    expect((await org.client.get(`/api/talent/${worker.user.id}/shared-contact`)).status).toBe(403);
    expect(
      (await worker.client.post(`/api/me/contact-requests/${asked.body.id}/answer`, { grant: false })).status,
    ).toBe(409);
    expect((await worker.client.post(`/api/me/contact-requests/${asked.body.id}/withdraw`)).status).toBe(409);
  });

  it('when the worker applied to the organisation, then that counts as consent, as before', async () => {
    const org = await orgOwner(app, { bureauClient });
    const worker = await workerWithRecord();
    const position = await openPosition(org.client);
    await apply(worker.client, position.id);
    const shown = await org.client.get<SharedContact>(`/api/talent/${worker.user.id}/shared-contact`);
    expect(shown.status).toBe(200);
    expect(shown.body).toMatchObject({ mobile: MOBILE, grounds: 'application' });
  });

  it('when a block stands or the record is hidden, then no request is made and no contact shown', async () => {
    const org = await orgOwner(app, { bureauClient });
    const worker = await workerWithRecord();
    const asked = await org.client.post<ContactRequest>('/api/contact-requests', { profileId: worker.user.id });
    await worker.client.post(`/api/me/contact-requests/${asked.body.id}/answer`, { grant: true });
    await worker.client.post('/api/blocks', { orgId: org.orgId });
    expect((await org.client.get(`/api/talent/${worker.user.id}/shared-contact`)).status).toBe(403);

    const hidden = await workerWithRecord();
    await hidden.client.patch('/api/me/profile', { hideFrom: [org.creditCode] });
    expect((await org.client.post('/api/contact-requests', { profileId: hidden.user.id })).status).toBe(404);
    const blocked = await workerWithRecord();
    await org.client.post('/api/blocks', { profileId: blocked.user.id });
    expect((await org.client.post('/api/contact-requests', { profileId: blocked.user.id })).status).toBe(409);
  });
});
