import type mongoose from 'mongoose';
import { findByIds } from '../../platform/db/find-by-ids.js';
import { oneOf } from '../../platform/db/selectors.js';
import { type ConversationDoc, ConversationModel, type SideKey } from './conversation.model.js';

/** A burst of messages makes one notification per thread and side in this long, while unread. */
export const NOTIFY_EVERY_MS = 10 * 60_000;

type LastMessage = NonNullable<ConversationDoc['lastMessage']>;

interface Entry {
  id: mongoose.Types.ObjectId;
  inc: Record<SideKey, number>;
  last: LastMessage;
  waiters: { to: SideKey; resolve: (notify: boolean) => void; reject: (err: unknown) => void }[];
}

/**
 * Each message adds one to its receiver's unread count and moves the thread's latest message. On
 * FerretDB every such update waits its turn in one queue per collection, so one update per message
 * would cap the platform at that queue's pace: instead, counts that arrive while a write is under
 * way are written together in one bulk write (a thread's own messages still land in order, see the
 * service). Each caller learns whether its message is the one to notify of.
 */
export class ThreadCounters {
  private pending = new Map<string, Entry>();
  private running: Promise<void> | null = null;

  add(id: mongoose.Types.ObjectId, to: SideKey, last: LastMessage): Promise<boolean> {
    const key = String(id);
    const entry = this.pending.get(key) ?? { id, inc: { worker: 0, org: 0 }, last, waiters: [] };
    entry.inc[to] += 1;
    entry.last = last;
    this.pending.set(key, entry);
    const done = new Promise<boolean>((resolve, reject) => entry.waiters.push({ to, resolve, reject }));
    this.kick();
    return done;
  }

  /**
   * Starts draining unless a drain runs. A count added after the drain's last look but before it
   * was marked finished would otherwise wait for the next message (a live badge stayed at 0 in an
   * e2e run on a loaded machine): so a finished drain looks again.
   */
  private kick(): void {
    if (this.running) return;
    this.running = this.drain().finally(() => {
      this.running = null;
      if (this.pending.size > 0) this.kick();
    });
  }

  private async drain(): Promise<void> {
    while (this.pending.size > 0) {
      const batch = [...this.pending.values()];
      this.pending = new Map();
      try {
        const notify = await this.write(batch);
        for (const e of batch) {
          const told = new Set<SideKey>();
          for (const w of e.waiters) {
            // One notice per side and batch: the first message of a burst carries it.
            w.resolve(notify.get(String(e.id))?.has(w.to) === true && !told.has(w.to));
            told.add(w.to);
          }
        }
      } catch (err) {
        for (const e of batch) for (const w of e.waiters) w.reject(err);
      }
    }
  }

  /** Writes a batch; answers, per thread, the sides to notify (their first unread, or a stale notice). */
  private async write(batch: readonly Entry[]): Promise<Map<string, Set<SideKey>>> {
    const now = new Date();
    const before = await findByIds<ConversationDoc>(
      batch.map((e) => e.id),
      {
        one: (id) => ConversationModel.findById(id, { worker: 1, org: 1 }).lean<ConversationDoc>(),
        many: (ids) => ConversationModel.find({ _id: oneOf(ids) }, { worker: 1, org: 1 }).lean<ConversationDoc[]>(),
      },
    );
    const stateOf = new Map(before.map((c) => [String(c._id), c]));
    const notify = new Map<string, Set<SideKey>>();
    const ops = batch.map((e) => {
      const sides = new Set<SideKey>();
      const set: Record<string, unknown> = { lastMessage: e.last, lastActivityAt: e.last.at };
      for (const side of ['worker', 'org'] as const) {
        if (e.inc[side] === 0) continue;
        const state = stateOf.get(String(e.id))?.[side];
        const due =
          !state ||
          state.unread === 0 ||
          !state.notifiedAt ||
          now.getTime() - state.notifiedAt.getTime() >= NOTIFY_EVERY_MS;
        if (due) {
          sides.add(side);
          set[`${side}.notifiedAt`] = now;
        }
      }
      notify.set(String(e.id), sides);
      const inc = Object.fromEntries(
        (['worker', 'org'] as const).filter((s) => e.inc[s] > 0).map((s) => [`${s}.unread`, e.inc[s]]),
      );
      return { updateOne: { filter: { _id: e.id }, update: { $set: set, $inc: inc } } };
    });
    await ConversationModel.bulkWrite(ops, { ordered: false });
    return notify;
  }
}
