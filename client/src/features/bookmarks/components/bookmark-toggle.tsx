import { StarFilled, StarOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { useApiErrorMessage } from '../../../lib/use-api-error-message';
import { useSetBookmark } from '../api/set-bookmark';

/**
 * 收藏: a worker keeps a position to come back to. Shown to workers only; `bookmarked` is what the
 * server said (the `viewer` marks), and a click shows the new state at once.
 */
export function BookmarkToggle({
  positionId,
  bookmarked,
  size = 'small',
}: {
  positionId: string;
  bookmarked: boolean;
  size?: 'small' | 'middle';
}) {
  const { t } = useTranslation();
  const { user } = useSession();
  const { message } = App.useApp();
  const errorMessage = useApiErrorMessage();
  const setBookmark = useSetBookmark();
  const [on, setOn] = useState(bookmarked);
  useEffect(() => setOn(bookmarked), [bookmarked]);
  if (user?.role !== 'worker') return null;
  const toggle = () => {
    const next = !on;
    setOn(next);
    setBookmark.mutate(
      { positionId, on: next },
      {
        onSuccess: () => void message.success(next ? t('bookmarks.added') : t('bookmarks.removed')),
        onError: (error) => {
          setOn(!next);
          void message.error(errorMessage(error));
        },
      },
    );
  };
  return (
    <Button
      size={size}
      icon={on ? <StarFilled aria-hidden style={{ color: '#d48806' }} /> : <StarOutlined aria-hidden />}
      aria-pressed={on}
      loading={setBookmark.isPending}
      onClick={toggle}
      data-testid="bookmark-toggle"
    >
      {on ? t('bookmarks.bookmarked') : t('bookmarks.bookmark')}
    </Button>
  );
}
