import mongoose from 'mongoose';

type Doc = Record<string, unknown>;
type Id = mongoose.Types.ObjectId;
const DAY = 86_400_000;

/**
 * Invitations to apply in every state for the demo worker from the demo organisation, a few
 * pending ones to other workers, and contact requests (the demo organisation's granted, another
 * organisation's pending), shaped as `modules/invitations` stores them.
 */
export function demoInvitations(opts: {
  now: Date;
  orgId: Id;
  ownerId: Id;
  recruiterId: Id | null;
  workerId: Id;
  /** The demo worker's application (accepted invitation leads to it) and its position. */
  application: Doc | undefined;
  positions: readonly Doc[];
  applications: readonly Doc[];
  otherWorkers: readonly Id[];
  otherOrg: { _id: Id; ownerId: Id } | undefined;
}): { invitations: Doc[]; contactRequests: Doc[] } {
  const { now, orgId, workerId } = opts;
  const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * DAY);
  const open = opts.positions.filter(
    (p) =>
      String(p.orgId) === String(orgId) &&
      p.status === 'open' &&
      String(p._id) !== String(opts.application?.positionId),
  );
  const applied = new Set(opts.applications.map((a) => `${String(a.positionId)}:${String(a.workerUserId)}`));
  const invitation = (
    position: Doc | { _id: unknown },
    profileId: Id,
    status: string,
    sentDaysAgo: number,
    extra: Doc = {},
  ): Doc => {
    const _id = new mongoose.Types.ObjectId();
    return {
      _id,
      orgId,
      positionId: position._id,
      profileId,
      byUserId: opts.recruiterId ?? opts.ownerId,
      byName: '阳光社工服务社 招聘专员',
      message: '您好！我们看了您的档案，您的养老服务经验很符合这个岗位，欢迎投递。',
      status,
      activeKey: status === 'pending' ? `${String(position._id)}:${String(profileId)}` : String(_id),
      declineReason: null,
      sentAt: at(sentDaysAgo),
      expiresAt: at(sentDaysAgo - 14),
      answeredAt: null,
      applicationId: null,
      ...extra,
    };
  };
  const invitations: Doc[] = [];
  // Fewer open positions than states: the closed states may share one (only a pending one holds its slot).
  const [pending, declined = pending, expired = pending, withdrawn = declined] = open;
  if (opts.application) {
    invitations.push(
      invitation({ _id: opts.application.positionId }, workerId, 'accepted', 5, {
        answeredAt: at(3),
        applicationId: opts.application._id,
      }),
    );
  }
  if (pending) invitations.push(invitation(pending, workerId, 'pending', 1));
  if (declined) {
    invitations.push(
      invitation(declined, workerId, 'declined', 6, {
        answeredAt: at(5),
        declineReason: '通勤距离较远，暂不考虑，谢谢。',
      }),
    );
  }
  if (expired) invitations.push(invitation(expired, workerId, 'expired', 20));
  if (withdrawn) invitations.push(invitation(withdrawn, workerId, 'withdrawn', 8, { answeredAt: at(7) }));
  // The organisation's list holds invitations to others too.
  for (const [i, other] of opts.otherWorkers.entries()) {
    const position = open[i % Math.max(open.length, 1)];
    if (!position || applied.has(`${String(position._id)}:${String(other)}`)) continue;
    invitations.push(invitation(position, other, 'pending', i % 3));
  }
  const contactRequests: Doc[] = [
    {
      _id: new mongoose.Types.ObjectId(),
      orgId,
      profileId: workerId,
      byUserId: opts.ownerId,
      note: '想进一步了解您的到岗时间。',
      status: 'granted',
      requestedAt: at(4),
      answeredAt: at(3),
      version: 1,
    },
  ];
  if (opts.otherOrg) {
    contactRequests.push({
      _id: new mongoose.Types.ObjectId(),
      orgId: opts.otherOrg._id,
      profileId: workerId,
      byUserId: opts.otherOrg.ownerId,
      note: '我们有一个社区长者项目，想和您聊聊。',
      status: 'pending',
      requestedAt: at(1),
      answeredAt: null,
      version: 0,
    });
  }
  return { invitations, contactRequests };
}
