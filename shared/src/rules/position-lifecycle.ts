/**
 * A position's lifecycle: draft → open → paused ↔ open → filled | closed, and open → expired
 * at the deadline (the scheduled job, never a person). Every move is kept in a status history.
 */
export const positionStatuses = ['draft', 'open', 'paused', 'filled', 'closed', 'expired'] as const;
export type PositionStatus = (typeof positionStatuses)[number];

/** Moves people may make; `expired` is the system's alone. */
const byPeople: Record<PositionStatus, readonly PositionStatus[]> = {
  draft: ['open', 'closed'],
  open: ['paused', 'filled', 'closed'],
  paused: ['open', 'filled', 'closed'],
  filled: [],
  closed: [],
  expired: [],
};

export function allowedPositionMoves(from: PositionStatus, actor: 'person' | 'system' = 'person'): PositionStatus[] {
  const moves = [...byPeople[from]];
  if (actor === 'system' && from === 'open') moves.push('expired', 'filled');
  if (actor === 'system' && from === 'paused') moves.push('filled');
  return moves;
}

export function canMovePosition(
  from: PositionStatus,
  to: PositionStatus,
  actor: 'person' | 'system' = 'person',
): boolean {
  return allowedPositionMoves(from, actor).includes(to);
}

/** The instant a deadline day (YYYY-MM-DD) ends in Shanghai (UTC+8): applications close then. */
export function deadlineEnd(deadline: string): Date {
  return new Date(`${deadline}T23:59:59.999+08:00`);
}

/** Workers can apply only while a position is open and its deadline day has not ended. */
export function acceptsApplications(position: { status: PositionStatus; deadline: string | null }, now: Date): boolean {
  if (position.status !== 'open') return false;
  return !position.deadline || deadlineEnd(position.deadline).getTime() > now.getTime();
}

/** The status a position had at `at`, from its history (for statistics "as of" a date). */
export function positionStatusAt(
  history: readonly { status: PositionStatus; at: string | Date }[],
  at: Date,
): PositionStatus | null {
  let current: PositionStatus | null = null;
  for (const entry of history) {
    if (new Date(entry.at).getTime() <= at.getTime()) current = entry.status;
    else break;
  }
  return current;
}
