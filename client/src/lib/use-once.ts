import { useEffect, useRef } from 'react';

/**
 * Runs an action once per key when the page opens (following a mailed link). A ref, not state:
 * React's development double-mount must not spend a single-use token twice.
 */
export function useOnce(key: string | null, action: (key: string) => void): void {
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!key || done.current === key) return;
    done.current = key;
    action(key);
  }, [key, action]);
}
