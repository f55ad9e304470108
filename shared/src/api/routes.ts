import type { RouteDef } from './contract.js';
import { metaRoutes } from './routes.meta.js';

/** Every route of the API, grouped by feature. The server mounts exactly these. */
export const apiRoutes = {
  meta: metaRoutes,
} as const;

export const allRoutes: readonly RouteDef[] = Object.values(apiRoutes).flatMap((group) => Object.values(group));
