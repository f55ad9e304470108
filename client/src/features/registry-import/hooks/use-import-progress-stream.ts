import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { connectRealtime } from '../../../lib/socket';
import { importKey, isFinished } from '../api/get-import';
import { importsKey } from '../api/get-imports';

/**
 * Live progress of registry imports while this page is open: the server announces each step of
 * every import to the bureau, and each announcement replaces the cached import. Returns whether
 * the channel is up; while it is not, the page polls instead.
 */
export function useImportProgressStream(): boolean {
  const queryClient = useQueryClient();
  const [connected, setConnected] = useState(false);
  useEffect(() => {
    const socket = connectRealtime();
    socket.on('connect', () => setConnected(true));
    socket.on('disconnect', () => setConnected(false));
    socket.on('registry:progress', (run) => {
      queryClient.setQueryData(importKey(run.id), run);
      if (isFinished(run.status)) void queryClient.invalidateQueries({ queryKey: importsKey });
    });
    return () => {
      socket.removeAllListeners();
      socket.disconnect();
    };
  }, [queryClient]);
  return connected;
}
