import type { Organisation } from '@shsw/shared';
import { Button } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { useSession } from '../../../lib/session';
import { useCreateOrganisation } from '../api/create-organisation';
import { useMyOrganisation } from '../api/get-my-organisation';
import { useUpdateOrganisation } from '../api/update-organisation';
import { InvitesPanel } from './invites-panel';
import { MembersList } from './members-list';
import { OrganisationDetails } from './organisation-details';
import { OrganisationForm, valuesOf } from './organisation-form';
import styles from './organisation-page.module.css';
import { OwnershipPanel } from './ownership-panel';
import { StatusBanner } from './status-banner';

function Part({ id, title, extra, children }: { id: string; title: string; extra?: ReactNode; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={styles.part}>
      <div className={styles.partHeader}>
        <h2 id={id} className={styles.partTitle}>
          {title}
        </h2>
        {extra}
      </div>
      {children}
    </section>
  );
}

/** Registration when the account has no organisation yet; afterwards its status, details, members and invitations. */
export function OrganisationPage() {
  const mine = useMyOrganisation();
  if (mine.isPending) return <PageLoading />;
  if (mine.isError) return <QueryError error={mine.error} onRetry={() => void mine.refetch()} />;
  const organisation = mine.data.organisation;
  return organisation ? <OrganisationDashboard organisation={organisation} /> : <RegisterOrganisation />;
}

function RegisterOrganisation() {
  const { t } = useTranslation();
  const create = useCreateOrganisation();
  return (
    <Part id="register-title" title={t('org.register.title')}>
      <p>{t('org.register.intro')}</p>
      <OrganisationForm
        submitLabel={t('org.register.submit')}
        onSubmit={async (values) => valuesOf(await create.mutateAsync(values))}
      />
    </Part>
  );
}

function OrganisationDashboard({ organisation }: { organisation: Organisation }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const isOwner = user?.orgRole === 'owner';
  const [editing, setEditing] = useState(false);
  const update = useUpdateOrganisation(organisation.id);
  return (
    <div className={styles.page}>
      <StatusBanner organisation={organisation} onResubmit={isOwner ? () => setEditing(true) : undefined} />
      <Part
        id="details-title"
        title={editing ? t('org.edit.title') : t('org.details.title')}
        extra={isOwner && !editing && <Button onClick={() => setEditing(true)}>{t('org.edit.open')}</Button>}
      >
        {editing ? (
          <>
            {organisation.status === 'rejected' && <p>{t('org.edit.resubmitNote')}</p>}
            <OrganisationForm
              organisation={organisation}
              submitLabel={organisation.status === 'rejected' ? t('org.edit.resubmit') : t('org.edit.submit')}
              actions={<Button onClick={() => setEditing(false)}>{t('common.cancel')}</Button>}
              onSubmit={async ({ creditCode: _fixed, name, ...rest }) => {
                const saved = await update.mutateAsync(organisation.status === 'verified' ? rest : { name, ...rest });
                setEditing(false);
                return valuesOf(saved);
              }}
            />
          </>
        ) : (
          <OrganisationDetails organisation={organisation} />
        )}
      </Part>
      <Part id="members-title" title={t('org.members.title')}>
        <MembersList orgId={organisation.id} isOwner={isOwner} />
      </Part>
      {isOwner && (
        <Part id="invites-title" title={t('org.invites.title')}>
          <InvitesPanel orgId={organisation.id} />
        </Part>
      )}
      {isOwner && (
        <Part id="ownership-title" title={t('org.ownership.title')}>
          <OwnershipPanel organisation={organisation} />
        </Part>
      )}
    </div>
  );
}
