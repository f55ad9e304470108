import type { BreakdownDimension } from '@shsw/shared';

/** Anchors of the report's tables: the charts' captions link to them. */
export const headlineTableId = 'report-table-headline';
export const shortageTableId = 'report-table-shortage';
export const breakdownTableId = (dimension: BreakdownDimension) => `report-table-${dimension}`;
export const salaryTableId = 'report-table-salary';
