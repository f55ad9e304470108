import { normaliseCertificateNumber } from '@shsw/shared';
import type mongoose from 'mongoose';
import { cloneDoc } from '../../platform/db/clone.js';
import { onFerretDb } from '../../platform/db/connect.js';
import { insertClaims } from '../../platform/db/db-errors.js';
import { forEachLimited } from '../../platform/db/find-by-ids.js';
import { oneOf } from '../../platform/db/selectors.js';
import { sqlFindByIds } from '../../platform/db/sql-reads.js';
import {
  type CertificateClaimDoc,
  CertificateClaimModel,
  type ProfilesService,
  profilesByIds,
} from '../profiles/index.js';
import { RegistryEntry, type RegistryEntryDoc } from './registry.model.js';
import { registryCheck, registryImported } from './registry-check.js';
import { mismatchReasons } from './registry-match.js';
import type { RegistryRow } from './registry-rows.js';

/**
 * Parallel point lookups an import makes at most: it holds at most 4 of the pool's 24 connections,
 * so requests never queue for a connection behind it.
 */
const IMPORT_DB_LANES = 4;
/** Claimed certificates re-checked per slice of the verifying phase. */
const CLAIMS_PER_SLICE = 200;

/**
 * Registry entries by number. FerretDB answers `$in` with a full scan of the registry, so there
 * the batch is read in one SQL query on the `_id` index (or, without SQL reads, one point lookup
 * per number, a few at a time); MongoDB serves one `$in` from its index.
 */
export async function entriesByNumber(numbers: readonly string[]): Promise<Map<string, RegistryEntryDoc>> {
  const unique = [...new Set(numbers)];
  const found: RegistryEntryDoc[] = [];
  if (onFerretDb()) {
    const fromSql = await sqlFindByIds(RegistryEntry.collection.collectionName, unique);
    if (fromSql) found.push(...(fromSql as unknown as RegistryEntryDoc[]));
    else {
      await forEachLimited(unique, IMPORT_DB_LANES, async (id) => {
        const entry = await RegistryEntry.findById(id).lean<RegistryEntryDoc>();
        if (entry) found.push(entry);
      });
    }
  } else if (unique.length > 0) {
    found.push(...(await RegistryEntry.find({ _id: oneOf(unique) }).lean<RegistryEntryDoc[]>()));
  }
  return new Map(found.map((e) => [e._id, e]));
}

type EntryWrite = mongoose.mongo.AnyBulkWriteOperation<{ _id: string }>;

/**
 * Writes one batch: new numbers in one unordered insert, changed ones in one bulk update, identical
 * ones not at all (so importing the same file again writes nothing). A batch this import already
 * wrote before it was interrupted is recognised by the entries' import ids and counted as it was.
 */
export async function applyBatch(
  rows: readonly RegistryRow[],
  importId: mongoose.Types.ObjectId,
): Promise<{ inserted: number; updated: number; unchanged: number }> {
  const existing = await entriesByNumber(rows.map((r) => r.number));
  const ours = String(importId);
  const now = new Date();
  const fresh: (RegistryEntryDoc & { firstImportId: mongoose.Types.ObjectId })[] = [];
  const changed: EntryWrite[] = [];
  const counts = { inserted: 0, updated: 0, unchanged: 0 };
  const update = (row: RegistryRow): EntryWrite => ({
    updateOne: {
      filter: { _id: row.number },
      update: { $set: { name: row.name, level: row.level, year: row.year, importId, updatedAt: now } },
    },
  });
  for (const row of rows) {
    const before = existing.get(row.number);
    if (!before) {
      counts.inserted += 1;
      fresh.push({
        _id: row.number,
        name: row.name,
        level: row.level,
        year: row.year,
        importId,
        firstImportId: importId,
        updatedAt: now,
      });
    } else if (before.name !== row.name || before.level !== row.level || before.year !== row.year) {
      counts.updated += 1;
      changed.push(update(row));
    } else if (String(before.importId) !== ours) {
      counts.unchanged += 1;
    } else if (String(before.firstImportId) === ours) {
      counts.inserted += 1;
    } else {
      counts.updated += 1;
    }
  }
  // Numbers another writer added since they were read are updated instead.
  for (const index of await insertClaims(RegistryEntry.collection, fresh)) {
    const row = fresh[index];
    if (!row) continue;
    counts.inserted -= 1;
    counts.updated += 1;
    changed.push(
      update({ row: 0, number: row._id, name: row.name, level: row.level as RegistryRow['level'], year: row.year }),
    );
  }
  if (changed.length > 0)
    await RegistryEntry.collection.bulkWrite(changed as mongoose.mongo.AnyBulkWriteOperation[], { ordered: false });
  return counts;
}

type ClaimKey = Pick<
  CertificateClaimDoc,
  '_id' | 'profileId' | 'certificateId' | 'number' | 'level' | 'holderName' | 'yearObtained'
>;

/**
 * Re-checks every claimed certificate against the registry, a slice at a time: records with a
 * claim that matches an entry (number, holder, level, year) are read and saved verified; every
 * other claim gets its reasons refreshed. Reports progress after each slice (where the caller
 * rests, and may stop); returns the certificates verified in all.
 */
export async function verifyClaims(
  profiles: ProfilesService,
  verifiedBefore: number,
  report: {
    started: (claimsToCheck: number) => Promise<void>;
    checked: (claimsChecked: number, certificatesVerified: number) => Promise<void>;
  },
  filter: Record<string, unknown> = {},
): Promise<number> {
  const claims = await CertificateClaimModel.find(filter, {
    profileId: 1,
    certificateId: 1,
    number: 1,
    level: 1,
    holderName: 1,
    yearObtained: 1,
  }).lean<ClaimKey[]>();
  await report.started(claims.length);
  const imported = await registryImported();
  let verified = verifiedBefore;
  for (let i = 0; i < claims.length; i += CLAIMS_PER_SLICE) {
    const slice = claims.slice(i, i + CLAIMS_PER_SLICE);
    const entries = await entriesByNumber(slice.map((c) => normaliseCertificateNumber(c.number)));
    const matching = new Set<string>();
    const reasons: mongoose.mongo.AnyBulkWriteOperation<{ _id: string; reasons: string[] }>[] = [];
    for (const claim of slice) {
      const why = mismatchReasons(claim, entries.get(normaliseCertificateNumber(claim.number)), imported);
      if (why.length === 0) matching.add(String(claim.profileId));
      else reasons.push({ updateOne: { filter: { _id: claim._id }, update: { $set: { reasons: why } } } });
    }
    if (reasons.length > 0)
      await CertificateClaimModel.collection.bulkWrite(reasons as mongoose.mongo.AnyBulkWriteOperation[], {
        ordered: false,
      });
    for (const profile of await profilesByIds([...matching])) {
      const next = cloneDoc(profile);
      const count = await registryCheck.verifyClaims(next);
      if (count > 0 && (await profiles.replaceCertificates(profile, next.certificates))) verified += count;
    }
    await report.checked(i + slice.length, verified);
  }
  return verified;
}
