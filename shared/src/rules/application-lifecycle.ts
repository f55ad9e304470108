/**
 * An application's path: the employer moves it submitted → viewed → shortlisted → interview →
 * offered and may reject it before a hire; the worker may withdraw until an offer, and accepts
 * or declines an offer; the employer then confirms the hire. Steps may be skipped forward
 * (a strong applicant can go straight to interview), never back. `ended` is the system's alone:
 * the organisation closed (or was found gone) while the application was in progress.
 */
export const applicationStatuses = [
  'submitted',
  'viewed',
  'shortlisted',
  'interview',
  'offered',
  'accepted',
  'hired',
  'rejected',
  'withdrawn',
  'declined',
  'ended',
] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** Still moving: counted as an active application (supply) in the statistics. */
export const activeApplicationStatuses: readonly ApplicationStatus[] = [
  'submitted',
  'viewed',
  'shortlisted',
  'interview',
  'offered',
  'accepted',
];

const employerPath: readonly ApplicationStatus[] = ['submitted', 'viewed', 'shortlisted', 'interview', 'offered'];

export type ApplicationActor = 'worker' | 'employer';

export function allowedApplicationMoves(from: ApplicationStatus, actor: ApplicationActor): ApplicationStatus[] {
  if (actor === 'worker') {
    if (from === 'offered') return ['accepted', 'declined'];
    if (['submitted', 'viewed', 'shortlisted', 'interview'].includes(from)) return ['withdrawn'];
    return [];
  }
  const at = employerPath.indexOf(from);
  if (at >= 0) return [...employerPath.slice(at + 1), 'rejected'];
  if (from === 'accepted') return ['hired', 'rejected'];
  return [];
}

export function canMoveApplication(from: ApplicationStatus, to: ApplicationStatus, actor: ApplicationActor): boolean {
  return allowedApplicationMoves(from, actor).includes(to);
}
