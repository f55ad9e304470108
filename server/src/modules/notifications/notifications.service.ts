import type {
  Notification,
  NotificationPreferences,
  NotificationType,
  ServerEventName,
  ServerEventPayload,
} from '@shsw/shared';
import mongoose from 'mongoose';
import { after, before } from '../../platform/db/selectors.js';
import { notFound } from '../../platform/errors/app-error.js';
import { type Realtime, rooms } from '../../platform/realtime/realtime.js';
import { User } from '../accounts/index.js';
import { type NotificationDoc, NotificationModel } from './notification.model.js';

export type NotificationData = Record<string, string | number | boolean | null>;

export interface NewNotification {
  type: NotificationType;
  data: NotificationData;
  link: string | null;
}

const defaults: NotificationPreferences = { types: {}, profileMatches: false };
/** Another node's change of preferences is seen within this long. */
const PREFS_TTL_MS = 60_000;

export function presentNotification(n: NotificationDoc): Notification {
  return {
    id: String(n._id),
    type: n.type,
    data: n.data,
    link: n.link,
    createdAt: n.createdAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}

/**
 * Every notification is stored first, then emitted to its user's room on every node, so a client
 * that was away gets it on resume. Types a user turned off are neither stored nor sent.
 */
export class NotificationsService {
  private realtime: Realtime | undefined;
  /** Preferences by user, filled on demand: alerts to many workers must not read each account. */
  private readonly prefsCache = new Map<string, { prefs: NotificationPreferences; at: number }>();
  private readonly refreshing = new Set<string>();

  attach(realtime: Realtime): void {
    this.realtime = realtime;
  }

  /** A live event that is not a stored notification (import progress). */
  broadcast<E extends ServerEventName>(room: string, event: E, payload: ServerEventPayload<E>): void {
    this.realtime?.emit(room, event, payload);
  }

  /**
   * A user's preferences. A cached entry older than the TTL is still answered (so a burst of
   * alerts never waits on thousands of reads) and refreshed in the background, so another node's
   * change is seen within about a TTL.
   */
  async preferences(userId: string): Promise<NotificationPreferences> {
    const cached = this.prefsCache.get(userId);
    if (cached) {
      if (Date.now() - cached.at >= PREFS_TTL_MS && !this.refreshing.has(userId)) {
        this.refreshing.add(userId);
        void this.readPreferences(userId)
          .catch(() => undefined)
          .finally(() => this.refreshing.delete(userId));
      }
      return cached.prefs;
    }
    return this.readPreferences(userId);
  }

  private async readPreferences(userId: string): Promise<NotificationPreferences> {
    const user = await User.findById(userId, { notificationPrefs: 1 }).lean<{
      notificationPrefs?: NotificationPreferences | null;
    }>();
    const prefs = { ...defaults, ...(user?.notificationPrefs ?? {}) };
    this.prefsCache.set(userId, { prefs, at: Date.now() });
    return prefs;
  }

  /** Reads ahead the preferences of users alerts will reach (saved-search owners), off the hot path. */
  async warmPreferences(userIds: readonly string[]): Promise<void> {
    for (const id of userIds) if (!this.prefsCache.has(id)) await this.readPreferences(id).catch(() => undefined);
  }

  /** Preferences of many users, read in parallel point lookups where not cached. */
  async preferencesOf(userIds: readonly string[]): Promise<Map<string, NotificationPreferences>> {
    const out = new Map<string, NotificationPreferences>();
    for (let i = 0; i < userIds.length; i += 16) {
      const slice = userIds.slice(i, i + 16);
      const prefs = await Promise.all(slice.map((id) => this.preferences(id)));
      slice.forEach((id, k) => {
        out.set(id, prefs[k] ?? defaults);
      });
    }
    return out;
  }

  async setPreferences(userId: string, prefs: NotificationPreferences): Promise<NotificationPreferences> {
    await User.updateOne({ _id: userId }, { $set: { notificationPrefs: prefs } });
    this.prefsCache.set(userId, { prefs, at: Date.now() });
    return prefs;
  }

  /**
   * Notifies users; `prefs` may be passed when the caller already knows them (alerts to many
   * workers), otherwise they are read. Returns the stored notifications.
   */
  async notify(
    recipients: readonly { userId: string; prefs?: NotificationPreferences }[],
    n: NewNotification,
  ): Promise<NotificationDoc[]> {
    const unique = new Map(recipients.map((r) => [r.userId, r]));
    return this.notifyEach([...unique.values()].map((r) => ({ ...r, notification: n })));
  }

  /**
   * Notifies each user of their own notification (alerts that name the user's saved search), stored
   * in one write per thousand, then emitted. Users who turned the type off are skipped.
   */
  async notifyEach(
    items: readonly { userId: string; prefs?: NotificationPreferences; notification: NewNotification }[],
  ): Promise<NotificationDoc[]> {
    const now = new Date();
    const docs: NotificationDoc[] = [];
    for (const { userId, prefs, notification: n } of items) {
      const p = prefs ?? (await this.preferences(userId));
      if (p.types[n.type] === false) continue;
      docs.push({
        _id: new mongoose.Types.ObjectId(),
        userId: new mongoose.Types.ObjectId(userId),
        type: n.type,
        data: n.data,
        link: n.link,
        createdAt: now,
        readAt: null,
      });
    }
    if (docs.length === 0) return [];
    for (let i = 0; i < docs.length; i += 1_000)
      await NotificationModel.insertMany(docs.slice(i, i + 1_000), { ordered: false });
    for (const doc of docs)
      this.realtime?.emit(rooms.user(String(doc.userId)), 'notification', presentNotification(doc));
    return docs;
  }

  /** Members of an organisation (owner and recruiters). */
  async orgMembers(orgId: string): Promise<string[]> {
    const users = await User.find({ orgId }, { _id: 1 }).lean<{ _id: unknown }[]>();
    return users.map((u) => String(u._id));
  }

  /** Bureau and admin accounts (few), who share the verification queue. */
  async bureauUsers(): Promise<string[]> {
    // One equality query per role: each is an index scan, where `$in` would read every account.
    const byRole = await Promise.all(
      (['bureau', 'admin'] as const).map((role) =>
        User.find({ role, status: 'active' }, { _id: 1 }).lean<{ _id: unknown }[]>(),
      ),
    );
    return byRole.flat().map((u) => String(u._id));
  }

  async unread(userId: string): Promise<number> {
    return NotificationModel.countDocuments({ userId, readAt: null });
  }

  async list(userId: string, opts: { before?: string | undefined; limit: number; unread?: boolean }) {
    const filter = {
      userId,
      ...(opts.before ? { _id: before(new mongoose.Types.ObjectId(opts.before)) } : {}),
      ...(opts.unread ? { readAt: null } : {}),
    };
    const items = await NotificationModel.find(filter).sort({ _id: -1 }).limit(opts.limit).lean<NotificationDoc[]>();
    return { items: items.map(presentNotification), unread: await this.unread(userId) };
  }

  /** What a reconnecting client missed after `lastSeenId`, oldest first (at most 200). */
  async since(userId: string, lastSeenId: string | null) {
    const filter = { userId, ...(lastSeenId ? { _id: after(new mongoose.Types.ObjectId(lastSeenId)) } : {}) };
    const items = lastSeenId
      ? await NotificationModel.find(filter).sort({ _id: 1 }).limit(200).lean<NotificationDoc[]>()
      : [];
    return { items: items.map(presentNotification), unread: await this.unread(userId) };
  }

  async markRead(userId: string, id: string): Promise<number> {
    const result = await NotificationModel.updateOne({ _id: id, userId }, { $set: { readAt: new Date() } });
    if (result.matchedCount === 0) throw notFound('notification');
    return this.broadcastUnread(userId);
  }

  async markAllRead(userId: string): Promise<number> {
    await NotificationModel.updateMany({ userId, readAt: null }, { $set: { readAt: new Date() } });
    return this.broadcastUnread(userId);
  }

  /** Other open tabs and devices see the count change too. */
  private async broadcastUnread(userId: string): Promise<number> {
    const unread = await this.unread(userId);
    this.realtime?.emit(rooms.user(userId), 'notifications:unread', { unread });
    return unread;
  }

  /** Drops what this node remembers of a deleted account (its cached preferences). */
  forget(userId: string): void {
    this.prefsCache.delete(userId);
  }
}
