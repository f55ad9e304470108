import type { Conversation, ConversationMessage } from '@shsw/shared';
import { maskName } from '@shsw/shared';
import mongoose from 'mongoose';
import { TtlCache } from '../../platform/cache/ttl-cache.js';
import { findByIds } from '../../platform/db/find-by-ids.js';
import { after, before, oneOf } from '../../platform/db/selectors.js';
import { notFound } from '../../platform/errors/app-error.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { User } from '../accounts/index.js';
import { BlockModel } from '../blocks/index.js';
import { organisationsByIds } from '../organisations/index.js';
import { positionsByIds } from '../positions/index.js';
import { profilesByIds } from '../profiles/index.js';
import { type ConversationDoc, ConversationModel, type SideKey } from './conversation.model.js';
import { presentConversation, presentMessage } from './conversations.presenter.js';
import { type MessageDoc, MessageModel } from './message.model.js';

/** The side a viewer speaks for, or null when they have none (an organisation account without one). */
export function sideOf(viewer: Viewer): SideKey | null {
  if (viewer.role === 'worker') return 'worker';
  if (viewer.role === 'org' && viewer.orgId) return 'org';
  return null;
}

/** Whose threads a side sees: the worker's own, or every thread of the member's organisation. */
export function threadsOf(viewer: Viewer): { profileId: string } | { orgId: string } | null {
  const side = sideOf(viewer);
  if (side === 'worker') return { profileId: viewer.userId };
  if (side === 'org' && viewer.orgId) return { orgId: viewer.orgId };
  return null;
}

/** The thread when the viewer is one of its sides; anyone else is told it does not exist. */
export async function ownThread(viewer: Viewer, id: string): Promise<{ thread: ConversationDoc; side: SideKey }> {
  const side = sideOf(viewer);
  const thread = side ? await ConversationModel.findById(id).lean<ConversationDoc>() : null;
  if (!thread || !side) throw notFound('conversation');
  const mine = side === 'worker' ? String(thread.profileId) === viewer.userId : String(thread.orgId) === viewer.orgId;
  if (!mine) throw notFound('conversation');
  return { thread, side };
}

/**
 * Threads as sending needs them (who the two sides are, which position): that never changes, so
 * each message need not read its thread again. Kept 10 s; a worker's erasure on this node forgets
 * their threads at once, another node's within the 10 s.
 */
const threadsForSending = new TtlCache<ConversationDoc | null>(10_000, 50_000);

/** `ownThread` for a message about to be sent: only the thread's identity fields may be used. */
export async function ownThreadForSending(
  viewer: Viewer,
  id: string,
): Promise<{ thread: ConversationDoc; side: SideKey }> {
  const side = sideOf(viewer);
  if (!side || !mongoose.isValidObjectId(id)) throw notFound('conversation');
  let thread = threadsForSending.get(id);
  if (thread === undefined) {
    thread = await ConversationModel.findById(id, { orgId: 1, profileId: 1, positionId: 1 }).lean<ConversationDoc>();
    threadsForSending.set(id, thread ?? null);
  }
  if (!thread) throw notFound('conversation');
  const mine = side === 'worker' ? String(thread.profileId) === viewer.userId : String(thread.orgId) === viewer.orgId;
  if (!mine) throw notFound('conversation');
  return { thread, side };
}

/** Forgets a worker's threads (their erasure), so nothing more is sent into them from this node. */
export function forgetThreadsOf(profileId: string): void {
  threadsForSending.deleteWhere((t) => t !== null && String(t.profileId) === profileId);
}

/** Worker names as an organisation sees them: masked, from the record or else the account. */
export async function maskedWorkerNames(ids: readonly unknown[]): Promise<Map<string, string>> {
  const [profiles, users] = await Promise.all([
    profilesByIds(ids),
    findByIds<{ _id: unknown; displayName: string }>(ids, {
      one: (id) => User.findById(id, { displayName: 1 }).lean<{ _id: unknown; displayName: string }>(),
      many: (list) =>
        User.find({ _id: oneOf(list) }, { displayName: 1 }).lean<{ _id: unknown; displayName: string }[]>(),
    }),
  ]);
  const out = new Map<string, string>();
  for (const u of users) out.set(String(u._id), maskName(u.displayName));
  for (const p of profiles) if (p.personal?.name) out.set(String(p._id), maskName(p.personal.name));
  return out;
}

