import type { Report } from '@shsw/shared';
import { Result } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { ButtonLink } from '../../components/button-link';
import { PageLoading } from '../../components/page-loading';
import { PageTitle } from '../../components/page-title';
import { QueryError } from '../../components/query-error';
import { useReport } from '../../features/reports/api/get-report';
import { isApiError } from '../../lib/api-error';

/** `?version=2`, when it is a whole number from 1. */
function versionFrom(search: URLSearchParams): number | undefined {
  const version = Number(search.get('version'));
  return Number.isInteger(version) && version >= 1 ? version : undefined;
}

/** Loads the report the URL names (period, optional version) and renders it, or says it is not published. */
export function PublishedReport({ children }: { children: (report: Report) => ReactNode }) {
  const { t } = useTranslation();
  const { periodId = '' } = useParams();
  const [search] = useSearchParams();
  const report = useReport(periodId, versionFrom(search));
  if (report.isPending) return <PageLoading />;
  if (report.isError) {
    if (isApiError(report.error) && (report.error.code === 'not_found' || report.error.code === 'validation_failed')) {
      return (
        <Result
          status="404"
          title={<PageTitle documentTitle={t('reports.notFound.title')}>{t('reports.notFound.title')}</PageTitle>}
          subTitle={t('reports.notFound.text')}
          extra={
            <ButtonLink to="/reports" type="primary">
              {t('reports.notFound.toList')}
            </ButtonLink>
          }
        />
      );
    }
    return <QueryError error={report.error} onRetry={() => void report.refetch()} />;
  }
  return children(report.data);
}
