import { PlusOutlined } from '@ant-design/icons';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../components/button-link';
import { PageHeading } from '../../components/page-heading';
import { PageLoading } from '../../components/page-loading';
import { QueryError } from '../../components/query-error';
import { useMyOrganisation } from '../../features/organisations/api/get-my-organisation';
import { OrgPositionsList } from '../../features/positions/components/org-positions-list';

export function OrgPositionsRoute() {
  const { t } = useTranslation();
  const mine = useMyOrganisation();
  const organisation = mine.data?.organisation;
  return (
    <>
      <PageHeading
        title={t('positions.list.title')}
        intro={t('positions.list.intro')}
        extra={
          organisation && (
            <ButtonLink to="/org/positions/new" type="primary" icon={<PlusOutlined aria-hidden />}>
              {t('positions.list.new')}
            </ButtonLink>
          )
        }
      />
      {mine.isPending ? (
        <PageLoading />
      ) : mine.isError ? (
        <QueryError error={mine.error} onRetry={() => void mine.refetch()} />
      ) : !organisation ? (
        <RegisterFirst />
      ) : (
        <>
          {organisation.status !== 'verified' && (
            <Alert type="info" showIcon title={t('positions.list.notVerified')} style={{ marginBottom: 16 }} />
          )}
          <OrgPositionsList />
        </>
      )}
    </>
  );
}

/** Positions belong to an organisation: the account registers one first. */
export function RegisterFirst() {
  const { t } = useTranslation();
  return (
    <Alert
      type="warning"
      showIcon
      title={t('positions.registerFirst')}
      action={
        <ButtonLink to="/org" type="primary" size="small">
          {t('positions.registerFirstLink')}
        </ButtonLink>
      }
    />
  );
}
