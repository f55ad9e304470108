import crypto from 'node:crypto';
import {
  certificateAutoVerifyRule,
  maskIdCard,
  normaliseCertificateNumber,
  type ProfileComputed,
  type UpdateProfileBody,
  type updateProfileBodySchema,
  validateIdCard,
} from '@shsw/shared';
import mongoose from 'mongoose';
import type { z } from 'zod';
import { cloneDoc } from '../../platform/db/clone.js';
import { AppError, notFound } from '../../platform/errors/app-error.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Viewer } from '../../platform/http/viewer.js';
import type { FieldCipher } from '../../platform/security/encryption.js';
import { User } from '../accounts/index.js';
import { recordAudit } from '../audit/index.js';
import type { SettingsService } from '../settings/index.js';
import { type ClaimReasons, syncCertificateClaims } from './certificate-claims.js';
import { ceReminderPending, type ProfileDoc, ProfileModel } from './profile.model.js';
import { computeProfile } from './profile-computed.js';

type Sections = z.infer<typeof updateProfileBodySchema>;
type CertificateRow = ProfileDoc['certificates'][number];
type ServiceRow = ProfileDoc['serviceHistory'][number];

export const newItemId = () => crypto.randomBytes(9).toString('base64url');
const withIds = <T extends { id?: string | undefined }>(items: readonly T[]) =>
  items.map((item) => ({ ...item, id: item.id ?? newItemId() }));

/** Checks claimed certificates against the official registry (the registry module provides it). */
export interface CertificateRegistryCheck {
  /** Marks matching claimed certificates of `profile` verified, in place; returns how many. */
  verifyClaims(profile: ProfileDoc): Promise<number>;
  /** Why each of these claims waits for a person (certificate id → reason codes). */
  reasons: ClaimReasons;
}

export class ProfilesService {
  constructor(
    private readonly events: DomainEventBus,
    private readonly settings: SettingsService,
    private readonly cipher: FieldCipher,
    private readonly registryCheck: CertificateRegistryCheck,
  ) {}

  /**
   * The worker's record, created empty on first use. It shares its _id with the account, so
   * "my record" is a primary-key read (FerretDB scans the collection for any other filter).
   */
  async ensure(viewer: Viewer): Promise<ProfileDoc> {
    const existing = await ProfileModel.findById(viewer.userId).lean<ProfileDoc>();
    if (existing) return existing;
    const user = await User.findById(viewer.userId).lean<{ displayName: string; login: string; loginKind: string }>();
    const empty = new ProfileModel({
      _id: viewer.userId,
      userId: viewer.userId,
      personal: {
        name: user?.displayName ?? '',
        mobile: user?.loginKind === 'mobile' ? user.login : null,
        email: user?.loginKind === 'email' ? user.login : null,
      },
      openToWorkHistory: [],
    });
    const doc = empty.toObject() as ProfileDoc;
    doc.computed = computeProfile(doc, await this.settings.ceRule(), new Date());
    try {
      await ProfileModel.create(doc);
    } catch {
      // Another request created it first; read theirs.
    }
    const created = await ProfileModel.findById(viewer.userId).lean<ProfileDoc>();
    if (!created) throw notFound('profile');
    return created;
  }

  async findById(id: string): Promise<ProfileDoc> {
    const profile = await ProfileModel.findById(id).lean<ProfileDoc>();
    if (!profile) throw notFound('talent record');
    return profile;
  }

