import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { isNavGroup, type NavEntry, type NavItem } from '../navigation';
import styles from './main-nav.module.css';
import { NavDropdown } from './nav-dropdown';

interface MainNavProps {
  entries: readonly NavEntry[];
  orientation: 'horizontal' | 'vertical';
  /** Called after an item is chosen, e.g. to close the phone menu. */
  onNavigate?: () => void;
}

function ItemLink({ item, onNavigate }: { item: NavItem; onNavigate?: (() => void) | undefined }) {
  const { t } = useTranslation();
  const { to, end, label, icon: Icon } = item;
  return (
    <NavLink to={to} end={end} className={styles.link} onClick={onNavigate}>
      <Icon aria-hidden className={styles.icon} />
      <span>{t(`nav.items.${label}`)}</span>
    </NavLink>
  );
}

/**
 * The site navigation: links and groups of links, the current page marked with `aria-current="page"`.
 * In the header a group is a dropdown; in the phone drawer it is a titled section of links.
 */
export function MainNav({ entries, orientation, onNavigate }: MainNavProps) {
  const { t } = useTranslation();
  if (orientation === 'horizontal') {
    return (
      <nav aria-label={t('nav.label')} className={styles.horizontal}>
        <ul className={styles.list}>
          {entries.map((entry) => (
            <li key={isNavGroup(entry) ? entry.group : entry.to}>
              {isNavGroup(entry) ? <NavDropdown group={entry} /> : <ItemLink item={entry} />}
            </li>
          ))}
        </ul>
      </nav>
    );
  }
  const links = entries.filter((entry): entry is NavItem => !isNavGroup(entry));
  return (
    <nav aria-label={t('nav.label')} className={styles.vertical}>
      <ul className={styles.list}>
        {links.map((item) => (
          <li key={item.to}>
            <ItemLink item={item} onNavigate={onNavigate} />
          </li>
        ))}
      </ul>
      {entries.filter(isNavGroup).map((group) => (
        <section key={group.group} aria-labelledby={`drawer-group-${group.group}`} className={styles.section}>
          <h2 id={`drawer-group-${group.group}`} className={styles.sectionTitle}>
            {t(`nav.groups.${group.group}`)}
          </h2>
          <ul className={styles.list}>
            {group.items.map((item) => (
              <li key={item.to}>
                <ItemLink item={item} onNavigate={onNavigate} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
