export { ageBand, ageBandCodes, dimensionSpecs, NONE, streetKindCodes, TOTAL, UNKNOWN } from './categories.js';
export { type DisclosureOptions, defaultDisclosure } from './cells.js';
export { measurePeriod, type PreparedFacts, prepareFacts, prepareFactsYielding, type RawPeriod } from './measure.js';
export {
  type ParsedPeriod,
  type PeriodBounds,
  parsePeriod,
  periodBounds,
  periodInfo,
  periodLabel,
  previousPeriod,
  yearAgoPeriod,
} from './period.js';
export { type ComputeOptions, computeReport, computeReportYielding, headlineCells } from './report.js';
export { type HiddenBefore, hiddenCounts, hiddenInVersions } from './revisions.js';
