import type { Conversation, ConversationMessage } from '@shsw/shared';
import { DAILY_NEW_THREADS } from '@shsw/shared';
import mongoose from 'mongoose';
import { TtlCache } from '../../platform/cache/ttl-cache.js';
import { isDuplicateKey } from '../../platform/db/db-errors.js';
import { atLeast } from '../../platform/db/selectors.js';
import { KeyedQueue } from '../../platform/db/write-queue.js';
import { AppError, forbidden, notFound } from '../../platform/errors/app-error.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { rooms } from '../../platform/realtime/realtime.js';
import { User } from '../accounts/index.js';
import { ApplicationModel } from '../applications/index.js';
import type { BlocksService } from '../blocks/index.js';
import type { NotificationsService } from '../notifications/index.js';
import { organisationById } from '../organisations/index.js';
import { type PositionDoc, PositionModel } from '../positions/index.js';
import {
  type ConversationDoc,
  ConversationModel,
  type ConversationOrigin,
  type SideKey,
} from './conversation.model.js';
import {
  maskedWorkerNames,
  ownThread,
  ownThreadForSending,
  presentThreads,
  sideOf,
  unreadOf,
} from './conversation-views.js';
import { presentMessage } from './conversations.presenter.js';
import { type MessageDoc, MessageModel } from './message.model.js';
import { ThreadCounters } from './thread-counters.js';

const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DAY_MS = 86_400_000;

