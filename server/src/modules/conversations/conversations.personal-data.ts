import type { PersonalDataDeclaration } from '../../platform/privacy/personal-data.js';
import { type ConversationDoc, ConversationModel } from './conversation.model.js';
import { type ConversationReportDoc, ConversationReportModel } from './conversation-report.model.js';
import { forgetThreadsOf } from './conversation-views.js';
import { type MessageDoc, MessageModel } from './message.model.js';

const message = (m: MessageDoc) => ({ side: m.side, author: m.authorName, text: m.text, at: m.createdAt });

export const conversationsPersonalData: PersonalDataDeclaration[] = [
  {
    model: 'Conversation',
    personal: true,
    section: 'conversations',
    export: {
      // A worker's threads with every message in them; a member's own messages and reports.
      async read(subject) {
        const threads = await ConversationModel.find({ profileId: subject.userId }).lean<ConversationDoc[]>();
        // One index read per thread (an `$in` is a full scan on FerretDB).
        const inThreads = (
          await Promise.all(
            threads.map((t) => MessageModel.find({ conversationId: t._id }).sort({ _id: 1 }).lean<MessageDoc[]>()),
          )
        ).flat();
        const written = await MessageModel.find({ authorUserId: subject.userId, side: 'organisation' })
          .sort({ _id: 1 })
          .lean<MessageDoc[]>();
        const reports = await ConversationReportModel.find({ byUserId: subject.userId }).lean<
          ConversationReportDoc[]
        >();
        return {
          threads: threads.map((t) => ({
            id: String(t._id),
            organisation: String(t.orgId),
            position: String(t.positionId),
            origin: t.origin,
            createdAt: t.createdAt,
            messages: inThreads.filter((m) => String(m.conversationId) === String(t._id)).map(message),
          })),
          messagesWrittenForOrganisation: written.map((m) => ({
            conversation: String(m.conversationId),
            ...message(m),
          })),
          reports: reports.map((r) => ({ conversation: String(r.conversationId), reason: r.reason, at: r.at })),
        };
      },
    },
    erasure: {
      how: 'erase',
      // A worker's threads go whole: their messages (both sides') and the reports about them.
      run: async ({ subject }) => {
        forgetThreadsOf(subject.userId);
        return (
          (await MessageModel.deleteMany({ workerUserId: subject.userId })).deletedCount +
          (await ConversationReportModel.deleteMany({ profileId: subject.userId })).deletedCount +
          (await ConversationModel.deleteMany({ profileId: subject.userId })).deletedCount
        );
      },
    },
  },
  {
    model: 'ConversationMessage',
    personal: true,
    section: 'conversations',
    export: { none: 'exported in the conversations section with the threads (see Conversation)' },
    // What a deleted member wrote stays in the organisation's thread with the worker, unsigned.
    erasure: {
      how: 'anonymise',
      run: async ({ subject }) =>
        (
          await MessageModel.updateMany(
            { authorUserId: subject.userId, side: 'organisation' },
            { $set: { authorUserId: null, authorName: '' } },
          )
        ).modifiedCount,
    },
    keptBecause: 'organisation_records',
  },
  {
    model: 'ConversationReport',
    personal: true,
    section: 'conversations',
    export: { none: 'exported in the conversations section (see Conversation)' },
    erasure: {
      how: 'anonymise',
      run: async ({ subject }) =>
        (await ConversationReportModel.updateMany({ byUserId: subject.userId }, { $set: { byUserId: null } }))
          .modifiedCount,
    },
    keptBecause: 'organisation_records',
  },
];
