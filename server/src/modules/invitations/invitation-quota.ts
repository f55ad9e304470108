import { isDuplicateKey } from '../../platform/db/db-errors.js';
import { after, before } from '../../platform/db/selectors.js';
import { AppError } from '../../platform/errors/app-error.js';
import type { SettingsService } from '../settings/index.js';
import { InvitationQuotaDayModel } from './invitation.model.js';

/** The Shanghai calendar day of a moment (UTC+8 all year), as YYYY-MM-DD. */
export const shanghaiDay = (at: Date) => new Date(at.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * The daily invitation quota of an organisation: one counter per organisation and Shanghai day,
 * taken with a compare-and-set (`count < perDay`), so parallel invitations never exceed it.
 */
export class InvitationQuota {
  constructor(private readonly settings: SettingsService) {}

  async usedToday(orgId: string, now = new Date()): Promise<number> {
    const doc = await InvitationQuotaDayModel.findById(`${orgId}:${shanghaiDay(now)}`).lean<{ count: number }>();
    return doc?.count ?? 0;
  }

  /** Takes one place for today, or throws `invitation_quota_exceeded`. Returns the counter's id. */
  async take(orgId: string, now = new Date()): Promise<string> {
    const perDay = await this.settings.invitationQuota();
    const day = shanghaiDay(now);
    const id = `${orgId}:${day}`;
    try {
      await InvitationQuotaDayModel.updateOne(
        { _id: id },
        { $setOnInsert: { orgId, day, count: 0 } },
        { upsert: true },
      );
    } catch (err) {
      // Two first invitations of the day raced to create the counter (MongoDB): it exists now.
      if (!isDuplicateKey(err)) throw err;
    }
    const taken = await InvitationQuotaDayModel.findOneAndUpdate(
      { _id: id, count: before(perDay) },
      { $inc: { count: 1 } },
      { returnDocument: 'after' },
    ).lean();
    if (!taken) {
      throw new AppError('invitation_quota_exceeded', `your organisation may send ${perDay} invitations a day`, {
        perDay,
      });
    }
    return id;
  }

  /** Gives back a place taken for an invitation that was not stored after all. */
  async giveBack(counterId: string): Promise<void> {
    await InvitationQuotaDayModel.updateOne({ _id: counterId, count: after(0) }, { $inc: { count: -1 } });
  }
}