  /**
   * Replaces the named sections. Verification survives an unchanged certificate; employer-
   * confirmed history cannot be edited away. The write is conditional on the version read.
   */
  async update(viewer: Viewer, sections: Sections): Promise<ProfileDoc> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const current = await this.ensure(viewer);
      const next = await this.apply(current, sections);
      const saved = await this.save(current, next);
      if (saved) return saved;
    }
    throw new AppError('conflict', 'the record changed while saving; reload and try again');
  }

  private async apply(current: ProfileDoc, s: Sections): Promise<ProfileDoc> {
    const next: ProfileDoc = cloneDoc(current);
    if (s.personal) next.personal = { ...s.personal };
    if (s.education) next.education = withIds(s.education);
    if (s.training) next.training = withIds(s.training);
    if (s.continuingEducation) next.continuingEducation = withIds(s.continuingEducation);
    if (s.serviceHistory) next.serviceHistory = mergeServiceHistory(current.serviceHistory, s.serviceHistory);
    if (s.certificates) next.certificates = mergeCertificates(current.certificates, s.certificates);
    if (s.serviceDomains) next.serviceDomains = [...s.serviceDomains];
    if (s.skills) next.skills = [...s.skills];
    if (s.languages) next.languages = [...s.languages];
    if (s.hideFrom) next.hideFrom = [...s.hideFrom];
    if (s.declaredNone) next.declaredNone = [...s.declaredNone];
    if (s.talentCategory !== undefined) next.talentCategory = s.talentCategory;
    if (s.communityWorker !== undefined) next.communityWorker = s.communityWorker;
    if (s.wishes) next.wishes = { ...s.wishes };
    if (s.visibility) next.visibility = s.visibility;
    if (s.openToWork !== undefined && s.openToWork !== current.openToWork) {
      next.openToWork = s.openToWork;
      next.openToWorkHistory = [...(current.openToWorkHistory ?? []), { value: s.openToWork, at: new Date() }];
    }
    if (s.certificates || s.personal) await this.registryCheck.verifyClaims(next);
    next.computed = computeProfile(next, await this.settings.ceRule(), new Date());
    return next;
  }

  private async save(current: ProfileDoc, next: ProfileDoc): Promise<ProfileDoc | null> {
    const { _id, version, createdAt, updatedAt, userId, ...fields } = next;
    fields.ceReminderPending = ceReminderPending(next);
    const saved = await ProfileModel.findOneAndUpdate(
      { _id: current._id, version: current.version },
      { $set: fields, $inc: { version: 1 } },
      { returnDocument: 'after' },
    ).lean<ProfileDoc>();
    if (saved) {
      await syncCertificateClaims(saved, this.registryCheck.reasons);
      this.changed(saved);
      await this.registryVerified(current, saved);
    }
    return saved;
  }

  /** Certificates this save verified by the registry rule: audited and told to the worker as a person's decision is. */
  private async registryVerified(before: ProfileDoc, after: ProfileDoc): Promise<void> {
    const wasVerified = new Set(before.certificates.filter((c) => c.status === 'verified').map((c) => c.id));
    const verified = after.certificates.filter(
      (c) => c.status === 'verified' && c.verifiedBy === 'registry' && !wasVerified.has(c.id),
    );
    for (const c of verified) {
      await recordAudit({
        action: 'certificate_verified',
        actor: null,
        target: { type: 'profile', id: String(after._id) },
        details: { certificateId: c.id, by: 'registry', rule: certificateAutoVerifyRule },
      });
      this.events.emit('certificate.decided', {
        profileId: String(after._id),
        userId: String(after.userId),
        certificateId: String(c.id),
        status: 'verified',
        reason: null,
      });
    }
  }

  private changed(profile: ProfileDoc): void {
    this.events.emit('profile.changed', {
      profileId: String(profile._id),
      userId: String(profile.userId),
      version: profile.version,
    });
  }

  async setIdCard(viewer: Viewer, idCard: string, noticeVersion: string, ip: string | null): Promise<ProfileDoc> {
    const result = validateIdCard(idCard);
    if (!result.ok) {
      throw new AppError('validation_failed', 'not a valid resident ID-card number', {
        issues: [
          { path: 'body.idCard', code: `id_card_${result.reason}`, message: `invalid ID card (${result.reason})` },
        ],
      });
    }
    const profile = await this.ensure(viewer);
    const now = new Date();
    const saved = await ProfileModel.findOneAndUpdate(
      { _id: profile._id },
      {
        $set: { idCard: { sealed: this.cipher.seal(result.id), masked: maskIdCard(result.id), consentedAt: now } },
        $inc: { version: 1 },
      },
      { returnDocument: 'after' },
    ).lean<ProfileDoc>();
    await User.updateOne(
      { _id: viewer.userId },
      { $push: { consents: { kind: 'id_card', noticeVersion, grantedAt: now } } },
    );
    await recordAudit({
      action: 'id_card_stored',
      actor: viewer,
      target: { type: 'profile', id: String(profile._id) },
      ip,
    });
    if (!saved) throw notFound('profile');
    return saved;
  }

  async removeIdCard(viewer: Viewer, ip: string | null): Promise<ProfileDoc> {
    const profile = await this.ensure(viewer);
    const saved = await ProfileModel.findOneAndUpdate(
      { _id: profile._id },
      { $set: { idCard: null }, $inc: { version: 1 } },
      { returnDocument: 'after' },
    ).lean<ProfileDoc>();
    const user = await User.findById(viewer.userId).lean<{ consents: { kind: string; withdrawnAt: Date | null }[] }>();
    const consents = (user?.consents ?? []).map((c) =>
      c.kind === 'id_card' && !c.withdrawnAt ? { ...c, withdrawnAt: new Date() } : c,
    );
    await User.updateOne({ _id: viewer.userId }, { $set: { consents } });
    await recordAudit({
      action: 'id_card_removed',
      actor: viewer,
      target: { type: 'profile', id: String(profile._id) },
      ip,
    });
    if (!saved) throw notFound('profile');
    return saved;
  }

  /** The decrypted ID-card number, for the holder's own data export only. */
  openIdCard(profile: ProfileDoc): string | null {
    const sealed = profile.idCard?.sealed;
    if (!sealed?.iv || !sealed.tag || !sealed.data) return null;
    return this.cipher.open({ v: 1, iv: sealed.iv, tag: sealed.tag, data: sealed.data });
  }

  /** Saves certificates changed by the registry check, if the record did not change meanwhile. */
  async replaceCertificates(current: ProfileDoc, certificates: ProfileDoc['certificates']): Promise<boolean> {
    const next = { ...cloneDoc(current), certificates };
    next.computed = computeProfile(next, await this.settings.ceRule(), new Date());
    return (await this.save(current, next)) !== null;
  }

  /** The bureau's decision on a claimed certificate (claimed → verified | refused). */
  async decideCertificate(
    viewer: Viewer,
    profileId: string,
    certificateId: string,
    status: 'verified' | 'refused',
    reason: string | null,
  ): Promise<ProfileDoc> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const current = await this.findById(profileId);
      const next = cloneDoc(current);
      const certificate = next.certificates.find((c) => c.id === certificateId);
      if (!certificate) throw notFound('certificate');
      if (certificate.status !== 'claimed') {
        throw new AppError('invalid_transition', `the certificate is already ${certificate.status}`, {
          from: certificate.status,
          allowed: [],
        });
      }
      Object.assign(certificate, {
        status,
        verifiedBy: 'manual',
        decidedAt: new Date(),
        decidedBy: new mongoose.Types.ObjectId(viewer.userId),
        refusalReason: reason,
      });
      next.computed = computeProfile(next, await this.settings.ceRule(), new Date());
      const saved = await this.save(current, next);
      if (saved) return saved;
    }
    throw new AppError('conflict', 'the record changed while deciding; reload and try again');
  }

  /** A hire through the platform: an employer-confirmed entry the worker cannot edit away. */
  async addConfirmedService(
    profileId: string,
    entry: {
      organisationName: string;
      organisationId: mongoose.Types.ObjectId;
      domains: string[];
      role: string;
      from: string;
      byUserId: string;
    },
  ): Promise<void> {
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const current = await this.findById(profileId);
      const next = cloneDoc(current);
      next.serviceHistory.push({
        id: newItemId(),
        organisationName: entry.organisationName,
        organisationId: entry.organisationId,
        domains: entry.domains,
        role: entry.role,
        from: entry.from,
        to: null,
        hours: null,
        confirmedByEmployer: true,
        source: 'platform_hire',
      });
      next.computed = computeProfile(next, await this.settings.ceRule(), new Date());
      if (await this.save(current, next)) return;
    }
    throw new AppError('conflict', "the worker's record is busy; try the hire again");
  }

  /** Recomputes the stored derived fields (after a CE-rule change or a registry import). */
  async recompute(profileId: string): Promise<void> {
    const profile = await ProfileModel.findById(profileId).lean<ProfileDoc>();
    if (!profile) return;
    const computed: ProfileComputed = computeProfile(profile, await this.settings.ceRule(), new Date());
    const saved = await ProfileModel.findOneAndUpdate(
      { _id: profile._id, version: profile.version },
      {
        $set: { computed, ceReminderPending: ceReminderPending({ computed, ceReminderFor: profile.ceReminderFor }) },
        $inc: { version: 1 },
      },
      { returnDocument: 'after' },
    ).lean<ProfileDoc>();
    if (saved) this.changed(saved);
  }
}

