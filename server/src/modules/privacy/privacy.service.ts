import {
  type ErasureReport,
  type Locale,
  PERSONAL_DATA_EXPORT_FORMAT,
  PERSONAL_DATA_EXPORT_VERSION,
  type PersonalDataSection,
} from '@shsw/shared';
import type { Request } from 'express';
import mongoose from 'mongoose';
import { AppError } from '../../platform/errors/app-error.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Viewer } from '../../platform/http/viewer.js';
import type { DataSubject, ErasureLine, PersonalDataRegistry } from '../../platform/privacy/personal-data.js';
import { type AuthService, User, type UserDoc } from '../accounts/index.js';
import { recordAudit } from '../audit/index.js';
import { OrganisationModel } from '../organisations/index.js';
import { ProfileModel } from '../profiles/index.js';
import { renderExportSummary } from './export-summary.js';

export interface PersonalDataExport {
  format: typeof PERSONAL_DATA_EXPORT_FORMAT;
  version: typeof PERSONAL_DATA_EXPORT_VERSION;
  exportedAt: string;
  subject: { userId: string; role: string };
  sections: Partial<Record<PersonalDataSection, unknown>>;
}

async function subjectOf(user: UserDoc): Promise<DataSubject> {
  const hasRecord = await ProfileModel.exists({ _id: user._id });
  return {
    userId: String(user._id),
    role: user.role,
    login: user.login,
    profileId: hasRecord ? String(user._id) : null,
    orgId: user.orgId ? String(user.orgId) : null,
  };
}

/** The random id standing for the person in what is kept: set once, so a repeated deletion reuses it. */
async function pseudonymOf(user: UserDoc): Promise<string> {
  if (user.erasure?.pseudonym) return user.erasure.pseudonym;
  const pseudonym = new mongoose.Types.ObjectId().toHexString();
  await User.updateOne({ _id: user._id, erasure: null }, { $set: { erasure: { pseudonym, startedAt: new Date() } } });
  const stored = await User.findById(user._id, { erasure: 1 }).lean<Pick<UserDoc, 'erasure'>>();
  return stored?.erasure?.pseudonym ?? pseudonym;
}

function report(lines: readonly ErasureLine[]): ErasureReport {
  const withReason = (l: ErasureLine) => ({ section: l.section, count: l.count, reason: l.reason ?? 'statistics' });
  return {
    ok: true,
    erased: lines.filter((l) => l.how === 'erase').map((l) => ({ section: l.section, count: l.count })),
    anonymised: lines.filter((l) => l.how === 'anonymise').map(withReason),
    kept: lines.filter((l) => l.how === 'keep').map(withReason),
  };
}

/**
 * PIPL rights: see the consents, take the data away (art. 45) and be forgotten (art. 47). What
 * each stored collection exports and erases is declared by its module (the personal-data
 * registry); this is the story around it.
 */
export class PrivacyService {
  constructor(
    private readonly auth: AuthService,
    private readonly registry: PersonalDataRegistry,
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

  /** Everything held about the caller, in the documented format (docs/personal-data.md). */
  async export(viewer: Viewer, ip: string | null): Promise<PersonalDataExport> {
    const user = await User.findById(viewer.userId).lean<UserDoc>();
    if (!user) throw new AppError('not_found', 'account not found');
    const subject = await subjectOf(user);
    const sections = await this.registry.exportAll(subject);
    await recordAudit({ action: 'data_exported', actor: viewer, target: { type: 'user', id: viewer.userId }, ip });
    return {
      format: PERSONAL_DATA_EXPORT_FORMAT,
      version: PERSONAL_DATA_EXPORT_VERSION,
      exportedAt: new Date().toISOString(),
      subject: { userId: subject.userId, role: subject.role },
      sections,
    };
  }

  /** The export as a readable document in the person's language. */
  async exportSummary(viewer: Viewer, lang: Locale, ip: string | null): Promise<string> {
    return renderExportSummary(await this.export(viewer, ip), lang);
  }

  /**
   * Deletes the account. Each collection's declaration erases the person's data, or keeps it
   * without what identifies them where the statistics or the security log need it, or keeps
   * others' records that hold only the account's number; the answer says which and why. The
   * last owner of an organisation hands it over or closes it first.
   */
  async deleteAccount(viewer: Viewer, password: string, req: Request): Promise<ErasureReport> {
    const user = await this.auth.confirmPassword(req, viewer.userId, password);
    if (user.orgId && user.orgRole === 'owner') {
      const org = await OrganisationModel.findById(user.orgId, { status: 1 }).lean<{ status: string }>();
      // An organisation always has an owner: hand it over or close it first.
      if (org && org.status !== 'closed') {
        throw new AppError(
          'organisation_owner',
          'transfer ownership to another member or close the organisation first',
          { orgId: String(user.orgId) },
        );
      }
    }
    const pseudonym = await pseudonymOf(user);
    const subject = await subjectOf(user);
    const lines = await this.registry.eraseAll({ subject, pseudonym, now: new Date() });
    this.events.emit('user.sessions_revoked', { userId: viewer.userId, reason: 'deleted' });
    this.events.emit('user.deleted', { userId: viewer.userId, profileId: subject.profileId });
    // The log keeps that an account was deleted, not whose.
    await recordAudit({ action: 'account_deleted', actor: null, target: { type: 'user', id: pseudonym } });
    return report(lines);
  }
}
