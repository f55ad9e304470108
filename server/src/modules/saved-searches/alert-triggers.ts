import mongoose from 'mongoose';
import { insertClaims } from '../../platform/db/db-errors.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Logger } from '../../platform/logger.js';
import type { NotificationsService } from '../notifications/index.js';
import type { MatchingService, SearchSync } from '../search/index.js';
import { SavedSearchHitModel } from './saved-search.model.js';
import type { SavedSearchesService } from './saved-searches.service.js';

/** How many opted-in workers one published position may alert, best matches first. */
const PROFILE_ALERTS_PER_POSITION = 50;

/** A published position alerts the saved searches it satisfies and, if they opted in, well-matched workers. */
export function subscribeAlertTriggers(
  events: DomainEventBus,
  deps: {
    savedSearches: SavedSearchesService;
    searchSync: SearchSync;
    matching: MatchingService;
    notifications: NotificationsService;
    log: Logger;
  },
): void {
  events.on('position.published', async ({ positionId }) => {
    const doc = await deps.searchSync.positionDocument(positionId);
    if (!doc) return;
    await deps.savedSearches.onPublished(doc, (ids) => deps.notifications.preferencesOf(ids));
    if (!deps.searchSync.ready) return;
    const candidates = await deps.matching.alertCandidates(doc, PROFILE_ALERTS_PER_POSITION * 4);
    const prefs = await deps.notifications.preferencesOf(candidates.map((c) => c.userId));
    const opted = candidates.filter((c) => prefs.get(c.userId)?.profileMatches).slice(0, PROFILE_ALERTS_PER_POSITION);
    // A claim per (worker, position): never the same match twice, whichever node sees the event.
    const now = new Date();
    const refused = await insertClaims(
      SavedSearchHitModel.collection,
      opted.map((c) => ({
        _id: `profile:${c.userId}:${positionId}`,
        userId: new mongoose.Types.ObjectId(c.userId),
        searchId: null,
        title: String(doc.title ?? ''),
        positionId,
        frequency: 'instant',
        createdAt: now,
        notifiedAt: now,
      })),
    );
    await deps.notifications.notifyEach(
      opted
        .filter((_, i) => !refused.has(i))
        .map((c) => {
          const userPrefs = prefs.get(c.userId);
          return {
            userId: c.userId,
            ...(userPrefs ? { prefs: userPrefs } : {}),
            notification: {
              type: 'profile_match' as const,
              data: {
                positionId,
                positionTitle: String(doc.title ?? ''),
                orgName: String(doc.orgName ?? ''),
                score: c.score,
              },
              link: `/positions/${positionId}`,
            },
          };
        }),
    );
  });
}
