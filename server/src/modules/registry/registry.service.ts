import crypto from 'node:crypto';
import type { BulkDecisionResult } from '@shsw/shared';
import { sortedPage } from '../../platform/db/sorted-page.js';
import { AppError, notFound } from '../../platform/errors/app-error.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Viewer } from '../../platform/http/viewer.js';
import type { Logger } from '../../platform/logger.js';
import { recordAudit } from '../audit/index.js';
import type { ProfilesService } from '../profiles/index.js';
import { certificateQueueDetail, certificateQueuePage } from './certificate-queue.js';
import { type RegistryImportDoc, RegistryImportModel } from './registry.model.js';
import { assessUnassessedClaims } from './registry-claims-pass.js';
import type { ReadLimits } from './registry-file.js';
import { RegistryImportJobs } from './registry-import-job.js';
import { LEASE_MS } from './registry-lease.js';
import { CHUNK_BYTES, deleteFile, storeFile } from './registry-store.js';

export class RegistryService {
  /** The background imports of this node (the scheduled resume job and shutdown use them). */
  readonly imports: RegistryImportJobs;

  constructor(
    private readonly events: DomainEventBus,
    private readonly profiles: ProfilesService,
    log: Logger,
    limits?: ReadLimits,
  ) {
    this.imports = new RegistryImportJobs({ events, profiles, log, ...(limits ? { limits } : {}) });
  }

  /**
   * Stores the file with a new import (held by this node while it is written), then runs it in
   * the background, or leaves it waiting for the import running here. The caller polls (or
   * listens) for progress.
   */
  async start(viewer: Viewer, fileName: string, bytes: Buffer, mediaType: string, ip: string | null) {
    const now = new Date();
    const job = await RegistryImportModel.create({
      fileName,
      fileSha256: crypto.createHash('sha256').update(bytes).digest('hex'),
      mediaType,
      fileBytes: bytes.length,
      chunkCount: Math.ceil(bytes.length / CHUNK_BYTES),
      byUserId: viewer.userId,
      actor: { role: viewer.role, orgId: viewer.orgId ?? null },
      ip,
      startedAt: now,
      leaseOwner: this.imports.nodeId,
      leaseUntil: new Date(now.getTime() + LEASE_MS),
    });
    const doc = job.toObject() as RegistryImportDoc;
    try {
      await storeFile(doc._id, bytes);
    } catch (err) {
      // Nothing half-stored stays behind: the import is marked failed and its pieces removed.
      await deleteFile(doc._id).catch(() => undefined);
      await RegistryImportModel.updateOne(
        { _id: doc._id },
        {
          $set: {
            status: 'failed',
            active: false,
            leaseOwner: null,
            finishedAt: new Date(),
            errors: [{ row: 0, column: '', code: 'processing_failed', message: 'the file could not be stored' }],
          },
        },
      ).catch(() => undefined);
      throw err;
    }
    await this.imports.started(doc._id);
    return doc;
  }

  /** The scheduled job: resumes imports whose node stopped or died. */
  resumeDue(): Promise<number> {
    return this.imports.resumeDue();
  }

  /** Shutdown: running imports stop between batches and release their leases (never awaited to the end). */
  stop(graceMs?: number): Promise<void> {
    return this.imports.stop(graceMs);
  }

  async get(id: string): Promise<RegistryImportDoc> {
    const job = await RegistryImportModel.findById(id).lean<RegistryImportDoc>();
    if (!job) throw notFound('import');
    return job;
  }

  async list(page: number, pageSize: number) {
    const { items, total } = await sortedPage<RegistryImportDoc>(RegistryImportModel, {
      sort: { field: 'startedAt', descending: true },
      skip: (page - 1) * pageSize,
      limit: pageSize,
    });
    return { items, total, page, pageSize };
  }

  /** Claimed certificates that need a person, with why, filtered and paged. */
  queue(query: Parameters<typeof certificateQueuePage>[0]) {
    return certificateQueuePage(query);
  }

  detail(profileId: string, certificateId: string) {
    return certificateQueueDetail(profileId, certificateId);
  }

  /** The start-up (and hourly) pass over claims never assessed against the registry. */
  assessUnassessedClaims() {
    return assessUnassessedClaims(this.profiles);
  }

  /**
   * One decision over many claims (the request is validated whole before this runs): each is
   * decided, audited and announced on its own, so one that fails (already decided, gone) is
   * reported and skipped while the others are done.
   */
  async decideMany(
    viewer: Viewer,
    input: { items: { profileId: string; certificateId: string }[]; decision: 'verify' | 'refuse'; reason?: string },
    ip: string | null,
  ): Promise<BulkDecisionResult> {
    const results: BulkDecisionResult['results'] = [];
    for (const item of input.items) {
      const id = `${item.profileId}:${item.certificateId}`;
      try {
        await this.decide(
          viewer,
          input.decision === 'refuse'
            ? { ...item, decision: 'refuse', reason: input.reason ?? '' }
            : { ...item, decision: 'verify' },
          ip,
        );
        results.push({ id, outcome: 'done', code: null, message: null });
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        results.push({ id, outcome: 'skipped', code: err.code, message: err.message });
      }
    }
    const done = results.filter((r) => r.outcome === 'done').length;
    return { done, skipped: results.length - done, results };
  }

  async decide(
    viewer: Viewer,
    input: { profileId: string; certificateId: string; decision: 'verify' | 'refuse'; reason?: string },
    ip: string | null,
  ) {
    const status = input.decision === 'verify' ? ('verified' as const) : ('refused' as const);
    const reason = input.decision === 'refuse' ? (input.reason ?? null) : null;
    const profile = await this.profiles.decideCertificate(viewer, input.profileId, input.certificateId, status, reason);
    await recordAudit({
      action: status === 'verified' ? 'certificate_verified' : 'certificate_refused',
      actor: viewer,
      target: { type: 'profile', id: input.profileId },
      ip,
      details: { certificateId: input.certificateId, ...(reason ? { reason } : {}) },
    });
    this.events.emit('certificate.decided', {
      profileId: input.profileId,
      userId: String(profile.userId),
      certificateId: input.certificateId,
      status,
      reason,
    });
    return { profileId: input.profileId, certificateId: input.certificateId, status };
  }
}

export function assertUploadType(mediaType: string, fileName: string): void {
  const isCsv = mediaType === 'text/csv' && /\.csv$/i.test(fileName);
  const isXlsx = mediaType.includes('spreadsheetml') && /\.xlsx$/i.test(fileName);
  if (!isCsv && !isXlsx) throw new AppError('unsupported_media_type', 'the file name and its media type disagree');
}
