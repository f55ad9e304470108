import { describe, expect, it } from 'vitest';
import { checkPassword, isCommonPassword, passwordLength, passwordPolicy } from './password-strength.js';

describe('checkPassword', () => {
  it('when the policy is read, then it is 8 to 128 characters and a strength of at least 3 of 4', () => {
    expect(passwordPolicy).toEqual({ minLength: 8, maxLength: 128, minScore: 3 });
  });

  it.each([
    ['aaaaaaaa', 'repeated'],
    ['Passw0rd!', 'common'],
    ['Shanghai2026', 'word'],
    ['社工社工社工社工', 'repeated'],
    ['woaini1314', 'common'],
    ['qwertyuiop', 'common'],
    ['19900101', 'date'],
    ['abcdefghijk', 'sequence'],
    ['zxcvbnm,./', 'keyboard'],
  ])('when %s is checked, then it is refused as weak, naming %s', (password, reason) => {
    const result = checkPassword(password);
    expect(result.ok).toBe(false);
    expect(result.score).toBeLessThan(3);
    expect(result.ok ? [] : result.issues).toEqual(expect.arrayContaining(['weak', reason]));
  });

  it.each([
    'plum-river-lantern-42',
    'correct horse battery staple',
    '浦东 社工站 2025 秋',
    '静安寺社工站的秋天',
    'Xk9#mP2$vL',
  ])('when %s is checked, then it is accepted (no composition rules, Chinese passphrases welcome)', (password) => {
    expect(checkPassword(password)).toEqual({ ok: true, score: expect.any(Number) });
  });

  it('when the password has 7 characters, then it is too short, and at 129 it is too long', () => {
    expect(checkPassword('tq7#vzK').ok ? [] : (checkPassword('tq7#vzK') as { issues: string[] }).issues).toContain(
      'too_short',
    );
    expect(checkPassword(`${'ab'.repeat(64)}c`)).toEqual({ ok: false, score: 0, issues: ['too_long'] });
  });

  it('when characters are counted, then Chinese characters and emoji count as one each', () => {
    expect(passwordLength('社工👍')).toBe(3);
  });

  it('when the password contains the login or the display name, then it is refused as personal_info', () => {
    const userInputs = ['+86 139 1234 5678', 'Zhang.Wei@example.com', '张伟'];
    for (const password of [
      '13912345678-blue-kite',
      'zhang.wei-harbour-9',
      'harbour-ZHANG-violin',
      '张伟的社工站秋天很美',
    ]) {
      const result = checkPassword(password, { userInputs });
      expect({ password, issues: result.ok ? [] : result.issues }).toEqual({
        password,
        issues: expect.arrayContaining(['personal_info']),
      });
    }
    expect(checkPassword('copper-meadow-violin-93', { userInputs }).ok).toBe(true);
  });

  it('when a user input is blank or very short, then it matches nothing', () => {
    expect(checkPassword('copper-meadow-violin-93', { userInputs: ['', '   ', 'ab@x.cn'] }).ok).toBe(true);
  });

  it('when case or full-width characters differ, then a common password is still common', () => {
    expect(isCommonPassword('PassWord')).toBe(true);
    expect(isCommonPassword('WoAiNi1314')).toBe(true);
    expect(isCommonPassword('１２３４５６７８')).toBe(true);
    expect(isCommonPassword('correct horse battery staple')).toBe(false);
  });
});
