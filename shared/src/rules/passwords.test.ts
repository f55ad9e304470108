import { describe, expect, it } from 'vitest';
import { checkPassword, commonPasswordSource, isCommonPassword, passwordLength, passwordPolicy } from './passwords.js';

describe('isCommonPassword', () => {
  it.each(['123456', '5201314', 'woaini1314', 'qq123456', 'a123456', 'password', '88888888', 'iloveyou', '1qaz2wsx'])(
    'when %s is checked, then it is common',
    (password) => {
      expect(isCommonPassword(password)).toBe(true);
    },
  );

  it('when case or full-width characters differ, then it is still common', () => {
    expect(isCommonPassword('PassWord')).toBe(true);
    expect(isCommonPassword('WoAiNi1314')).toBe(true);
    expect(isCommonPassword('１２３４５６７８')).toBe(true);
  });

  it('when the password is an uncommon passphrase, then it is not common', () => {
    expect(isCommonPassword('浦东 社工站 2025 秋')).toBe(false);
    expect(isCommonPassword('correct horse battery staple')).toBe(false);
  });

  it('when the source is read, then it names where the list came from', () => {
    expect(commonPasswordSource).toContain('@zxcvbn-ts/language-common');
  });
});

describe('checkPassword', () => {
  it('when the policy is read, then it is 8 to 128 characters', () => {
    expect(passwordPolicy).toEqual({ minLength: 8, maxLength: 128 });
  });

  it('when an 8-character password has no digits or capitals, then it is accepted (no composition rules)', () => {
    expect(checkPassword('tqmvzkhe')).toEqual({ ok: true });
  });

  it('when the password has 7 characters, then it is too short', () => {
    expect(checkPassword('tqmvzkh')).toEqual({ ok: false, issues: ['too_short'] });
  });

  it('when the password is 128 characters, then it is accepted, and at 129 it is too long', () => {
    expect(checkPassword('ab'.repeat(64))).toEqual({ ok: true });
    expect(checkPassword(`${'ab'.repeat(64)}c`)).toEqual({ ok: false, issues: ['too_long'] });
  });

  it('when the password is short and common, then both issues are reported', () => {
    expect(checkPassword('5201314')).toEqual({ ok: false, issues: ['too_short', 'common'] });
  });

  it('when the password is long enough but common, then it is refused as common', () => {
    expect(checkPassword('Qq123456')).toEqual({ ok: false, issues: ['common'] });
  });

  it('when characters are counted, then Chinese characters and emoji count as one each', () => {
    expect(passwordLength('社工👍')).toBe(3);
    expect(checkPassword('我的密码很长很长')).toEqual({ ok: true });
    expect(checkPassword('👍👍👍👍👍👍👍')).toEqual({ ok: false, issues: ['too_short'] });
  });

  it('when the password is the mobile number or e-mail name of the account, then it is refused as personal_info', () => {
    const userInputs = ['+86 139 1234 5678', 'Zhang.Wei@example.com'];
    expect(checkPassword('13912345678', { userInputs })).toEqual({ ok: false, issues: ['personal_info'] });
    expect(checkPassword('zhang.wei', { userInputs })).toEqual({ ok: false, issues: ['personal_info'] });
    expect(checkPassword('zhang.wei@example.com', { userInputs })).toEqual({ ok: false, issues: ['personal_info'] });
    expect(checkPassword('zhangwei-2025', { userInputs })).toEqual({ ok: true });
  });

  it('when a user input is blank, then it matches nothing', () => {
    expect(checkPassword('tqmvzkhe', { userInputs: ['', '   '] })).toEqual({ ok: true });
  });
});
