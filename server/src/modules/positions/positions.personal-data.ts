import type { PersonalDataDeclaration } from '../../platform/privacy/personal-data.js';
import { type PositionDoc, PositionModel } from './position.model.js';
import { GuidanceModel } from './salary-guidance.service.js';

/** Positions and guidance are the work of organisations and the bureau: they keep the author's account number only. */
export const positionsPersonalData: PersonalDataDeclaration[] = [
  {
    model: 'Position',
    personal: true,
    section: 'positionsCreated',
    export: {
      async read(subject) {
        const created = await PositionModel.find({ createdBy: subject.userId }).lean<PositionDoc[]>();
        return created.map((p) => ({
          id: String(p._id),
          organisationId: String(p.orgId),
          title: p.title,
          status: p.status,
          createdAt: p.createdAt,
          // The steps this person took on it (other members' steps are theirs).
          steps: p.statusHistory
            .filter((h) => String(h.by) === subject.userId)
            .map((h) => ({ status: h.status, at: h.at, reason: h.reason })),
        }));
      },
    },
    erasure: {
      how: 'keep',
      reason: 'organisation_records',
      count: (subject) => PositionModel.countDocuments({ createdBy: subject.userId }),
    },
  },
  {
    model: 'SalaryGuidance',
    personal: true,
    section: 'salaryGuidanceUpdates',
    export: {
      async read(subject) {
        const rows = await GuidanceModel.find({ updatedBy: subject.userId }, { _id: 1, updatedAt: 1 }).lean<
          { _id: number; updatedAt: Date }[]
        >();
        return rows.map((g) => ({ year: g._id, lastUpdatedAt: g.updatedAt }));
      },
    },
    erasure: {
      how: 'keep',
      reason: 'organisation_records',
      count: (subject) => GuidanceModel.countDocuments({ updatedBy: subject.userId }),
    },
  },
];
