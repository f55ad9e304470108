import { UpOutlined } from '@ant-design/icons';
import { breakdownDimensionLabels, type ReportFigures } from '@shsw/shared';
import { Button } from 'antd';
import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabel } from '../../../lib/format';
import { useMediaQuery } from '../../../lib/use-media-query';
import styles from './report-contents.module.css';
import { breakdownTableId, headlineTableId, salaryTableId, shortageTableId } from './table-ids';

interface Entry {
  id: string;
  label: string;
  children?: Entry[];
}

const reducedMotion = () => window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;

/** Scrolls to a section and moves focus there, so a keyboard or screen-reader user lands on it too. */
function goTo(id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  target.scrollIntoView({ behavior: reducedMotion() ? 'auto' : 'smooth', block: 'start' });
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
  window.history.replaceState(window.history.state, '', `#${id}`);
}

/**
 * The report page's contents: every section and table, as anchors. Beside the report and sticky on
 * a wide screen; a compact list that opens on a phone. Ends with "back to top".
 */
export function ReportContents({ figures }: { figures: ReportFigures }) {
  const { t } = useTranslation();
  const label = useLabel();
  const wide = useMediaQuery('(min-width: 1200px)');
  const entries: Entry[] = [
    { id: 'key-figures-title', label: t('reports.headline.title') },
    { id: 'report-charts-title', label: t('reports.charts.title') },
    {
      id: 'report-tables-title',
      label: t('reports.tables.title'),
      children: [
        { id: headlineTableId, label: t('reports.headline.tableTitle') },
        { id: salaryTableId, label: t('reports.salary.tableTitle') },
        ...figures.tables.map((table) => ({
          id: breakdownTableId(table.dimension),
          label: t('reports.tables.byDimension', { dimension: label(breakdownDimensionLabels[table.dimension]) }),
        })),
        { id: shortageTableId, label: t('reports.shortage.title') },
      ],
    },
    { id: 'report-methodology-title', label: t('reports.methodology.title') },
    { id: 'report-versions-title', label: t('reports.versions.title') },
  ];
  const follow = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    goTo(id);
  };
  const list = (items: Entry[], nested = false) => (
    <ol className={nested ? styles.nested : styles.list}>
      {items.map((entry) => (
        <li key={entry.id}>
          <a href={`#${entry.id}`} onClick={follow(entry.id)}>
            {entry.label}
          </a>
          {entry.children && list(entry.children, true)}
        </li>
      ))}
    </ol>
  );
  return (
    <nav
      aria-labelledby="report-contents-title"
      className={wide ? styles.aside : styles.inline}
      data-testid="report-contents"
    >
      {wide ? (
        <>
          <h2 id="report-contents-title" className={styles.title}>
            {t('reportContents.title')}
          </h2>
          {list(entries)}
          <BackToTop />
        </>
      ) : (
        <details className={styles.details}>
          <summary>
            <h2 id="report-contents-title" className={styles.summaryTitle}>
              {t('reportContents.title')}
            </h2>
            <span className={styles.count}>{t('reportContents.count', { count: entries.length })}</span>
          </summary>
          {list(entries)}
        </details>
      )}
    </nav>
  );
}

/** Back to the page's title (focus there too). */
export function BackToTop() {
  const { t } = useTranslation();
  return (
    <Button
      type="link"
      icon={<UpOutlined aria-hidden />}
      className={styles.top}
      onClick={() => {
        window.scrollTo({ top: 0, behavior: reducedMotion() ? 'auto' : 'smooth' });
        document.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true });
      }}
      data-testid="back-to-top"
    >
      {t('reportContents.backToTop')}
    </Button>
  );
}
