import { createBrowserRouter, type RouteObject } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { PageLoading } from '../components/page-loading';
import { RequireRole } from './guards/require-role';
import { AppLayout } from './layout/app-layout';
import { HomeRoute } from './routes/home';
import { RouteError } from './routes/route-error';

const bureauRoles = ['bureau', 'admin'] as const;
const talentSearchRoles = ['org', 'bureau', 'admin'] as const;

// Every page but the home page loads on demand, one chunk per feature.
const workerPages: RouteObject[] = [
  { path: 'me/profile', lazy: { Component: async () => (await import('./routes/me-profile')).MeProfileRoute } },
  {
    path: 'me/profile/:section',
    lazy: { Component: async () => (await import('./routes/me-profile-section')).MeProfileSectionRoute },
  },
  { path: 'me/views', lazy: { Component: async () => (await import('./routes/me-views')).MeViewsRoute } },
  {
    path: 'me/applications',
    lazy: { Component: async () => (await import('./routes/me-applications')).MeApplicationsRoute },
  },
  {
    path: 'me/invitations',
    lazy: { Component: async () => (await import('./routes/me-invitations')).MeInvitationsRoute },
  },
  { path: 'me/matches', lazy: { Component: async () => (await import('./routes/me-matches')).MeMatchesRoute } },
  { path: 'me/bookmarks', lazy: { Component: async () => (await import('./routes/me-bookmarks')).MeBookmarksRoute } },
  {
    path: 'me/saved-searches',
    lazy: { Component: async () => (await import('./routes/me-saved-searches')).MeSavedSearchesRoute },
  },
];

// Both sides of a conversation: workers and organisation members.
const loadMessages = async () => (await import('./routes/messages')).MessagesRoute;
const messagePages: RouteObject[] = [
  { path: 'messages', lazy: { Component: loadMessages } },
  { path: 'messages/:id', lazy: { Component: loadMessages } },
];

// One loader, but a `lazy` object per route: React Router resolves and rewrites each route's own object.
const loadPositionEditor = async () => (await import('./routes/org-position-editor')).OrgPositionEditorRoute;
const orgPages: RouteObject[] = [
  { path: 'org', lazy: { Component: async () => (await import('./routes/org')).OrgRoute } },
  {
    path: 'org/positions',
    lazy: { Component: async () => (await import('./routes/org-positions')).OrgPositionsRoute },
  },
  {
    path: 'org/invitations',
    lazy: { Component: async () => (await import('./routes/org-invitations')).OrgInvitationsRoute },
  },
  { path: 'org/positions/new', lazy: { Component: loadPositionEditor } },
  { path: 'org/positions/:id/edit', lazy: { Component: loadPositionEditor } },
  {
    path: 'org/positions/:id/pipeline',
    lazy: { Component: async () => (await import('./routes/org-pipeline')).OrgPipelineRoute },
  },
];

const bureauPages: RouteObject[] = [
  {
    path: 'bureau/organisations',
    lazy: { Component: async () => (await import('./routes/bureau-organisations')).BureauOrganisationsRoute },
  },
  {
    path: 'bureau/certificates',
    lazy: { Component: async () => (await import('./routes/bureau-certificates')).BureauCertificatesRoute },
  },
  {
    path: 'bureau/registry',
    lazy: { Component: async () => (await import('./routes/bureau-registry')).BureauRegistryRoute },
  },
  {
    path: 'bureau/ce-rule',
    lazy: { Component: async () => (await import('./routes/bureau-ce-rule')).BureauCeRuleRoute },
  },
  {
    path: 'bureau/salary-guidance',
    lazy: { Component: async () => (await import('./routes/bureau-salary-guidance')).BureauSalaryGuidanceRoute },
  },
  {
    path: 'bureau/reports',
    lazy: { Component: async () => (await import('./routes/bureau-reports')).BureauReportsRoute },
  },
  {
    path: 'bureau/indicators',
    lazy: { Component: async () => (await import('./routes/bureau-indicators')).BureauIndicatorsRoute },
  },
  {
    path: 'bureau/conversation-reports',
    lazy: {
      Component: async () => (await import('./routes/bureau-conversation-reports')).BureauConversationReportsRoute,
    },
  },

  // The API lets the bureau read the audit log too; only admins see it in the navigation.
  { path: 'admin/audit', lazy: { Component: async () => (await import('./routes/admin-audit')).AdminAuditRoute } },
];

