import crypto from 'node:crypto';
import { normaliseCertificateNumber } from '@shsw/shared';
import type mongoose from 'mongoose';
import { cloneDoc } from '../../platform/db/clone.js';
import { sortedPage } from '../../platform/db/sorted-page.js';
import { AppError, notFound } from '../../platform/errors/app-error.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Viewer } from '../../platform/http/viewer.js';
import type { Logger } from '../../platform/logger.js';
import { recordAudit } from '../audit/index.js';
import {
  type CertificateClaimDoc,
  CertificateClaimModel,
  type ProfilesService,
  profilesByIds,
} from '../profiles/index.js';
import {
  RegistryEntry,
  type RegistryImportDoc,
  RegistryImportModel,
  registryEntriesByNumbers,
} from './registry.model.js';
import { presentImport } from './registry.presenter.js';
import { registryCheck } from './registry-check.js';
import { type RegistryRow, type RowError, readTable, validateRows } from './registry-file.js';

const BATCH = 500;
const MAX_LISTED_ERRORS = 200;

export class RegistryService {
  constructor(
    private readonly events: DomainEventBus,
    private readonly profiles: ProfilesService,
    private readonly log: Logger,
  ) {}

  /** Records the import and processes it in the background; the caller polls (or listens) for progress. */
  async start(viewer: Viewer, fileName: string, bytes: Buffer, mediaType: string, ip: string | null) {
    const job = await RegistryImportModel.create({
      fileName,
      fileSha256: crypto.createHash('sha256').update(bytes).digest('hex'),
      byUserId: viewer.userId,
      startedAt: new Date(),
    });
    const doc = job.toObject() as RegistryImportDoc;
    const finished = this.run(doc, bytes, mediaType, viewer, ip).catch(async (err: unknown) => {
      this.log.error({ err, importId: String(doc._id) }, 'registry import failed');
      await this.finish(doc._id, 'failed', {
        errors: [{ row: 0, column: '', code: 'processing_failed', message: 'the file could not be processed' }],
      });
    });
    this.running.set(String(doc._id), finished);
    void finished.finally(() => this.running.delete(String(doc._id)));
    return doc;
  }

  /** Imports in progress in this process (tests and shutdown wait on them). */
  readonly running = new Map<string, Promise<unknown>>();

  private async run(job: RegistryImportDoc, bytes: Buffer, mediaType: string, viewer: Viewer, ip: string | null) {
    let table: string[][];
    try {
      table = await readTable(bytes, mediaType);
    } catch {
      await this.finish(job._id, 'failed', {
        errors: [{ row: 0, column: '', code: 'unreadable_file', message: 'not a readable CSV or XLSX file' }],
      });
      return;
    }
    const { rows, errors } = validateRows(table);
    await RegistryImportModel.updateOne({ _id: job._id }, { $set: { totalRows: Math.max(0, table.length - 1) } });
    if (errors.length > 0) {
      // A bad file changes nothing: every row is checked before any is written.
      await this.finish(job._id, 'failed', {
        errors: errors.slice(0, MAX_LISTED_ERRORS),
        moreErrors: Math.max(0, errors.length - MAX_LISTED_ERRORS),
      });
      return;
    }
    await RegistryImportModel.updateOne({ _id: job._id }, { $set: { status: 'importing' } });
    const counts = { inserted: 0, updated: 0, unchanged: 0 };
    for (let i = 0; i < rows.length; i += BATCH) {
      const batch = rows.slice(i, i + BATCH);
      const result = await this.upsertBatch(batch, job._id);
      counts.inserted += result.inserted;
      counts.updated += result.updated;
      counts.unchanged += result.unchanged;
      await RegistryImportModel.updateOne({ _id: job._id }, { $set: { processedRows: i + batch.length, ...counts } });
      this.events.emit('registry.import_progress', { importId: String(job._id), byUserId: viewer.userId });
    }
    await RegistryImportModel.updateOne({ _id: job._id }, { $set: { status: 'verifying' } });
    const verified = await this.verifyClaims();
    await this.finish(job._id, 'done', { certificatesVerified: verified });
    await recordAudit({
      action: 'registry_imported',
      actor: viewer,
      target: { type: 'registry_import', id: String(job._id) },
      ip,
      details: { ...counts, rows: rows.length, verified },
    });
  }

