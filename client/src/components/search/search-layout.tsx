import { FilterOutlined } from '@ant-design/icons';
import { Badge, Button, Drawer } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMediaQuery } from '../../lib/use-media-query';
import styles from './search.module.css';

interface SearchLayoutProps {
  /** The facets. */
  filters: ReactNode;
  /** How many filters are in force (on the phone's filter button). */
  activeCount: number;
  /** Results found, for the drawer's "show results" button; null while loading. */
  total: number | null;
  /** Search box, sort and chips above the results. */
  toolbar: ReactNode;
  children: ReactNode;
}

/** Facets in a sidebar on wide screens; on phones and narrow tablets, behind a button in a drawer. */
export function SearchLayout({ filters, activeCount, total, toolbar, children }: SearchLayoutProps) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 992px)');
  const [open, setOpen] = useState(false);
  if (wide) {
    return (
      <div className={styles.layout}>
        <aside className={styles.sidebar} aria-label={t('search.facets.label')}>
          {filters}
        </aside>
        <div className={styles.results}>
          {toolbar}
          {children}
        </div>
      </div>
    );
  }
  return (
    <div className={styles.results}>
      {toolbar}
      <Badge count={activeCount} size="small" offset={[-4, 4]}>
        <Button
          icon={<FilterOutlined aria-hidden />}
          onClick={() => setOpen(true)}
          aria-expanded={open}
          aria-controls="search-filters"
          className={styles.filterButton}
        >
          {activeCount > 0 ? t('search.facets.openWithCount', { count: activeCount }) : t('search.facets.open')}
        </Button>
      </Badge>
      {children}
      <Drawer
        id="search-filters"
        title={t('search.facets.label')}
        placement="left"
        size="min(360px, 100%)"
        open={open}
        onClose={() => setOpen(false)}
        footer={
          <Button type="primary" block onClick={() => setOpen(false)}>
            {total === null ? t('search.facets.showResultsLoading') : t('search.facets.showResults', { count: total })}
          </Button>
        }
      >
        {filters}
      </Drawer>
    </div>
  );
}
