import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgOwner, signUp } from '../factories/actors.js';
import { apply, openPosition } from '../factories/positions.js';
import { connected, connectSocket, eventually, type TestSocket } from '../setup/socket-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

let app: TestApp;
const sockets: TestSocket[] = [];
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await app?.close();
});

describe('live hiring board', () => {
  it('when an application arrives or a colleague moves it, then every member’s open socket hears ids only, and other organisations hear nothing', async () => {
    const owner = await orgOwner(app);
    const invite = await owner.client.post<{ code: string }>(`/api/organisations/${owner.orgId}/invites`);
    const recruiter = await signUp(app, { role: 'org', inviteCode: invite.body.code });
    const stranger = await orgOwner(app);
    const worker = await signUp(app);
    const position = await openPosition(owner.client);

    const heard = (s: TestSocket) => {
      const events: unknown[] = [];
      s.on('applications:changed', (e) => events.push(e));
      return events;
    };
    const ownerSocket = connectSocket(app.url, owner.client);
    const strangerSocket = connectSocket(app.url, stranger.client);
    sockets.push(ownerSocket, strangerSocket);
    await Promise.all([connected(ownerSocket), connected(strangerSocket)]);
    const ownerHeard = heard(ownerSocket);
    const strangerHeard = heard(strangerSocket);

    const application = await apply(worker.client, position.id);
    await eventually(() => ownerHeard.length === 1);
    expect(ownerHeard[0]).toEqual({ applicationId: application.id, positionId: position.id });

    // The recruiter moves it: the owner gets no notification for a colleague's move, but the board event.
    const moved = await recruiter.client.post(`/api/applications/${application.id}/status`, { to: 'shortlisted' });
    expect(moved.status, moved.text).toBe(200);
    await eventually(() => ownerHeard.length === 2);
    await app.server.services.events.idle();
    expect(strangerHeard).toEqual([]);
  });
});
