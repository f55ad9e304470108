import { createContext, useContext } from 'react';

/** Field names the form shows, so a server issue lands on its field or, failing that, above the buttons. */
export interface FieldRegistry {
  register(name: string): () => void;
}

export const FieldRegistryContext = createContext<FieldRegistry | null>(null);

export function useFieldRegistry(): FieldRegistry | null {
  return useContext(FieldRegistryContext);
}
