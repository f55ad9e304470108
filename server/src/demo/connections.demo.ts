import type mongoose from 'mongoose';
import { demoBookmarks } from './bookmarks.demo.js';
import { demoConversations } from './conversations.demo.js';
import { demoAccounts } from './demo-accounts.js';
import { demoInvitations } from './invitations.demo.js';
import type { DemoEmployer } from './positions.demo.js';

type Id = mongoose.Types.ObjectId;
type Doc = Record<string, unknown>;

/**
 * What connects the two sides in the demo (issue 12): the demo worker's bookmarks; invitations in
 * every state and contact requests between the demo organisation and workers; three threads with
 * unread messages between the demo worker and the demo organisation.
 */
export async function seedDemoConnections(
  insert: (collection: string, docs: readonly object[]) => Promise<void>,
  d: {
    now: Date;
    users: readonly { _id: Id; login: string }[];
    workerId: Id;
    employers: readonly DemoEmployer[];
    /** The demo organisation (absent in presets without it). */
    sunshine: DemoEmployer | undefined;
    otherWorkers: readonly Id[];
    positions: readonly Doc[];
    applications: readonly Doc[];
    /** The demo organisation's first position, which the demo worker applied to. */
    firstFeatured: Doc | undefined;
  },
): Promise<void> {
  await insert('bookmarks', demoBookmarks(d.workerId, d.positions, { featuredCount: 5, now: d.now }));
  const org = d.sunshine;
  if (!org) return;
  const user = (key: 'owner' | 'recruiter') => d.users.find((u) => u.login === demoAccounts[key].login);
  const other = d.employers.find((e) => e !== org);
  const connections = demoInvitations({
    now: d.now,
    orgId: org._id,
    ownerId: org.ownerId,
    recruiterId: user('recruiter')?._id ?? null,
    workerId: d.workerId,
    application: d.firstFeatured
      ? d.applications.find((a) => String(a.workerUserId) === String(d.workerId))
      : undefined,
    positions: d.positions,
    applications: d.applications,
    otherWorkers: d.otherWorkers,
    otherOrg: other ? { _id: other._id, ownerId: other.ownerId } : undefined,
  });
  await insert('apply_invitations', connections.invitations);
  await insert('contact_requests', connections.contactRequests);

  const member = (key: 'owner' | 'recruiter') => {
    const u = user(key);
    return u ? { id: u._id, name: demoAccounts[key].displayName } : null;
  };
  const talk = demoConversations({
    worker: { id: d.workerId, name: demoAccounts.worker.displayName },
    org: { id: org._id, owner: member('owner') ?? { id: org.ownerId, name: '' }, recruiter: member('recruiter') },
    // The worker's application's position first, then two more open ones of the organisation.
    positionIds: [
      d.firstFeatured,
      ...d.positions.filter((p) => p !== d.firstFeatured && String(p.orgId) === String(org._id) && p.status === 'open'),
    ]
      .slice(0, 3)
      .flatMap((p) => (p ? [p._id as Id] : [])),
    now: d.now,
  });
  await insert('conversations', talk.conversations);
  await insert('conversation_messages', talk.messages);
}
