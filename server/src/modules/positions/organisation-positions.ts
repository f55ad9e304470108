import type { DomainEventBus, OrganisationEndReason } from '../../platform/events/domain-events.js';
import { organisationsByIds } from '../organisations/index.js';
import { type PositionDoc, PositionModel } from './position.model.js';
import { transitionPosition } from './position-transition.js';

/** Statuses in which a position is still the organisation's live work: closing the organisation closes them. */
const liveStatuses: readonly PositionDoc['status'][] = ['open', 'paused', 'draft'];

/** An organisation's positions as a whole: what closing it does to them. */
export class OrganisationPositions {
  constructor(private readonly events: DomainEventBus) {}

  /**
   * Closes an organisation's open, paused and draft positions, because it closed or is gone;
   * each leaves search through its status event. Safe to repeat; returns how many closed.
   */
  async closeAllOf(orgId: string, reason: OrganisationEndReason, now = new Date()): Promise<number> {
    let closed = 0;
    for (const listed of await PositionModel.find({ orgId }).lean<PositionDoc[]>()) {
      let position: PositionDoc | null = listed;
      // A concurrent edit bumps the version: read again and retry.
      for (let attempt = 0; attempt < 5 && position && liveStatuses.includes(position.status); attempt += 1) {
        const step = { to: 'closed' as const, set: {}, by: null, reason, now };
        if (await transitionPosition(this.events, position, step)) {
          closed += 1;
          break;
        }
        position = await PositionModel.findById(listed._id).lean<PositionDoc>();
      }
    }
    return closed;
  }

  /** How many of an organisation's positions closing it would close. */
  async liveCountOf(orgId: string): Promise<number> {
    const positions = await PositionModel.find({ orgId }, { status: 1 }).lean<Pick<PositionDoc, 'status'>[]>();
    return positions.filter((p) => liveStatuses.includes(p.status)).length;
  }

  /**
   * Organisations that are closed or whose record is gone while some of their positions are still
   * live: what a closure interrupted by a crash, or an earlier version's deletion, left behind.
   */
  async goneWithLiveWork(): Promise<{ orgId: string; reason: OrganisationEndReason }[]> {
    const orgIds = new Set<string>();
    for (const status of liveStatuses) {
      const rows = await PositionModel.find({ status }, { orgId: 1 }).lean<{ orgId: unknown }[]>();
      for (const row of rows) orgIds.add(String(row.orgId));
    }
    const found = new Map((await organisationsByIds([...orgIds])).map((o) => [String(o._id), o]));
    const out: { orgId: string; reason: OrganisationEndReason }[] = [];
    for (const orgId of orgIds) {
      const org = found.get(orgId);
      if (!org) out.push({ orgId, reason: 'organisation_missing' });
      else if (org.status === 'closed') out.push({ orgId, reason: 'organisation_closed' });
    }
    return out;
  }
}
