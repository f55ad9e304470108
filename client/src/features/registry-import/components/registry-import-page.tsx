import { UploadOutlined } from '@ant-design/icons';
import { apiRoutes, registryColumns, registryImportLimits, registryImportQuerySchema } from '@shsw/shared';
import { Alert, Button, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { useIssueMessage } from '../../../lib/issue-message';
import { withParams } from '../../../lib/url-state';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { useRegistryImport } from '../api/get-import';
import { useStartImport } from '../api/start-import';
import { useImportProgressStream } from '../hooks/use-import-progress-stream';
import { ImportHistory } from './import-history';
import { ImportProgress } from './import-progress';
import styles from './registry-import-page.module.css';

const maxBytes = apiRoutes.bureau.startImport.upload.maxBytes;

/** Pick the registry file, follow its import live, and look back at earlier ones. */
export function RegistryImportPage() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const selected = search.get('import');
  const start = useStartImport();
  const live = useImportProgressStream();
  const current = useRegistryImport(selected, live);
  const issueMessage = useIssueMessage();
  const errorMessage = useApiErrorMessage();
  const [fileError, setFileError] = useState<string | null>(null);

  const pick = (file: File) => {
    setFileError(null);
    const name = registryImportQuerySchema.safeParse({ fileName: file.name });
    if (!name.success) {
      const issue = name.error.issues[0];
      setFileError(issue ? issueMessage(issue, file.name) : t('validation.fileType'));
      return;
    }
    if (file.size > maxBytes) {
      setFileError(t('bureau.registry.tooLarge', { mb: Math.round(maxBytes / 1024 / 1024) }));
      return;
    }
    start.mutate(file, { onSuccess: (started) => setSearch((s) => withParams(s, { import: started.id })) });
  };

  return (
    <div className={styles.page}>
      <section aria-labelledby="upload-title" className={styles.part}>
        <h2 id="upload-title" className={styles.title}>
          {t('bureau.registry.uploadTitle')}
        </h2>
        <p>{t('bureau.registry.uploadHelp', { columns: registryColumns.join(', ') })}</p>
        <p className={styles.note}>{t('bureau.registry.uploadNote')}</p>
        <p className={styles.note}>
          {t('bureau.registry.limits', {
            rows: registryImportLimits.maxRows.toLocaleString(i18n.language),
            mb: Math.round(maxBytes / 1024 / 1024),
            chars: registryImportLimits.maxCellChars,
          })}
        </p>
        <Upload
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          showUploadList={false}
          maxCount={1}
          beforeUpload={(file) => {
            pick(file);
            return Upload.LIST_IGNORE;
          }}
        >
          <Button type="primary" icon={<UploadOutlined aria-hidden />} loading={start.isPending}>
            {t('bureau.registry.choose')}
          </Button>
        </Upload>
        {(fileError || start.isError) && (
          <Alert type="error" showIcon title={fileError ?? errorMessage(start.error)} className={styles.alert} />
        )}
      </section>
      {selected && (
        <section aria-labelledby="current-title" className={styles.part}>
          <h2 id="current-title" className={styles.title}>
            {t('bureau.registry.currentTitle')}
          </h2>
          {current.isPending ? (
            <PageLoading />
          ) : current.isError ? (
            <QueryError error={current.error} onRetry={() => void current.refetch()} />
          ) : (
            <ImportProgress run={current.data} live={live} />
          )}
        </section>
      )}
      <section aria-labelledby="history-title" className={styles.part}>
        <h2 id="history-title" className={styles.title}>
          {t('bureau.registry.historyTitle')}
        </h2>
        <ImportHistory selected={selected} onSelect={(id) => setSearch((s) => withParams(s, { import: id }))} />
      </section>
    </div>
  );
}
