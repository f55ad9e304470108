import { useCallback, useSyncExternalStore } from 'react';

/** True while the media query matches; re-renders when it starts or stops matching. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia(query).matches);
}

/** Tablets and up: tables as tables; below, as a list of cards. */
export function useWideScreen(): boolean {
  return useMediaQuery('(min-width: 768px)');
}
