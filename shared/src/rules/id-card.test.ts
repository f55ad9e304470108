import { describe, expect, it } from 'vitest';
import { idCardCheckCharacter, maskIdCard, validateIdCard } from './id-card.js';

describe('validateIdCard', () => {
  it("when the standard's own example 11010519491231002X is checked, then it is a woman born 1949-12-31", () => {
    // Σ digit×weight = 167; 167 mod 11 = 2 → X.
    expect(validateIdCard('11010519491231002X')).toEqual({
      ok: true,
      id: '11010519491231002X',
      birthDate: '1949-12-31',
      sex: 'female',
    });
  });

  it('when a Shanghai number ends in a lower-case x or has spaces around it, then it is normalised', () => {
    expect(validateIdCard(' 11010519491231002x ')).toMatchObject({ ok: true, id: '11010519491231002X' });
  });

  it('when the sequence digit is odd, then the holder is male', () => {
    // Σ = 152; 152 mod 11 = 9 → 3.
    expect(validateIdCard('310104199001011233')).toMatchObject({ ok: true, sex: 'male', birthDate: '1990-01-01' });
  });

  it('when the check character is wrong, then the reason is check_digit', () => {
    expect(validateIdCard('310104199001011234')).toEqual({ ok: false, reason: 'check_digit' });
    expect(validateIdCard('110105194912310021')).toEqual({ ok: false, reason: 'check_digit' });
  });

  it('when the number has 15 or 17 digits, then the reason is length', () => {
    expect(validateIdCard('310104900101123')).toEqual({ ok: false, reason: 'length' });
    expect(validateIdCard('31010419900101123')).toEqual({ ok: false, reason: 'length' });
  });

  it('when X is anywhere but last, or a letter appears, then the reason is charset', () => {
    expect(validateIdCard('3101041990010112X3')).toEqual({ ok: false, reason: 'charset' });
    expect(validateIdCard('31010419900101123A')).toEqual({ ok: false, reason: 'charset' });
  });

  it('when the first two digits are no province, then the reason is region', () => {
    expect(validateIdCard('990104199001011233')).toEqual({ ok: false, reason: 'region' });
  });

  it('when the birth date is 30 February or 29 February of a common year, then the reason is birth_date', () => {
    expect(validateIdCard('310104199002301233')).toEqual({ ok: false, reason: 'birth_date' });
    expect(validateIdCard('310104190002291233')).toEqual({ ok: false, reason: 'birth_date' });
  });

  it('when the birth date is 29 February of a leap year, then the date is accepted', () => {
    const first17 = '31010420000229123';
    expect(validateIdCard(first17 + idCardCheckCharacter(first17))).toMatchObject({ birthDate: '2000-02-29' });
  });

  it('when the birth date is after asOf in Shanghai, then the reason is birth_date', () => {
    const first17 = '31010420250101123';
    const id = first17 + idCardCheckCharacter(first17);
    // 2024-12-31T16:00Z is already 2025-01-01 in Shanghai.
    expect(validateIdCard(id, { asOf: new Date('2024-12-31T16:00:00Z') }).ok).toBe(true);
    expect(validateIdCard(id, { asOf: new Date('2024-12-31T15:59:59Z') })).toEqual({ ok: false, reason: 'birth_date' });
  });

  it("when the standard's 1880 example is checked, then its check digit is right but the birth year is refused", () => {
    expect(idCardCheckCharacter('44052418800101001')).toBe('4');
    expect(validateIdCard('440524188001010014')).toEqual({ ok: false, reason: 'birth_date' });
  });
});

describe('maskIdCard', () => {
  it('when an 18-character number is masked, then the first 3 and last 4 show around 11 stars', () => {
    expect(maskIdCard('11010519491231002x')).toBe('110***********002X');
  });

  it('when the value is too short to keep both ends, then at least 4 characters stay hidden', () => {
    expect(maskIdCard('1234567')).toBe('123****');
  });
});
