import { useEffect, useState } from 'react';
import type { DeclarableSection } from './use-declared-none';

interface ListControl<E> {
  entries: () => E[];
  replace: (entries: E[]) => void;
  /** The form's `declaredNone`, watched. */
  declared: readonly DeclarableSection[];
  /** False once the form was saved (or reset): entries set aside before are gone for good then. */
  dirty: boolean;
  setDeclared: (list: DeclarableSection[]) => void;
}

/**
 * Switching "I have none" on puts the section's entries aside (so hidden, half-filled entries
 * can't block saving) and switching it off brings them back.
 */
export function useNoneToggle<E>(section: DeclarableSection, control: ListControl<E>) {
  const [aside, setAside] = useState<E[]>([]);
  const on = control.declared.includes(section);
  const { dirty } = control;
  useEffect(() => {
    if (!dirty) setAside([]);
  }, [dirty]);
  const toggle = (checked: boolean) => {
    const others = control.declared.filter((s) => s !== section);
    if (checked) {
      setAside(control.entries());
      control.replace([]);
      control.setDeclared([...others, section]);
    } else {
      control.replace(aside);
      setAside([]);
      control.setDeclared(others);
    }
  };
  return { on, toggle, droppedCount: aside.length };
}
