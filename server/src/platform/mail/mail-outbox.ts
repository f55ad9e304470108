import mongoose from 'mongoose';
import { atMost } from '../db/selectors.js';
import type { Logger } from '../logger.js';
import type { FieldCipher, Sealed } from '../security/encryption.js';
import type { MailTransport, OutgoingMail } from './mail-transport.js';

/** A message waiting to go out. Its content is sealed: reset links must not sit readable in a dump. */
export interface QueuedMail {
  _id: mongoose.Types.ObjectId;
  to: string;
  userId: mongoose.Types.ObjectId | null;
  /** The template that made it (for logs, tests and the person's export). */
  template: string;
  sealed: Sealed;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
  /** A mail whose link has expired is dropped rather than sent late. */
  expiresAt: Date;
}

const mailOutboxSchema = new mongoose.Schema(
  {
    to: { type: String, required: true },
    userId: { type: mongoose.Schema.Types.ObjectId, ref: 'User', default: null },
    template: { type: String, required: true },
    sealed: { type: mongoose.Schema.Types.Mixed, required: true },
    attempts: { type: Number, default: 0 },
    nextAttemptAt: { type: Date, required: true },
    lastError: { type: String, default: null },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'mail_outbox' },
);
mailOutboxSchema.index({ nextAttemptAt: 1 });
// Deleting an account removes its waiting mail.
mailOutboxSchema.index({ userId: 1 });

export const MailOutboxModel = mongoose.model('MailOutbox', mailOutboxSchema);

export interface NewMail extends OutgoingMail {
  userId: string | null;
  template: string;
  expiresAt: Date;
}

export interface Undeliverable {
  userId: string | null;
  to: string;
  reason: string;
}

const BATCH = 50;
/** How long a claimed message is left alone before another drain may try it (a crashed sender). */
const LEASE_MS = 5 * 60_000;
/** 5 s, 10 s, 20 s … up to 30 minutes between attempts while the server keeps failing. */
export const mailBackoffMs = (attempts: number) => Math.min(30 * 60_000, 5_000 * 2 ** Math.min(attempts, 9));

/**
 * The mail outbox: the same append-only pattern as the search outbox (a request inserts and
 * returns; a worker drains after it, with back-off), but a mail is not idempotent like a
 * projection, so each message is claimed with a lease before it is sent and retried on its own.
 * A refusing or hanging SMTP server delays mail and nothing else.
 */
export class MailOutbox {
  private draining: Promise<void> | null = null;
  private again = false;
  private scheduled = false;
  private stopped = false;
  /** Messages this node is sending now: `resumeNow` makes them due again, they must not go twice. */
  private readonly inFlight = new Set<string>();
  /** The last transient failure, cleared by the next success: health shows mail `down` meanwhile. */
  lastFailure: string | null = null;

  constructor(
    private readonly transport: MailTransport,
    private readonly cipher: FieldCipher,
    private readonly opts: { log: Logger; onUndeliverable: (u: Undeliverable) => Promise<void> },
  ) {}

  async enqueue(mails: readonly NewMail[]): Promise<void> {
    if (mails.length === 0) return;
    const now = new Date();
    await MailOutboxModel.insertMany(
      mails.map((m) => ({
        to: m.to,
        userId: m.userId ? new mongoose.Types.ObjectId(m.userId) : null,
        template: m.template,
        sealed: this.cipher.seal(
          JSON.stringify({ subject: m.subject, text: m.text, html: m.html, headers: m.headers }),
        ),
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
        createdAt: now,
        expiresAt: m.expiresAt,
      })),
      { ordered: false },
    );
    this.kick();
  }

