import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  /** The `X-SHSW-Template` header: which template made the mail. */
  template: string | null;
  /** The `Content-Language` header. */
  language: string | null;
  headers: Map<string, unknown>;
  /** Every http(s) link in the plain-text part, in order. */
  links: string[];
}

type Waiter = { match: (m: ReceivedMail) => boolean; resolve: (m: ReceivedMail) => void };

/** What the server does with the next connections and recipients. */
export type MailboxMode =
  | { kind: 'accept' }
  /** Every connection is answered with this code (421: try later, 554: refused). */
  | { kind: 'refuse'; code: number }
  /** Connections are never greeted, and messages never answered, until `release()`. */
  | { kind: 'hang' };

const smtpError = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

/**
 * A real SMTP server (the `smtp-server` package) inside the test process: the app sends to it
 * over TCP through nodemailer like to any other, and tests read what arrived, parsed by
 * `mailparser`. It can refuse, hang, or reject a recipient for good, to test the outbox.
 */
export class TestMailbox {
  readonly messages: ReceivedMail[] = [];
  private readonly waiters: Waiter[] = [];
  private readonly held: (() => void)[] = [];
  private readonly rejected = new Map<string, number>();
  private mode: MailboxMode = { kind: 'accept' };
  /** Connections or messages that arrived while hanging and are still waiting for an answer. */
  stalled = 0;
  private stallWaiters: (() => void)[] = [];

  private constructor(
    private readonly server: SMTPServer,
    readonly url: string,
  ) {}

  static async start(): Promise<TestMailbox> {
    let box: TestMailbox | undefined;
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onConnect: (_session: SMTPServerSession, callback: (err?: Error | null) => void) => {
        if (!box) return callback();
        box.connected(callback);
      },
      // The app keeps pooled connections open, so the mode applies to each message too, not only to new connections.
      onMailFrom: (_address, _session, callback) => {
        if (!box) return callback();
        box.connected(callback);
      },
      onRcptTo: (address, _session, callback) => {
        const code = box?.rejected.get(address.address.toLowerCase());
        callback(code ? smtpError(code, `mailbox unavailable: ${address.address}`) : null);
      },
      onData: (stream, session, callback) => {
        simpleParser(stream)
          .then((parsed) => {
            box?.received(parsed, session);
            callback();
          })
          .catch((err: Error) => callback(err));
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.server.address() as AddressInfo;
    box = new TestMailbox(server, `smtp://127.0.0.1:${port}`);
    return box;
  }

  private connected(callback: (err?: Error | null) => void): void {
    if (this.mode.kind === 'refuse') {
      callback(smtpError(this.mode.code, 'service not available'));
      return;
    }
    if (this.mode.kind === 'hang') {
      this.stalled += 1;
      this.held.push(() => {
        this.stalled -= 1;
        callback();
      });
      for (const w of this.stallWaiters.splice(0)) w();
      return;
    }
    callback();
  }

  private received(parsed: Awaited<ReturnType<typeof simpleParser>>, session: SMTPServerSession): void {
    const header = (name: string) => {
      const v = parsed.headers.get(name);
      return typeof v === 'string' ? v : null;
    };
    const text = parsed.text ?? '';
    const mail: ReceivedMail = {
      to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
      from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
      subject: parsed.subject ?? '',
      text,
      html: typeof parsed.html === 'string' ? parsed.html : '',
      template: header('x-shsw-template'),
      language: header('content-language'),
      headers: parsed.headers,
      links: [...text.matchAll(/https?:\/\/[^\s<>"]+/g)].map((m) => m[0]),
    };
    this.messages.push(mail);
    for (const w of [...this.waiters]) {
      if (w.match(mail)) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(mail);
      }
    }
  }

  /** The first message (already here or still to come) to `to`, made by `template` when given. */
  waitFor(query: { to: string; template?: string; after?: number }, timeoutMs = 45_000): Promise<ReceivedMail> {
    const match = (m: ReceivedMail) =>
      m.to.includes(query.to.toLowerCase()) && (!query.template || m.template === query.template);
    const existing = this.messages.slice(query.after ?? 0).find(match);
    if (existing) return Promise.resolve(existing);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        const seen = this.messages.map((m) => `${m.to.join(',')} ${m.template}`).join('; ');
        reject(new Error(`no mail to ${query.to} (${query.template ?? 'any'}) arrived; received: ${seen || 'none'}`));
      }, timeoutMs);
      const waiter: Waiter = {
        match,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      };
      this.waiters.push(waiter);
    });
  }

  /** Messages to an address so far (optionally of one template). */
  to(address: string, template?: string): ReceivedMail[] {
    return this.messages.filter((m) => m.to.includes(address.toLowerCase()) && (!template || m.template === template));
  }

  /** The token of the first link in a mail that leads to `path` (e.g. `/reset-password`). */
  static tokenIn(mail: ReceivedMail, path: string): string {
    for (const link of mail.links) {
      const url = new URL(link);
      const token = url.searchParams.get('token');
      if (url.pathname === path && token) return token;
    }
    throw new Error(`no ${path} link in mail "${mail.subject}": ${mail.links.join(' ')}`);
  }

  setMode(mode: MailboxMode): void {
    this.mode = mode;
  }

  /** Resolves once a connection is being held by `hang` mode. */
  async untilStalled(): Promise<void> {
    if (this.stalled > 0) return;
    await new Promise<void>((resolve) => this.stallWaiters.push(resolve));
  }

  /** Greets the held connections and accepts again. */
  release(): void {
    this.mode = { kind: 'accept' };
    for (const greet of this.held.splice(0)) greet();
  }

  /** Answers RCPT TO for this address with a permanent (5xx) or temporary (4xx) code. */
  rejectRecipient(address: string, code: number): void {
    this.rejected.set(address.toLowerCase(), code);
  }

  acceptRecipient(address: string): void {
    this.rejected.delete(address.toLowerCase());
  }

  async close(): Promise<void> {
    this.release();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
