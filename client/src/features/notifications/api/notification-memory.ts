import type { Notification } from '@shsw/shared';

/**
 * What this tab already knows of the signed-in person's notifications: the ids it has shown or
 * listed (so nothing is announced twice) and the newest id (what a reconnecting socket resumes from).
 */
const known = new Set<string>();
let newest: string | null = null;

/** Notes notifications as known; returns those that were not known before, in the given order. */
export function remember(items: readonly Notification[]): Notification[] {
  const fresh: Notification[] = [];
  for (const n of items) {
    if (known.has(n.id)) continue;
    known.add(n.id);
    fresh.push(n);
    // Ids are ObjectIds: equal length, hex, ordered by creation time.
    if (newest === null || n.id > newest) newest = n.id;
  }
  return fresh;
}

export function lastSeenId(): string | null {
  return newest;
}

/** A new session starts knowing nothing. */
export function forgetAll(): void {
  known.clear();
  newest = null;
}
