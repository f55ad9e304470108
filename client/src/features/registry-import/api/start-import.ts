import { apiRoutes } from '@shsw/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadFile } from '../../../lib/api-client';
import { importKey } from './get-import';
import { importsKey } from './get-imports';

/** Sends the registry file as the request body; the server answers 202 with the import to follow. */
export function useStartImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => uploadFile(apiRoutes.bureau.startImport, { query: { fileName: file.name }, file }),
    onSuccess: (started) => {
      queryClient.setQueryData(importKey(started.id), started);
      void queryClient.invalidateQueries({ queryKey: importsKey });
    },
  });
}
