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
    importId: { type: mongoose.Schema.Types.ObjectId, ref: 'RegistryImport', required: true },
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
    byUserId: { type: mongoose.Schema.Types.ObjectId, ref: 'User', required: true },
    status: { type: String, enum: ['validating', 'importing', 'verifying', 'done', 'failed'], default: 'validating' },
    totalRows: { type: Number, default: 0 },
    processedRows: { type: Number, default: 0 },
    inserted: { type: Number, default: 0 },
    updated: { type: Number, default: 0 },
    unchanged: { type: Number, default: 0 },
    certificatesVerified: { type: Number, default: 0 },
    errors: [{ _id: false, row: Number, column: String, code: String, message: String }],
    moreErrors: { type: Number, default: 0 },
    startedAt: { type: Date, required: true },
    finishedAt: { type: Date, default: null },
  },
  { versionKey: false, collection: 'registry_imports', suppressReservedKeysWarning: true },
);

export type RegistryImportDoc = InferSchemaType<typeof registryImportSchema> & { _id: mongoose.Types.ObjectId };
export const RegistryImportModel = mongoose.model('RegistryImport', registryImportSchema);

/** Registry rows by certificate number (point lookups for short lists: see findByIds). */
export const registryEntriesByNumbers = (numbers: readonly string[]) =>
  findByIds<RegistryEntryDoc>(numbers, {
    one: (id) => RegistryEntry.findById(id).lean<RegistryEntryDoc>(),
    many: (list) => RegistryEntry.find({ _id: oneOf(list) }).lean<RegistryEntryDoc[]>(),
  });
