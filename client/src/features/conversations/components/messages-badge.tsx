import { MessageOutlined } from '@ant-design/icons';
import { Badge } from 'antd';
import { useTranslation } from 'react-i18next';
import { ButtonLink } from '../../../components/button-link';
import { useMessagesUnread } from '../api/get-unread';
import { useMessageStream } from '../hooks/use-message-stream';

/**
 * The header's 消息 button with the live count of unread messages. Mounted once per account
 * (keyed by it) for workers and organisation members; it also holds the message stream.
 */
export function MessagesBadge({ side }: { side: 'worker' | 'organisation' }) {
  const { t } = useTranslation();
  const live = useMessageStream(side);
  const unread = useMessagesUnread().data ?? 0;
  return (
    <Badge count={unread} overflowCount={99} size="small" offset={[-4, 4]}>
      <ButtonLink
        to="/messages"
        icon={<MessageOutlined aria-hidden />}
        aria-label={unread > 0 ? t('messages.badge.unread', { count: unread }) : t('messages.badge.label')}
        data-testid="messages-badge"
        data-unread={unread}
        data-realtime={live ? 'connected' : 'offline'}
      />
    </Badge>
  );
}
