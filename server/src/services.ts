import type { Config } from './config.js';
import {
  AuthService,
  CsrfGuard,
  deleteTokensOf,
  EmailAddressService,
  type PasswordHasher,
  RecoveryService,
  SignUpService,
  subscribeSignInAlerts,
} from './modules/accounts/index.js';
import { AdminService } from './modules/admin/index.js';
import { ApplicationsService, subscribeOrganisationClosure } from './modules/applications/index.js';
import { BlocksService } from './modules/blocks/index.js';
import { BookmarksService } from './modules/bookmarks/index.js';
import {
  ConversationReportsService,
  ConversationsService,
  ConversationViews,
  subscribeConversationTriggers,
} from './modules/conversations/index.js';
import {
  ContactRequestsService,
  InvitationQuota,
  InvitationsService,
  pendingInvitationsAmong,
  subscribeInvitationNotifications,
} from './modules/invitations/index.js';
import {
  NotificationEmail,
  NotificationsService,
  subscribeNotificationTriggers,
  UnsubscribeTokens,
} from './modules/notifications/index.js';
import { InvitesService, OrganisationLifecycle, OrganisationsService } from './modules/organisations/index.js';
import {
  OrganisationPositions,
  PositionsService,
  PositionViews,
  SalaryGuidanceService,
} from './modules/positions/index.js';
import { PrivacyService } from './modules/privacy/index.js';
import { ProfilesService, removeCertificateClaims, TalentAccessService } from './modules/profiles/index.js';
import { RegistryService, registryCheck } from './modules/registry/index.js';
import { SavedSearchesService, subscribeAlertTriggers } from './modules/saved-searches/index.js';
import { MatchingService, SearchService, SearchSync, ViewerMarksReader } from './modules/search/index.js';
import { SettingsService } from './modules/settings/index.js';
import { FactsService, IndicatorAggregate, IndicatorsService, ReportsService } from './modules/statistics/index.js';
import { buildPersonalDataRegistry } from './personal-data-registry.js';
import { DomainEventBus } from './platform/events/domain-events.js';
import type { Logger } from './platform/logger.js';
import { createMailTransport, Mailer } from './platform/mail/index.js';
import { createSearchEngine, type SearchEngine } from './platform/search/index.js';
import { FieldCipher } from './platform/security/encryption.js';

