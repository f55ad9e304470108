import mongoose from 'mongoose';
import { AppError, notFound } from '../../platform/errors/app-error.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { User } from '../accounts/index.js';
import { BlockModel } from '../blocks/index.js';
import { type OrganisationDoc, organisationById } from '../organisations/index.js';
import { type ProfileDoc, ProfileModel, profilePolicy } from '../profiles/index.js';

/** The member's organisation, verified: only verified organisations invite or ask for contact. */
export async function verifiedOrganisationOf(viewer: Viewer): Promise<OrganisationDoc> {
  const org = viewer.role === 'org' && viewer.orgId ? await organisationById(viewer.orgId) : null;
  if (org?.status !== 'verified') {
    throw new AppError('not_verified', 'only members of a verified organisation can do this');
  }
  return org;
}

/** Invitations and contact requests wait for the sender's verified address (issue 12). */
export async function assertAddressVerified(viewer: Viewer): Promise<void> {
  const user = await User.findById(viewer.userId, { emailVerifiedAt: 1 }).lean<{ emailVerifiedAt?: Date | null }>();
  if (!user?.emailVerifiedAt) {
    throw new AppError('email_not_verified', 'verify your e-mail address first (account page)');
  }
}

/**
 * The worker's record, if this organisation may reach them. A record hidden from it looks exactly
 * like a missing one (as `GET /api/talent/:id` answers), and so does a block the worker made:
 * nobody is told they were blocked. A block the organisation made itself is named.
 */
export async function reachableProfile(viewer: Viewer, org: OrganisationDoc, profileId: string): Promise<ProfileDoc> {
  const profile = await ProfileModel.findById(profileId).lean<ProfileDoc>();
  const visible =
    profile &&
    profilePolicy.canView(viewer, profile, { id: String(org._id), creditCode: org.creditCode, status: org.status });
  if (!profile || !visible) throw notFound('talent record');
  const side = await blockedBy(String(org._id), profileId);
  if (side === 'worker') throw notFound('talent record');
  if (side === 'organisation') {
    throw new AppError('conflict', 'your organisation blocked this worker; lift the block first', {
      reason: 'blocked',
    });
  }
  return profile;
}

/** Which side blocked the other, if any (the worker's block wins: it must never be overridden). */
export async function blockedBy(orgId: string, profileId: string): Promise<'worker' | 'organisation' | null> {
  if (!mongoose.isValidObjectId(orgId) || !mongoose.isValidObjectId(profileId)) return null;
  const rows = await BlockModel.find({ orgId, profileId }, { by: 1 }).lean<{ by: 'worker' | 'organisation' }[]>();
  if (rows.some((r) => r.by === 'worker')) return 'worker';
  return rows.length > 0 ? 'organisation' : null;
}
