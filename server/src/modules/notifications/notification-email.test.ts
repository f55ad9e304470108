import { describe, expect, it } from 'vitest';
import { effectiveEmail } from './notification-email.js';
import { isMailable, notificationMail } from './notification-mails.js';
import { UnsubscribeTokens } from './unsubscribe-tokens.js';

const userId = '65a1f0c2b4e5d6f7a8b9c0d1';

describe('unsubscribe tokens', () => {
  it('when a token is issued, then it verifies to its person and type, and any change to it does not', () => {
    const tokens = new UnsubscribeTokens('s'.repeat(40));
    const token = tokens.issue(userId, 'saved_search_digest');
    expect(tokens.verify(token)).toEqual({ userId, type: 'saved_search_digest' });
    expect(tokens.verify(token.replace('saved_search_digest', 'saved_search_match'))).toBeNull();
    expect(tokens.verify(token.replace(userId, '65a1f0c2b4e5d6f7a8b9c0d2'))).toBeNull();
    expect(tokens.verify(`${token}x`)).toBeNull();
    expect(new UnsubscribeTokens('t'.repeat(40)).verify(token)).toBeNull();
    expect(tokens.verify('not.a.token.at.all')).toBeNull();
  });
});

describe('which notifications are mailed, and how', () => {
  it('when an application moves, then only the interview and offer steps are mailable', () => {
    expect(isMailable('application_status_changed', { status: 'interview' })).toBe(true);
    expect(isMailable('application_status_changed', { status: 'offered' })).toBe(true);
    expect(isMailable('application_status_changed', { status: 'viewed' })).toBe(false);
    expect(isMailable('registry_import_finished', { status: 'done' })).toBe(false);
    expect(isMailable('saved_search_digest', { count: 2 })).toBe(true);
  });

  it('when nothing is stored, then e-mail is on only for interview and offer steps, offer answers, invitations and the digest', () => {
    const on = Object.entries(effectiveEmail(undefined))
      .filter(([, v]) => v)
      .map(([k]) => k)
      .sort();
    expect(on).toEqual([
      'application_status_changed',
      'invitation_received',
      'offer_answered',
      'saved_search_digest',
      'sign_in_failures',
    ]);
    expect(effectiveEmail({ saved_search_digest: false, ce_reminder: true })).toMatchObject({
      saved_search_digest: false,
      ce_reminder: true,
    });
  });

  it('when a template is given data it does not name, then that data never reaches the mail', () => {
    const mail = notificationMail(
      'application_submitted',
      { positionTitle: '社区养老社工', note: '我的私人求职信内容' },
      { lang: 'en', name: 'Wang', link: 'https://x.example/o', unsubscribeUrl: 'https://x.example/u' },
    );
    expect(JSON.stringify(mail)).toContain('社区养老社工');
    expect(JSON.stringify(mail)).not.toContain('我的私人求职信内容');
    expect(mail.subject).toBe('New application');
  });
});
