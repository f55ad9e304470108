import { maskName } from '@shsw/shared';
import mongoose from 'mongoose';

type Id = mongoose.Types.ObjectId;

interface Line {
  side: 'worker' | 'organisation';
  /** Who wrote it: the worker, the owner or the recruiter. */
  by: 'worker' | 'owner' | 'recruiter';
  text: string;
  minutesAgo: number;
}

/**
 * Conversations of the demo worker with the demo organisation, so both documented accounts open
 * `/messages` with something unread: the interview thread of the worker's application (the
 * organisation's last answer unread by the worker) and two questions about other positions
 * (unread by the organisation).
 */
export function demoConversations(opts: {
  worker: { id: Id; name: string };
  org: { id: Id; owner: { id: Id; name: string }; recruiter: { id: Id; name: string } | null };
  /** The application's position first, then two others of the organisation. */
  positionIds: readonly Id[];
  now: Date;
}): { conversations: Record<string, unknown>[]; messages: Record<string, unknown>[] } {
  const [applied, asked, askedToo] = opts.positionIds;
  const threads: { positionId: Id | undefined; origin: string; lines: Line[] }[] = [
    {
      positionId: applied,
      origin: 'application',
      lines: [
        {
          side: 'organisation',
          by: 'owner',
          text: '林女士您好，面试安排在三天后下午两点，请携带证书原件。',
          minutesAgo: 1_400,
        },
        { side: 'worker', by: 'worker', text: '好的，我会准时到。请问附近可以停车吗？', minutesAgo: 1_380 },
        { side: 'organisation', by: 'recruiter', text: '楼下有访客车位，到了前台报名字即可。', minutesAgo: 45 },
      ],
    },
    {
      positionId: asked,
      origin: 'question',
      lines: [{ side: 'worker', by: 'worker', text: '请问这个岗位需要值夜班吗？', minutesAgo: 120 }],
    },
    {
      positionId: askedToo,
      origin: 'question',
      lines: [
        { side: 'worker', by: 'worker', text: '您好，这个岗位接受持助理社会工作师证书的申请人吗？', minutesAgo: 30 },
        { side: 'worker', by: 'worker', text: '另外想了解一下督导安排，谢谢。', minutesAgo: 29 },
      ],
    },
  ];
  const conversations: Record<string, unknown>[] = [];
  const messages: Record<string, unknown>[] = [];
  const at = (minutesAgo: number) => new Date(opts.now.getTime() - minutesAgo * 60_000);
  for (const thread of threads) {
    if (!thread.positionId) continue;
    const _id = new mongoose.Types.ObjectId();
    const docs = thread.lines.map((line) => {
      const author =
        line.by === 'worker'
          ? { id: opts.worker.id, name: maskName(opts.worker.name) }
          : line.by === 'recruiter' && opts.org.recruiter
            ? opts.org.recruiter
            : opts.org.owner;
      return {
        _id: mongoose.Types.ObjectId.createFromTime(Math.floor(at(line.minutesAgo).getTime() / 1000)),
        conversationId: _id,
        orgId: opts.org.id,
        workerUserId: opts.worker.id,
        side: line.side,
        authorUserId: author.id,
        authorName: author.name,
        text: line.text,
        createdAt: at(line.minutesAgo),
      };
    });
    messages.push(...docs);
    const last = docs.at(-1);
    const first = docs[0];
    // Each side has read up to its own last message; what the other wrote after it is unread.
    const stateOf = (side: 'worker' | 'organisation') => {
      const ownLast = [...docs].reverse().find((d) => d.side === side);
      const unread = docs.filter((d) => d.side !== side && (!ownLast || d._id > ownLast._id)).length;
      return {
        unread,
        lastReadId: ownLast?._id ?? null,
        readAt: ownLast?.createdAt ?? null,
        notifiedAt: unread > 0 ? (last?.createdAt ?? null) : null,
      };
    };
    conversations.push({
      _id,
      orgId: opts.org.id,
      profileId: opts.worker.id,
      positionId: thread.positionId,
      origin: thread.origin,
      lastMessage: last ? { id: last._id, side: last.side, text: last.text, at: last.createdAt } : null,
      lastActivityAt: last?.createdAt ?? opts.now,
      worker: stateOf('worker'),
      org: stateOf('organisation'),
      createdAt: first?.createdAt ?? opts.now,
    });
  }
  return { conversations, messages };
}
