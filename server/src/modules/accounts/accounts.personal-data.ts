import type { PersonalDataDeclaration } from '../../platform/privacy/personal-data.js';
import { AccountToken } from './account-token.model.js';
import { LoginAlert } from './login-attempt.model.js';
import { attemptKey, clearAccountBuckets } from './login-throttle.js';
import { Session, type SessionDoc } from './session.model.js';
import { forgetSessionsOf } from './sessions.service.js';
import { User, type UserDoc } from './user.model.js';

/** The account row goes last: a deletion interrupted half-way is repeated by signing in again. */
export const ACCOUNT_ERASURE_ORDER = 100;

export const accountsPersonalData: PersonalDataDeclaration[] = [
  {
    model: 'User',
    personal: true,
    section: 'account',
    export: {
      async read(subject) {
        const user = await User.findById(subject.userId).lean<UserDoc>();
        if (!user) return null;
        return {
          id: String(user._id),
          login: user.login,
          loginKind: user.loginKind,
          displayName: user.displayName,
          role: user.role,
          status: user.status,
          organisation: user.orgId ? { id: String(user.orgId), role: user.orgRole } : null,
          notificationPreferences: user.notificationPrefs ?? null,
          contactEmail: user.contactEmail ?? null,
          emailVerifiedAt: user.emailVerifiedAt ?? null,
          emailUndeliverable: user.emailUndeliverable ?? null,
          language: user.language,
          consents: user.consents.map((c) => ({
            kind: c.kind,
            noticeVersion: c.noticeVersion,
            grantedAt: c.grantedAt,
            withdrawnAt: c.withdrawnAt ?? null,
          })),
          passwordChangedAt: user.passwordChangedAt ?? null,
          createdAt: user.createdAt,
          updatedAt: user.updatedAt,
        };
      },
    },
    erasure: {
      how: 'erase',
      order: ACCOUNT_ERASURE_ORDER,
      run: async ({ subject }) => (await User.deleteOne({ _id: subject.userId })).deletedCount,
    },
  },
  {
    model: 'Session',
    personal: true,
    section: 'sessions',
    export: {
      async read(subject) {
        const sessions = await Session.find({ userId: subject.userId }).sort({ createdAt: 1 }).lean<SessionDoc[]>();
        // The id is a hash of the cookie's secret: useless to the person, so it stays out.
        return sessions.map((s) => ({
          startedAt: s.createdAt,
          lastSeenAt: s.lastSeenAt,
          endsAt: s.expiresAt,
          ip: s.ip,
          userAgent: s.userAgent,
        }));
      },
    },
    // First: nothing else happens in this account's name while it is being erased.
    erasure: {
      how: 'erase',
      order: -100,
      run: async ({ subject }) => {
        forgetSessionsOf(subject.userId);
        return (await Session.deleteMany({ userId: subject.userId })).deletedCount;
      },
    },
  },
  {
    model: 'LoginThrottle',
    personal: true,
    section: 'signInFailures',
    export: {
      none: 'hashes of the sign-in name and of the device or network, with a count of recent wrong passwords; forgotten after a day',
    },
    erasure: {
      how: 'erase',
      run: ({ subject }) => clearAccountBuckets(subject.login),
    },
  },
  {
    model: 'AccountToken',
    personal: true,
    section: 'account',
    export: {
      none: 'single-use links (kept as hashes) for signing up, resetting the password and confirming an address; each expires within a day',
    },
    erasure: {
      how: 'erase',
      run: async ({ subject }) => (await AccountToken.deleteMany({ userId: subject.userId })).deletedCount,
    },
  },
  {
    model: 'LoginAlert',
    personal: true,
    section: 'signInFailures',
    export: { none: 'when the owner was last alerted of wrong passwords (by a hash of the sign-in name)' },
    erasure: {
      how: 'erase',
      run: async ({ subject }) =>
        (await LoginAlert.deleteOne({ _id: attemptKey(subject.login, '').account })).deletedCount,
    },
  },
];
