import { Switch } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import styles from './none-switch.module.css';

interface NoneSwitchProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  label: string;
  /** Entries set aside by switching on, which saving would delete. */
  droppedCount: number;
}

/**
 * "I have none" for a section a worker may truthfully leave empty (a graduate has no service
 * history): it counts as filled for completeness. On, the list is put aside and saved empty.
 */
export function NoneSwitch({ checked, onChange, label, droppedCount }: NoneSwitchProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className={styles.none}>
      <Switch id={id} checked={checked} onChange={onChange} />
      <label htmlFor={id}>{label}</label>
      {checked && droppedCount > 0 && (
        <p className={styles.warning} role="status">
          {t('profile.noneDropsEntries', { count: droppedCount })}
        </p>
      )}
    </div>
  );
}
