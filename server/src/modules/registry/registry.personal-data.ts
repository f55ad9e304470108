import { normaliseCertificateNumber } from '@shsw/shared';
import type { PersonalDataDeclaration } from '../../platform/privacy/personal-data.js';
import { type ProfileDoc, ProfileModel } from '../profiles/index.js';
import { type RegistryImportDoc, RegistryImportModel, registryEntriesByNumbers } from './registry.model.js';

/** The registry's rows with the certificate numbers on a person's talent record. */
async function matchesOf(profileId: string | null) {
  const profile = profileId ? await ProfileModel.findById(profileId, { certificates: 1 }).lean<ProfileDoc>() : null;
  const numbers = (profile?.certificates ?? []).map((c) => normaliseCertificateNumber(c.number));
  return numbers.length > 0 ? registryEntriesByNumbers(numbers) : [];
}

export const registryPersonalData: PersonalDataDeclaration[] = [
  {
    model: 'RegistryEntry',
    personal: true,
    section: 'registryMatches',
    export: {
      async read(subject) {
        return (await matchesOf(subject.profileId)).map((e) => ({
          certificateNumber: e._id,
          name: e.name,
          level: e.level,
          year: e.year,
          importedAt: e.updatedAt,
        }));
      },
    },
    erasure: {
      how: 'keep',
      reason: 'official_registry',
      count: async (subject) => (await matchesOf(subject.profileId)).length,
    },
  },
  {
    model: 'RegistryImportChunk',
    personal: false,
    why: 'pieces of a registry file while it is imported (the official registry, not an account), deleted when the import ends',
  },
  {
    model: 'RegistryImport',
    personal: true,
    section: 'registryImports',
    export: {
      async read(subject) {
        const rows = await RegistryImportModel.find({ byUserId: subject.userId }).lean<RegistryImportDoc[]>();
        return rows.map((r) => ({
          fileName: r.fileName,
          status: r.status,
          totalRows: r.totalRows,
          startedAt: r.startedAt,
          finishedAt: r.finishedAt,
        }));
      },
    },
    erasure: {
      how: 'keep',
      reason: 'organisation_records',
      count: (subject) => RegistryImportModel.countDocuments({ byUserId: subject.userId }),
    },
  },
];
