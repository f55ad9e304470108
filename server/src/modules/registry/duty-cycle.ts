import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Work in slices with rests in between: after each slice it sleeps `restPerWork` times as long as
 * the slice took, so the work holds at most 1 / (1 + restPerWork) of the time of the event loop and
 * of the database connections it uses, however fast or slow the machine is. The rest ends early
 * when the signal aborts (shutdown), with the signal's reason.
 */
export class DutyCycle {
  private sliceStarted: number;

  constructor(
    private readonly restPerWork: number,
    private readonly minRestMs = 5,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.sliceStarted = this.now();
  }

  /** How long the rest after a slice of `workMs` lasts. */
  restFor(workMs: number): number {
    return Math.max(this.minRestMs, workMs * this.restPerWork);
  }

  /** Ends the current slice: rests in proportion to it, then starts the next. */
  async rest(signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    await sleep(this.restFor(this.now() - this.sliceStarted), undefined, { signal });
    this.sliceStarted = this.now();
  }

  /** Rests only when the current slice has run for at least `sliceMs` (for loops of many small steps). */
  async restEvery(sliceMs: number, signal: AbortSignal): Promise<void> {
    signal.throwIfAborted();
    if (this.now() - this.sliceStarted >= sliceMs) await this.rest(signal);
  }
}
