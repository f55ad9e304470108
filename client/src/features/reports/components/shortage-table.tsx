import { districts, type ReportFigures, serviceDomains } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { useVocabularyLabel } from '../../../lib/format';
import { CellValue } from './cell-value';
import styles from './report-table.module.css';
import { TableFrame } from './table-frame';
import { shortageTableId } from './table-ids';

/** The whole shortage ranking: domain × district cells by 求人倍率, highest first. */
export function ShortageTable({ shortage }: { shortage: ReportFigures['shortage'] }) {
  const { t } = useTranslation();
  const vocabulary = useVocabularyLabel();
  return (
    <TableFrame
      id={shortageTableId}
      caption={t('reports.shortage.title')}
      note={t('reports.shortage.note')}
      compact={shortage.length <= 14}
      testId="table-shortage"
    >
      <thead>
        <tr>
          <th scope="col">{t('reports.shortage.cellColumn')}</th>
          <th scope="col">{t('reports.shortage.rank')}</th>
          <th scope="col">{t('reports.columns.demand')}</th>
          <th scope="col">{t('reports.columns.supply')}</th>
          <th scope="col">{t('reports.columns.ratio')}</th>
        </tr>
      </thead>
      <tbody>
        {shortage.length === 0 && (
          <tr>
            <td colSpan={5} className={styles.empty}>
              {t('reports.shortage.empty')}
            </td>
          </tr>
        )}
        {shortage.map((c, i) => (
          <tr key={`${c.domain}|${c.district}`}>
            <th scope="row">
              {t('reports.shortage.cell', {
                domain: vocabulary(serviceDomains, c.domain),
                district: vocabulary(districts, c.district),
              })}
            </th>
            <td className={styles.rank}>{i + 1}</td>
            <td>
              <CellValue cell={c.demand} style="count" />
            </td>
            <td>
              <CellValue cell={c.supply} style="count" />
            </td>
            <td>
              <CellValue cell={c.ratio} style="ratio" />
            </td>
          </tr>
        ))}
      </tbody>
    </TableFrame>
  );
}
