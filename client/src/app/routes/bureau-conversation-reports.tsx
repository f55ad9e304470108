import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading';
import { ConversationReports } from '../../features/conversations/components/conversation-reports';

/** `/bureau/conversation-reports`: threads either side reported, for the bureau to read. */
export function BureauConversationReportsRoute() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('messages.bureau.title')} intro={t('messages.bureau.intro')} />
      <ConversationReports />
    </>
  );
}