/** Keeps verification for certificates whose level and number are unchanged; anything else is a new claim. */
function mergeCertificates(existing: readonly CertificateRow[], incoming: NonNullable<Sections['certificates']>) {
  return incoming.map((c) => {
    const same = existing.find(
      (e) =>
        (c.id && e.id === c.id) ||
        (e.level === c.level && normaliseCertificateNumber(e.number) === normaliseCertificateNumber(c.number)),
    );
    const unchanged =
      same &&
      same.level === c.level &&
      normaliseCertificateNumber(same.number) === normaliseCertificateNumber(c.number);
    return {
      id: same?.id ?? c.id ?? newItemId(),
      level: c.level,
      number: c.number,
      yearObtained: c.yearObtained,
      registrationValidUntil: c.registrationValidUntil ?? null,
      status: unchanged ? same.status : 'claimed',
      verifiedBy: unchanged ? same.verifiedBy : null,
      decidedAt: unchanged ? same.decidedAt : null,
      decidedBy: unchanged ? same.decidedBy : null,
      refusalReason: unchanged ? same.refusalReason : null,
      claimedAt: unchanged ? same.claimedAt : new Date(),
    } satisfies CertificateRow;
  });
}

/** Employer-confirmed entries (platform hires) stay as they are; the worker's own entries are replaced. */
function mergeServiceHistory(existing: readonly ServiceRow[], incoming: NonNullable<Sections['serviceHistory']>) {
  const confirmed = existing.filter((e) => e.source === 'platform_hire');
  const confirmedIds = new Set(confirmed.map((e) => e.id));
  const own = incoming
    .filter((e) => !e.id || !confirmedIds.has(e.id))
    .map((e) => ({
      ...e,
      id: e.id ?? newItemId(),
      organisationId: null,
      confirmedByEmployer: false,
      source: 'self' as const,
    }));
  return [...confirmed, ...own];
}

export type { UpdateProfileBody };