  /** Upserts by certificate number; an identical row is left alone, so re-importing a file changes nothing. */
  private async upsertBatch(batch: RegistryRow[], importId: mongoose.Types.ObjectId) {
    const numbers = batch.map((r) => normaliseCertificateNumber(r.number));
    const existing = new Map((await registryEntriesByNumbers(numbers)).map((e) => [e._id, e]));
    const writes: mongoose.mongo.AnyBulkWriteOperation<{ _id: string }>[] = [];
    let inserted = 0;
    let updated = 0;
    let unchanged = 0;
    const now = new Date();
    for (const row of batch) {
      const id = normaliseCertificateNumber(row.number);
      const before = existing.get(id);
      if (before && before.name === row.name && before.level === row.level && before.year === row.year) {
        unchanged += 1;
        continue;
      }
      if (before) updated += 1;
      else inserted += 1;
      writes.push({
        updateOne: {
          filter: { _id: id },
          update: { $set: { name: row.name, level: row.level, year: row.year, importId, updatedAt: now } },
          upsert: true,
        },
      });
    }
    if (writes.length > 0)
      await RegistryEntry.collection.bulkWrite(writes as mongoose.mongo.AnyBulkWriteOperation[], { ordered: false });
    return { inserted, updated, unchanged };
  }

  /** Re-checks every claimed certificate against the registry; returns how many became verified. */
  async verifyClaims(): Promise<number> {
    const profileIds = new Set<string>();
    for await (const claim of CertificateClaimModel.find({}, { profileId: 1 })
      .lean<Pick<CertificateClaimDoc, 'profileId'>>()
      .cursor({ batchSize: 2_000 })) {
      profileIds.add(String((claim as Pick<CertificateClaimDoc, 'profileId'>).profileId));
    }
    let verified = 0;
    for (const profile of await profilesByIds([...profileIds])) {
      const next = cloneDoc(profile);
      const count = await registryCheck.verifyClaims(next);
      if (count === 0) continue;
      if (await this.profiles.replaceCertificates(profile, next.certificates)) verified += count;
    }
    return verified;
  }

  private async finish(
    id: mongoose.Types.ObjectId,
    status: 'done' | 'failed',
    fields: Partial<Pick<RegistryImportDoc, 'certificatesVerified' | 'moreErrors'>> & {
      errors?: RowError[];
    },
  ) {
    const job = await RegistryImportModel.findOneAndUpdate(
      { _id: id },
      { $set: { status, finishedAt: new Date(), ...fields } },
      { returnDocument: 'after' },
    ).lean<RegistryImportDoc>();
    if (job) {
      this.events.emit('registry.import_finished', { importId: String(id), byUserId: String(job.byUserId), status });
    }
  }

  /** The import as the API shows it, or null (for progress events). */
  async presented(id: string) {
    const job = await RegistryImportModel.findById(id).lean<RegistryImportDoc>();
    return job ? presentImport(job) : null;
  }

  async get(id: string): Promise<RegistryImportDoc> {
    const job = await RegistryImportModel.findById(id).lean<RegistryImportDoc>();
    if (!job) throw notFound('import');
    return job;
  }

  async list(page: number, pageSize: number) {
    const [items, total] = await Promise.all([
      RegistryImportModel.find()
        .sort({ startedAt: -1 })
        .skip((page - 1) * pageSize)
        .limit(pageSize)
        .lean<RegistryImportDoc[]>(),
      RegistryImportModel.countDocuments({}),
    ]);
    return { items, total, page, pageSize };
  }

  /** Claimed certificates still waiting, oldest claim first, with what the registry knows of each number. */
  async queue(page: number, pageSize: number) {
    const { items: claims, total } = await sortedPage<CertificateClaimDoc>(CertificateClaimModel, {
      sort: { field: 'claimedAt', descending: false },
      skip: (page - 1) * pageSize,
      limit: pageSize,
    });
    const numbers = claims.map((c) => normaliseCertificateNumber(c.number));
    const registry = new Map((await registryEntriesByNumbers(numbers)).map((e) => [e._id, e]));
    return {
      items: claims.map((claim) => {
        const entry = registry.get(normaliseCertificateNumber(claim.number));
        return {
          profileId: String(claim.profileId),
          certificateId: claim.certificateId,
          holderName: claim.holderName,
          level: claim.level as 'assistant' | 'social_worker' | 'senior',
          number: claim.number,
          yearObtained: claim.yearObtained,
          claimedAt: claim.claimedAt.toISOString(),
          registry: entry
            ? { name: entry.name, level: entry.level as 'assistant' | 'social_worker' | 'senior', year: entry.year }
            : null,
        };
      }),
      total,
      page,
      pageSize,
    };
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
