import { Pagination } from 'antd';
import { useTranslation } from 'react-i18next';
import { useWideScreen } from '../../lib/use-media-query';
import styles from './search.module.css';

/** The API pages up to page 1,000. */
const maxPage = 1_000;

interface SearchPagerProps {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
}

/** Result pages; the page is in the URL like every other part of the search. */
export function SearchPager({ page, pageSize, total, onChange }: SearchPagerProps) {
  const { t } = useTranslation();
  const wide = useWideScreen();
  if (total <= pageSize) return null;
  return (
    <nav aria-label={t('search.pagination')} className={styles.pager}>
      <Pagination
        current={page}
        pageSize={pageSize}
        total={Math.min(total, maxPage * pageSize)}
        onChange={onChange}
        showSizeChanger={false}
        simple={!wide}
      />
    </nav>
  );
}
