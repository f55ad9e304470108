import { applicationReadiness } from '@shsw/shared';
import { Flex, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ButtonLink } from '../../components/button-link';
import { PageLoading } from '../../components/page-loading';
import { PageTitle } from '../../components/page-title';
import { QueryError } from '../../components/query-error';
import { ApplyPanel } from '../../features/applications/components/apply-panel';
import { BookmarkToggle } from '../../features/bookmarks/components/bookmark-toggle';
import { AskOrganisation } from '../../features/conversations/components/ask-organisation';
import { usePosition } from '../../features/positions/api/get-position';
import { PositionView } from '../../features/positions/components/position-view';
import { useProfile } from '../../features/profile/api/get-profile';
import { CompleteForApply } from '../../features/profile/components/complete-for-apply';
import { isApiError } from '../../lib/api-error';
import { useSession } from '../../lib/session';

/** `/positions/:id`, public: the position and, beside it, applying. (The server puts its JobPosting data in the HTML.) */
export function PositionRoute() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const position = usePosition(id);
  const { user } = useSession();
  // A worker's own record: applying needs its minimum, and the 完善档案 step fills it in.
  const profile = useProfile({ enabled: user?.role === 'worker' }).data;
  if (position.isPending) return <PageLoading />;
  if (position.isError) {
    if (
      isApiError(position.error) &&
      (position.error.code === 'not_found' || position.error.code === 'validation_failed')
    ) {
      return (
        <Result
          status="404"
          title={<PageTitle documentTitle={t('positions.notFound.title')}>{t('positions.notFound.title')}</PageTitle>}
          subTitle={t('positions.notFound.publicText')}
          extra={
            <ButtonLink to="/" type="primary">
              {t('guard.goHome')}
            </ButtonLink>
          }
        />
      );
    }
    return <QueryError error={position.error} onRetry={() => void position.refetch()} />;
  }
  const p = position.data;
  return (
    <PositionView
      position={p}
      aside={
        p.status === 'draft' ? undefined : (
          <Flex vertical gap={12}>
            <ApplyPanel
              positionId={p.id}
              acceptsApplications={p.acceptsApplications}
              readiness={profile && applicationReadiness(profile)}
              completeRecord={
                profile &&
                ((apply, describeApplyError) => (
                  <CompleteForApply profile={profile} onSaved={apply} describeApplyError={describeApplyError} />
                ))
              }
            />
            <BookmarkToggle positionId={p.id} bookmarked={p.viewer?.bookmarked ?? false} size="middle" />
            {user?.role === 'worker' && p.status === 'open' && <AskOrganisation positionId={p.id} />}
          </Flex>
        )
      }
    />
  );
}
