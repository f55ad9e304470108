import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useApiErrorMessage } from '../lib/use-api-error-message';

/** A page's data could not be loaded: why, and a way to try again. */
export function QueryError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const message = useApiErrorMessage();
  return (
    <Result
      status="warning"
      title={t('common.loadFailed', { message: message(error) })}
      extra={
        <Button type="primary" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      }
    />
  );
}
