import { describe, expect, it } from 'vitest';
import { buildFilter, filterCondition, quoteFilterValue } from './meilisearch-filter.js';

/**
 * Meilisearch's reading of a double-quoted literal (filter-parser `quoted_by`, then `unescape` of
 * the quote, then the general un-escaper for `\\`): used to prove every value survives the trip.
 */
function meilisearchUnquote(literal: string): { value: string; rest: string } {
  expect(literal.startsWith('"')).toBe(true);
  let i = 1;
  while (i < literal.length && literal[i] !== '"') i += literal[i] === '\\' ? 2 : 1;
  const inner = literal.slice(1, i);
  return { value: inner.replaceAll('\\"', '"').replaceAll('\\\\', '\\'), rest: literal.slice(i + 1) };
}

describe('quoteFilterValue', () => {
  const hostile = [
    'plain',
    'with "quotes"',
    'back\\slash',
    'ends with backslash\\',
    '\\"',
    '" OR district = "310104',
    "it's",
    'a\\nb (not a newline)',
    '社工 AND 1=1',
    'x'.repeat(1000),
  ];

  it.each(hostile)('when the value is %j, then Meilisearch reads back exactly that value and nothing after it', (v) => {
    const { value, rest } = meilisearchUnquote(quoteFilterValue(v));
    expect(value).toBe(v);
    expect(rest).toBe('');
  });

  it('when a number is not finite, then it is refused', () => {
    expect(() => quoteFilterValue(Number.NaN)).toThrow();
    expect(() => quoteFilterValue(Number.POSITIVE_INFINITY)).toThrow();
  });

  it('when values are numbers or booleans, then they are written as quoted literals', () => {
    expect(quoteFilterValue(8000)).toBe('"8000"');
    expect(quoteFilterValue(-1.5)).toBe('"-1.5"');
    expect(quoteFilterValue(true)).toBe('"true"');
  });
});

describe('filterCondition', () => {
  it('when filtering by several values, then it is one IN list', () => {
    expect(filterCondition({ field: 'district', op: 'in', values: ['310104', '310115'] })).toBe(
      'district IN ["310104", "310115"]',
    );
  });

  it('when excluding values, then it is NOT IN', () => {
    expect(filterCondition({ field: 'certificate', op: 'not_in', values: ['none'] })).toBe(
      'certificate NOT IN ["none"]',
    );
  });

  it('when a range has both bounds, then it is one TO condition; one bound gives a comparison', () => {
    expect(filterCondition({ field: 'salaryMin', op: 'range', min: 5000, max: 9000 })).toBe(
      'salaryMin "5000" TO "9000"',
    );
    expect(filterCondition({ field: 'salaryMin', op: 'range', min: 5000 })).toBe('salaryMin >= "5000"');
    expect(filterCondition({ field: 'salaryMin', op: 'range', max: 9000 })).toBe('salaryMin <= "9000"');
    expect(filterCondition({ field: 'salaryMin', op: 'range' })).toBeNull();
  });

  it('when the attribute name is not a plain word, then it is refused rather than spliced in', () => {
    expect(() => filterCondition({ field: 'a = 1 OR b', op: 'in', values: ['x'] })).toThrow();
    expect(() => filterCondition({ field: 'district"', op: 'in', values: ['x'] })).toThrow();
  });

  it('when the list is empty, then IN [] matches nothing and NOT IN [] everything', () => {
    expect(filterCondition({ field: 'district', op: 'in', values: [] })).toBe('district IN []');
    expect(filterCondition({ field: 'district', op: 'not_in', values: [] })).toBe('district NOT IN []');
  });
});

describe('buildFilter', () => {
  it('when several filters are given, then each is its own AND-ed array element', () => {
    expect(
      buildFilter([
        { field: 'domains', op: 'in', values: ['elderly_care'] },
        { field: 'salaryMin', op: 'range', min: 1 },
      ]),
    ).toEqual(['domains IN ["elderly_care"]', 'salaryMin >= "1"']);
  });

  it('when nothing filters, then there is no filter at all', () => {
    expect(buildFilter([])).toBeUndefined();
    expect(buildFilter([{ field: 'salaryMin', op: 'range' }])).toBeUndefined();
  });
});
