import { describe, expect, it } from 'vitest';
import { editDistance, typoBudget, typoCost } from './typo.js';

describe('typoBudget', () => {
  it('when a Latin word has 4, 5 or 9 letters, then it may carry 0, 1 or 2 typos', () => {
    expect(typoBudget('abcd')).toBe(0);
    expect(typoBudget('abcde')).toBe(1);
    expect(typoBudget('lujiazhui')).toBe(2);
  });

  it('when a word is Chinese, then it may carry no typo whatever its length', () => {
    expect(typoBudget('社会工作者协会')).toBe(0);
  });
});

describe('editDistance', () => {
  it('when two neighbouring letters are swapped, then that is one edit', () => {
    expect(editDistance('pyhton', 'python', 2, false)).toBe(1);
  });

  it('when the distance exceeds the maximum, then it reports max + 1', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2, false)).toBe(3);
  });

  it('when matching a prefix, then the closest prefix of the term counts', () => {
    expect(editDistance('pythn', 'pythonista', 1, true)).toBe(1);
    expect(editDistance('pythn', 'pythonista', 1, false)).toBe(2);
  });
});

describe('typoCost', () => {
  it('when the first letter differs, then it costs two typos and needs a budget of two', () => {
    expect(typoCost('caturday', 'saturday', 1, false)).toBe(-1);
    expect(typoCost('lujiazuii', 'kujiazuii', 2, false)).toBe(2);
  });

  it('when a later letter differs, then it costs one typo', () => {
    expect(typoCost('sevem', 'seven', 1, false)).toBe(1);
  });
});
