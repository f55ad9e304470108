import { type BreakdownRow, type BreakdownTable, breakdownDimensionLabels, reportCategoryLabel } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../lib/format';
import { CellValue, ChangeValue } from './cell-value';
import styles from './report-table.module.css';
import { TableFrame } from './table-frame';
import { breakdownTableId } from './table-ids';

/** Rows up to this many keep a table on one printed page. */
const compactRows = 14;

/**
 * One breakdown: a row per category (with "no requirement" where it applies) and the total, each
 * with its share and change. Supply-only and demand-only tables leave out the other side's columns.
 */
export function BreakdownTableView({ table }: { table: BreakdownTable }) {
  const { t } = useTranslation();
  const label = useLabel();
  const showDemand = table.side !== 'supply';
  const showSupply = table.side !== 'demand';
  const showRatio = table.side === 'both';
  // Share and changes are of the side the table describes; the headers say which.
  const of = table.side === 'supply' ? 'supply' : 'demand';
  const id = breakdownTableId(table.dimension);
  const dimension = label(breakdownDimensionLabels[table.dimension]);
  const row = (r: BreakdownRow, total: boolean) => (
    <tr key={r.category} className={total ? styles.total : undefined} data-category={r.category}>
      <th scope="row">{label(reportCategoryLabel(table.dimension, r.category))}</th>
      {showDemand && (
        <td>
          <CellValue cell={r.demand} style="count" />
        </td>
      )}
      {showSupply && (
        <td>
          <CellValue cell={r.supply} style="count" />
        </td>
      )}
      {showRatio && (
        <td>
          <CellValue cell={r.ratio} style="ratio" />
        </td>
      )}
      <td>
        <CellValue cell={r.share} style="percent" />
      </td>
      <td>
        <ChangeValue cell={r.mom} />
      </td>
      <td>
        <ChangeValue cell={r.yoy} />
      </td>
    </tr>
  );
  return (
    <TableFrame
      id={id}
      caption={t('reports.tables.byDimension', { dimension })}
      note={table.side === 'supply' ? t('reports.tables.ofSupply') : t('reports.tables.ofDemand')}
      compact={table.rows.length + 1 <= compactRows}
      testId={`table-${table.dimension}`}
    >
      <thead>
        <tr>
          <th scope="col">{dimension}</th>
          {showDemand && <th scope="col">{t('reports.columns.demand')}</th>}
          {showSupply && <th scope="col">{t('reports.columns.supply')}</th>}
          {showRatio && <th scope="col">{t('reports.columns.ratio')}</th>}
          <th scope="col">{t(`reports.columns.${of}Share`)}</th>
          <th scope="col">{t(`reports.columns.${of}Mom`)}</th>
          <th scope="col">{t(`reports.columns.${of}Yoy`)}</th>
        </tr>
      </thead>
      <tbody>
        {table.rows.map((r) => row(r, false))}
        {row(table.total, true)}
      </tbody>
    </TableFrame>
  );
}
