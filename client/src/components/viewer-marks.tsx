import type { ViewerMarks as Marks } from '@shsw/shared';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** What the signed-in worker already did with a position (已申请, 已受邀), beside its title. */
export function ViewerMarks({ marks, className }: { marks: Marks | null | undefined; className?: string }) {
  const { t } = useTranslation();
  return (
    <>
      {marks?.applied && (
        <Tag color="green" className={className} data-testid="mark-applied">
          {t('marks.applied')}
        </Tag>
      )}
      {marks?.invited && (
        <Tag color="blue" className={className} data-testid="mark-invited">
          {t('marks.invited')}
        </Tag>
      )}
    </>
  );
}
