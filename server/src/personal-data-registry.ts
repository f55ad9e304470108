import { accountsPersonalData } from './modules/accounts/index.js';
import { applicationsPersonalData } from './modules/applications/index.js';
import { auditPersonalData } from './modules/audit/index.js';
import { blocksPersonalData } from './modules/blocks/index.js';
import { bookmarksPersonalData } from './modules/bookmarks/index.js';
import { conversationsPersonalData } from './modules/conversations/index.js';
import { invitationsPersonalData } from './modules/invitations/index.js';
import { type NotificationsService, notificationsPersonalData } from './modules/notifications/index.js';
import { organisationsPersonalData } from './modules/organisations/index.js';
import { positionsPersonalData } from './modules/positions/index.js';
import { type ProfilesService, profilesPersonalData } from './modules/profiles/index.js';
import { registryPersonalData } from './modules/registry/index.js';
import { type SavedSearchesService, savedSearchesPersonalData } from './modules/saved-searches/index.js';
import { type SearchSync, searchPersonalData } from './modules/search/index.js';
import { settingsPersonalData } from './modules/settings/index.js';
import { type FactsService, statisticsPersonalData } from './modules/statistics/index.js';
import type { DomainEventBus } from './platform/events/domain-events.js';
import { PersonalDataRegistry } from './platform/privacy/personal-data.js';
import { platformPersonalData } from './platform/privacy/platform-personal-data.js';

/**
 * Every stored collection's handling of personal data, as its module declares it: export,
 * erasure, anonymisation or keeping (with the reason). A new collection must be added here;
 * tests/integration/personal-data-registry.test.ts fails until it is.
 */
export function buildPersonalDataRegistry(deps: {
  events: DomainEventBus;
  profiles: ProfilesService;
  notifications: NotificationsService;
  savedSearches: SavedSearchesService;
  searchSync: SearchSync;
  facts: FactsService;
}): PersonalDataRegistry {
  return new PersonalDataRegistry([
    ...accountsPersonalData,
    ...profilesPersonalData(deps.profiles, deps.events),
    ...applicationsPersonalData(deps.events),
    ...notificationsPersonalData(deps.notifications),
    ...savedSearchesPersonalData(deps.savedSearches),
    ...organisationsPersonalData,
    ...positionsPersonalData,
    ...auditPersonalData,
    ...registryPersonalData,
    ...statisticsPersonalData(deps.facts),
    ...settingsPersonalData,
    ...blocksPersonalData,
    ...bookmarksPersonalData,
    ...invitationsPersonalData,
    ...conversationsPersonalData,
    ...searchPersonalData,
    ...platformPersonalData([deps.searchSync.outbox, deps.facts.outbox]),
  ]);
}
