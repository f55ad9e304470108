import crypto from 'node:crypto';
import { AppError, forbidden, notFound } from '../../platform/errors/app-error.js';
import type { Viewer } from '../../platform/http/viewer.js';
import { type InviteDoc, InviteModel } from './invite.model.js';
import { organisationPolicy as policy } from './organisations.policy.js';

export const INVITE_TTL_MS = 14 * 24 * 60 * 60 * 1000;
const hashCode = (code: string) => crypto.createHash('sha256').update(`invite:${code.toUpperCase()}`).digest('hex');

/** 12 characters from an alphabet without look-alikes, grouped for reading aloud. */
function newCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const bytes = crypto.randomBytes(12);
  const chars = [...bytes].map((b) => alphabet[b % alphabet.length]).join('');
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

function assertOwner(viewer: Viewer, orgId: string): void {
  if (!policy.isOwner(viewer, orgId)) {
    throw policy.isMember(viewer, orgId) ? forbidden('only the owner manages invitations') : notFound('organisation');
  }
}

export interface PresentedInvite {
  id: string;
  code: string;
  expiresAt: string;
  acceptedAt: string | null;
  createdAt: string;
}

function present(invite: InviteDoc, code?: string): PresentedInvite {
  return {
    id: String(invite._id),
    code: code ?? `••••-••••-${invite.codeHint}`,
    expiresAt: invite.expiresAt.toISOString(),
    acceptedAt: invite.acceptedAt?.toISOString() ?? null,
    createdAt: invite.createdAt.toISOString(),
  };
}

export class InvitesService {
  async create(viewer: Viewer, orgId: string): Promise<PresentedInvite> {
    assertOwner(viewer, orgId);
    const code = newCode();
    const invite = await InviteModel.create({
      orgId,
      codeHash: hashCode(code),
      codeHint: code.slice(-4),
      createdBy: viewer.userId,
      expiresAt: new Date(Date.now() + INVITE_TTL_MS),
    });
    return present(invite.toObject() as InviteDoc, code);
  }

  async list(viewer: Viewer, orgId: string): Promise<PresentedInvite[]> {
    assertOwner(viewer, orgId);
    const invites = await InviteModel.find({ orgId, revokedAt: null }).sort({ createdAt: -1 }).lean<InviteDoc[]>();
    return invites.map((i) => present(i));
  }

  async revoke(viewer: Viewer, orgId: string, inviteId: string): Promise<void> {
    assertOwner(viewer, orgId);
    const result = await InviteModel.updateOne(
      { _id: inviteId, orgId, acceptedAt: null, revokedAt: null },
      { $set: { revokedAt: new Date() } },
    );
    if (result.modifiedCount !== 1) throw notFound('invitation');
  }

  /** An unused, unexpired invitation for this code, or a not_found error. */
  async findRedeemable(code: string): Promise<InviteDoc> {
    const invite = await InviteModel.findOne({ codeHash: hashCode(code.trim()) }).lean<InviteDoc>();
    if (!invite || invite.acceptedAt || invite.revokedAt || invite.expiresAt.getTime() <= Date.now()) {
      throw new AppError('not_found', 'this invitation code is not valid or has expired');
    }
    return invite;
  }

  /** Marks it used, once: false when someone else redeemed it first. */
  async markAccepted(inviteId: string, userId: string): Promise<boolean> {
    const result = await InviteModel.updateOne(
      { _id: inviteId, acceptedAt: null, revokedAt: null },
      { $set: { acceptedAt: new Date(), acceptedBy: userId } },
    );
    return result.modifiedCount === 1;
  }
}
