import mongoose, { type InferSchemaType } from 'mongoose';
import { findByIds } from '../../platform/db/find-by-ids.js';
import { oneOf } from '../../platform/db/selectors.js';

/** One row of the official certificate registry, keyed by certificate number. */
const registryEntrySchema = new mongoose.Schema(
  {
    _id: { type: String },
    name: { type: String, required: true },
    level: { type: String, required: true },
    year: { type: Number, required: true },
    /** The import that last wrote the entry, and the one that first added it (a resumed batch counts right). */
    importId: { type: mongoose.Schema.Types.ObjectId, ref: 'RegistryImport', required: true },
    firstImportId: { type: mongoose.Schema.Types.ObjectId, ref: 'RegistryImport', default: null },
    updatedAt: { type: Date, required: true },
  },
  { versionKey: false, collection: 'certificate_registry' },
);

export type RegistryEntryDoc = InferSchemaType<typeof registryEntrySchema> & { _id: string };
export const RegistryEntry = mongoose.model('RegistryEntry', registryEntrySchema);

const registryImportSchema = new mongoose.Schema(
  {
    fileName: { type: String, required: true },
    fileSha256: { type: String, required: true },
    mediaType: { type: String, required: true },
    fileBytes: { type: Number, default: 0 },
    /** The file is kept in `registry_import_chunks` until the import ends, so any node can resume it. */
    chunkCount: { type: Number, default: 0 },
    byUserId: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true },
    /** The starter's role and organisation, and where from, for the audit entry written when it is done. */
    actor: { _id: false, role: { type: String, required: true }, orgId: { type: String, default: null } },
    ip: { type: String, default: null },
    status: { type: String, enum: ['validating', 'importing', 'verifying', 'done', 'failed'], default: 'validating' },
    /** True until done or failed: the resume job looks only at these (a top-level, indexed flag). */
    active: { type: Boolean, default: true },
    /** The node working on it until `leaseUntil`; an expired lease lets another node (or the next start) resume. */
    leaseOwner: { type: String, default: null },
    leaseUntil: { type: Date, default: () => new Date(0) },
    /** Runs that ended in an unexpected error (not the file's fault); the import is given up after a few. */
    failures: { type: Number, default: 0 },
    checkedRows: { type: Number, default: 0 },
    checkedShare: { type: Number, default: 0 },
    totalRows: { type: Number, default: 0 },
    processedRows: { type: Number, default: 0 },
    inserted: { type: Number, default: 0 },
    updated: { type: Number, default: 0 },
    unchanged: { type: Number, default: 0 },
    claimsChecked: { type: Number, default: 0 },
    claimsToCheck: { type: Number, default: 0 },
    certificatesVerified: { type: Number, default: 0 },
    errors: [{ _id: false, row: Number, column: String, code: String, message: String }],
    moreErrors: { type: Number, default: 0 },
    startedAt: { type: Date, required: true },
    finishedAt: { type: Date, default: null },
  },
  { versionKey: false, collection: 'registry_imports', suppressReservedKeysWarning: true },
);
registryImportSchema.index({ active: 1 });
registryImportSchema.index({ startedAt: -1 });

export type RegistryImportDoc = InferSchemaType<typeof registryImportSchema> & { _id: mongoose.Types.ObjectId };
export const RegistryImportModel = mongoose.model('RegistryImport', registryImportSchema);

/** Registry rows by certificate number (point lookups for short lists: see findByIds). */
export const registryEntriesByNumbers = (numbers: readonly string[]) =>
  findByIds<RegistryEntryDoc>(numbers, {
    one: (id) => RegistryEntry.findById(id).lean<RegistryEntryDoc>(),
    many: (list) => RegistryEntry.find({ _id: oneOf(list) }).lean<RegistryEntryDoc[]>(),
  });

/** The uploaded file, in pieces small enough for any MongoDB-compatible server, read back in order. */
const fileChunkSchema = new mongoose.Schema(
  {
    /** `<importId>:<seq>`: each piece is one point lookup. */
    _id: { type: String },
    importId: { type: mongoose.Schema.Types.ObjectId, ref: 'RegistryImport', required: true },
    seq: { type: Number, required: true },
    data: { type: Buffer, required: true },
  },
  { versionKey: false, collection: 'registry_import_chunks' },
);
fileChunkSchema.index({ importId: 1 });

export interface FileChunkDoc {
  _id: string;
  importId: mongoose.Types.ObjectId;
  seq: number;
  data: Buffer;
}
export const FileChunkModel = mongoose.model('RegistryImportChunk', fileChunkSchema);
