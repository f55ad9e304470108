import { DeleteOutlined, EditOutlined, SearchOutlined } from '@ant-design/icons';
import { MAX_SAVED_SEARCHES, type SavedSearch, savedSearchBodySchema } from '@shsw/shared';
import { Alert, App, Button, Input, Modal, Segmented } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/button-link';
import { EmptyState } from '../../../components/empty-state';
import { textInput } from '../../../components/form/adapters';
import { Form } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { formatDateTime } from '../../../lib/format';
import { useFilterChips } from '../../../lib/search-filters';
import { urlFromQuery } from '../../../lib/search-query';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { useDeleteSavedSearch } from '../api/delete-saved-search';
import { useSavedSearches } from '../api/get-saved-searches';
import { useUpdateSavedSearch } from '../api/update-saved-search';
import styles from './saved-searches.module.css';

const frequencies = ['instant', 'daily'] as const;
const renameSchema = savedSearchBodySchema.pick({ name: true });

/** The worker's saved searches: open, rename, change how often they alert, delete. */
export function SavedSearchesList() {
  const { t } = useTranslation();
  const saved = useSavedSearches();
  const [failure, setFailure] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<SavedSearch | null>(null);
  if (saved.isPending) return <PageLoading />;
  if (saved.isError) return <QueryError error={saved.error} onRetry={() => void saved.refetch()} />;
  const items = saved.data.items;
  if (items.length === 0) {
    return (
      <EmptyState
        description={t('savedSearches.list.empty')}
        action={
          <ButtonLink to="/positions" type="primary" icon={<SearchOutlined aria-hidden />}>
            {t('savedSearches.list.goSearch')}
          </ButtonLink>
        }
      />
    );
  }
  return (
    <>
      <p className={styles.muted}>{t('savedSearches.list.count', { count: items.length, max: MAX_SAVED_SEARCHES })}</p>
      {failure && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={failure}
          closable={{ onClose: () => setFailure(null) }}
          className={styles.alert}
        />
      )}
      <ul className={styles.list} aria-label={t('savedSearches.list.label')}>
        {items.map((s) => (
          <li key={s.id}>
            <SavedSearchCard search={s} onFailure={setFailure} onRename={() => setRenaming(s)} />
          </li>
        ))}
      </ul>
      {renaming && <RenameDialog search={renaming} onClose={() => setRenaming(null)} />}
    </>
  );
}

function SavedSearchCard({
  search: s,
  onFailure,
  onRename,
}: {
  search: SavedSearch;
  onFailure: (message: string | null) => void;
  onRename: () => void;
}) {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const chips = useFilterChips()(s.query);
  const update = useUpdateSavedSearch();
  const remove = useDeleteSavedSearch();
  const errorMessage = useApiErrorMessage();
  const titleId = `saved-${s.id}`;
  const confirmDelete = () =>
    modal.confirm({
      title: t('savedSearches.list.deleteTitle', { name: s.name }),
      content: t('savedSearches.list.deleteText'),
      okText: t('common.remove'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: async () => {
        onFailure(null);
        try {
          await remove.mutateAsync(s.id);
        } catch (error) {
          onFailure(errorMessage(error));
        }
      },
    });
  return (
    <article className={styles.card} aria-labelledby={titleId} data-testid="saved-search">
      <div className={styles.cardHead}>
        <h2 id={titleId} className={styles.name}>
          {s.name}
        </h2>
        <ButtonLink to={`/positions?${urlFromQuery(s.query)}`} size="small" icon={<SearchOutlined aria-hidden />}>
          {t('savedSearches.list.open')}
        </ButtonLink>
      </div>
      <p className={styles.filters}>
        {chips.length > 0 ? chips.map((c) => c.label).join(' · ') : t('savedSearches.save.noFilters')}
      </p>
      <div className={styles.controls}>
        <div className={styles.frequency}>
          <span id={`${titleId}-frequency`}>{t('savedSearches.fields.frequency')}</span>
          <Segmented
            aria-labelledby={`${titleId}-frequency`}
            value={s.frequency}
            disabled={update.isPending}
            options={frequencies.map((f) => ({ value: f, label: t(`savedSearches.frequency.${f}`) }))}
            onChange={(frequency) => {
              onFailure(null);
              update.mutate({ id: s.id, body: { frequency } }, { onError: (error) => onFailure(errorMessage(error)) });
            }}
          />
        </div>
        <div className={styles.actions}>
          <Button size="small" icon={<EditOutlined aria-hidden />} onClick={onRename}>
            {t('savedSearches.list.rename')}
          </Button>
          <Button size="small" danger icon={<DeleteOutlined aria-hidden />} onClick={confirmDelete}>
            {t('common.remove')}
          </Button>
        </div>
      </div>
      <p className={styles.dates}>
        {t('savedSearches.list.created', { date: formatDateTime(s.createdAt) })} ·{' '}
        {s.lastNotifiedAt
          ? t('savedSearches.list.lastNotified', { date: formatDateTime(s.lastNotifiedAt) })
          : t('savedSearches.list.neverNotified')}
      </p>
    </article>
  );
}

function RenameDialog({ search, onClose }: { search: SavedSearch; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateSavedSearch();
  return (
    <Modal open title={t('savedSearches.list.renameTitle')} onCancel={onClose} footer={null} destroyOnHidden>
      <Form
        schema={renameSchema}
        defaultValues={{ name: search.name }}
        submitLabel={t('common.save')}
        actions={<Button onClick={onClose}>{t('common.cancel')}</Button>}
        onSubmit={async ({ name }) => {
          await update.mutateAsync({ id: search.id, body: { name } });
          onClose();
        }}
      >
        {({ control }) => (
          <FormField control={control} name="name" label={t('savedSearches.fields.name')} required>
            {(binding) => <Input {...textInput(binding)} maxLength={40} showCount autoFocus />}
          </FormField>
        )}
      </Form>
    </Modal>
  );
}
