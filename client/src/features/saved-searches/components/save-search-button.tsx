import { BellOutlined } from '@ant-design/icons';
import { MAX_SAVED_SEARCHES, type SavedSearch, savedSearchBodySchema, savedSearchQuerySchema } from '@shsw/shared';
import { Button, Input, Modal, Radio } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useSearchParams } from 'react-router';
import type { z } from 'zod';
import { ButtonLink } from '../../../components/button-link';
import { textInput } from '../../../components/form/adapters';
import { Form } from '../../../components/form/form';
import { FormField } from '../../../components/form/form-field';
import { isApiError } from '../../../lib/api-error';
import { useFilterChips } from '../../../lib/search-filters';
import { queryFromUrl } from '../../../lib/search-query';
import { useSession } from '../../../lib/session';
import { useSavedSearches } from '../api/get-saved-searches';
import { useSaveSearch } from '../api/save-search';
import styles from './saved-searches.module.css';

const formSchema = savedSearchBodySchema.pick({ name: true, frequency: true });
const frequencies = ['instant', 'daily'] as const;

/** The server refuses an eleventh saved search with `conflict` and the reason `limit`. */
function isLimitError(error: unknown): boolean {
  if (!isApiError(error) || error.code !== 'conflict') return false;
  const details = error.details;
  return typeof details === 'object' && details !== null && 'reason' in details && details.reason === 'limit';
}

type SavedQuery = z.output<typeof savedSearchQuerySchema>;

/**
 * "Save this search" on the position search page: workers pick instant or daily alerts; visitors
 * are asked to sign in first (and come back to the same search); other roles see nothing.
 */
export function SaveSearchButton() {
  const { t } = useTranslation();
  const { user, isPending } = useSession();
  const location = useLocation();
  const [search] = useSearchParams();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState<SavedSearch | null>(null);
  if (isPending) return null;
  if (!user) {
    const next = location.pathname + location.search;
    return (
      <ButtonLink to={`/sign-in?${new URLSearchParams({ next })}`} icon={<BellOutlined aria-hidden />}>
        {t('savedSearches.save.signIn')}
      </ButtonLink>
    );
  }
  if (user.role !== 'worker') return null;
  return (
    <div className={styles.saveArea}>
      <Button
        type="primary"
        ghost
        icon={<BellOutlined aria-hidden />}
        onClick={() => {
          setSaved(null);
          setOpen(true);
        }}
      >
        {t('savedSearches.save.button')}
      </Button>
      <span role="status" className={styles.savedNote}>
        {saved && (
          <>
            {t('savedSearches.save.done', { name: saved.name })}{' '}
            <Link to="/me/saved-searches">{t('savedSearches.save.manage')}</Link>
          </>
        )}
      </span>
      {open && (
        <SaveSearchDialog
          query={queryFromUrl(savedSearchQuerySchema, search)}
          onClose={() => setOpen(false)}
          onSaved={(s) => {
            setSaved(s);
            setOpen(false);
          }}
        />
      )}
    </div>
  );
}

function SaveSearchDialog({
  query,
  onClose,
  onSaved,
}: {
  /** The search as the page reads it from the URL: its filters, never paging or order. */
  query: SavedQuery;
  onClose: () => void;
  onSaved: (saved: SavedSearch) => void;
}) {
  const { t } = useTranslation();
  const chips = useFilterChips()(query);
  const mine = useSavedSearches();
  const save = useSaveSearch();
  const suggested = chips.length > 0 ? chips.map((c) => c.label).join(' · ') : t('savedSearches.save.allPositions');
  const count = mine.data?.items.length;
  return (
    <Modal open title={t('savedSearches.save.title')} onCancel={onClose} footer={null} destroyOnHidden>
      <p className={styles.dialogFilters}>
        {chips.length > 0
          ? t('savedSearches.save.filters', { filters: chips.map((c) => c.label).join(t('errors.listSeparator')) })
          : t('savedSearches.save.noFilters')}
      </p>
      {count !== undefined && (
        <p className={styles.muted}>{t('savedSearches.save.count', { count, max: MAX_SAVED_SEARCHES })}</p>
      )}
      <Form
        schema={formSchema}
        defaultValues={{ name: suggested.slice(0, 40), frequency: 'instant' }}
        submitLabel={t('savedSearches.save.submit')}
        actions={<Button onClick={onClose}>{t('common.cancel')}</Button>}
        describeError={(error) =>
          isLimitError(error) ? t('savedSearches.errors.limit', { max: MAX_SAVED_SEARCHES }) : null
        }
        aria-label={t('savedSearches.save.title')}
        onSubmit={async (values) => {
          onSaved(await save.mutateAsync({ ...values, query }));
        }}
      >
        {({ control }) => (
          <>
            <FormField control={control} name="name" label={t('savedSearches.fields.name')} required>
              {(binding) => <Input {...textInput(binding)} maxLength={40} showCount autoFocus />}
            </FormField>
            <FormField control={control} name="frequency" label={t('savedSearches.fields.frequency')} required>
              {({ field, id, labelId, describedBy }) => (
                <Radio.Group
                  id={id}
                  aria-labelledby={labelId}
                  aria-describedby={describedBy}
                  value={field.value}
                  onChange={(event) => field.onChange(event.target.value)}
                  className={styles.frequencies}
                >
                  {frequencies.map((f) => (
                    <Radio key={f} value={f}>
                      <strong>{t(`savedSearches.frequency.${f}`)}</strong>
                      <span className={styles.help}>{t(`savedSearches.frequency.${f}Help`)}</span>
                    </Radio>
                  ))}
                </Radio.Group>
              )}
            </FormField>
          </>
        )}
      </Form>
    </Modal>
  );
}
