import { headlineMeasureLabels, headlineMeasures, type ReportFigures } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../lib/format';
import { CellValue, ChangeValue } from './cell-value';
import { headlineStyles } from './report-format';
import { TableFrame } from './table-frame';
import { headlineTableId } from './table-ids';

/** Every headline measure: this period, the previous one, a year before, 环比 and 同比. */
export function HeadlineTable({ headline }: { headline: ReportFigures['headline'] }) {
  const { t } = useTranslation();
  const label = useLabel();
  return (
    <TableFrame id={headlineTableId} caption={t('reports.headline.tableTitle')} testId="headline-table">
      <thead>
        <tr>
          <th scope="col">{t('reports.columns.measure')}</th>
          <th scope="col">{t('reports.columns.current')}</th>
          <th scope="col">{t('reports.columns.previous')}</th>
          <th scope="col">{t('reports.columns.yearAgo')}</th>
          <th scope="col">{t('reports.columns.mom')}</th>
          <th scope="col">{t('reports.columns.yoy')}</th>
        </tr>
      </thead>
      <tbody>
        {headlineMeasures.map((measure) => {
          const h = headline[measure];
          const style = headlineStyles[measure];
          return (
            <tr key={measure} data-testid={`headline-row-${measure}`}>
              <th scope="row">{label(headlineMeasureLabels[measure])}</th>
              <td>
                <CellValue cell={h.current} style={style} />
              </td>
              <td>
                <CellValue cell={h.previous} style={style} />
              </td>
              <td>
                <CellValue cell={h.yearAgo} style={style} />
              </td>
              <td>
                <ChangeValue cell={h.mom} />
              </td>
              <td>
                <ChangeValue cell={h.yoy} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </TableFrame>
  );
}
