import { describe, expect, it } from 'vitest';
import {
  creditCodeAuthorities,
  generateCreditCode,
  organisationCodeCheckCharacter,
  validateCreditCode,
} from './credit-code.js';

/** Small deterministic PRNG (mulberry32) so generated codes are repeatable. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Printed on published business licences; each was checked here against both check characters.
const realCodes = [
  '914403001922038216', // 华为技术有限公司 (Shenzhen)
  '91440300708461136T', // 深圳市腾讯计算机系统有限公司
  '91110000802100433B', // 北京百度网讯科技有限公司
  '91330100716105852F', // 阿里巴巴（中国）有限公司
  '91310115MA1K3BTP2B', // a Pudong (310115) company with a letter-bearing MA organisation code
  '9131012056010553X5', // organisation-code check character X
  '121200004013590816', // 机构编制 / 事业单位 (Tianjin)
];

describe('validateCreditCode', () => {
  it.each(realCodes)('when the published code %s is checked, then it is valid', (code) => {
    expect(validateCreditCode(code)).toEqual({ ok: true, code });
  });

  it('when the code is typed in lower case with spaces, then it is accepted and returned upper-case', () => {
    expect(validateCreditCode(' 91310115 ma1k3btp2b ')).toEqual({ ok: true, code: '91310115MA1K3BTP2B' });
  });

  it('when the last character is changed, then the check character fails', () => {
    expect(validateCreditCode('914403001922038217')).toEqual({ ok: false, reason: 'check_character' });
    expect(validateCreditCode('91440300708461136U')).toEqual({ ok: false, reason: 'check_character' });
  });

  it('when a digit of the organisation code is changed, then its GB 11714 check fails first', () => {
    expect(validateCreditCode('914403001922039216')).toEqual({ ok: false, reason: 'organisation_code_check' });
  });

  it('when two adjacent characters are swapped, then the code is rejected', () => {
    expect(validateCreditCode('914403001922032816').ok).toBe(false);
  });

  it('when the code is 17 or 19 characters long, then the reason is length', () => {
    expect(validateCreditCode('91440300192203821')).toEqual({ ok: false, reason: 'length' });
    expect(validateCreditCode('9144030019220382160')).toEqual({ ok: false, reason: 'length' });
  });

  it('when the code holds I, O, Z, S or V, or a letter in the administrative code, then the reason is charset', () => {
    for (const bad of ['91440300192203821I', '9144030019220382O6', '914403001922038Z16', '9S4403001922038216']) {
      expect(validateCreditCode(bad)).toEqual({ ok: false, reason: 'charset' });
    }
    expect(validateCreditCode('9144A3001922038216')).toEqual({ ok: false, reason: 'charset' });
  });

  it('when the first character is not a registration authority, then the reason is registration_authority', () => {
    expect(validateCreditCode('B14403001922038216')).toEqual({ ok: false, reason: 'registration_authority' });
  });

  it('when the authority does not issue that organisation type, then the reason is organisation_type', () => {
    // 工商 issues only 1 (企业), 2 (个体工商户) and 3 (农民专业合作社).
    expect(validateCreditCode('94440300192203821X')).toEqual({ ok: false, reason: 'organisation_type' });
    expect(validateCreditCode('Y2440300192203821X')).toEqual({ ok: false, reason: 'organisation_type' });
  });
});

describe('organisationCodeCheckCharacter', () => {
  it('when the body is 19220382, then the check is 1 (Σ = 164, 164 mod 11 = 10, 11 − 10 = 1)', () => {
    expect(organisationCodeCheckCharacter('19220382')).toBe('1');
  });

  it('when 11 − (Σ mod 11) is 10, then the check is X', () => {
    expect(organisationCodeCheckCharacter('56010553')).toBe('X');
  });

  it('when the body is all zeros, then 11 − 0 = 11 maps to 0', () => {
    expect(organisationCodeCheckCharacter('00000000')).toBe('0');
  });
});

describe('generateCreditCode', () => {
  it('when the rng always returns 0, then the code is the hand-worked 52310115000000000R', () => {
    // Σ = 5·1 + 2·3 + 3·9 + 1·27 + 0·19 + 1·26 + 1·16 + 5·17 = 192; 192 mod 31 = 6; 31 − 6 = 25 → R.
    expect(generateCreditCode(() => 0, { authority: '5', type: '2', districtCode: '310115' })).toBe(
      '52310115000000000R',
    );
  });

  it('when codes are generated for every authority and type, then each one validates with its prefix', () => {
    const rng = seeded(2022);
    for (const [authority, { types }] of Object.entries(creditCodeAuthorities)) {
      for (const type of Object.keys(types)) {
        for (let i = 0; i < 20; i++) {
          const code = generateCreditCode(rng, {
            authority: authority as keyof typeof creditCodeAuthorities,
            type,
            districtCode: '310104',
          });
          expect(validateCreditCode(code)).toEqual({ ok: true, code });
          expect(code.slice(0, 8)).toBe(`${authority}${type}310104`);
        }
      }
    }
  });

  it('when the rng returns values just below 1, then the body uses the last alphabet character Y', () => {
    const code = generateCreditCode(() => 0.999_999_9, { authority: '9', type: '1', districtCode: '310000' });
    expect(code.slice(8, 16)).toBe('YYYYYYYY');
    expect(validateCreditCode(code).ok).toBe(true);
  });

  it('when the authority does not issue the type or the district is not 6 digits, then it throws', () => {
    expect(() => generateCreditCode(Math.random, { authority: '9', type: '9', districtCode: '310000' })).toThrow(
      RangeError,
    );
    expect(() => generateCreditCode(Math.random, { authority: '5', type: '1', districtCode: '3100' })).toThrow(
      RangeError,
    );
  });
});
