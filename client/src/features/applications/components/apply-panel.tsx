import { type ApplicationReadiness, applyBodySchema, type ReadinessItem } from '@shsw/shared';
import { Alert, Input, Modal } from 'antd';
import { type ReactNode, useState } from 'react';
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
  /** The signed-in worker's record against the minimum for applying; undefined while unknown. */
  readiness?: ApplicationReadiness | undefined;
  /**
   * The "完善档案" step, shown when the record is not ready: it saves what is missing, then calls
   * `apply`. (The profile feature owns the record; the page passes its form in.)
   */
  completeRecord?:
    | ((apply: () => Promise<void>, describeApplyError: (error: unknown) => string | null) => ReactNode)
    | undefined;
}

function missingItems(error: unknown): ReadinessItem[] {
  if (!isApiError(error) || error.code !== 'profile_incomplete') return [];
  const details = error.details;
  const missing = typeof details === 'object' && details !== null && 'missing' in details ? details.missing : [];
  return Array.isArray(missing) ? (missing as ReadinessItem[]) : [];
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
export function ApplyPanel({ positionId, acceptsApplications, readiness, completeRecord }: ApplyPanelProps) {
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
        <WorkerApply
          positionId={positionId}
          acceptsApplications={acceptsApplications}
          readiness={readiness}
          completeRecord={completeRecord}
        />
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

function WorkerApply({ positionId, acceptsApplications, readiness, completeRecord }: ApplyPanelProps) {
  const { t } = useTranslation();
  const mine = useMyApplications();
  const apply = useApply(positionId);
  // The note written before the 完善档案 step opened; null while it is closed.
  const [completing, setCompleting] = useState<string | null>(null);
  const needs = (items: readonly ReadinessItem[]) =>
    t('readiness.needs', { items: items.map((item) => t(`readiness.items.${item}`)).join(t('errors.listSeparator')) });
  const describeApplyError = (error: unknown) => {
    if (isApiError(error) && error.code === 'already_exists') return t('applications.apply.already');
    const missing = missingItems(error);
    if (missing.length > 0) return needs(missing);
    const reason = conflictReason(error);
    if (reason === 'hidden_from_employer') return t('applications.apply.hidden');
    if (reason === 'not_open') return t('applications.apply.closed');
    return null;
  };
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
  const notReady = readiness !== undefined && !readiness.ready && completeRecord !== undefined;
  return (
    <>
      {notReady && (
        <Alert
          type="warning"
          showIcon
          className={styles.needs}
          title={needs(readiness.missing)}
          data-testid="apply-needs"
        />
      )}
      <p className={styles.small}>{t('applications.apply.shared')}</p>
      <Form
        schema={applyBodySchema}
        defaultValues={{ note: '' }}
        submitLabel={notReady ? t('readiness.completeAndApply') : t('applications.apply.submit')}
        aria-label={t('applications.apply.title')}
        describeError={describeApplyError}
        onSubmit={async ({ note }) => {
          if (notReady) setCompleting(note);
          else await apply.mutateAsync(note);
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
      <Modal
        open={completing !== null}
        title={t('readiness.step.title')}
        footer={null}
        destroyOnHidden
        onCancel={() => setCompleting(null)}
      >
        {completing !== null &&
          completeRecord?.(async () => {
            await apply.mutateAsync(completing);
            setCompleting(null);
          }, describeApplyError)}
      </Modal>
    </>
  );
}