/** Midnight in Shanghai (UTC+8 all year) of the day `now` falls on. */
export function shanghaiDayStart(now: Date): Date {
  return new Date(Math.floor((now.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS - SHANGHAI_OFFSET_MS);
}

export interface ThreadKey {
  orgId: string;
  profileId: string;
  positionId: string;
}

const otherSide = (side: SideKey): SideKey => (side === 'worker' ? 'org' : 'worker');
const sideName = (side: SideKey): 'worker' | 'organisation' => (side === 'worker' ? 'worker' : 'organisation');

/**
 * Conversations between an organisation and a worker about a position. Writes to one thread run
 * one at a time (its unread counters and read marks are read-then-written), and a worker's new
 * threads one at a time (the daily limit is a count, then an insert): exact under parallel requests.
 */
export class ConversationsService {
  private readonly threadWrites = new KeyedQueue();
  private readonly starts = new KeyedQueue();
  private readonly names = new TtlCache<string>(60_000);
  private readonly counters = new ThreadCounters();

  constructor(
    private readonly events: DomainEventBus,
    private readonly blocks: BlocksService,
    private readonly notifications: NotificationsService,
  ) {}

  /** The thread of the key, created when missing; parallel calls all get the same one. */
  async ensureThread(
    key: ThreadKey,
    origin: ConversationOrigin,
  ): Promise<{ thread: ConversationDoc; created: boolean }> {
    const existing = await ConversationModel.findOne(key).lean<ConversationDoc>();
    if (existing) return { thread: existing, created: false };
    const now = new Date();
    try {
      const doc = await ConversationModel.create({ ...key, origin, lastActivityAt: now, createdAt: now });
      return { thread: doc.toObject() as ConversationDoc, created: true };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const winner = await ConversationModel.findOne(key).lean<ConversationDoc>();
      if (!winner) throw err;
      return { thread: winner, created: false };
    }
  }

  /** A thread opened by an application or an invitation; none while a block stands between them. */
  async openFor(key: ThreadKey, origin: ConversationOrigin): Promise<void> {
    if (await this.blocks.isBlocked(key.orgId, key.profileId)) return;
    await this.ensureThread(key, origin);
  }

  /** A worker's question on a position page: the thread (new or continued) with its first message. */
  async start(viewer: Viewer, body: { positionId: string; text: string }) {
    if (viewer.role !== 'worker') throw forbidden('only a worker asks about a position');
    const position = await PositionModel.findById(body.positionId).lean<PositionDoc>();
    if (!position || position.status === 'draft') throw notFound('position');
    const key = { orgId: String(position.orgId), profileId: viewer.userId, positionId: body.positionId };
    if (await this.blocks.isBlocked(key.orgId, key.profileId)) throw blockedError();
    let thread = await ConversationModel.findOne(key).lean<ConversationDoc>();
    if (!thread) {
      if (position.status !== 'open') throw notFound('position');
      thread = await this.starts.run(viewer.userId, async () => {
        const existing = await ConversationModel.findOne(key).lean<ConversationDoc>();
        if (existing) return existing;
        const today = await ConversationModel.countDocuments({
          profileId: viewer.userId,
          origin: 'question',
          createdAt: atLeast(shanghaiDayStart(new Date())),
        });
        if (today >= DAILY_NEW_THREADS) {
          throw new AppError('rate_limited', `at most ${DAILY_NEW_THREADS} new conversations a day`, {
            limit: DAILY_NEW_THREADS,
          });
        }
        return (await this.ensureThread(key, 'question')).thread;
      });
    }
    const message = await this.post(viewer, thread, 'worker', body.text);
    const [conversation] = await presentThreads(viewer, 'worker', [await this.reload(thread._id)]);
    if (!conversation) throw notFound('conversation');
    return { conversation, message };
  }

  /** The thread of an application, for either of its sides (older applications get theirs now). */
  async forApplication(viewer: Viewer, applicationId: string): Promise<Conversation> {
    const side = sideOf(viewer);
    const a = await ApplicationModel.findById(applicationId, { orgId: 1, workerUserId: 1, positionId: 1 }).lean<{
      orgId: unknown;
      workerUserId: unknown;
      positionId: unknown;
    }>();
    const mine =
      a &&
      (side === 'worker'
        ? String(a.workerUserId) === viewer.userId
        : side === 'org' && String(a.orgId) === viewer.orgId);
    if (!a || !side || !mine) throw notFound('application');
    const key = { orgId: String(a.orgId), profileId: String(a.workerUserId), positionId: String(a.positionId) };
    // A blocked pair keeps the thread it had (to read it) but opens no new one.
    const existing = await ConversationModel.findOne(key).lean<ConversationDoc>();
    if (!existing && (await this.blocks.isBlocked(key.orgId, key.profileId))) throw blockedError();
    const thread = existing ?? (await this.ensureThread(key, 'application')).thread;
    const [presented] = await presentThreads(viewer, side, [thread]);
    if (!presented) throw notFound('conversation');
    return presented;
  }

  async send(viewer: Viewer, id: string, text: string): Promise<ConversationMessage> {
    const { thread, side } = await ownThreadForSending(viewer, id);
    // The author's name is read (and cached) alongside the block check, not after it.
    const [blocked, , organisation] = await Promise.all([
      this.blocks.isBlocked(String(thread.orgId), String(thread.profileId)),
      this.authorName(viewer, thread, side),
      organisationById(thread.orgId),
    ]);
    if (blocked) throw blockedError();
    // A closed organisation's threads stay readable (both sides keep the history) but take no new messages.
    if (!organisation || organisation.status === 'closed') {
      throw new AppError('conflict', 'this organisation has closed; the conversation is read-only', {
        reason: 'organisation_closed',
      });
    }
    return this.post(viewer, thread, side, text);
  }

  /**
   * Stores the message and tells both sides' rooms at once (the receiver's wait is one insert),
   * then counts it unread for the other side. A thread's messages are stored and counted one at a
   * time, so a read in between never misses or double-counts one.
   */
  private async post(
    viewer: Viewer,
    thread: ConversationDoc,
    side: SideKey,
    text: string,
  ): Promise<ConversationMessage> {
    const doc: MessageDoc = {
      _id: new mongoose.Types.ObjectId(),
      conversationId: thread._id,
      orgId: thread.orgId,
      workerUserId: thread.profileId,
      side: sideName(side),
      authorUserId: new mongoose.Types.ObjectId(viewer.userId),
      authorName: await this.authorName(viewer, thread, side),
      text,
      createdAt: new Date(),
    };
    const message = presentMessage(doc);
    const to = otherSide(side);
    const notify = await this.threadWrites.run(String(thread._id), async () => {
      await MessageModel.create(doc);
      this.notifications.broadcast(rooms.user(String(thread.profileId)), 'message', message);
      this.notifications.broadcast(rooms.org(String(thread.orgId)), 'message', message);
      return this.counters.add(thread._id, to, {
        id: doc._id,
        side: doc.side,
        text: text.slice(0, 200),
        at: doc.createdAt,
      });
    });
    await this.broadcastUnread(thread, to);
    this.events.emit('message.sent', {
      conversationId: String(thread._id),
      messageId: String(doc._id),
      orgId: String(thread.orgId),
      positionId: String(thread.positionId),
      profileId: String(thread.profileId),
      side: doc.side,
      notify,
    });
    return message;
  }

  /** The name shown beside a message: the member's, or the worker's as the organisation sees it (cached a minute). */
  private async authorName(viewer: Viewer, thread: ConversationDoc, side: SideKey): Promise<string> {
    const key = `${side}:${viewer.userId}`;
    const cached = this.names.get(key);
    if (cached !== undefined) return cached;
    const name =
      side === 'org'
        ? ((await User.findById(viewer.userId, { displayName: 1 }).lean<{ displayName: string }>())?.displayName ?? '')
        : ((await maskedWorkerNames([thread.profileId])).get(String(thread.profileId)) ?? '');
    this.names.set(key, name);
    return name;
  }

  /** Marks the thread read up to its latest message; the other side's open pages show 已读. */
  async read(viewer: Viewer, id: string) {
    const { thread, side } = await ownThread(viewer, id);
    const readAt = new Date();
    const lastReadId = await this.threadWrites.run(String(thread._id), async () => {
      const latest = await MessageModel.findOne({ conversationId: thread._id }, { _id: 1 })
        .sort({ _id: -1 })
        .lean<{ _id: mongoose.Types.ObjectId }>();
      await ConversationModel.updateOne(
        { _id: thread._id },
        { $set: { [`${side}.unread`]: 0, [`${side}.lastReadId`]: latest?._id ?? null, [`${side}.readAt`]: readAt } },
      );
      return latest ? String(latest._id) : null;
    });
    const event = {
      conversationId: String(thread._id),
      side: sideName(side),
      lastReadId,
      readAt: readAt.toISOString(),
    };
    this.notifications.broadcast(rooms.user(String(thread.profileId)), 'message:read', event);
    this.notifications.broadcast(rooms.org(String(thread.orgId)), 'message:read', event);
    const unread = await this.broadcastUnread(thread, side);
    return { lastReadId, readAt: event.readAt, unread };
  }

  /** Every open page of that side (the worker's tabs, or all the organisation's members) sees the count. */
  private async broadcastUnread(thread: ConversationDoc, side: SideKey): Promise<number> {
    const who = side === 'worker' ? { profileId: String(thread.profileId) } : { orgId: String(thread.orgId) };
    const unread = await unreadOf(who);
    const room = side === 'worker' ? rooms.user(String(thread.profileId)) : rooms.org(String(thread.orgId));
    this.notifications.broadcast(room, 'messages:unread', { unread });
    return unread;
  }

  private async reload(id: mongoose.Types.ObjectId): Promise<ConversationDoc> {
    const thread = await ConversationModel.findById(id).lean<ConversationDoc>();
    if (!thread) throw notFound('conversation');
    return thread;
  }
}

const blockedError = () => new AppError('forbidden', 'a block stands between this organisation and this worker');
