import { useState } from 'react';

/**
 * A control whose value lives in the URL shows a click at once, before the navigation that
 * records it has rendered; the URL's value takes over as soon as it arrives (a new `value`).
 */
export function usePendingValue<T>(value: T): [T, (next: T) => void] {
  const [pending, setPending] = useState<{ next: T; from: T } | null>(null);
  const shown = pending && Object.is(pending.from, value) ? pending.next : value;
  return [shown, (next: T) => setPending({ next, from: value })];
}
