import type { Role } from '@shsw/shared';
import { sortedPage } from '../../platform/db/sorted-page.js';
import { AppError, notFound } from '../../platform/errors/app-error.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { endAllSessions, maskLogin, User, type UserDoc, updateSessionsOf } from '../accounts/index.js';
import { AuditEvent, type AuditEventDoc, recordAudit } from '../audit/index.js';

export function presentAdminUser(u: UserDoc) {
  return {
    id: String(u._id),
    displayName: u.displayName,
    login: maskLogin(u),
    role: u.role as Role,
    status: u.status as 'active' | 'disabled',
    orgId: u.orgId ? String(u.orgId) : null,
    createdAt: u.createdAt.toISOString(),
  };
}

export function presentAuditEvent(e: AuditEventDoc) {
  return {
    id: String(e._id),
    at: e.at.toISOString(),
    action: e.action,
    actor: {
      userId: e.actor?.userId ? String(e.actor.userId) : null,
      role: e.actor?.role ?? null,
      orgId: e.actor?.orgId ? String(e.actor.orgId) : null,
    },
    target: { type: e.target?.type ?? '', id: e.target?.id ?? null },
    ip: e.ip ?? null,
    details: (e.details ?? {}) as Record<string, unknown>,
  };
}

export class AdminService {
  constructor(private readonly events: DomainEventBus) {}

  async users(q: string | undefined, page: number, pageSize: number) {
    // A literal, case-insensitive substring match: the admin's text never becomes a pattern.
    const { items, total } = await sortedPage<UserDoc>(User, {
      contains: q ? { fields: ['displayName', 'login'], text: q } : undefined,
      sort: { field: 'createdAt', descending: true },
      skip: (page - 1) * pageSize,
      limit: pageSize,
    });
    return { items: items.map(presentAdminUser), total, page, pageSize };
  }

  /** Role changes and disabling are audited and end the user's sessions, so they apply at once. */
  async updateUser(
    viewer: Viewer,
    id: string,
    patch: { role?: Role; status?: 'active' | 'disabled' },
    ip: string | null,
  ) {
    if (id === viewer.userId) throw new AppError('conflict', 'administrators cannot change their own account here');
    const user = await User.findById(id).lean<UserDoc>();
    if (!user) throw notFound('user');
    const set: Record<string, unknown> = {};
    if (patch.role && patch.role !== user.role) {
      set.role = patch.role;
      if (patch.role !== 'org') Object.assign(set, { orgId: null, orgRole: null });
    }
    if (patch.status && patch.status !== user.status) set.status = patch.status;
    if (Object.keys(set).length === 0) return presentAdminUser(user);
    const updated = await User.findOneAndUpdate(
      { _id: id },
      { $set: set },
      { returnDocument: 'after' },
    ).lean<UserDoc>();
    if (!updated) throw notFound('user');
    if (set.role) {
      await recordAudit({
        action: 'role_changed',
        actor: viewer,
        target: { type: 'user', id },
        ip,
        details: { from: user.role, to: set.role },
      });
      await updateSessionsOf(id, {
        role: String(set.role),
        ...(set.role !== 'org' ? { orgId: null, orgRole: null } : {}),
      });
      await endAllSessions(id);
      this.events.emit('user.sessions_revoked', { userId: id, reason: 'role_changed' });
    }
    if (set.status) {
      await recordAudit({
        action: set.status === 'disabled' ? 'account_disabled' : 'account_enabled',
        actor: viewer,
        target: { type: 'user', id },
        ip,
      });
      if (set.status === 'disabled') {
        await endAllSessions(id);
        this.events.emit('user.sessions_revoked', { userId: id, reason: 'disabled' });
      }
    }
    return presentAdminUser(updated);
  }

  async audit(action: string | undefined, page: number, pageSize: number) {
    const { items, total } = await sortedPage<AuditEventDoc>(AuditEvent, {
      equals: action ? { action } : {},
      sort: { field: 'at', descending: true },
      skip: (page - 1) * pageSize,
      limit: pageSize,
    });
    return { items: items.map(presentAuditEvent), total, page, pageSize };
  }
}
