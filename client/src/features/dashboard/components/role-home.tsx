import type { SessionUser } from '@shsw/shared';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { BureauHome } from './bureau-home';
import styles from './dashboard.module.css';
import { OrgHome } from './org-home';
import { WorkerHome } from './worker-home';

/** The signed-in person's home: what waits for them in their role, each with the way to act on it. */
export function RoleHome({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Paragraph className={styles.intro}>
        {t('dashboard.greeting', { name: user.displayName, role: t(`roles.${user.role}`) })}
      </Typography.Paragraph>
      {user.role === 'worker' && <WorkerHome />}
      {user.role === 'org' && <OrgHome />}
      {(user.role === 'bureau' || user.role === 'admin') && <BureauHome admin={user.role === 'admin'} />}
    </>
  );
}
