import { type ApplicationStatus, allowedApplicationMoves } from '@shsw/shared';

/** The board's columns: the steps still moving, then one column for every way an application ends. */
export const openStages = ['submitted', 'viewed', 'shortlisted', 'interview', 'offered', 'accepted', 'hired'] as const;
export const closedStatuses: readonly ApplicationStatus[] = ['rejected', 'withdrawn', 'declined', 'ended'];
export type Column = (typeof openStages)[number] | 'closed';
export const columns: readonly Column[] = [...openStages, 'closed'];

export function columnOf(status: ApplicationStatus): Column {
  return closedStatuses.includes(status) ? 'closed' : (status as Column);
}

/** The status an employer's drop on a column means: the closed column is a rejection. */
export function targetOf(column: Column): ApplicationStatus {
  return column === 'closed' ? 'rejected' : column;
}

export function employerMoves(status: ApplicationStatus): ApplicationStatus[] {
  return allowedApplicationMoves(status, 'employer');
}

export function canDrop(status: ApplicationStatus, column: Column): boolean {
  return employerMoves(status).includes(targetOf(column));
}

/** The usual next step (the button on each card); rejection and "viewed" are in the menu only. */
export function nextStepOf(status: ApplicationStatus): ApplicationStatus | null {
  return employerMoves(status).find((s) => s !== 'rejected' && s !== 'viewed') ?? null;
}

/** Steps that ask something first: the interview's time and place, or a confirmation with a message. */
export const needsDialog: readonly ApplicationStatus[] = ['interview', 'offered', 'hired', 'rejected'];
