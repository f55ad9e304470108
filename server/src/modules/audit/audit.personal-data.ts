import mongoose from 'mongoose';
import type { DataSubject, PersonalDataDeclaration } from '../../platform/privacy/personal-data.js';
import { AuditEvent, type AuditEventDoc, auditTargetKey } from './audit.model.js';

/** The kinds of target whose id is a person's: their account, their talent record (same id), their sign-in. */
const personTargets = ['user', 'profile', 'login'] as const;

/**
 * Entries a person made, and entries about them. "About" is an index lookup per kind of target
 * (`targetKey`); "by" reads the log (`actor.userId` is nested), which only export and erasure do.
 */
async function entriesOf(subject: DataSubject, fields?: Record<string, 1>) {
  const byThem = await AuditEvent.find({ 'actor.userId': new mongoose.Types.ObjectId(subject.userId) }, fields)
    .sort({ at: 1 })
    .lean<AuditEventDoc[]>();
  const aboutThem: AuditEventDoc[] = [];
  for (const type of personTargets) {
    const key = auditTargetKey({ type, id: subject.userId });
    aboutThem.push(...(await AuditEvent.find({ targetKey: key }, fields).sort({ at: 1 }).lean<AuditEventDoc[]>()));
  }
  return { byThem, aboutThem };
}

export const auditPersonalData: PersonalDataDeclaration[] = [
  {
    model: 'AuditEvent',
    personal: true,
    section: 'auditEntries',
    export: {
      async read(subject) {
        const { byThem, aboutThem } = await entriesOf(subject);
        return {
          byYou: byThem.map((e) => ({
            at: e.at,
            action: e.action,
            target: e.target?.type ?? null,
            ip: e.ip,
            details: e.details,
          })),
          // Who looked: the organisation or the bureau (as the record's holder sees it), not the staff member.
          aboutYou: aboutThem
            .filter((e) => String(e.actor?.userId) !== subject.userId)
            .sort((a, b) => +a.at - +b.at)
            .map((e) => ({ at: e.at, action: e.action, byRole: e.actor?.role ?? null, details: e.details })),
        };
      },
    },
    /*
     * The log stays complete (the Cybersecurity Law wants network logs kept), but the person's id
     * becomes the pseudonym, their IP and every detail go. Each entry is rewritten by its _id: one
     * long update over the log would hold up everyone else's audit writes meanwhile.
     */
    erasure: {
      how: 'anonymise',
      run: async ({ subject, pseudonym }) => {
        const { byThem, aboutThem } = await entriesOf(subject, { _id: 1, target: 1 });
        const stand = new mongoose.Types.ObjectId(pseudonym);
        for (const e of byThem) {
          await AuditEvent.updateOne({ _id: e._id }, { $set: { 'actor.userId': stand, ip: null, details: {} } });
        }
        for (const e of aboutThem) {
          const type = e.target?.type ?? 'user';
          await AuditEvent.updateOne(
            { _id: e._id },
            { $set: { 'target.id': pseudonym, targetKey: auditTargetKey({ type, id: pseudonym }), details: {} } },
          );
        }
        return new Set([...byThem, ...aboutThem].map((e) => String(e._id))).size;
      },
    },
    keptBecause: 'security_log',
  },
];
