import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { PersonalDataDeclaration } from '../../platform/privacy/personal-data.js';
import { organisationsByIds } from '../organisations/index.js';
import { positionsByIds } from '../positions/index.js';
import { type ApplicationDoc, ApplicationModel } from './application.model.js';

const history = (a: ApplicationDoc) =>
  a.history.map((h) => ({
    status: h.status,
    at: h.at,
    by: h.actor,
    message: h.message,
    interview: h.interview,
    reason: h.reason ?? null,
  }));

/** Applications as the applicant's (erased with the account) and as a staff member's work (kept, unsigned). */
export function applicationsPersonalData(events: DomainEventBus): PersonalDataDeclaration[] {
  return [
    {
      model: 'Application',
      personal: true,
      section: 'applications',
      export: {
        async read(subject) {
          const mine = await ApplicationModel.find({ workerUserId: subject.userId })
            .sort({ createdAt: 1 })
            .lean<ApplicationDoc[]>();
          const positions = new Map(
            (await positionsByIds(mine.map((a) => a.positionId))).map((p) => [String(p._id), p]),
          );
          const orgs = new Map((await organisationsByIds(mine.map((a) => a.orgId))).map((o) => [String(o._id), o]));
          // Staff: what they did in their organisation's pipelines (found through the organisation, indexed).
          const theirs = subject.orgId
            ? await ApplicationModel.find({ orgId: subject.orgId }).lean<ApplicationDoc[]>()
            : [];
          return {
            asApplicant: mine.map((a) => ({
              id: String(a._id),
              position: { id: String(a.positionId), title: positions.get(String(a.positionId))?.title ?? null },
              organisation: { id: String(a.orgId), name: orgs.get(String(a.orgId))?.name ?? null },
              status: a.status,
              coverNote: a.note,
              interview: a.interview,
              history: history(a),
              // Notes the organisation wrote about the applicant: the text and when, not who wrote it.
              notesAboutYou: a.employerNotes.map((n) => ({ at: n.at, text: n.text })),
              createdAt: a.createdAt,
              updatedAt: a.updatedAt,
            })),
            asStaff: {
              notesWritten: theirs.flatMap((a) =>
                a.employerNotes
                  .filter((n) => String(n.by) === subject.userId)
                  .map((n) => ({ applicationId: String(a._id), at: n.at, text: n.text })),
              ),
              stepsTaken: theirs.flatMap((a) =>
                a.history
                  .filter((h) => h.actor === 'employer' && String(h.by) === subject.userId)
                  .map((h) => ({ applicationId: String(a._id), status: h.status, at: h.at })),
              ),
            },
          };
        },
      },
      erasure: {
        how: 'erase',
        run: async ({ subject }) => {
          // Staff: notes they wrote stay with the organisation, without their name.
          if (subject.orgId) {
            for (const a of await ApplicationModel.find({ orgId: subject.orgId }).lean<ApplicationDoc[]>()) {
              const set: Record<string, string> = {};
              a.employerNotes.forEach((n, i) => {
                if (String(n.by) === subject.userId && n.byName) set[`employerNotes.${i}.byName`] = '';
              });
              // Notes are only ever appended, so their positions are stable.
              if (Object.keys(set).length > 0) await ApplicationModel.updateOne({ _id: a._id }, { $set: set });
            }
          }
          const mine = await ApplicationModel.find({ workerUserId: subject.userId }, { _id: 1 }).lean<
            { _id: unknown }[]
          >();
          if (mine.length === 0) return 0;
          const { deletedCount } = await ApplicationModel.deleteMany({ workerUserId: subject.userId });
          for (const a of mine) events.emit('application.erased', { applicationId: String(a._id) });
          return deletedCount;
        },
      },
    },
  ];
}
