export { FactsService, type LoadedFacts } from './facts.service.js';
export { applicationFact, positionFact, workerFact } from './facts-from-records.js';
export { factsStore } from './facts-store.js';
export { IndicatorAggregate, IndicatorAggregateModel } from './indicator-aggregate.js';
export { DenominatorModel, IndicatorsService, indicatorCounts } from './indicators.service.js';
export { registerReportRoutes } from './reports.router.js';
export { ReportsService } from './reports.service.js';
export { RetainedFactModel } from './retention.js';
export { statisticsPersonalData } from './statistics.personal-data.js';
