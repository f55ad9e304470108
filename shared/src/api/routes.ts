import type { RouteDef } from './contract.js';
import { accountRoutes } from './routes.account.js';
import { authRoutes } from './routes.auth.js';
import { blockRoutes } from './routes.blocks.js';
import { bookmarkRoutes } from './routes.bookmarks.js';
import { bureauRoutes } from './routes.bureau.js';
import { conversationRoutes } from './routes.conversations.js';
import { invitationRoutes } from './routes.invitations.js';
import { metaRoutes } from './routes.meta.js';
import { notificationRoutes } from './routes.notifications.js';
import { organisationRoutes } from './routes.organisations.js';
import { applicationRoutes, positionRoutes } from './routes.positions.js';
import { profileRoutes } from './routes.profiles.js';
import { reportRoutes } from './routes.reports.js';
import { searchRoutes } from './routes.search.js';

/** Every route of the API, grouped by feature. The server mounts exactly these. */
export const apiRoutes = {
  meta: metaRoutes,
  auth: authRoutes,
  account: accountRoutes,
  organisations: organisationRoutes,
  profiles: profileRoutes,
  bureau: bureauRoutes,
  positions: positionRoutes,
  applications: applicationRoutes,
  search: searchRoutes,
  notifications: notificationRoutes,
  reports: reportRoutes,
  blocks: blockRoutes,
  bookmarks: bookmarkRoutes,
  invitations: invitationRoutes,
  conversations: conversationRoutes,
} as const;

export const allRoutes: readonly RouteDef[] = Object.values(apiRoutes).flatMap((group) => Object.values(group));
