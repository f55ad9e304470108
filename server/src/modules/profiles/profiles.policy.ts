import type { Viewer } from '../../platform/http/viewer.js';
import type { ProfileDoc } from './profile.model.js';

export interface ViewingOrganisation {
  id: string;
  creditCode: string;
  status: string;
}

/**
 * Who may see a talent record (masked): the bureau always; an organisation when the record's
 * visibility allows it (verified organisations only, unless public) and the organisation is
 * not on the holder's hide-from list. Hidden records are seen by the bureau alone.
 */
export const profilePolicy = {
  canView(
    viewer: Viewer,
    profile: Pick<ProfileDoc, 'visibility' | 'hideFrom'>,
    org: ViewingOrganisation | null,
  ): boolean {
    if (viewer.role === 'bureau' || viewer.role === 'admin') return true;
    if (viewer.role !== 'org' || !org) return false;
    if (profile.visibility === 'hidden') return false;
    if (profile.hideFrom.includes(org.creditCode)) return false;
    return profile.visibility === 'public' || org.status === 'verified';
  },
};
