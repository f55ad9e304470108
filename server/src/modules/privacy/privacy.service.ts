import { AppError } from '../../platform/errors/app-error.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { type AuthService, endAllSessions, User, type UserDoc } from '../accounts/index.js';
import { AuditEvent, type AuditEventDoc, recordAudit } from '../audit/index.js';
import { OrganisationModel } from '../organisations/index.js';
import { type ProfileDoc, ProfileModel, type ProfilesService, presentOwnProfile } from '../profiles/index.js';

/** PIPL rights: see the consents, take the data away, and be forgotten. */
export class PrivacyService {
  constructor(
    private readonly auth: AuthService,
    private readonly profiles: ProfilesService,
    private readonly events: DomainEventBus,
  ) {}

  async consents(viewer: Viewer) {
    const user = await User.findById(viewer.userId).lean<UserDoc>();
    return (user?.consents ?? []).map((c) => ({
      kind: c.kind as 'privacy_notice' | 'id_card',
      noticeVersion: c.noticeVersion,
      grantedAt: c.grantedAt.toISOString(),
      withdrawnAt: c.withdrawnAt?.toISOString() ?? null,
    }));
  }

  /** Everything held about the caller, ID card decrypted: it is their own data. */
  async export(viewer: Viewer, ip: string | null): Promise<Record<string, unknown>> {
    const user = await User.findById(viewer.userId).lean<UserDoc>();
    if (!user) throw new AppError('not_found', 'account not found');
    const profile = await ProfileModel.findById(viewer.userId).lean<ProfileDoc>();
    const aboutMe = profile
      ? await AuditEvent.find({ 'target.type': 'profile', 'target.id': String(profile._id) })
          .sort({ at: -1 })
          .lean<AuditEventDoc[]>()
      : [];
    await recordAudit({ action: 'data_exported', actor: viewer, target: { type: 'user', id: viewer.userId }, ip });
    const { passwordHash: _hash, ...account } = user;
    return {
      exportedAt: new Date().toISOString(),
      account: { ...account, _id: String(user._id) },
      talentRecord: profile
        ? {
            ...presentOwnProfile(profile),
            idCardNumber: this.profiles.openIdCard(profile),
            openToWorkHistory: profile.openToWorkHistory,
          }
        : null,
      accessToMyRecord: aboutMe.map((e) => ({ at: e.at, action: e.action, details: e.details })),
    };
  }

  /**
   * Deletes the account and its talent record; its sessions end and search indexes drop it
   * (through the `profile.deleted` event). An organisation's owner must hand over first
   * unless nobody else is in the organisation, in which case the organisation goes too.
   */
  async deleteAccount(viewer: Viewer, password: string, ip: string | null): Promise<void> {
    const user = await this.auth.confirmPassword(viewer.userId, password);
    if (user.orgId && user.orgRole === 'owner') {
      const org = await OrganisationModel.findById(user.orgId, { status: 1 }).lean<{ status: string }>();
      // An organisation always has an owner: hand it over or close it first.
      if (org && org.status !== 'closed') {
        throw new AppError(
          'organisation_owner',
          'transfer ownership to another member or close the organisation first',
          {
            orgId: String(user.orgId),
          },
        );
      }
    }
    const profile = await ProfileModel.findById(user._id).lean<ProfileDoc>();
    if (profile) {
      await ProfileModel.deleteOne({ _id: profile._id });
      this.events.emit('profile.deleted', { profileId: String(profile._id), userId: viewer.userId });
    }
    await User.deleteOne({ _id: user._id });
    await endAllSessions(viewer.userId);
    this.events.emit('user.sessions_revoked', { userId: viewer.userId, reason: 'deleted' });
    this.events.emit('user.deleted', { userId: viewer.userId, profileId: profile ? String(profile._id) : null });
    await recordAudit({ action: 'account_deleted', actor: null, target: { type: 'user', id: viewer.userId }, ip });
  }
}
