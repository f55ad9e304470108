import type { DomainEventBus, OrganisationEndReason } from '../../platform/events/domain-events.js';
import type { OrganisationPositions } from '../positions/index.js';
import type { ApplicationsService } from './applications.service.js';

interface Deps {
  organisationPositions: OrganisationPositions;
  applications: ApplicationsService;
}

/**
 * Ends an organisation's work: applications first, then positions. In that order a crash in
 * between leaves positions live, which the settling job finds and finishes (a closed
 * organisation takes no new applications, so none slip in meanwhile).
 */
export async function settleOrganisation(
  deps: Deps,
  orgId: string,
  reason: OrganisationEndReason,
): Promise<{ applications: number; positions: number }> {
  const applications = await deps.applications.endAllOf(orgId, reason);
  const positions = await deps.organisationPositions.closeAllOf(orgId, reason);
  return { applications, positions };
}

/** Closing an organisation ends its work just after the owner's request. */
export function subscribeOrganisationClosure(events: DomainEventBus, deps: Deps): void {
  events.on('organisation.closed', async ({ orgId, reason }) => {
    await settleOrganisation(deps, orgId, reason);
  });
}

/**
 * The scheduled job: finishes closures a crash interrupted, and ends the work of organisations
 * whose record earlier versions deleted (their positions stayed open and searchable).
 */
export async function settleGoneOrganisations(deps: Deps): Promise<number> {
  let settled = 0;
  for (const { orgId, reason } of await deps.organisationPositions.goneWithLiveWork()) {
    await settleOrganisation(deps, orgId, reason);
    settled += 1;
  }
  return settled;
}
