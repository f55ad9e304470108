import { describe, expect, it } from 'vitest';
import { mismatchReasons } from './registry-match.js';

const claim = { holderName: '王 丽', level: 'assistant', yearObtained: 2019 };
const entry = { name: '王丽', level: 'assistant', year: 2019 };

describe('mismatchReasons', () => {
  it('when number, name (normalised), level and year match, then nothing stops automatic verification', () => {
    expect(mismatchReasons(claim, entry, true)).toEqual([]);
  });

  it('when only the year differs, then the claim waits with year_mismatch', () => {
    expect(mismatchReasons({ ...claim, yearObtained: 2018 }, entry, true)).toEqual(['year_mismatch']);
  });

  it('when name and level differ, then both reasons are given', () => {
    expect(mismatchReasons({ ...claim, holderName: '王丽华', level: 'senior' }, entry, true)).toEqual([
      'name_mismatch',
      'level_mismatch',
    ]);
  });

  it('when the number is unknown, then it says whether any registry was imported', () => {
    expect(mismatchReasons(claim, null, true)).toEqual(['not_in_registry']);
    expect(mismatchReasons(claim, null, false)).toEqual(['registry_not_imported']);
  });

  it('when the record has no name, then it waits with no_holder_name', () => {
    expect(mismatchReasons({ ...claim, holderName: '' }, entry, true)).toEqual(['no_holder_name']);
  });
});
