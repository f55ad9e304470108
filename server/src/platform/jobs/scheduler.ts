import crypto from 'node:crypto';
import mongoose from 'mongoose';
import { isDuplicateKey } from '../db/db-errors.js';
import { atMost } from '../db/selectors.js';
import type { Logger } from '../logger.js';

const leaseSchema = new mongoose.Schema(
  { _id: String, owner: String, until: Date, lastRunAt: Date, lastError: { type: String, default: null } },
  { versionKey: false, collection: 'job_leases' },
);
const JobLease = mongoose.model('JobLease', leaseSchema);

interface Job {
  name: string;
  everyMs: number;
  run: () => Promise<unknown>;
  timer?: NodeJS.Timeout;
  running?: boolean;
}

/**
 * Periodic work inside the server process. Each run first takes a lease in MongoDB, so with
 * several app nodes only one of them runs a job per interval.
 */
export class Scheduler {
  private readonly jobs: Job[] = [];
  private readonly nodeId = `${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
  private stopped = false;

  constructor(private readonly log: Logger) {}

  every(name: string, everyMs: number, run: () => Promise<unknown>): this {
    this.jobs.push({ name, everyMs, run });
    return this;
  }

  start(): void {
    for (const job of this.jobs) {
      // A little jitter so nodes started together don't all wake at the same instant.
      const tick = () => {
        if (this.stopped) return;
        void this.runOnce(job.name).finally(() => {
          if (!this.stopped) job.timer = setTimeout(tick, job.everyMs);
        });
      };
      job.timer = setTimeout(tick, Math.min(job.everyMs, 5_000) + Math.floor(Math.random() * 1_000));
      job.timer.unref();
    }
  }

  /**
   * Stops scheduling and waits up to `graceMs` for running jobs. A job still running after that
   * (a daily scan over a large collection) is abandoned: its lease lapses and a node runs it
   * again later, and every job is written to be safe to repeat.
   */
  async stop(graceMs = 5_000): Promise<void> {
    this.stopped = true;
    for (const job of this.jobs) if (job.timer) clearTimeout(job.timer);
    const until = Date.now() + graceMs;
    while (this.jobs.some((j) => j.running) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    const abandoned = this.jobs.filter((j) => j.running).map((j) => j.name);
    if (abandoned.length > 0) this.log.warn({ jobs: abandoned }, 'stopping with jobs still running');
  }

  /** Runs a job now if this node gets the lease; true when it ran. Tests call this directly. */
  async runOnce(name: string): Promise<boolean> {
    const job = this.jobs.find((j) => j.name === name);
    if (!job || job.running) return false;
    try {
      if (!(await this.acquire(job))) return false;
    } catch (err) {
      // No lease without a database (it is restarting): the next interval tries again.
      this.log.warn({ err, job: name }, 'scheduled job skipped: could not take its lease');
      return false;
    }
    job.running = true;
    try {
      await job.run();
      await JobLease.updateOne({ _id: name }, { $set: { lastRunAt: new Date(), lastError: null } });
      return true;
    } catch (err) {
      this.log.error({ err, job: name }, 'scheduled job failed');
      await JobLease.updateOne({ _id: name }, { $set: { lastError: String(err) } }).catch(() => undefined);
      return false;
    } finally {
      job.running = false;
    }
  }

  private async acquire(job: Job): Promise<boolean> {
    const now = new Date();
    const until = new Date(now.getTime() + Math.max(1_000, job.everyMs * 0.9));
    const taken = await JobLease.updateOne(
      { _id: job.name, $or: [{ until: atMost(now) }, { owner: this.nodeId }] },
      { $set: { owner: this.nodeId, until } },
    );
    if (taken.matchedCount === 1) return true;
    try {
      await JobLease.create({ _id: job.name, owner: this.nodeId, until });
      return true;
    } catch (err) {
      if (isDuplicateKey(err)) return false;
      throw err;
    }
  }
}
