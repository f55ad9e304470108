import { describe, expect, it } from 'vitest';
import { maskEmail, maskMiddle, maskName, maskPhone } from './masking.js';

describe('maskPhone', () => {
  it('when a mobile number is masked, then the middle four digits are starred', () => {
    expect(maskPhone('13812348000')).toBe('138****8000');
  });

  it('when the number has +86 and spaces, then it is masked in its bare form', () => {
    expect(maskPhone('+86 138 1234 8000')).toBe('138****8000');
  });

  it('when the number is a landline, then first 3 and last 4 show and the rest is starred', () => {
    expect(maskPhone('021-62345678')).toBe('021*****5678');
  });

  it('when the number is 8 digits, then the end shrinks so 4 stay hidden', () => {
    expect(maskPhone('91234567')).toBe('912****7');
  });
});

describe('maskEmail', () => {
  it('when an address is masked, then the first letter and the domain show with three stars', () => {
    expect(maskEmail('zhangsan@example.com')).toBe('z***@example.com');
  });

  it('when the local part is one letter, then it still shows three stars so the length is hidden', () => {
    expect(maskEmail('a@qq.com')).toBe('a***@qq.com');
  });

  it('when the value is not an address, then it is starred whole', () => {
    expect(maskEmail('not-an-email')).toBe('***');
    expect(maskEmail('@qq.com')).toBe('***');
  });
});

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['王小明', '王**'],
    ['欧阳娜娜', '欧***'],
    ['买买提·艾力', '买**·**'],
    ['Anna Smith', 'A*** *****'],
    ['李', '*'],
    ['', ''],
    ['𠮷野家', '𠮷**'],
  ])('when %s is masked, then it reads %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});

describe('maskMiddle', () => {
  it('when the value is shorter than the minimum hidden, then all of it is starred', () => {
    expect(maskMiddle('abc', 1, 1)).toBe('***');
  });
});
