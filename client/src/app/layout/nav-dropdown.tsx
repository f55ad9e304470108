import { DownOutlined } from '@ant-design/icons';
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { currentItemOf, type NavGroup } from '../navigation';
import styles from './main-nav.module.css';

/**
 * A group of header links behind a disclosure button (the WAI pattern for site navigation:
 * a button with `aria-expanded` and a list of plain links). Enter/Space toggle, ArrowDown
 * opens onto the first link, arrows/Home/End move between links, Escape closes and returns
 * to the button, and leaving the group closes it. The group holding the current page says
 * which page it is on the button itself, so the page is visible without opening anything.
 */
export function NavDropdown({ group }: { group: NavGroup }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const current = currentItemOf(group, pathname);
  const Icon = group.icon;

  // A navigation (by a link here or anywhere else) closes the menu.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on each new path on purpose
  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    // Tabbing out of the group closes it too.
    const onFocusOut = (event: FocusEvent) => {
      if (!rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
    };
    const root = rootRef.current;
    document.addEventListener('pointerdown', onPointerDown);
    root?.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      root?.removeEventListener('focusout', onFocusOut);
    };
  }, [open]);

  const links = () =>
    Array.from(rootRef.current?.querySelectorAll<HTMLAnchorElement>(`#${CSS.escape(listId)} a`) ?? []);
  const focusLink = (index: number) => {
    const all = links();
    all[(index + all.length) % all.length]?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    setOpen(true);
    const last = event.key === 'ArrowUp';
    // The list renders on the next frame when it was closed.
    requestAnimationFrame(() => focusLink(last ? -1 : 0));
  };

  const onListKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const all = links();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    const moves: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: -1 };
    if (event.key in moves) {
      event.preventDefault();
      focusLink(moves[event.key] ?? 0);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setOpen(false);
      buttonRef.current?.focus();
    }
  };

  return (
    <div ref={rootRef} className={styles.group}>
      <button
        ref={buttonRef}
        type="button"
        className={styles.link}
        aria-expanded={open}
        aria-controls={listId}
        data-current={current ? 'true' : undefined}
        data-testid={`nav-group-${group.group}`}
        onClick={() => setOpen((was) => !was)}
        onKeyDown={onButtonKeyDown}
      >
        <Icon aria-hidden className={styles.icon} />
        <span>{t(`nav.groups.${group.group}`)}</span>
        {current && (
          <span>
            {' · '}
            {t(`nav.items.${current.label}`)}
          </span>
        )}
        <DownOutlined aria-hidden className={styles.caret} />
      </button>
      <ul id={listId} className={styles.popup} hidden={!open} onKeyDown={onListKeyDown}>
        {group.items.map(({ to, label, icon: ItemIcon, end }) => (
          <li key={to}>
            <NavLink to={to} end={end} className={styles.popupLink} onClick={() => setOpen(false)}>
              <ItemIcon aria-hidden className={styles.icon} />
              <span>{t(`nav.items.${label}`)}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </div>
  );
}
