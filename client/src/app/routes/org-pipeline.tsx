import { Space, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ButtonLink } from '../../components/button-link';
import { PageHeading } from '../../components/page-heading';
import { PageLoading } from '../../components/page-loading';
import { QueryError } from '../../components/query-error';
import { PositionStatusTag } from '../../components/status-tag';
import { PipelineBoard } from '../../features/applications/components/pipeline-board';
import { TalentActions } from '../../features/invitations/components/talent-actions';
import { PositionMatches } from '../../features/matches/components/position-matches';
import { usePosition } from '../../features/positions/api/get-position';
import { isApiError } from '../../lib/api-error';
import { withParams } from '../../lib/url-state';
import { PositionNotFound } from './org-position-editor';

/** `/org/positions/:id/pipeline`: one position's applicants by stage, and (`?tab=matches`) matching talent. */
export function OrgPipelineRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [search, setSearch] = useSearchParams();
  const tab = search.get('tab') === 'matches' ? 'matches' : 'applicants';
  const position = usePosition(id);
  if (position.isPending) return <PageLoading />;
  if (position.isError) {
    if (isApiError(position.error) && position.error.code === 'not_found') return <PositionNotFound />;
    return <QueryError error={position.error} onRetry={() => void position.refetch()} />;
  }
  const p = position.data;
  return (
    <>
      <PageHeading
        title={t('applications.board.title', { title: p.title })}
        intro={
          <Space wrap size={[8, 4]}>
            <PositionStatusTag status={p.status} />
            <span>{t('applications.board.headcount', { count: p.headcount, filled: p.filledCount })}</span>
          </Space>
        }
        extra={
          <Space wrap>
            <ButtonLink to={`/org/positions/${p.id}/edit`}>{t('applications.board.editPosition')}</ButtonLink>
            <ButtonLink to="/org/positions">{t('positions.editor.backToList')}</ButtonLink>
          </Space>
        }
      />
      <Tabs
        activeKey={tab}
        onChange={(key) => setSearch((s) => withParams(s, { tab: key === 'matches' ? key : null, application: null }))}
        items={[
          {
            key: 'applicants',
            label: t('matches.position.applicantsTab'),
            children: <PipelineBoard positionId={p.id} domain={p.primaryDomain} />,
          },
          {
            key: 'matches',
            label: t('matches.position.tab'),
            children: (
              <PositionMatches
                positionId={p.id}
                renderActions={(talent) => (
                  <TalentActions profileId={talent.id} name={talent.maskedName} positionId={p.id} />
                )}
              />
            ),
          },
        ]}
      />
    </>
  );
}
