import { AuditEvent } from '@shsw/server/modules/audit/index';
import type { Conversation, ConversationMessage, ConversationReport, Notification } from '@shsw/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actor, bureau, orgOwner, PASSWORD, signUp } from '../factories/actors.js';
import { apply, openPosition } from '../factories/positions.js';
import { connected, connectSocket, eventually, type TestSocket } from '../setup/socket-client.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';

let app: TestApp;
const sockets: TestSocket[] = [];
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0', RATE_LIMIT_PER_MINUTE: '0' });
});
afterAll(async () => {
  for (const s of sockets) s.disconnect();
  await app?.close();
});

type Owner = Actor & { orgId: string };
type Started = { conversation: Conversation; message: ConversationMessage };
interface Err {
  error: { code: string };
}

async function ask(worker: Actor, positionId: string, text = '请问这个岗位需要值夜班吗？') {
  return worker.client.post<Started>('/api/conversations', { positionId, text });
}

async function pair(): Promise<{ owner: Owner; worker: Actor; positionId: string; thread: Started }> {
  const owner = await orgOwner(app);
  const position = await openPosition(owner.client);
  const worker = await signUp(app, { displayName: '李小红' });
  const res = await ask(worker, position.id);
  if (res.status !== 201) throw new Error(`ask failed: ${res.status} ${res.text}`);
  return { owner, worker, positionId: position.id, thread: res.body };
}

/** A socket that also records messages, read receipts and unread counts. */
function liveSocket(actor: Actor) {
  const s = connectSocket(app.url, actor.client);
  sockets.push(s);
  const seen = { messages: [] as ConversationMessage[], unread: [] as number[], reads: [] as string[] };
  s.on('message', (m) => seen.messages.push(m));
  s.on('messages:unread', (u) => seen.unread.push(u.unread));
  s.on('message:read', (r) => seen.reads.push(`${r.side}:${r.lastReadId}`));
  return { socket: s, seen };
}

