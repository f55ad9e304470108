import crypto from 'node:crypto';
import { hashPassword, User } from '@shsw/server/modules/accounts/index';
import type { Role } from '@shsw/shared';

export interface CreatedUser {
  id: string;
  login: string;
  password: string;
  displayName: string;
  role: Role;
}

/** A user straight in the database (for roles nobody can sign up as: bureau, admin). Needs a started test app. */
export async function createUser(overrides: {
  role: Role;
  login?: string;
  password?: string;
  displayName?: string;
  orgId?: string;
  orgRole?: 'owner' | 'recruiter';
}): Promise<CreatedUser> {
  const login = overrides.login ?? `${overrides.role}-${crypto.randomBytes(4).toString('hex')}@example.test`;
  const password = overrides.password ?? `pw-${crypto.randomBytes(8).toString('hex')}`;
  const displayName = overrides.displayName ?? `${overrides.role} ${login.slice(0, 6)}`;
  const user = await User.create({
    login,
    loginKind: login.includes('@') ? 'email' : 'mobile',
    passwordHash: await hashPassword(password),
    displayName,
    role: overrides.role,
    orgId: overrides.orgId ?? null,
    orgRole: overrides.orgRole ?? null,
    consents: [{ kind: 'privacy_notice', noticeVersion: 'seed', grantedAt: new Date() }],
  });
  return { id: String(user._id), login, password, displayName, role: overrides.role };
}
