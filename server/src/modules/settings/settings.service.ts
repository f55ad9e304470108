import { type CeRule, DEFAULT_INVITATION_QUOTA, defaultCeRule } from '@shsw/shared';
import mongoose from 'mongoose';

const settingSchema = new mongoose.Schema(
  {
    _id: String,
    value: mongoose.Schema.Types.Mixed,
    updatedAt: Date,
    updatedBy: { type: mongoose.Schema.Types.ObjectId, ref: 'User' },
  },
  { versionKey: false, collection: 'settings' },
);
export const Setting = mongoose.model('Setting', settingSchema);

/** Bureau-configurable rules, read often and changed rarely, so cached for a few seconds. */
export class SettingsService {
  private ceRuleCache: { value: CeRule; at: number } | undefined;
  private invitationQuotaCache: { value: number; at: number } | undefined;

  async ceRule(): Promise<CeRule> {
    if (this.ceRuleCache && Date.now() - this.ceRuleCache.at < 5_000) return this.ceRuleCache.value;
    const doc = await Setting.findById('ce_rule').lean<{ value: CeRule }>();
    const value = doc?.value ?? {
      cycleYears: defaultCeRule.cycleYears,
      hoursPerCycle: { ...defaultCeRule.hoursPerCycle },
    };
    this.ceRuleCache = { value, at: Date.now() };
    return value;
  }

  async setCeRule(rule: CeRule, userId: string): Promise<CeRule> {
    await Setting.updateOne(
      { _id: 'ce_rule' },
      { $set: { value: rule, updatedAt: new Date(), updatedBy: userId } },
      { upsert: true },
    );
    this.ceRuleCache = undefined;
    return rule;
  }

  /** Invitations to apply one organisation may send per Shanghai calendar day. */
  async invitationQuota(): Promise<number> {
    if (this.invitationQuotaCache && Date.now() - this.invitationQuotaCache.at < 5_000) {
      return this.invitationQuotaCache.value;
    }
    const doc = await Setting.findById('invitation_quota').lean<{ value: number }>();
    const value = typeof doc?.value === 'number' ? doc.value : DEFAULT_INVITATION_QUOTA;
    this.invitationQuotaCache = { value, at: Date.now() };
    return value;
  }

  async setInvitationQuota(perDay: number, userId: string): Promise<number> {
    await Setting.updateOne(
      { _id: 'invitation_quota' },
      { $set: { value: perDay, updatedAt: new Date(), updatedBy: userId } },
      { upsert: true },
    );
    this.invitationQuotaCache = undefined;
    return perDay;
  }
}
