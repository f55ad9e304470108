import { describe, expect, it } from 'vitest';
import { isMainlandMobile, normaliseMobile, parseMainlandMobile } from './phone.js';

describe('mainland mobile numbers', () => {
  it.each([
    ['13812348000', '13812348000'],
    ['+86 138 1234 8000', '13812348000'],
    ['+86-138-1234-8000', '13812348000'],
    ['0086 19912345678', '19912345678'],
    ['8615012345678', '15012345678'],
    ['(+86) 138 1234 8000', '13812348000'],
    ['１３８１２３４８０００', '13812348000'],
  ])('when %s is typed, then it normalises to %s and is valid', (input, bare) => {
    expect(normaliseMobile(input)).toBe(bare);
    expect(isMainlandMobile(input)).toBe(true);
    expect(parseMainlandMobile(input)).toBe(bare);
  });

  it.each([
    '12812348000', // second digit 2
    '1381234800', // 10 digits
    '138123480001', // 12 digits
    '021-62345678', // Shanghai landline
    '+85291234567', // Hong Kong
    '+86 1381234800', // country code with too few digits left
    '',
  ])('when %s is typed, then it is not a mainland mobile', (input) => {
    expect(isMainlandMobile(input)).toBe(false);
    expect(parseMainlandMobile(input)).toBeNull();
  });
});
