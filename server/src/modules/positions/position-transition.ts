import type { PositionStatus } from '@shsw/shared';
import type { DomainEventBus } from '../../platform/events/domain-events.js';
import { forgetPosition, type PositionDoc, PositionModel } from './position.model.js';

/**
 * One step of a position's lifecycle, written only if nobody changed it since it was read (its
 * version and status), with its history entry and events. Null when it lost that race.
 */
export async function transitionPosition(
  events: DomainEventBus,
  position: PositionDoc,
  step: { to: PositionStatus; set: Partial<PositionDoc>; by: string | null; reason: string | null; now: Date },
): Promise<PositionDoc | null> {
  const { to, set, by, reason, now } = step;
  const updated = await PositionModel.findOneAndUpdate(
    { _id: position._id, version: position.version, status: position.status },
    {
      $set: { ...set, status: to },
      $push: { statusHistory: { status: to, at: now, by, reason } },
      $inc: { version: 1 },
    },
    { returnDocument: 'after' },
  ).lean<PositionDoc>();
  forgetPosition(position._id);
  if (updated) {
    events.emit('position.status_changed', {
      positionId: String(position._id),
      orgId: String(position.orgId),
      from: position.status,
      to,
    });
    if (to === 'open' && !position.publishedAt) events.emit('position.published', { positionId: String(position._id) });
  }
  return updated;
}
