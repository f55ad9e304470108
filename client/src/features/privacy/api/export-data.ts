import { apiRoutes } from '@shsw/shared';

/**
 * The export is a file download the server names (Content-Disposition), so it is a plain link
 * the browser follows with the session cookie, not a fetch.
 */
export const exportDataHref = apiRoutes.profiles.exportData.path;
