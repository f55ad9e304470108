import type { Cell } from '@shsw/shared';
import { useTranslation } from 'react-i18next';
import { CellValue } from './cell-value';
import styles from './report-list.module.css';

/** Demand, supply and 求人倍率 of a period, as the list and the home page show them. */
export function SummaryFigures({ demand, supply, ratio }: { demand: Cell; supply: Cell; ratio: Cell }) {
  const { t } = useTranslation();
  return (
    <dl className={styles.figures}>
      <div>
        <dt>{t('reports.columns.demand')}</dt>
        <dd data-testid="summary-demand">
          <CellValue cell={demand} style="count" />
        </dd>
      </div>
      <div>
        <dt>{t('reports.columns.supply')}</dt>
        <dd data-testid="summary-supply">
          <CellValue cell={supply} style="count" />
        </dd>
      </div>
      <div>
        <dt>{t('reports.columns.ratio')}</dt>
        <dd data-testid="summary-ratio">
          <CellValue cell={ratio} style="ratio" />
        </dd>
      </div>
    </dl>
  );
}
