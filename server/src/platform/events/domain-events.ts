import { EventEmitter } from 'node:events';
import type { RegistryImport } from '@shsw/shared';

/** Why an organisation's work ended: recorded on its positions and applications. */
export type OrganisationEndReason = 'organisation_closed' | 'organisation_missing';

/**
 * Domain events services emit after a write has landed. Subscribers (search sync,
 * notifications, realtime) follow them; services never call those side effects inline.
 */
export interface DomainEvents {
  'user.signed_up': { userId: string; role: string };
  'user.sessions_revoked': {
    userId: string;
    reason: 'sign_out' | 'password_changed' | 'disabled' | 'deleted' | 'role_changed';
  };
  'user.deleted': { userId: string; profileId: string | null };
  'session.ended': { userId: string; sessionId: string };
  /** A source reached the alert threshold of wrong passwords for an account (not yet rate-limited). */
  'auth.failures_repeated': { userId: string; account: string; failures: number };
  /** The owner should hear of repeated wrong passwords: emitted at most once per alert window. */
  'account.sign_in_failures': { userId: string; failures: number; at: string };
  'user.membership_changed': { userId: string };
  /** The account's address, its state (verified, undeliverable) or its language changed. */
  'user.email_changed': { userId: string };
  'organisation.registered': { orgId: string };
  'organisation.updated': { orgId: string };
  'organisation.verification_decided': { orgId: string; status: 'verified' | 'rejected'; reason: string | null };
  /**
   * The organisation is gone for good: closed by its owner, or found without its record (left by
   * earlier versions). Its positions close and its pipelines end (see applications' closure).
   */
  'organisation.closed': { orgId: string; reason: OrganisationEndReason; formerMemberIds: string[] };
  'organisation.ownership_transferred': { orgId: string; fromUserId: string; toUserId: string };
  'profile.changed': { profileId: string; userId: string; version: number };
  'profile.deleted': { profileId: string; userId: string };
  'certificate.decided': {
    profileId: string;
    userId: string;
    certificateId: string;
    status: 'verified' | 'refused';
    reason: string | null;
  };
  'position.published': { positionId: string };
  'position.changed': { positionId: string };
  'position.status_changed': { positionId: string; orgId: string; from: string; to: string };
  'application.submitted': { applicationId: string; positionId: string; orgId: string; workerUserId: string };
  'application.status_changed': {
    applicationId: string;
    positionId: string;
    orgId: string;
    workerUserId: string;
    from: string;
    to: string;
    actor: 'worker' | 'employer' | 'system';
  };
  /** Deleted with its applicant's account (the statistics keep an anonymous fact of it). */
  'application.erased': { applicationId: string };
  'salary_guidance.changed': { year: number };
  /** A step of an import was saved; `import` is the import as saved, for the bureau's pages. */
  /** An organisation invited a worker to apply to one of its positions (issue 12; modules/invitations). */
  'invitation.sent': { invitationId: string; orgId: string; positionId: string; profileId: string; byUserId: string };
  /** The worker accepted (an application now exists) or declined it. */
  'invitation.answered': {
    invitationId: string;
    orgId: string;
    positionId: string;
    profileId: string;
    answer: 'accepted' | 'declined';
    applicationId: string | null;
  };
  /** An organisation asked to see a worker's contact details (modules/invitations). */
  'contact.requested': { requestId: string; orgId: string; profileId: string };
  /** The worker granted or refused the request, or withdrew a grant. */
  'contact.answered': {
    requestId: string;
    orgId: string;
    profileId: string;
    answer: 'granted' | 'refused' | 'withdrawn';
  };
  /**
   * A message was stored in a thread (see modules/conversations). `notify`: the other side should
   * hear of it (its first unread message, or the last notice is over 10 minutes old).
   */
  'message.sent': {
    conversationId: string;
    messageId: string;
    orgId: string;
    positionId: string;
    profileId: string;
    side: 'worker' | 'organisation';
    notify: boolean;
  };
  /** A block between an organisation and a worker (see modules/blocks), made or lifted by `by`. */
  'block.created': { orgId: string; profileId: string; by: 'worker' | 'organisation' };
  'block.removed': { orgId: string; profileId: string; by: 'worker' | 'organisation' };
  'registry.import_progress': {
    importId: string;
    byUserId: string;
    status: RegistryImport['status'];
    /** Rows committed so far (each progress event follows a committed batch while importing). */
    processedRows: number;
    import: RegistryImport;
  };
  'registry.import_finished': { importId: string; byUserId: string; status: 'done' | 'failed'; import: RegistryImport };
}

export type DomainEventName = keyof DomainEvents;

type Listener<K extends DomainEventName> = (payload: DomainEvents[K]) => void | Promise<void>;

export class DomainEventBus {
  private readonly emitter = new EventEmitter({ captureRejections: false });
  private readonly failures: ((event: string, err: unknown) => void)[] = [];
  private readonly running = new Set<Promise<void>>();

  on<K extends DomainEventName>(event: K, listener: Listener<K>): () => void {
    const wrapped = (payload: DomainEvents[K]) => {
      // A failing subscriber must never fail the write that emitted the event.
      const run = Promise.resolve()
        .then(() => listener(payload))
        .catch((err: unknown) => {
          for (const report of this.failures) report(event, err);
        });
      this.running.add(run);
      void run.finally(() => this.running.delete(run));
    };
    this.emitter.on(event, wrapped);
    return () => this.emitter.off(event, wrapped);
  }

  emit<K extends DomainEventName>(event: K, payload: DomainEvents[K]): void {
    this.emitter.emit(event, payload);
  }

  /**
   * Work that follows a request without being an event others subscribe to (the branch of a
   * sign-up that depends on whether the address is taken runs here, so the answer's timing cannot
   * tell). Tracked like a subscriber: `idle()` waits for it and a failure is reported, never thrown.
   */
  later(label: string, task: () => Promise<void>): void {
    const run = new Promise<void>((resolve) => setImmediate(resolve)).then(task).catch((err: unknown) => {
      for (const report of this.failures) report(label, err);
    });
    this.running.add(run);
    void run.finally(() => this.running.delete(run));
  }

  /**
   * Resolves once every subscriber has finished, including those of events they emitted in turn.
   * Subscribers run after the request that caused them; tests (and shutdown) wait for them here.
   */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  onFailure(report: (event: string, err: unknown) => void): void {
    this.failures.push(report);
  }
}
