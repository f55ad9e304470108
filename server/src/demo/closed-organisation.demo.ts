import { activeApplicationStatuses } from '@shsw/shared';

type Doc = Record<string, unknown>;
type History = { status: string; at: Date }[];

const live = new Set(['open', 'paused', 'draft']);
const active = new Set<string>(activeApplicationStatuses);

/**
 * One demo organisation closed by its owner an hour ago, as `POST /api/organisations/:id/closure`
 * leaves it: the record kept without its contact person, the owner without a membership, its
 * live positions closed and its applications in progress ended, each with the reason. The
 * bureau's "closed" tab and those applicants' timelines show it. Mutates the generated documents.
 */
export function closeDemoOrganisation(
  org: Doc,
  owner: Doc,
  positions: readonly Doc[],
  applications: readonly Doc[],
  now: Date,
): void {
  const at = new Date(now.getTime() - 3_600_000);
  const reason = 'organisation_closed';
  org.status = 'closed';
  org.closedAt = at;
  org.contact = { name: '', mobile: '', email: null };
  org.statusHistory = [
    ...((org.statusHistory as History) ?? []),
    { status: 'closed', at, by: owner._id, reason: 'closed_by_owner' },
  ];
  owner.orgId = null;
  owner.orgRole = null;
  for (const p of positions) {
    if (String(p.orgId) !== String(org._id) || !live.has(String(p.status))) continue;
    p.status = 'closed';
    p.statusHistory = [...(p.statusHistory as History), { status: 'closed', at, by: null, reason }];
  }
  for (const a of applications) {
    if (String(a.orgId) !== String(org._id) || !active.has(String(a.status))) continue;
    a.status = 'ended';
    a.history = [
      ...(a.history as History),
      { status: 'ended', at, actor: 'system', by: null, message: null, interview: null, reason },
    ];
  }
}
