import type { OwnProfile } from '@shsw/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { profileQueryKey } from '../api/get-profile';

export type DeclarableSection = OwnProfile['declaredNone'][number];

/**
 * The "I have none" list to send with one section: the saved list (the other sections' answers
 * may have changed since this form opened) with this section's answer put in or taken out.
 */
export function useDeclaredNone() {
  const queryClient = useQueryClient();
  return useCallback(
    (section: DeclarableSection, none: boolean): DeclarableSection[] => {
      const saved = queryClient.getQueryData<OwnProfile>(profileQueryKey)?.declaredNone ?? [];
      const others = saved.filter((s) => s !== section);
      return none ? [...others, section] : others;
    },
    [queryClient],
  );
}
