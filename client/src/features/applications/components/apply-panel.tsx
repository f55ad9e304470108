import { applyBodySchema } from '@shsw/shared';
import { Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ButtonLink } from '../../../components/button-link';
import { textInput } from '../../../components/form/adapters';
import { Form } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { ApplicationStatusTag } from '../../../components/status-tag';
import { isApiError } from '../../../lib/api-error';
import { formatDate } from '../../../lib/format';
import { useSession } from '../../../lib/session';
import { useApply } from '../api/apply';
import { useMyApplications } from '../api/get-my-applications';
import styles from './apply-panel.module.css';

interface ApplyPanelProps {
  positionId: string;
  acceptsApplications: boolean;
}

function conflictReason(error: unknown): string | null {
  if (!isApiError(error) || error.code !== 'conflict') return null;
  const details = error.details;
  return typeof details === 'object' && details !== null && 'reason' in details ? String(details.reason) : null;
}

/**
 * Applying from the position page: signed-out visitors sign in and come back here; a worker who
 * has applied sees where the application stands instead of the button.
 */
export function ApplyPanel({ positionId, acceptsApplications }: ApplyPanelProps) {
  const { t } = useTranslation();
  const { user, isPending } = useSession();
  return (
    <section className={styles.panel} aria-labelledby="apply-title" data-testid="apply-panel">
      <h2 id="apply-title" className={styles.title}>
        {t('applications.apply.title')}
      </h2>
      {isPending ? (
        <PageLoading />
      ) : !user ? (
        <SignedOut positionId={positionId} acceptsApplications={acceptsApplications} />
      ) : user.role !== 'worker' ? (
        <p className={styles.muted}>{t('applications.apply.workersOnly')}</p>
      ) : (
        <WorkerApply positionId={positionId} acceptsApplications={acceptsApplications} />
      )}
    </section>
  );
}

function SignedOut({ positionId, acceptsApplications }: ApplyPanelProps) {
  const { t } = useTranslation();
  if (!acceptsApplications) return <p className={styles.muted}>{t('applications.apply.closed')}</p>;
  const next = new URLSearchParams({ next: `/positions/${positionId}` });
  return (
    <>
      <p>{t('applications.apply.signInFirst')}</p>
      <ButtonLink to={`/sign-in?${next}`} type="primary" block>
        {t('applications.apply.signInToApply')}
      </ButtonLink>
      <p className={styles.small}>
        {t('applications.apply.noAccount')} <Link to={`/sign-up?${next}`}>{t('account.signUp')}</Link>
      </p>
    </>
  );
}

function WorkerApply({ positionId, acceptsApplications }: ApplyPanelProps) {
  const { t } = useTranslation();
  const mine = useMyApplications();
  const apply = useApply(positionId);
  if (mine.isPending) return <PageLoading />;
  if (mine.isError) return <QueryError error={mine.error} onRetry={() => void mine.refetch()} />;
  const existing = mine.data.items.find((a) => a.positionId === positionId);
  if (existing) {
    return (
      <div data-testid="applied-state">
        <p className={styles.applied}>
          <span>{t('applications.apply.applied', { date: formatDate(existing.createdAt) })}</span>
          <ApplicationStatusTag status={existing.status} />
        </p>
        <ButtonLink to={`/me/applications#application-${existing.id}`} block>
          {t('applications.apply.seeMine')}
        </ButtonLink>
      </div>
    );
  }
  if (!acceptsApplications) return <p className={styles.muted}>{t('applications.apply.closed')}</p>;
  return (
    <>
      <p className={styles.small}>{t('applications.apply.shared')}</p>
      <Form
        schema={applyBodySchema}
        defaultValues={{ note: '' }}
        submitLabel={t('applications.apply.submit')}
        aria-label={t('applications.apply.title')}
        describeError={(error) => {
          if (isApiError(error) && error.code === 'already_exists') return t('applications.apply.already');
          const reason = conflictReason(error);
          if (reason === 'hidden_from_employer') return t('applications.apply.hidden');
          if (reason === 'not_open') return t('applications.apply.closed');
          return null;
        }}
        onSubmit={async ({ note }) => {
          await apply.mutateAsync(note);
        }}
      >
        {({ control }) => (
          <FormField
            control={control}
            name="note"
            label={
              <>
                {t('applications.apply.note')} {t('common.optional')}
              </>
            }
            extra={t('applications.apply.noteHelp')}
          >
            {(binding) => (
              <Input.TextArea
                {...textInput(binding)}
                onChange={(e) => binding.field.onChange(e.target.value)}
                rows={4}
                maxLength={1000}
              />
            )}
          </FormField>
        )}
      </Form>
      <p className={styles.small}>
        <Link to="/me/profile">{t('applications.apply.checkProfile')}</Link>
      </p>
    </>
  );
}
