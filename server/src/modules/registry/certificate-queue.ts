import {
  type certificateQueueDetailSchema,
  type certificateQueueItemSchema,
  type certificateQueueQuerySchema,
  maskPhone,
  normaliseCertificateNumber,
} from '@shsw/shared';
import mongoose from 'mongoose';
import type { z } from 'zod';
import { atMost, trusted } from '../../platform/db/selectors.js';
import { notFound } from '../../platform/errors/app-error.js';
import { AuditEvent, type AuditEventDoc, auditTargetKey } from '../audit/index.js';
import { type CertificateClaimDoc, CertificateClaimModel, type ProfileDoc, ProfileModel } from '../profiles/index.js';
import { type RegistryEntryDoc, registryEntriesByNumbers } from './registry.model.js';

type QueueItem = z.infer<typeof certificateQueueItemSchema>;
type QueueQuery = z.output<typeof certificateQueueQuerySchema>;
type Level = QueueItem['level'];

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function filterOf(query: Omit<QueueQuery, 'page' | 'pageSize'>, now: Date): Record<string, unknown> {
  const filter: Record<string, unknown> = {};
  if (query.districtCode) filter.districtCode = query.districtCode;
  if (query.level) filter.level = query.level;
  if (query.reason) filter.reasons = query.reason;
  if (query.olderThanDays) filter.claimedAt = atMost(new Date(now.getTime() - query.olderThanDays * 86400_000));
  if (query.q) {
    const pattern = escapeRegex(query.q);
    filter.$or = ['holderName', 'number'].map((f) => ({ [f]: trusted({ $regex: pattern, $options: 'i' }) }));
  }
  return filter;
}

function present(claim: CertificateClaimDoc, entry: RegistryEntryDoc | undefined): QueueItem {
  return {
    profileId: String(claim.profileId),
    certificateId: claim.certificateId,
    holderName: claim.holderName,
    level: claim.level as Level,
    number: claim.number,
    yearObtained: claim.yearObtained,
    claimedAt: claim.claimedAt.toISOString(),
    districtCode: claim.districtCode ?? null,
    reasons: (claim.reasons ?? []) as QueueItem['reasons'],
    registry: entry ? { name: entry.name, level: entry.level as Level, year: entry.year } : null,
  };
}

async function withRegistry(claims: readonly CertificateClaimDoc[]): Promise<QueueItem[]> {
  const entries = await registryEntriesByNumbers(claims.map((c) => normaliseCertificateNumber(c.number)));
  const byNumber = new Map(entries.map((e) => [e._id, e]));
  return claims.map((c) => present(c, byNumber.get(normaliseCertificateNumber(c.number))));
}

/** Claimed certificates that need a person, oldest claim first, filtered and paged. */
export async function certificateQueuePage(query: QueueQuery, now = new Date()) {
  const filter = filterOf(query, now);
  const [claims, total] = await Promise.all([
    CertificateClaimModel.find(filter)
      .sort({ claimedAt: 1, _id: 1 })
      .skip((query.page - 1) * query.pageSize)
      .limit(query.pageSize)
      .lean<CertificateClaimDoc[]>(),
    CertificateClaimModel.countDocuments(filter),
  ]);
  return { items: await withRegistry(claims), total, page: query.page, pageSize: query.pageSize };
}

/** One waiting claim, the worker's facts as the bureau sees them (contact masked), and what happened to it. */
export async function certificateQueueDetail(
  profileId: string,
  certificateId: string,
): Promise<z.infer<typeof certificateQueueDetailSchema>> {
  const claim = await CertificateClaimModel.findById(`${profileId}:${certificateId}`).lean<CertificateClaimDoc>();
  if (!claim) throw notFound('certificate claim');
  const [item] = await withRegistry([claim]);
  const profile = await ProfileModel.findById(new mongoose.Types.ObjectId(profileId)).lean<ProfileDoc>();
  if (!item || !profile) throw notFound('certificate claim');
  const events = await AuditEvent.find({ targetKey: auditTargetKey({ type: 'profile', id: profileId }) })
    .sort({ at: -1 })
    .limit(200)
    .lean<AuditEventDoc[]>();
  return {
    item,
    worker: {
      birthYear: profile.personal.birthYear ?? null,
      gender: profile.personal.gender ?? null,
      districtCode: profile.personal.districtCode ?? null,
      streetCode: profile.personal.streetCode ?? null,
      mobile: profile.personal.mobile ? maskPhone(profile.personal.mobile) : null,
      education: profile.education.map((e) => ({
        level: e.level,
        school: e.school,
        major: e.major,
        graduationYear: e.graduationYear,
      })),
      otherCertificates: profile.certificates
        .filter((c) => c.id !== certificateId)
        .map((c) => ({ level: c.level as Level, number: c.number, yearObtained: c.yearObtained, status: c.status })),
    },
    history: [
      ...events
        .filter((e) => (e.details as Record<string, unknown> | null)?.certificateId === certificateId)
        .map((e) => ({
          at: e.at.toISOString(),
          action: e.action,
          reason: String((e.details as Record<string, unknown>).reason ?? '') || null,
        })),
      { at: claim.claimedAt.toISOString(), action: 'certificate_claimed', reason: null },
    ],
  };
}
