import {
  type ApplicationStatus,
  applicationStatuses,
  type Position,
  type PositionStatus,
  positionStatuses,
  serviceDomains,
} from '@shsw/shared';
import { Alert, Space, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ButtonLink } from '../../../components/button-link';
import { DataList } from '../../../components/data-list';
import { EmptyState } from '../../../components/empty-state';
import { QueryError } from '../../../components/query-error';
import { PositionStatusTag } from '../../../components/status-tag';
import { useVocabularyLabel } from '../../../lib/format';
import { pageFrom, withParams } from '../../../lib/url-state';
import { orgPositionsPageSize, useOrgPositions } from '../api/get-org-positions';
import { usePositionMoves } from '../hooks/use-position-moves';
import styles from './org-positions-list.module.css';
import { PositionRowActions } from './position-row-actions';
import { SalaryFlag, useSalaryRange } from './salary-flag';

function statusFrom(search: URLSearchParams): PositionStatus | undefined {
  const value = search.get('status');
  return positionStatuses.find((s) => s === value);
}

/** Applicants by stage, in pipeline order, leaving out empty stages. */
function StageCounts({ counts }: { counts: Record<string, number> | null }) {
  const { t } = useTranslation();
  const stages = applicationStatuses.filter((s: ApplicationStatus) => (counts?.[s] ?? 0) > 0);
  if (stages.length === 0) return <span className={styles.muted}>{t('positions.list.noApplicants')}</span>;
  return (
    <ul className={styles.stages} aria-label={t('positions.list.applicants')}>
      {stages.map((stage) => (
        <li key={stage}>
          {t(`status.application.${stage}`)} <strong>{counts?.[stage]}</strong>
        </li>
      ))}
    </ul>
  );
}

/** The organisation's positions by status (in the URL), with applicants by stage and the lifecycle buttons. */
export function OrgPositionsList() {
  const { t } = useTranslation();
  const vocabulary = useVocabularyLabel();
  const salary = useSalaryRange();
  const [search, setSearch] = useSearchParams();
  const status = statusFrom(search);
  const page = pageFrom(search);
  const positions = useOrgPositions(status, page);
  const moves = usePositionMoves();
  const tab = status ?? 'all';
  return (
    <>
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch((s) => withParams(s, { status: key === 'all' ? null : key }))}
        items={[
          { key: 'all', label: t('positions.list.all') },
          ...positionStatuses.map((s) => ({ key: s, label: t(`status.position.${s}`) })),
        ]}
      />
      {moves.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={moves.error}
          closable={{ onClose: moves.clearError }}
          className={styles.alert}
        />
      )}
      {positions.isError ? (
        <QueryError error={positions.error} onRetry={() => void positions.refetch()} />
      ) : (
        <DataList<Position>
          label={t('positions.list.label', {
            status: tab === 'all' ? t('positions.list.all') : t(`status.position.${tab}`),
          })}
          loading={positions.isPending}
          rows={positions.data?.items ?? []}
          rowKey={(p) => p.id}
          empty={
            <EmptyState
              description={status ? t('positions.list.emptyStatus') : t('positions.list.empty')}
              action={
                !status && (
                  <ButtonLink to="/org/positions/new" type="primary">
                    {t('positions.list.new')}
                  </ButtonLink>
                )
              }
            />
          }
          columns={[
            {
              key: 'title',
              title: t('positions.fields.title'),
              primary: true,
              render: (p) => (
                <span className={styles.title}>
                  <Link to={`/org/positions/${p.id}/edit`}>{p.title}</Link>
                  <span className={styles.muted}>{vocabulary(serviceDomains, p.primaryDomain)}</span>
                </span>
              ),
            },
            {
              key: 'status',
              title: t('positions.list.status'),
              render: (p) => <PositionStatusTag status={p.status} />,
            },
            {
              key: 'applicants',
              title: t('positions.list.applicants'),
              render: (p) => <StageCounts counts={p.applicantCounts} />,
            },
            {
              key: 'salary',
              title: t('positions.list.salary'),
              render: (p) => (
                <Space size={4} wrap>
                  <span>{salary(p)}</span>
                  <SalaryFlag position={p} />
                </Space>
              ),
            },
            {
              key: 'deadline',
              title: t('positions.fields.deadline'),
              // One line: a wrapped date reads as two facts.
              render: (p) => (
                <span className={styles.nowrap} data-testid="position-deadline">
                  {p.deadline ?? t('positions.list.deadlineOnPublish')}
                </span>
              ),
            },
          ]}
          actions={(p) => <PositionRowActions position={p} request={moves.request} pending={moves.pending} />}
          pagination={
            positions.data && {
              page,
              pageSize: orgPositionsPageSize,
              total: positions.data.total,
              onChange: (next) => setSearch((s) => withParams(s, { page: next })),
            }
          }
        />
      )}
    </>
  );
}
