import type { ApiErrorCode, BulkDecisionResult } from '@shsw/shared';
import { Alert, Checkbox } from 'antd';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWideScreen } from '../lib/use-media-query';
import type { DataColumn } from './data-list';

/**
 * Rows picked for one bulk decision: a checkbox column whose header (labelled) picks the whole
 * page. The selection empties whenever the rows shown change (another page or filter).
 */
export function useBulkSelection<R>(rows: readonly R[], keyOf: (row: R) => string, nameOf: (row: R) => string) {
  const { t } = useTranslation();
  const wide = useWideScreen();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const keys = useMemo(() => rows.map(keyOf), [rows, keyOf]);
  const signature = keys.join('|');
  // biome-ignore lint/correctness/useExhaustiveDependencies: the shown rows (by their keys) are what resets it
  useEffect(() => setSelected(new Set()), [signature]);
  const toggle = useCallback(
    (key: string, on: boolean) =>
      setSelected((current) => {
        const next = new Set(current);
        if (on) next.add(key);
        else next.delete(key);
        return next;
      }),
    [],
  );
  const picked = keys.filter((k) => selected.has(k));
  const column: DataColumn<R> = {
    key: '__select',
    width: 48,
    // On phones the title labels every card's line, so it is words there, not a second control.
    title: !wide ? (
      t('bureauQueues.select')
    ) : (
      <Checkbox
        aria-label={t('bureauQueues.selectPage')}
        checked={keys.length > 0 && picked.length === keys.length}
        indeterminate={picked.length > 0 && picked.length < keys.length}
        onChange={(e) => setSelected(e.target.checked ? new Set(keys) : new Set())}
      />
    ),
    render: (row) => (
      <Checkbox
        aria-label={t('bureauQueues.selectRow', { name: nameOf(row) })}
        checked={selected.has(keyOf(row))}
        onChange={(e) => toggle(keyOf(row), e.target.checked)}
      />
    ),
  };
  return { column, selected: picked, clear: () => setSelected(new Set()) };
}

/** What a bulk decision did: how many were done, and each skipped one with why. */
export function BulkOutcome({
  result,
  nameOf,
  onClose,
}: {
  result: BulkDecisionResult;
  nameOf: (id: string) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const skipped = result.results.filter((r) => r.outcome === 'skipped');
  return (
    <Alert
      role="status"
      type={skipped.length > 0 ? 'warning' : 'success'}
      showIcon
      closable={{ onClose }}
      title={t('bureauQueues.bulkDone', { done: result.done, skipped: result.skipped })}
      description={
        skipped.length > 0 && (
          <ul>
            {skipped.map((r) => (
              <li key={r.id}>
                {nameOf(r.id)}：{t(`errors.${(r.code ?? 'internal_error') as ApiErrorCode}`)}
              </li>
            ))}
          </ul>
        )
      }
      style={{ marginBottom: 16 }}
    />
  );
}
