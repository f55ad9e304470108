import { describe, expect, it } from 'vitest';
import { mailBackoffMs } from './mail-outbox.js';
import { classifySmtpError } from './mail-transport.js';
import { renderMail } from './render.js';

describe('classifySmtpError', () => {
  it('when the server answers 5xx to a recipient, then it is permanent; 4xx, refused connections and timeouts are not', () => {
    expect(classifySmtpError({ responseCode: 550, response: '550 5.1.1 no such user' })).toEqual({
      permanent: true,
      reason: '550 5.1.1 no such user',
    });
    expect(classifySmtpError({ responseCode: 421, response: '421 try later' }).permanent).toBe(false);
    expect(classifySmtpError({ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }).permanent).toBe(false);
    expect(classifySmtpError({ code: 'ETIMEDOUT', message: 'Greeting never received' }).permanent).toBe(false);
    // Wrong SMTP credentials are the operator's to fix, not the recipient's address.
    expect(classifySmtpError({ code: 'EAUTH', responseCode: 535, response: '535 bad credentials' }).permanent).toBe(
      false,
    );
  });
});

describe('mailBackoffMs', () => {
  it('when attempts fail again and again, then the wait doubles from 5 s and stops growing at 30 minutes', () => {
    expect([0, 1, 2, 3].map(mailBackoffMs)).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect(mailBackoffMs(20)).toBe(30 * 60_000);
  });
});

describe('renderMail', () => {
  it('when data holds markup, then the HTML part escapes it and the text part keeps it as written', () => {
    const mail = renderMail('zh-CN', {
      subject: '岗位 <b>',
      greeting: '李明，您好：',
      paragraphs: ['机构 "<script>alert(1)</script>" 发布了岗位'],
      action: { label: '查看', url: 'https://talent.example.org/positions/1?a=1&b=2' },
      footer: ['原因'],
      unsubscribe: { label: '退订', url: 'https://talent.example.org/unsubscribe?token=x' },
    });
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).toContain('&lt;script&gt;');
    expect(mail.html).toContain('href="https://talent.example.org/positions/1?a=1&amp;b=2"');
    expect(mail.html).toContain('<html lang="zh-CN">');
    expect(mail.text).toContain('机构 "<script>alert(1)</script>" 发布了岗位');
    expect(mail.text).toContain('https://talent.example.org/positions/1?a=1&b=2');
    expect(mail.text).toContain('退订: https://talent.example.org/unsubscribe?token=x');
  });
});