export async function presentThreads(
  viewer: Viewer,
  side: SideKey,
  threads: readonly ConversationDoc[],
): Promise<Conversation[]> {
  const [orgs, positions, workers, blocks] = await Promise.all([
    organisationsByIds(threads.map((t) => t.orgId)),
    positionsByIds(threads.map((t) => t.positionId)),
    maskedWorkerNames(threads.map((t) => t.profileId)),
    side === 'worker'
      ? BlockModel.find({ profileId: viewer.userId, by: 'worker' }, { orgId: 1 }).lean<{ orgId: unknown }[]>()
      : BlockModel.find({ orgId: viewer.orgId, by: 'organisation' }, { profileId: 1 }).lean<{ profileId: unknown }[]>(),
  ]);
  const orgName = new Map(orgs.map((o) => [String(o._id), o.name]));
  const title = new Map(positions.map((p) => [String(p._id), p.title]));
  const blocked = new Set(blocks.map((b) => String('orgId' in b ? b.orgId : b.profileId)));
  return threads.map((t) =>
    presentConversation(t, side, {
      orgName: orgName.get(String(t.orgId)) ?? '',
      positionTitle: title.get(String(t.positionId)) ?? '',
      workerName: workers.get(String(t.profileId)) ?? '',
      blockedByMe: blocked.has(String(side === 'worker' ? t.orgId : t.profileId)),
    }),
  );
}

/** Unread messages of a side across its threads (the header badge). */
export async function unreadOf(who: { profileId: string } | { orgId: string }): Promise<number> {
  const side: SideKey = 'profileId' in who ? 'worker' : 'org';
  // Top-level equality only (an index read on FerretDB); the counts are summed here.
  const rows = await ConversationModel.find(who, { [side]: 1 }).lean<ConversationDoc[]>();
  return rows.reduce((sum, r) => sum + (r[side]?.unread ?? 0), 0);
}

/** Read-side use cases: lists, one thread, its messages, the replay after a reconnect. */
export class ConversationViews {
  async list(
    viewer: Viewer,
    q: { positionId?: string | undefined; unread?: 'true' | 'false' | undefined; limit: number },
  ) {
    const who = threadsOf(viewer);
    const side = sideOf(viewer);
    if (!who || !side) return { items: [], unread: 0 };
    const filter = {
      ...who,
      ...(q.positionId ? { positionId: q.positionId } : {}),
      ...(q.unread === 'true' ? { [`${side}.unread`]: after(0) } : {}),
    };
    const [rows, unread] = await Promise.all([
      ConversationModel.find(filter).sort({ lastActivityAt: -1 }).limit(q.limit).lean<ConversationDoc[]>(),
      unreadOf(who),
    ]);
    return { items: await presentThreads(viewer, side, rows), unread };
  }

  async unread(viewer: Viewer): Promise<number> {
    const who = threadsOf(viewer);
    return who ? unreadOf(who) : 0;
  }

  async show(viewer: Viewer, id: string): Promise<Conversation> {
    const { thread, side } = await ownThread(viewer, id);
    const [presented] = await presentThreads(viewer, side, [thread]);
    if (!presented) throw notFound('conversation');
    return presented;
  }

  async messages(viewer: Viewer, id: string, q: { before?: string | undefined; limit: number }) {
    const { thread } = await ownThread(viewer, id);
    return pageOfMessages(String(thread._id), q);
  }

  /** What a reconnecting client missed after the message id it last saw (at most 200), oldest first. */
  async since(viewer: Viewer, lastSeenId: string | null): Promise<{ items: ConversationMessage[]; unread: number }> {
    const who = threadsOf(viewer);
    if (!who) return { items: [], unread: 0 };
    const filter = 'profileId' in who ? { workerUserId: who.profileId } : { orgId: who.orgId };
    const items = lastSeenId
      ? await MessageModel.find({ ...filter, _id: after(new mongoose.Types.ObjectId(lastSeenId)) })
          .sort({ _id: 1 })
          .limit(200)
          .lean<MessageDoc[]>()
      : [];
    return { items: items.map(presentMessage), unread: await unreadOf(who) };
  }
}

/** A page of a thread's messages, oldest first, and whether older ones exist. */
export async function pageOfMessages(conversationId: string, q: { before?: string | undefined; limit: number }) {
  const rows = await MessageModel.find({
    conversationId,
    ...(q.before ? { _id: before(new mongoose.Types.ObjectId(q.before)) } : {}),
  })
    .sort({ _id: -1 })
    .limit(q.limit + 1)
    .lean<MessageDoc[]>();
  const hasMore = rows.length > q.limit;
  return { items: rows.slice(0, q.limit).reverse().map(presentMessage), hasMore };
}
