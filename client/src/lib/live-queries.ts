import type { Notification, NotificationType, ServerEventPayload } from '@shsw/shared';
import type { QueryClient, QueryKey } from '@tanstack/react-query';

/*
 * The one place that says which cached lists a live event makes stale. Features own their key
 * factories, but features do not import each other, so the keys are written here by their
 * prefixes (`['applications', 'mine']` is `myApplicationsKey`). A feature whose screen a
 * notification changes adds its row here (messages, invitations: their notification types).
 */

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** Keys of one application wherever it shows: the worker's list (with its timeline) and the single read. */
const applicationKeys = (applicationId: string | null): QueryKey[] => [
  ['applications', 'mine'],
  ...(applicationId ? [['applications', 'one', applicationId]] : []),
];

/** Keys of the organisation's board for a position, its stage counts and the position's list. */
const boardKeys = (positionId: string | null, applicationId: string | null): QueryKey[] => [
  ...(positionId
    ? [
        ['applications', 'position', positionId],
        ['positions', 'one', positionId],
      ]
    : []),
  ...(applicationId ? [['applications', 'one', applicationId]] : []),
  ['positions', 'org'],
];

type Rule = (data: Notification['data']) => QueryKey[];

/** Per notification type: the query keys to read again when one arrives live or on resume. */
export const notificationQueryKeys: Partial<Record<NotificationType, Rule>> = {
  // Worker: the stage moved; the marks on search and 为我推荐 may change with it.
  application_status_changed: (d) => [...applicationKeys(str(d.applicationId)), ['matches', 'me']],
  // Organisation: an application arrived, or an offer was answered.
  application_submitted: (d) => boardKeys(str(d.positionId), str(d.applicationId)),
  offer_answered: (d) => boardKeys(str(d.positionId), str(d.applicationId)),
  // Invitations and contact requests (both sides): their lists, and the marks on search and 为我推荐.
  invitation_received: () => [
    ['invitations', 'mine'],
    ['matches', 'me'],
  ],
  invitation_answered: (d) => [
    ['invitations', 'sent'],
    ...(str(d.positionId) ? boardKeys(str(d.positionId), str(d.applicationId)) : []),
  ],
  contact_requested: () => [['contact-requests', 'mine']],
  contact_answered: () => [['contact-requests']],
  position_expiring: (d) =>
    str(d.positionId)
      ? [
          ['positions', 'one', str(d.positionId)],
          ['positions', 'org'],
        ]
      : [],
};

/**
 * Lists that follow live events: read again after a reconnect (events may have been missed while
 * the socket was down) and when the window gets focus back.
 */
export const liveListKeys: readonly QueryKey[] = [
  ['applications'],
  ['positions', 'org'],
  ['bookmarks'],
  ['invitations'],
  ['contact-requests'],
];

function invalidate(queryClient: QueryClient, keys: readonly QueryKey[]): void {
  for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
}

/** Marks stale what these notifications change, so open screens read it again without a reload. */
export function invalidateForNotifications(queryClient: QueryClient, items: readonly Notification[]): void {
  for (const n of items) invalidate(queryClient, notificationQueryKeys[n.type]?.(n.data) ?? []);
}

/** A colleague, the worker or the system moved or added an application of the organisation. */
export function invalidateForBoardChange(
  queryClient: QueryClient,
  e: ServerEventPayload<'applications:changed'>,
): void {
  invalidate(queryClient, boardKeys(e.positionId, e.applicationId));
}

/** After a reconnect or on focus: every live list is read again. */
export function invalidateLiveLists(queryClient: QueryClient): void {
  invalidate(queryClient, liveListKeys);
}
