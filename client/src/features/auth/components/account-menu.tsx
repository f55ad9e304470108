import { DownOutlined, UserOutlined } from '@ant-design/icons';
import type { SessionUser } from '@shsw/shared';
import { Button, Dropdown, type MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useAccountActions } from '../hooks/use-account-actions';
import styles from './account-menu.module.css';

export function AccountMenu({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const actions = useAccountActions();
  const items: MenuProps['items'] = [
    {
      key: 'who',
      type: 'group',
      label: t('account.signedInAs', { name: user.displayName, role: t(`roles.${user.role}`) }),
    },
    ...(user.role === 'worker' ? [{ key: 'views', label: t('account.views') }] : []),
    { key: 'account', label: t('account.email') },
    { key: 'privacy', label: t('account.privacy') },
    { key: 'password', label: t('account.changePassword') },
    { type: 'divider' },
    { key: 'signOut', label: t('account.signOut'), danger: true },
  ];
  const onClick: MenuProps['onClick'] = ({ key }) => {
    if (key === 'views') navigate('/me/views');
    if (key === 'account') navigate('/me/account');
    if (key === 'privacy') navigate('/me/privacy');
    if (key === 'password') actions.openChangePassword();
    if (key === 'signOut') actions.signOut();
  };
  return (
    <>
      <Dropdown menu={{ items, onClick }} trigger={['click']} placement="bottomRight">
        <Button
          icon={<UserOutlined aria-hidden />}
          loading={actions.signingOut}
          className={styles.button}
          data-testid="account-menu"
        >
          <span className={styles.name}>{user.displayName}</span>
          <span className={styles.role}>{t(`roles.${user.role}`)}</span>
          <DownOutlined aria-hidden className={styles.caret} />
        </Button>
      </Dropdown>
      {actions.dialog}
    </>
  );
}
