import { Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ButtonLink } from '../../components/button-link';
import { PageHeading } from '../../components/page-heading';
import { PageLoading } from '../../components/page-loading';
import { QueryError } from '../../components/query-error';
import { useMyOrganisation } from '../../features/organisations/api/get-my-organisation';
import { usePosition } from '../../features/positions/api/get-position';
import { PositionEditor } from '../../features/positions/components/position-editor';
import type { SalaryRangeWatch } from '../../features/positions/components/position-form';
import { GuidancePanel } from '../../features/salary-guidance/components/guidance-panel';
import { isApiError } from '../../lib/api-error';
import { RegisterFirst } from './org-positions';

const renderGuidance = (range: SalaryRangeWatch) => <GuidancePanel range={range} />;

/** `/org/positions/new` and `/org/positions/:id/edit`: the editor with the live salary-guidance panel. */
export function OrgPositionEditorRoute() {
  const { t } = useTranslation();
  const { id } = useParams();
  const mine = useMyOrganisation();
  const title = id ? t('positions.editor.editPageTitle') : t('positions.editor.newPageTitle');
  return (
    <>
      <PageHeading title={title} intro={t('positions.editor.intro')} />
      {mine.isPending ? (
        <PageLoading />
      ) : mine.isError ? (
        <QueryError error={mine.error} onRetry={() => void mine.refetch()} />
      ) : !mine.data.organisation ? (
        <RegisterFirst />
      ) : id ? (
        <EditExisting id={id} organisation={mine.data.organisation} />
      ) : (
        <PositionEditor
          organisation={{ ...mine.data.organisation, verified: mine.data.organisation.status === 'verified' }}
          renderGuidance={renderGuidance}
        />
      )}
    </>
  );
}

function EditExisting({
  id,
  organisation,
}: {
  id: string;
  organisation: { type: string; districtCode: string; streetCode: string; status: string };
}) {
  const position = usePosition(id);
  if (position.isPending) return <PageLoading />;
  if (position.isError) {
    if (isApiError(position.error) && position.error.code === 'not_found') return <PositionNotFound />;
    return <QueryError error={position.error} onRetry={() => void position.refetch()} />;
  }
  return (
    <PositionEditor
      key={position.data.id}
      position={position.data}
      organisation={{ ...organisation, verified: organisation.status === 'verified' }}
      renderGuidance={renderGuidance}
    />
  );
}

export function PositionNotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title={t('positions.notFound.title')}
      subTitle={t('positions.notFound.text')}
      extra={
        <ButtonLink to="/org/positions" type="primary">
          {t('positions.editor.backToList')}
        </ButtonLink>
      }
    />
  );
}
