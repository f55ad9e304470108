import { apiRoutes, type Locale } from '@shsw/shared';

/**
 * The export is a file download the server names (Content-Disposition), so it is a plain link
 * the browser follows with the session cookie, not a fetch.
 */
export const exportDataHref = apiRoutes.profiles.exportData.path;

/** The same export as a readable Markdown summary in the given language. */
export const exportSummaryHref = (lang: Locale) =>
  `${apiRoutes.profiles.exportSummary.path}?${new URLSearchParams({ lang })}`;
