import type { Role } from '@shsw/shared';

/** Who is making the request, as established by the session; `null` for anonymous visitors. */
export interface Viewer {
  userId: string;
  role: Role;
  /** Set for role `org`: the organisation the account belongs to and its rights there. */
  orgId?: string;
  orgRole?: 'owner' | 'recruiter';
  sessionId: string;
}