  /** Drains soon, once, however many messages arrive in the same turn; never inside the request. */
  kick(): void {
    if (this.scheduled || this.stopped) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.drain().catch((err: unknown) => this.opts.log.warn({ err }, 'mail drain failed; retrying on the next tick'));
    });
  }

  drain(): Promise<void> {
    if (this.draining) {
      this.again = true;
      return this.draining;
    }
    this.draining = (async () => {
      try {
        do {
          this.again = false;
          while (!this.stopped && (await this.drainBatch())) {
            // keep going while full batches come back
          }
        } while (this.again && !this.stopped);
      } finally {
        this.draining = null;
      }
    })();
    return this.draining;
  }

  private async drainBatch(): Promise<boolean> {
    const due = await MailOutboxModel.find({ nextAttemptAt: atMost(new Date()) })
      .sort({ nextAttemptAt: 1 })
      .limit(BATCH)
      .lean<QueuedMail[]>();
    // Two at a time: the transport's pool has two connections.
    for (let i = 0; i < due.length && !this.stopped; i += 2) {
      await Promise.all(due.slice(i, i + 2).map((m) => this.deliver(m)));
    }
    return due.length === BATCH;
  }

  private async deliver(m: QueuedMail): Promise<void> {
    const key = String(m._id);
    if (this.inFlight.has(key)) return;
    this.inFlight.add(key);
    try {
      await this.attempt(m);
    } finally {
      this.inFlight.delete(key);
    }
  }

  private async attempt(m: QueuedMail): Promise<void> {
    const now = Date.now();
    const claimed = await MailOutboxModel.updateOne(
      { _id: m._id, attempts: m.attempts },
      { $set: { nextAttemptAt: new Date(now + LEASE_MS) }, $inc: { attempts: 1 } },
    );
    if (claimed.modifiedCount !== 1) return; // another drain has it
    if (m.expiresAt.getTime() <= now) {
      this.opts.log.warn({ template: m.template, attempts: m.attempts }, 'mail expired before it could be sent');
      await MailOutboxModel.deleteOne({ _id: m._id });
      return;
    }
    let content: Omit<OutgoingMail, 'to'>;
    try {
      content = JSON.parse(this.cipher.open(m.sealed)) as Omit<OutgoingMail, 'to'>;
    } catch (err) {
      // Sealed under another DATA_ENCRYPTION_KEY: it can never be read, so it must not block the rest.
      this.opts.log.error({ err, template: m.template }, 'mail cannot be unsealed; dropped');
      await MailOutboxModel.deleteOne({ _id: m._id });
      return;
    }
    const result = await this.transport.send({ to: m.to, ...content });
    if (result.ok) {
      this.lastFailure = null;
      await MailOutboxModel.deleteOne({ _id: m._id });
      return;
    }
    if (result.permanent) {
      this.opts.log.warn({ template: m.template, reason: result.reason }, 'mail refused for good');
      await MailOutboxModel.deleteOne({ _id: m._id });
      await this.opts.onUndeliverable({ userId: m.userId ? String(m.userId) : null, to: m.to, reason: result.reason });
      return;
    }
    this.lastFailure = result.reason;
    this.opts.log.warn({ template: m.template, attempts: m.attempts + 1, reason: result.reason }, 'mail delayed');
    await MailOutboxModel.updateOne(
      { _id: m._id },
      { $set: { nextAttemptAt: new Date(Date.now() + mailBackoffMs(m.attempts)), lastError: result.reason } },
    );
  }

  /** The scheduled job. */
  async tick(): Promise<void> {
    if (!this.stopped) await this.drain();
  }

  /** Retries every waiting message now (the server is back). */
  async resumeNow(): Promise<void> {
    await MailOutboxModel.updateMany({}, { $set: { nextAttemptAt: new Date() } });
    await this.drain();
  }

  async backlog(): Promise<number> {
    return MailOutboxModel.countDocuments();
  }

  /** Waiting mail of a person whose account is deleted. */
  async deleteFor(userId: string): Promise<void> {
    await MailOutboxModel.deleteMany({ userId });
  }

  /** Stops draining and closes the connections; a send still hanging is abandoned to its timeout. */
  stop(): void {
    this.stopped = true;
    this.transport.close();
  }
}