export const router = createBrowserRouter([
  // The print version of a report stands alone: no header, navigation or footer on paper.
  {
    path: '/reports/:periodId/print',
    errorElement: <RouteError />,
    hydrateFallbackElement: <PageLoading />,
    lazy: { Component: async () => (await import('./routes/report-print')).ReportPrintRoute },
  },
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteError />,
    children: [
      {
        // Pathless: errors and first-load fallbacks render inside the shell, under header and nav.
        errorElement: <RouteError />,
        hydrateFallbackElement: <PageLoading />,
        children: [
          { index: true, element: <HomeRoute /> },
          { path: 'sign-in', lazy: { Component: async () => (await import('./routes/sign-in')).SignInRoute } },
          { path: 'sign-up', lazy: { Component: async () => (await import('./routes/sign-up')).SignUpRoute } },
          // Where mailed links land: they work signed in or not.
          {
            path: 'sign-up/confirm',
            lazy: { Component: async () => (await import('./routes/sign-up-confirm')).SignUpConfirmRoute },
          },
          {
            path: 'forgot-password',
            lazy: { Component: async () => (await import('./routes/forgot-password')).ForgotPasswordRoute },
          },
          {
            path: 'reset-password',
            lazy: { Component: async () => (await import('./routes/reset-password')).ResetPasswordRoute },
          },
          {
            path: 'verify-email',
            lazy: { Component: async () => (await import('./routes/verify-email')).VerifyEmailRoute },
          },
          {
            path: 'confirm-email-change',
            lazy: { Component: async () => (await import('./routes/confirm-email-change')).ConfirmEmailChangeRoute },
          },
          {
            path: 'unsubscribe',
            lazy: { Component: async () => (await import('./routes/unsubscribe')).UnsubscribeRoute },
          },
          // Public: anyone may search open positions, read a published one and start applying from it.
          { path: 'positions', lazy: { Component: async () => (await import('./routes/positions')).PositionsRoute } },
          { path: 'positions/:id', lazy: { Component: async () => (await import('./routes/position')).PositionRoute } },
          // Public: a verified organisation's page (type, place, staff figures, open positions).
          {
            path: 'organisations/:id',
            lazy: { Component: async () => (await import('./routes/organisation')).OrganisationRoute },
          },
          // Public: published reports (a `report_published` notification links to one) and the plan's indicators.
          { path: 'reports', lazy: { Component: async () => (await import('./routes/reports')).ReportsRoute } },
          { path: 'reports/:periodId', lazy: { Component: async () => (await import('./routes/report')).ReportRoute } },
          {
            path: 'indicators',
            lazy: { Component: async () => (await import('./routes/indicators')).IndicatorsRoute },
          },
          { element: <RequireRole roles={['worker']} />, children: workerPages },
          { element: <RequireRole roles={['org']} />, children: orgPages },
          { element: <RequireRole roles={bureauRoles} />, children: bureauPages },
          { element: <RequireRole roles={['worker', 'org']} />, children: messagePages },
          {
            element: <RequireRole roles={talentSearchRoles} />,
            children: [
              { path: 'talent', lazy: { Component: async () => (await import('./routes/talent')).TalentRoute } },
              {
                path: 'talent/:id',
                lazy: { Component: async () => (await import('./routes/talent-record')).TalentRecordRoute },
              },
            ],
          },
          {
            element: <RequireRole roles={['admin']} />,
            children: [
              {
                path: 'admin/users',
                lazy: { Component: async () => (await import('./routes/admin-users')).AdminUsersRoute },
              },
            ],
          },
          {
            element: <RequireRole />,
            children: [
              {
                path: 'dashboard',
                lazy: { Component: async () => (await import('./routes/dashboard')).DashboardRoute },
              },
              {
                path: 'me/account',
                lazy: { Component: async () => (await import('./routes/me-account')).MeAccountRoute },
              },
              {
                path: 'me/privacy',
                lazy: { Component: async () => (await import('./routes/me-privacy')).MePrivacyRoute },
              },
              {
                path: 'notifications',
                lazy: { Component: async () => (await import('./routes/notifications')).NotificationsRoute },
              },
            ],
          },
          {
            path: '*',
            lazy: { Component: async () => (await import('./routes/not-found')).NotFoundRoute },
          },
        ],
      },
    ],
  },
]);

export function AppRouter() {
  return <RouterProvider router={router} />;
}
