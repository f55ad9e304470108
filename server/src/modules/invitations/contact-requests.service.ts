import { type ContactRequest, type ContactRequestStatus, maskName, type SharedContact } from '@shsw/shared';
import mongoose from 'mongoose';
import { isDuplicateKey } from '../../platform/db/db-errors.js';
import { oneOf } from '../../platform/db/selectors.js';
import { sortedPage } from '../../platform/db/sorted-page.js';
import { AppError, notFound } from '../../platform/errors/app-error.js';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { ApplicationModel } from '../applications/index.js';
import { recordAudit } from '../audit/index.js';
import { organisationsByIds } from '../organisations/index.js';
import { type ProfileDoc, ProfileModel, profilePolicy, profilesByIds } from '../profiles/index.js';
import { type ContactRequestDoc, ContactRequestModel } from './contact-request.model.js';
import { assertAddressVerified, blockedBy, reachableProfile, verifiedOrganisationOf } from './reach.js';

/** From which answers the worker may move a request, and to what. */
const answerFrom: Record<'granted' | 'refused' | 'withdrawn', readonly ContactRequestStatus[]> = {
  // A worker may change their mind and grant after refusing or withdrawing.
  granted: ['pending', 'refused', 'withdrawn'],
  refused: ['pending'],
  withdrawn: ['granted'],
};

/**
 * Consented contact: an organisation asks to see a worker's phone and e-mail, the worker grants or
 * refuses, and may withdraw a grant. Only a standing grant, or an application to the organisation
 * (as `POST /api/applications/:id/contact` has always allowed), shows them; every showing is audited.
 */
export class ContactRequestsService {
  constructor(private readonly events: DomainEventBus) {}

  async request(viewer: Viewer, body: { profileId: string; note: string }): Promise<ContactRequest> {
    const org = await verifiedOrganisationOf(viewer);
    await assertAddressVerified(viewer);
    const profile = await reachableProfile(viewer, org, body.profileId);
    const pair = { orgId: org._id, profileId: profile._id };
    const existing = await ContactRequestModel.findOne(pair).lean<ContactRequestDoc>();
    if (existing) return this.again(existing);
    let saved: ContactRequestDoc;
    try {
      saved = (
        await ContactRequestModel.create({
          ...pair,
          byUserId: viewer.userId,
          note: body.note,
          status: 'pending',
          requestedAt: new Date(),
        })
      ).toObject() as ContactRequestDoc;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const raced = await ContactRequestModel.findOne(pair).lean<ContactRequestDoc>();
      if (!raced) throw err;
      return this.again(raced);
    }
    this.events.emit('contact.requested', {
      requestId: String(saved._id),
      orgId: String(org._id),
      profileId: String(profile._id),
    });
    return (await this.present([saved]))[0] as ContactRequest;
  }

  /** Asking again returns a request still pending or granted; after a refusal the worker's answer stands. */
  private async again(existing: ContactRequestDoc): Promise<ContactRequest> {
    if (existing.status === 'refused' || existing.status === 'withdrawn') {
      throw new AppError('conflict', 'this worker did not share their contact details with your organisation', {
        reason: 'refused_before',
      });
    }
    return (await this.present([existing]))[0] as ContactRequest;
  }