describe('opening threads', () => {
  it('when a worker asks the same position in parallel, then one thread holds every message', async () => {
    const owner = await orgOwner(app);
    const position = await openPosition(owner.client);
    const worker = await signUp(app);
    const results = await Promise.all(Array.from({ length: 8 }, (_, i) => ask(worker, position.id, `问题 ${i}`)));
    expect(results.map((r) => r.status)).toEqual(Array(8).fill(201));
    expect(new Set(results.map((r) => r.body.conversation.id)).size).toBe(1);
    const list = await owner.client.get<{ items: Conversation[]; unread: number }>('/api/conversations');
    expect(list.body.items).toHaveLength(1);
    expect(list.body.unread).toBe(8);
    expect(list.body.items[0]).toMatchObject({ positionTitle: position.title, origin: 'question', unread: 8 });
  });

  it('when a worker applies, then the thread exists for both sides, and a question continues it', async () => {
    const owner = await orgOwner(app);
    const position = await openPosition(owner.client);
    const worker = await signUp(app);
    const application = await apply(worker.client, position.id);
    await app.server.services.events.idle();
    const threads = await worker.client.get<{ items: Conversation[] }>('/api/conversations');
    expect(threads.body.items).toHaveLength(1);
    expect(threads.body.items[0]).toMatchObject({ origin: 'application', lastMessage: null });
    const fromApplication = await owner.client.post<Conversation>(`/api/applications/${application.id}/conversation`);
    expect(fromApplication.body.id).toBe(threads.body.items[0]?.id);
    const asked = await ask(worker, position.id);
    expect(asked.body.conversation.id).toBe(fromApplication.body.id);
  });

  it('when a worker opens 12 threads in parallel, then exactly 10 open today and the rest are refused', async () => {
    const owner = await orgOwner(app);
    const positions = [];
    for (let i = 0; i < 12; i++) positions.push(await openPosition(owner.client));
    const worker = await signUp(app);
    const results = await Promise.all(positions.map((p) => ask(worker, p.id)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(10);
    const refused = results.filter((r) => r.status !== 201);
    expect(refused.map((r) => r.status)).toEqual([429, 429]);
    expect((refused[0]?.body as unknown as Err | undefined)?.error.code).toBe('rate_limited');
    // Continuing an open thread is not a new one.
    const opened = results.find((r) => r.status === 201);
    expect((await ask(worker, opened?.body.conversation.positionId ?? '')).status).toBe(201);
  });
});

describe('messages', () => {
  it('when a message is empty, blank or over 2,000 characters, then it is refused; else it is stored trimmed', async () => {
    const { worker, thread } = await pair();
    const path = `/api/conversations/${thread.conversation.id}/messages`;
    for (const text of ['', '   ', 'x'.repeat(2_001)])
      expect((await worker.client.post(path, { text })).status).toBe(400);
    const longest = await worker.client.post<ConversationMessage>(path, { text: ` ${'好'.repeat(2_000)} ` });
    expect(longest.status).toBe(201);
    expect(longest.body.text).toBe('好'.repeat(2_000));
    const page = await worker.client.get<{ items: ConversationMessage[] }>(path);
    expect(page.body.items).toHaveLength(2);
  });

  it('when someone not in the thread asks for it, then it does not exist for them; a recruiter of the organisation sees it', async () => {
    const { owner, worker, thread } = await pair();
    const id = thread.conversation.id;
    const invite = await owner.client.post<{ code: string }>(`/api/organisations/${owner.orgId}/invites`);
    const recruiter = await signUp(app, { role: 'org', inviteCode: invite.body.code });
    const otherOrg = await orgOwner(app);
    const otherWorker = await signUp(app);
    for (const outsider of [otherOrg, otherWorker]) {
      expect((await outsider.client.get(`/api/conversations/${id}`)).status).toBe(404);
      expect((await outsider.client.get(`/api/conversations/${id}/messages`)).status).toBe(404);
      expect((await outsider.client.post(`/api/conversations/${id}/messages`, { text: 'hi' })).status).toBe(404);
      const list = await outsider.client.get<{ items: Conversation[] }>('/api/conversations');
      expect(list.body.items.map((c) => c.id)).not.toContain(id);
    }
    const anonymous = await app.client().init();
    expect((await anonymous.get('/api/conversations')).status).toBe(401);
    expect((await anonymous.get(`/api/conversations/${id}`)).status).toBe(401);

    const answer = await recruiter.client.post<ConversationMessage>(`/api/conversations/${id}/messages`, {
      text: '不需要值夜班。',
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ side: 'organisation', authorName: '测试用户' });
    const seenByWorker = await worker.client.get<{ items: ConversationMessage[] }>(`/api/conversations/${id}/messages`);
    expect(seenByWorker.body.items.map((m) => m.side)).toEqual(['worker', 'organisation']);
    // The organisation sees the worker's name masked.
    const shown = await owner.client.get<Conversation>(`/api/conversations/${id}`);
    expect(shown.body.workerName).not.toContain('小红');
    expect(shown.body.workerName.startsWith('李')).toBe(true);
  });

  it('when either side blocks the other, then neither can send nor open a new thread', async () => {
    const { owner, worker, thread, positionId } = await pair();
    const id = thread.conversation.id;
    const block = await worker.client.post<{ id: string }>('/api/blocks', { orgId: owner.orgId });
    expect((await worker.client.post(`/api/conversations/${id}/messages`, { text: '还在吗' })).status).toBe(403);
    expect((await owner.client.post(`/api/conversations/${id}/messages`, { text: '在' })).status).toBe(403);
    expect((await ask(worker, positionId)).status).toBe(403);
    const other = await openPosition(owner.client);
    expect((await ask(worker, other.id)).status).toBe(403);
    // An application made while blocked opens no thread either.
    const application = await apply(worker.client, other.id);
    await app.server.services.events.idle();
    expect((await owner.client.post(`/api/applications/${application.id}/conversation`)).status).toBe(403);
    expect((await worker.client.get<Conversation>(`/api/conversations/${id}`)).body.blockedByMe).toBe(true);
    expect((await owner.client.get<Conversation>(`/api/conversations/${id}`)).body.blockedByMe).toBe(false);
    await worker.client.delete(`/api/blocks/${block.body.id}`);
    expect((await owner.client.post(`/api/conversations/${id}/messages`, { text: '在' })).status).toBe(201);
  });

  it('when the organisation closes, then the thread stays readable but takes no new message', async () => {
    const { owner, worker, thread } = await pair();
    const id = thread.conversation.id;
    const closed = await owner.client.post(`/api/organisations/${owner.orgId}/closure`, { password: PASSWORD });
    expect(closed.status, closed.text).toBe(200);
    const refused = await worker.client.post<{ error: { code: string; details?: { reason?: string } } }>(
      `/api/conversations/${id}/messages`,
      { text: '还在招人吗' },
    );
    expect(refused.status).toBe(409);
    expect(refused.body.error.details?.reason).toBe('organisation_closed');
    const read = await worker.client.get<{ items: ConversationMessage[] }>(`/api/conversations/${id}/messages`);
    expect(read.status).toBe(200);
    expect(read.body.items.length).toBeGreaterThan(0);
  });

  it('when a thread is reported, then the bureau lists it and reads its messages, and the reading is audited', async () => {
    const { worker, thread } = await pair();
    const made = await worker.client.post<ConversationReport>(`/api/conversations/${thread.conversation.id}/reports`, {
      reason: '对方索要押金',
    });
    expect(made.status).toBe(201);
    const b = await bureau(app);
    const list = await b.get<{ items: ConversationReport[] }>('/api/bureau/conversation-reports');
    expect(list.body.items.map((r) => r.id)).toContain(made.body.id);
    const detail = await b.get<{ report: ConversationReport; messages: ConversationMessage[] }>(
      `/api/bureau/conversation-reports/${made.body.id}`,
    );
    expect(detail.body.report.reason).toBe('对方索要押金');
    expect(detail.body.messages.map((m) => m.text)).toEqual([thread.message.text]);
    expect(
      await AuditEvent.countDocuments({
        action: 'conversation_report_viewed',
        targetKey: `conversation:${thread.conversation.id}`,
      }),
    ).toBe(1);
    expect((await worker.client.get('/api/bureau/conversation-reports')).status).toBe(403);
  });
});

describe('live and after a reconnect', () => {
  it('when a message is sent, then the other side hears it with its unread count, and reading shows 已读 to the sender', async () => {
    const { owner, worker, thread } = await pair();
    const id = thread.conversation.id;
    const org = liveSocket(owner);
    const me = liveSocket(worker);
    const stranger = liveSocket(await orgOwner(app));
    const otherWorker = liveSocket(await signUp(app));
    await Promise.all([org, me, stranger, otherWorker].map((x) => connected(x.socket)));
    const sent = await worker.client.post<ConversationMessage>(`/api/conversations/${id}/messages`, {
      text: '第二个问题',
    });
    await eventually(() => org.seen.messages.some((m) => m.id === sent.body.id));
    await eventually(() => org.seen.unread.at(-1) === 2);
    const read = await owner.client.post<{ lastReadId: string; unread: number }>(`/api/conversations/${id}/read`);
    expect(read.body).toMatchObject({ lastReadId: sent.body.id, unread: 0 });
    await eventually(() => me.seen.reads.includes(`organisation:${sent.body.id}`));
    const shown = await worker.client.get<Conversation>(`/api/conversations/${id}`);
    expect(shown.body.otherRead.lastReadId).toBe(sent.body.id);
    expect((await owner.client.get<{ unread: number }>('/api/conversations/unread')).body.unread).toBe(0);
    // Another organisation and another worker heard nothing of it.
    for (const outsider of [stranger, otherWorker]) {
      expect(outsider.seen.messages).toEqual([]);
      expect(outsider.seen.reads).toEqual([]);
    }
  });

  it('when the organisation reconnects after missing messages, then it gets exactly those, in order, from its last id', async () => {
    const { owner, worker, thread } = await pair();
    const id = thread.conversation.id;
    const first = liveSocket(owner);
    await connected(first.socket);
    const seen = await worker.client.post<ConversationMessage>(`/api/conversations/${id}/messages`, { text: '一' });
    await eventually(() => first.seen.messages.some((m) => m.id === seen.body.id));
    first.socket.disconnect();
    for (const text of ['二', '三']) await worker.client.post(`/api/conversations/${id}/messages`, { text });
    const again = liveSocket(owner);
    await connected(again.socket);
    const sync = new Promise<{ items: ConversationMessage[]; unread: number }>((resolve) =>
      again.socket.once('messages:sync', resolve),
    );
    again.socket.emit('messages:resume', { lastSeenId: seen.body.id });
    const missed = await sync;
    expect(missed.items.map((m) => m.text)).toEqual(['二', '三']);
    expect(missed.unread).toBe(4);
  });
});

describe('notifications of messages', () => {
  it('when a burst of messages arrives, then one notification and one mail name the sender, never the text', async () => {
    const owner = await orgOwner(app);
    await owner.client.put('/api/notifications/preferences', {
      types: {},
      email: { message_received: true },
      profileMatches: false,
    });
    const position = await openPosition(owner.client);
    const worker = await signUp(app);
    const secret = '我的银行卡号是 6222 0000 1111';
    const first = await ask(worker, position.id, secret);
    const id = first.body.conversation.id;
    for (let i = 0; i < 3; i++)
      await worker.client.post(`/api/conversations/${id}/messages`, { text: `${secret} #${i}` });
    await app.server.services.events.idle();
    const notes = await owner.client.get<{ items: Notification[] }>('/api/notifications');
    const about = notes.body.items.filter((n) => n.type === 'message_received' && n.data.conversationId === id);
    expect(about).toHaveLength(1);
    expect(JSON.stringify(about)).not.toContain('银行卡');
    await app.server.services.mailer.outbox.drain();
    const mail = await app.mailbox.waitFor({ to: owner.login, template: 'notification:message_received' });
    expect(app.mailbox.to(owner.login, 'notification:message_received')).toHaveLength(1);
    for (const part of [mail.subject, mail.text, mail.html]) {
      expect(part).not.toContain('银行卡');
      expect(part).not.toContain('6222');
    }
    expect(mail.text).toContain('新消息');
  });
});

describe('personal data of conversations', () => {
  it('when the worker exports, then their threads and messages are in it; when they delete the account, the threads go', async () => {
    const { owner, worker, thread } = await pair();
    const id = thread.conversation.id;
    await owner.client.post(`/api/conversations/${id}/messages`, { text: '欢迎来面谈' });
    const exported = await worker.client.get<{
      sections: { conversations: { threads: { id: string; messages: { text: string }[] }[] } };
    }>('/api/me/export');
    const mine = exported.body.sections.conversations.threads.find((t) => t.id === id);
    expect(mine?.messages.map((m) => m.text)).toEqual([thread.message.text, '欢迎来面谈']);

    const deleted = await worker.client.request('DELETE', '/api/me', { body: { password: PASSWORD } });
    expect(deleted.status).toBe(200);
    expect((await owner.client.get(`/api/conversations/${id}`)).status).toBe(404);
    const list = await owner.client.get<{ items: Conversation[]; unread: number }>('/api/conversations');
    expect(list.body.items).toEqual([]);
    expect(list.body.unread).toBe(0);
  });

  it('when a member who wrote messages deletes the account, then the messages stay without the name', async () => {
    const { owner, worker, thread } = await pair();
    const invite = await owner.client.post<{ code: string }>(`/api/organisations/${owner.orgId}/invites`);
    const recruiter = await signUp(app, { role: 'org', inviteCode: invite.body.code, displayName: '招聘专员小周' });
    const id = thread.conversation.id;
    await recruiter.client.post(`/api/conversations/${id}/messages`, { text: '请带上证书原件' });
    expect((await recruiter.client.request('DELETE', '/api/me', { body: { password: PASSWORD } })).status).toBe(200);
    const page = await worker.client.get<{ items: ConversationMessage[] }>(`/api/conversations/${id}/messages`);
    expect(page.body.items.at(-1)).toMatchObject({ text: '请带上证书原件', authorName: '' });
  });
});
