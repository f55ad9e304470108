import type { SalaryGuidance } from '@shsw/shared';
import mongoose from 'mongoose';
import { notFound } from '../../platform/errors/app-error.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';

const band = { low: Number, median: Number, high: Number };
const guidanceSchema = new mongoose.Schema(
  {
    _id: Number,
    byLevel: { none: band, assistant: band, social_worker: band, senior: band },
    byCategory: { practice: band, supervision: band, management: band, education_research: band },
    source: String,
    updatedAt: Date,
    updatedBy: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },
  },
  { versionKey: false, collection: 'salary_guidance' },
);
export const GuidanceModel = mongoose.model('SalaryGuidance', guidanceSchema);

type Stored = Omit<SalaryGuidance, 'year' | 'updatedAt'> & { _id: number; updatedAt: Date | null };

const present = (g: Stored): SalaryGuidance => ({
  year: g._id,
  byLevel: g.byLevel,
  byCategory: g.byCategory,
  source: g.source,
  updatedAt: g.updatedAt?.toISOString() ?? null,
});

/**
 * The bureau's yearly salary guidance: a handful of rows read with every position, so cached
 * briefly (other app nodes see a change within the TTL).
 */
export class SalaryGuidanceService {
  private cache: { rows: SalaryGuidance[]; at: number } | undefined;

  constructor(private readonly events: DomainEventBus) {}

  async all(): Promise<SalaryGuidance[]> {
    if (!this.cache || Date.now() - this.cache.at > 30_000) {
      const rows = (await GuidanceModel.find().sort({ _id: -1 }).lean<Stored[]>()).map(present);
      this.cache = { rows, at: Date.now() };
    }
    return this.cache.rows;
  }

  async year(year: number): Promise<SalaryGuidance> {
    const found = (await this.all()).find((g) => g.year === year);
    if (!found) throw notFound(`salary guidance for ${year}`);
    return found;
  }

  /** The guidance in force in a year: that year's, or the latest before it. */
  async inForce(year: number): Promise<SalaryGuidance | null> {
    return (await this.all()).find((g) => g.year <= year) ?? null;
  }

  async set(year: number, body: Omit<SalaryGuidance, 'year' | 'updatedAt'>, userId: string): Promise<SalaryGuidance> {
    await GuidanceModel.updateOne(
      { _id: year },
      { $set: { ...body, updatedAt: new Date(), updatedBy: userId } },
      { upsert: true },
    );
    this.cache = undefined;
    this.events.emit('salary_guidance.changed', { year });
    return this.year(year);
  }
}