/** The composition root: every service, built once and shared by routes, jobs and subscribers. */
export function buildServices(
  config: Config,
  logger: Logger,
  engine?: SearchEngine,
  overrides: { passwords?: PasswordHasher } = {},
) {
  const events = new DomainEventBus();
  events.onFailure((event, err) => logger.error({ err, event }, 'domain event subscriber failed'));
  const settings = new SettingsService();
  const auth = new AuthService(events, {
    secret: config.SESSION_SECRET,
    ...(overrides.passwords ? { passwords: overrides.passwords } : {}),
  });
  subscribeSignInAlerts(events);
  const cipher = new FieldCipher(config.DATA_ENCRYPTION_KEY);
  const mailer = new Mailer(
    createMailTransport({
      smtpUrl: config.SMTP_URL,
      from: config.MAIL_FROM,
      production: config.NODE_ENV === 'production',
      log: logger,
    }),
    cipher,
    { log: logger, publicUrl: config.PUBLIC_URL },
  );
  const emailAddress = new EmailAddressService(events, mailer, auth);
  mailer.onUndeliverable((u) => emailAddress.markUndeliverable(u));
  const profiles = new ProfilesService(events, settings, cipher, registryCheck);
  events.on('profile.deleted', ({ profileId }) => removeCertificateClaims(profileId));
  const guidance = new SalaryGuidanceService(events);
  const positions = new PositionsService(events, guidance);
  const applications = new ApplicationsService(events, positions, profiles);
  const organisationPositions = new OrganisationPositions(events);
  subscribeOrganisationClosure(events, { organisationPositions, applications });
  const searchEngine =
    engine ??
    createSearchEngine({
      meiliHost: config.MEILI_HOST,
      resultCache: config.SEARCH_RESULT_CACHE === 'on',
      meiliMasterKey: config.MEILI_MASTER_KEY,
      indexPrefix: config.MONGODB_DB,
    });
  const searchSync = new SearchSync(searchEngine, positions, logger);
  searchSync.subscribe(events);
  const search = new SearchService(searchEngine, searchSync);
  const bookmarks = new BookmarksService();
  const viewerMarks = new ViewerMarksReader(bookmarks);
  const matching = new MatchingService(searchEngine, search, positions, profiles, viewerMarks);
  const notifications = new NotificationsService({
    email: new NotificationEmail(mailer, new UnsubscribeTokens(config.SESSION_SECRET)),
    log: logger,
  });
  events.on('user.email_changed', ({ userId }) => notifications.forget(userId));
  // Open links and waiting mail go with the account.
  events.on('user.deleted', async ({ userId }) => {
    await deleteTokensOf(userId);
    await mailer.outbox.deleteFor(userId);
  });
  const savedSearches = new SavedSearchesService(notifications, logger);
  const registry = new RegistryService(events, profiles, logger);
  subscribeNotificationTriggers(events, notifications);
  subscribeInvitationNotifications(events, notifications);
  const invitations = new InvitationsService(events, applications, matching, new InvitationQuota(settings));
  viewerMarks.answerInvitedWith((profileId, ids) => pendingInvitationsAmong(profileId, ids));
  events.on('organisation.closed', async ({ orgId }) => {
    await invitations.withdrawAllOf(orgId);
  });
  const blocks = new BlocksService(events);
  const conversations = new ConversationsService(events, blocks, notifications);
  subscribeConversationTriggers(events, { conversations, notifications });
  const facts = new FactsService(guidance, logger);
  facts.subscribe(events);
  const indicatorAggregate = new IndicatorAggregate(logger, () => facts.ensureBuilt());
  indicatorAggregate.subscribe(events);
  facts.observe({ workersWritten: indicatorAggregate.workersWritten, rebuilt: () => indicatorAggregate.rebuild() });
  const reports = new ReportsService(facts, notifications);
  const personalData = buildPersonalDataRegistry({
    events,
    profiles,
    notifications,
    savedSearches,
    searchSync,
    facts,
  });
  subscribeAlertTriggers(events, { savedSearches, searchSync, matching, notifications, log: logger });
  return {
    events,
    settings,
    auth,
    mailer,
    signUp: new SignUpService(events, mailer),
    recovery: new RecoveryService(events, mailer),
    emailAddress,
    csrf: new CsrfGuard(config.SESSION_SECRET),
    organisations: new OrganisationsService(events),
    organisationLifecycle: new OrganisationLifecycle(events, auth, {
      livePositions: (orgId) => organisationPositions.liveCountOf(orgId),
      activeApplications: (orgId) => applications.activeCountOf(orgId),
    }),
    invites: new InvitesService(),
    profiles,
    talentAccess: new TalentAccessService(profiles),
    personalData,
    privacy: new PrivacyService(auth, personalData, events),
    registry,
    blocks,
    bookmarks,
    viewerMarks,
    invitations,
    contactRequests: new ContactRequestsService(events),
    conversations,
    conversationViews: new ConversationViews(),
    conversationReports: new ConversationReportsService(),
    admin: new AdminService(events),
    guidance,
    positions,
    organisationPositions,
    applications,
    positionViews: new PositionViews(positions, (ids) => applications.stageCounts(ids)),
    searchEngine,
    searchSync,
    search,
    matching,
    notifications,
    savedSearches,
    facts,
    reports,
    indicators: new IndicatorsService(indicatorAggregate),
  };
}

export type Services = ReturnType<typeof buildServices>;
