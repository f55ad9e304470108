import type { Position } from '@shsw/shared';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { useDeleteDraft } from '../api/save-position';

/** "删除草稿": only for a draft nobody outside the organisation has seen; published posts are closed instead. */
export function DeleteDraftButton({ position }: { position: Position }) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const navigate = useNavigate();
  const remove = useDeleteDraft();
  const errorMessage = useApiErrorMessage();
  if (position.status !== 'draft' || position.publishedAt) return null;
  return (
    <Button
      danger
      loading={remove.isPending}
      data-testid="delete-draft"
      onClick={() =>
        modal.confirm({
          title: t('positions.lifecycle.deleteDraft.title', { title: position.title }),
          content: t('positions.lifecycle.deleteDraft.text'),
          okText: t('positions.lifecycle.deleteDraft.action'),
          okButtonProps: { danger: true },
          cancelText: t('common.cancel'),
          onOk: async () => {
            try {
              await remove.mutateAsync(position.id);
              void message.success(t('positions.lifecycle.deleteDraft.done', { title: position.title }));
              navigate('/org/positions', { replace: true });
            } catch (error) {
              void message.error(errorMessage(error));
            }
          },
        })
      }
    >
      {t('positions.lifecycle.deleteDraft.action')}
    </Button>
  );
}
