import type { Viewer } from '../../platform/http/viewer.js';

/** Members of the organisation, and the bureau, see all of it; an owner manages it. */
export const organisationPolicy = {
  isMember: (viewer: Viewer | null, orgId: string) => viewer?.role === 'org' && viewer.orgId === orgId,
  isOwner: (viewer: Viewer | null, orgId: string) =>
    viewer?.role === 'org' && viewer.orgId === orgId && viewer.orgRole === 'owner',
  isBureau: (viewer: Viewer | null) => viewer?.role === 'bureau' || viewer?.role === 'admin',
  canReadDetail(viewer: Viewer | null, orgId: string): boolean {
    return this.isMember(viewer, orgId) || this.isBureau(viewer);
  },
};
