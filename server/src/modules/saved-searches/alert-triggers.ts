import { isDuplicateKey } from '../../platform/db/db-errors.js';
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
    for (const c of opted) {
      try {
        // A claim per (worker, position): never the same match twice.
        await SavedSearchHitModel.create({
          _id: `profile:${c.userId}:${positionId}`,
          userId: c.userId,
          positionId,
          frequency: 'instant',
          createdAt: new Date(),
          notifiedAt: new Date(),
        });
      } catch (err) {
        if (isDuplicateKey(err)) continue;
        throw err;
      }
      const userPrefs = prefs.get(c.userId);
      await deps.notifications.notify([{ userId: c.userId, ...(userPrefs ? { prefs: userPrefs } : {}) }], {
        type: 'profile_match',
        data: {
          positionId,
          positionTitle: String(doc.title ?? ''),
          orgName: String(doc.orgName ?? ''),
          score: c.score,
        },
        link: `/positions/${positionId}`,
      });
    }
  });
  events.on('user.deleted', async ({ userId }) => {
    await deps.savedSearches.removeAllOf(userId);
    await deps.notifications.deleteFor(userId);
  });
}
