import { Navigate } from 'react-router';
import { PageLoading } from '../../../components/page-loading';
import { QueryError } from '../../../components/query-error';
import { useThreadOfApplication } from '../api/open-for-application';

/** `/messages?application=…` (the 消息 link of an application): finds or opens its thread, then shows it. */
export function ApplicationThread({ applicationId }: { applicationId: string }) {
  const thread = useThreadOfApplication(applicationId);
  if (thread.isPending) return <PageLoading />;
  if (thread.isError) return <QueryError error={thread.error} onRetry={() => void thread.refetch()} />;
  return <Navigate to={`/messages/${thread.data.id}`} replace />;
}
