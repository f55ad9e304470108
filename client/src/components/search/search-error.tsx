import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../lib/api-error';
import { QueryError } from '../query-error';

/** A failed search: the engine being down or starting has its own message; anything else the usual one. */
export function SearchError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  if (isApiError(error) && error.code === 'search_unavailable') {
    return (
      <Result
        status="warning"
        title={t('search.unavailable.title')}
        subTitle={t('search.unavailable.text')}
        data-testid="search-unavailable"
        extra={
          <Button type="primary" onClick={onRetry}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }
  return <QueryError error={error} onRetry={onRetry} />;
}
