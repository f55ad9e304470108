import type { Position } from '@shsw/shared';
import { Alert, Button, Space } from 'antd';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { ButtonLink } from '../../../components/button-link';
import { Form } from '../../../components/form/form';
import { isApiError } from '../../../lib/api-error';
import { useCreatePosition, useUpdatePosition } from '../api/save-position';
import { usePositionMoves } from '../hooks/use-position-moves';
import styles from './position-editor.module.css';
import { PositionFields, type SalaryRangeWatch } from './position-form';
import { blankPosition, type PostingOrganisation, positionFormSchema, valuesOf } from './position-form-values';
import { PositionLifecycleBar } from './position-lifecycle-bar';

/** What happened after the last save, shown at the top of the editor (also after creating, in the new URL). */
export type EditorNotice = { kind: 'saved' | 'published' | 'draftSaved' } | { kind: 'publishFailed'; message: string };

const editableStatuses = new Set(['draft', 'open', 'paused']);

interface PositionEditorProps {
  /** Left out for a new position. */
  position?: Position;
  organisation: PostingOrganisation;
  renderGuidance?: (range: SalaryRangeWatch) => ReactNode;
}

/**
 * Creating and editing a position. A draft is saved, or saved and published in one go; a
 * published post is edited in place. The lifecycle buttons sit above the form.
 */
export function PositionEditor({ position, organisation, renderGuidance }: PositionEditorProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  const create = useCreatePosition();
  const update = useUpdatePosition();
  const moves = usePositionMoves();
  const intent = useRef<'save' | 'publish'>('save');
  const [notice, setNotice] = useState<EditorNotice | null>(
    () => (location.state as { notice?: EditorNotice } | null)?.notice ?? null,
  );
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  if (position && !editableStatuses.has(position.status)) {
    return (
      <div className={styles.editor}>
        <PositionLifecycleBar position={position} moves={moves} />
        <Alert
          type="info"
          showIcon
          title={t('positions.editor.notEditable', { status: t(`status.position.${position.status}`) })}
        />
      </div>
    );
  }

  const isDraft = !position || position.status === 'draft';
  const canPublish = isDraft && organisation.verified;
  const submitLabel = canPublish
    ? t('positions.editor.saveAndPublish')
    : isDraft
      ? t('positions.editor.saveDraft')
      : t('positions.editor.saveChanges');

  return (
    <div className={styles.editor}>
      {position && <PositionLifecycleBar position={position} moves={moves} onMoved={() => setNotice(null)} />}
      {isDraft && !organisation.verified && (
        <Alert
          type="info"
          showIcon
          title={t('positions.editor.notVerifiedTitle')}
          description={t('positions.editor.notVerifiedText')}
        />
      )}
      {notice && (
        <div ref={noticeRef} tabIndex={-1} className={styles.notice} role="status">
          <NoticeAlert notice={notice} position={position} onClose={() => setNotice(null)} />
        </div>
      )}
      <section className={styles.card} aria-labelledby="position-form-title">
        <h2 id="position-form-title" className={styles.cardTitle}>
          {position ? t('positions.editor.editTitle') : t('positions.editor.newTitle')}
        </h2>
        <Form
          schema={positionFormSchema}
          defaultValues={position ? valuesOf(position) : blankPosition(organisation)}
          submitLabel={submitLabel}
          onSubmitClick={() => {
            intent.current = canPublish ? 'publish' : 'save';
          }}
          actions={
            canPublish ? (
              <Button
                htmlType="submit"
                onClick={() => {
                  intent.current = 'save';
                }}
              >
                {t('positions.editor.saveDraft')}
              </Button>
            ) : null
          }
          aria-labelledby="position-form-title"
          describeError={(error) =>
            isApiError(error) && error.code === 'invalid_transition' ? t('positions.editor.noLongerEditable') : null
          }
          onSubmit={async (values) => {
            const publish = intent.current === 'publish';
            intent.current = 'save';
            const saved = position
              ? await update.mutateAsync({ id: position.id, body: values })
              : await create.mutateAsync(values);
            let next: EditorNotice = { kind: 'saved' };
            let latest = saved;
            if (publish) {
              // The button said "保存并发布": no second "发布…？" question. Only a salary below the
              // guidance (known once the server has compared it) still asks, as a warning.
              const outcome = await moves.request(saved, 'open', { confirmed: true });
              if (outcome.ok) {
                next = { kind: 'published' };
                latest = outcome.position;
              } else {
                next = outcome.cancelled ? { kind: 'draftSaved' } : { kind: 'publishFailed', message: outcome.message };
              }
              moves.clearError();
            }
            if (!position) {
              navigate(`/org/positions/${saved.id}/edit`, { replace: true, state: { notice: next } });
              return undefined;
            }
            setNotice(next);
            return valuesOf(latest);
          }}
        >
          {({ control, getValues, setValue }) => (
            <PositionFields
              control={control}
              organisation={organisation}
              renderGuidance={renderGuidance}
              getStreet={() => getValues('streetCode')}
              setStreet={(code) => setValue('streetCode', code)}
              setGovernmentPurchase={(value) => setValue('governmentPurchase', value, { shouldDirty: true })}
            />
          )}
        </Form>
      </section>
    </div>
  );
}

function NoticeAlert({
  notice,
  position,
  onClose,
}: {
  notice: EditorNotice;
  position: Position | undefined;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const links = position && (
    <Space wrap className={styles.noticeLinks}>
      <ButtonLink to={`/positions/${position.id}`} size="small">
        {t('positions.editor.viewPublic')}
      </ButtonLink>
      <ButtonLink to="/org/positions" size="small">
        {t('positions.editor.backToList')}
      </ButtonLink>
    </Space>
  );
  switch (notice.kind) {
    case 'published':
      return (
        <Alert
          type="success"
          showIcon
          closable={{ onClose }}
          title={t('positions.editor.published')}
          description={links}
        />
      );
    case 'draftSaved':
      return <Alert type="info" showIcon closable={{ onClose }} title={t('positions.editor.draftSaved')} />;
    case 'publishFailed':
      return (
        <Alert
          type="error"
          showIcon
          closable={{ onClose }}
          title={t('positions.editor.publishFailed')}
          description={notice.message}
        />
      );
    case 'saved':
      return <Alert type="success" showIcon closable={{ onClose }} title={t('common.saved')} description={links} />;
  }
}