  async ofOrganisation(
    viewer: Viewer,
    query: { page: number; pageSize: number; profileId?: string; status?: ContactRequestStatus },
  ) {
    if (viewer.role !== 'org' || !viewer.orgId) throw notFound('organisation');
    const id = (v: string) => new mongoose.Types.ObjectId(v);
    const { items, total } = await sortedPage<ContactRequestDoc>(ContactRequestModel, {
      equals: {
        orgId: id(viewer.orgId),
        ...(query.profileId ? { profileId: id(query.profileId) } : {}),
        ...(query.status ? { status: query.status } : {}),
      },
      sort: { field: 'requestedAt', descending: true },
      skip: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return { items: await this.present(items), total, page: query.page, pageSize: query.pageSize };
  }

  async mine(viewer: Viewer): Promise<ContactRequest[]> {
    const rows = await ContactRequestModel.find({ profileId: viewer.userId })
      .sort({ requestedAt: -1 })
      .limit(200)
      .lean<ContactRequestDoc[]>();
    return this.present(rows);
  }

  async answer(viewer: Viewer, id: string, to: 'granted' | 'refused' | 'withdrawn'): Promise<ContactRequest> {
    const found = await ContactRequestModel.findOne({ _id: id, profileId: viewer.userId }).lean<ContactRequestDoc>();
    if (!found) throw notFound('contact request');
    const allowed = answerFrom[to];
    const moved = allowed.includes(found.status)
      ? await ContactRequestModel.findOneAndUpdate(
          { _id: found._id, version: found.version, status: oneOf(allowed) },
          { $set: { status: to, answeredAt: new Date() }, $inc: { version: 1 } },
          { returnDocument: 'after' },
        ).lean<ContactRequestDoc>()
      : null;
    if (!moved) {
      throw new AppError('invalid_transition', `this request is ${found.status}`, { from: found.status, allowed: [] });
    }
    this.events.emit('contact.answered', {
      requestId: String(moved._id),
      orgId: String(moved.orgId),
      profileId: String(moved.profileId),
      answer: to,
    });
    return (await this.present([moved]))[0] as ContactRequest;
  }

  /**
   * The worker's contact details for an organisation they let see them: a standing grant (while
   * the record is visible to it) or an application to it. A block refuses; each showing is audited
   * and appears in the worker's list of views.
   */
  async sharedContact(viewer: Viewer, profileId: string, ip: string | null): Promise<SharedContact> {
    const org = await verifiedOrganisationOf(viewer);
    const profile = await ProfileModel.findById(profileId).lean<ProfileDoc>();
    if (!profile) throw notFound('talent record');
    const noConsent = () =>
      new AppError('forbidden', 'this worker has not shared their contact details with your organisation', {
        reason: 'no_consent',
      });
    if (await blockedBy(String(org._id), profileId)) throw noConsent();
    const grant = await ContactRequestModel.exists({ orgId: org._id, profileId: profile._id, status: 'granted' });
    const visible = profilePolicy.canView(viewer, profile, {
      id: String(org._id),
      creditCode: org.creditCode,
      status: org.status,
    });
    const grounds =
      grant && visible
        ? ('grant' as const)
        : (await ApplicationModel.exists({ orgId: org._id, workerUserId: profile._id }))
          ? ('application' as const)
          : null;
    if (!grounds) throw noConsent();
    await recordAudit({
      action: 'contact_revealed',
      actor: viewer,
      target: { type: 'profile', id: profileId },
      ip,
      details: { viewerKind: 'organisation', viewerName: org.name, grounds },
    });
    return {
      name: profile.personal.name,
      mobile: profile.personal.mobile ?? null,
      email: profile.personal.email ?? null,
      grounds,
    };
  }

  private async present(rows: readonly ContactRequestDoc[]): Promise<ContactRequest[]> {
    const [orgs, profiles] = await Promise.all([
      organisationsByIds(rows.map((r) => r.orgId)),
      profilesByIds(rows.map((r) => r.profileId)),
    ]);
    const orgName = new Map(orgs.map((o) => [String(o._id), o.name]));
    const workerName = new Map(profiles.map((p) => [String(p._id), p.personal?.name ?? '']));
    return rows.map((r) => ({
      id: String(r._id),
      status: r.status,
      orgId: String(r.orgId),
      orgName: orgName.get(String(r.orgId)) ?? '',
      profileId: String(r.profileId),
      workerName: maskName(workerName.get(String(r.profileId)) ?? ''),
      note: r.note,
      requestedAt: r.requestedAt.toISOString(),
      answeredAt: r.answeredAt?.toISOString() ?? null,
    }));
  }
}
