import { Pagination, Skeleton, Spin, Table } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useWideScreen } from '../lib/use-media-query';
import styles from './data-list.module.css';

export interface DataColumn<R> {
  key: string;
  title: ReactNode;
  render: (row: R) => ReactNode;
  /** On phones this column is the card's heading rather than a labelled line. */
  primary?: boolean;
  width?: number | string;
}

export interface PageControl {
  page: number;
  pageSize: number;
  total: number;
  onChange: (page: number) => void;
}

interface DataListProps<R> {
  rows: readonly R[];
  rowKey: (row: R) => string;
  columns: readonly DataColumn<R>[];
  /** Names the table (or list) for screen readers. */
  label: string;
  loading?: boolean;
  /** What to show when there are no rows: say what to do next. */
  empty: ReactNode;
  actions?: (row: R) => ReactNode;
  actionsTitle?: ReactNode;
  pagination?: PageControl;
}

/** A table on wider screens and a list of cards on phones, where a table would need sideways scrolling. */
export function DataList<R>(props: DataListProps<R>) {
  const { rows, rowKey, columns, label, loading, empty, actions, actionsTitle, pagination } = props;
  const { t } = useTranslation();
  const wide = useWideScreen();
  if (rows.length === 0) {
    // Still loading: placeholders, never the empty message under a spinner.
    if (loading)
      return (
        <div role="status" aria-label={t('app.loading')} aria-busy="true" data-testid="data-list-loading">
          <Skeleton active title={false} paragraph={{ rows: 4 }} />
        </div>
      );
    return <div className={styles.empty}>{empty}</div>;
  }

  const pager = pagination && pagination.total > pagination.pageSize && (
    <Pagination
      className={styles.pagination}
      current={pagination.page}
      pageSize={pagination.pageSize}
      total={pagination.total}
      onChange={pagination.onChange}
      showSizeChanger={false}
      simple={!wide}
      showTotal={wide ? (total) => t('common.totalItems', { total }) : undefined}
    />
  );

  if (wide) {
    const tableColumns = columns.map((column) => ({
      key: column.key,
      title: column.title,
      width: column.width,
      render: (_: unknown, row: R) => column.render(row),
    }));
    if (actions) {
      tableColumns.push({
        key: '__actions',
        title: actionsTitle ?? t('common.actions'),
        width: undefined,
        render: (_: unknown, row: R) => actions(row),
      });
    }
    return (
      <>
        <Table<R>
          aria-label={label}
          className={styles.table}
          dataSource={[...rows]}
          rowKey={rowKey}
          columns={tableColumns}
          loading={loading}
          pagination={false}
          size="middle"
        />
        {pager}
      </>
    );
  }

  const primary = columns.find((c) => c.primary);
  const rest = columns.filter((c) => c !== primary);
  return (
    <Spin spinning={Boolean(loading)}>
      <ul className={styles.cards} aria-label={label}>
        {rows.map((row) => (
          <li key={rowKey(row)} className={styles.card}>
            {primary && <div className={styles.cardTitle}>{primary.render(row)}</div>}
            <dl className={styles.fields}>
              {rest.map((column) => (
                <div key={column.key} className={styles.field}>
                  <dt>{column.title}</dt>
                  <dd>{column.render(row)}</dd>
                </div>
              ))}
            </dl>
            {actions && <div className={styles.cardActions}>{actions(row)}</div>}
          </li>
        ))}
      </ul>
      {pager}
    </Spin>
  );
}
