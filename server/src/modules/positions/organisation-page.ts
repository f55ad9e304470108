import { acceptsApplications, type OrganisationPage } from '@shsw/shared';
import { notFound } from '../../platform/errors/app-error.js';
import { organisationById, presentOrganisationPublic } from '../organisations/index.js';
import { type PositionDoc, PositionModel } from './position.model.js';
import { presentPositionCard } from './positions.presenter.js';

/**
 * An organisation's public page. Only a verified organisation that is not closed has one (others
 * are "not found", as for anonymous visitors elsewhere); it shows staff figures, never the contact
 * person. The organisation's open positions are few, so they are read at once and paged here.
 */
export async function organisationPage(
  orgId: string,
  page: number,
  pageSize: number,
  now = new Date(),
): Promise<OrganisationPage> {
  const org = await organisationById(orgId);
  if (org?.status !== 'verified') throw notFound('organisation');
  const open = (await PositionModel.find({ orgId: org._id, status: 'open' }).lean<PositionDoc[]>())
    .filter((p) => acceptsApplications({ status: p.status, deadline: p.deadline }, now))
    .sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0));
  const openByDomain: Record<string, number> = {};
  for (const p of open) openByDomain[p.primaryDomain] = (openByDomain[p.primaryDomain] ?? 0) + 1;
  return {
    organisation: presentOrganisationPublic(org),
    staff: {
      fullTime: org.staff?.fullTime ?? 0,
      certified: org.staff?.certified ?? 0,
      qualified: org.staff?.qualified ?? 0,
    },
    openByDomain,
    positions: {
      items: open.slice((page - 1) * pageSize, page * pageSize).map((p) => presentPositionCard(p, org, now)),
      total: open.length,
      page,
      pageSize,
    },
  };
}
