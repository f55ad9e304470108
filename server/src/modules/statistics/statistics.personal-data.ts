import type { PersonalDataDeclaration } from '../../platform/privacy/personal-data.js';
import type { FactsService } from './facts.service.js';
import { DenominatorModel } from './indicators.service.js';
import { FollowerModel, ReportModel } from './report-store.js';

export function statisticsPersonalData(facts: FactsService): PersonalDataDeclaration[] {
  return [
    {
      model: 'StatsFactsBucket',
      personal: true,
      section: 'statisticsFacts',
      export: { none: 'facts derived from the talent record and the applications, both in the export' },
      // First, while the records are still there to be reduced.
      erasure: { how: 'anonymise', order: -10, run: (ctx) => facts.retain(ctx) },
      keptBecause: 'statistics',
    },
    { model: 'StatsFactsMeta', personal: false, why: 'the projection’s version and build time' },
    { model: 'IndicatorAggregate', personal: false, why: 'counts of people and organisations for the indicators' },
    {
      model: 'ReportDraft',
      personal: false,
      why: 'a period’s draft figures: counts under disclosure control, with no author (the calendar drafts it)',
    },
    {
      model: 'RetainedStatisticsFact',
      personal: false,
      why: 'anonymous facts under random ids: nothing stored links them to a person',
    },
    {
      model: 'ReportFollower',
      personal: true,
      section: 'reportFollow',
      export: {
        async read(subject) {
          const row = await FollowerModel.findById(subject.userId).lean<{ since: Date }>();
          return { following: row !== null, since: row?.since ?? null };
        },
      },
      erasure: {
        how: 'erase',
        run: async ({ subject }) => (await FollowerModel.deleteOne({ _id: subject.userId })).deletedCount,
      },
    },
    {
      model: 'Report',
      personal: true,
      section: 'reportsPublished',
      export: {
        async read(subject) {
          const rows = await ReportModel.find(
            { publishedBy: subject.userId },
            { periodId: 1, version: 1, publishedAt: 1 },
          )
            .sort({ publishedAt: 1 })
            .lean<{ periodId: string; version: number; publishedAt: Date }[]>();
          return rows.map((r) => ({ periodId: r.periodId, version: r.version, publishedAt: r.publishedAt }));
        },
      },
      erasure: {
        how: 'keep',
        reason: 'organisation_records',
        count: (subject) => ReportModel.countDocuments({ publishedBy: subject.userId }),
      },
    },
    {
      model: 'IndicatorDenominator',
      personal: true,
      section: 'denominatorsEntered',
      export: {
        async read(subject) {
          const rows = await DenominatorModel.find({ enteredBy: subject.userId })
            .sort({ enteredAt: 1 })
            .lean<{ code: string; value: number; source: string; asOf: string; enteredAt: Date }[]>();
          return rows.map((d) => ({
            code: d.code,
            value: d.value,
            source: d.source,
            asOf: d.asOf,
            enteredAt: d.enteredAt,
          }));
        },
      },
      erasure: {
        how: 'keep',
        reason: 'organisation_records',
        count: (subject) => DenominatorModel.countDocuments({ enteredBy: subject.userId }),
      },
    },
  ];
}
