import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import type { NavItem } from '../navigation';
import styles from './main-nav.module.css';

interface MainNavProps {
  items: readonly NavItem[];
  orientation: 'horizontal' | 'vertical';
  /** Called after an item is chosen, e.g. to close the phone menu. */
  onNavigate?: () => void;
}

/** The site navigation as a plain list of links; the current page is marked with `aria-current="page"`. */
export function MainNav({ items, orientation, onNavigate }: MainNavProps) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.label')} className={styles[orientation]}>
      <ul className={styles.list}>
        {items.map(({ to, label, icon: Icon, end }) => (
          <li key={to}>
            <NavLink to={to} end={end} className={styles.link} onClick={onNavigate}>
              <Icon aria-hidden className={styles.icon} />
              <span>{t(`nav.items.${label}`)}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
