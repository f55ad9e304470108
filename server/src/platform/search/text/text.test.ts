import { describe, expect, it } from 'vitest';
import { hasTraditional, toSimplified } from './chinese-variants.js';
import { normalizeQuery } from './normalize.js';
import { pinyinForms } from './pinyin.js';

describe('normalizeQuery', () => {
  it('when the query holds full-width Latin, digits and compatibility forms, then they read as plain ones', () => {
    expect(normalizeQuery('ＥＲＴＯＮＧ　１２３ ﬁ ①')).toBe('ertong 123 fi 1');
  });

  it('when the query is in traditional characters, then it reads as simplified, phrase-aware', () => {
    expect(normalizeQuery('兒童 醫院 乾淨')).toBe('儿童 医院 干净');
    expect(normalizeQuery('乾隆')).toBe('乾隆');
  });

  it('when the query holds control and zero-width characters or runs of space, then they are one space', () => {
    expect(normalizeQuery('  社工\u0000\u200b儿童\n\t ')).toBe('社工 儿童');
  });
});

describe('toSimplified', () => {
  it('when the text is already simplified, then it comes back as the same string', () => {
    const text = '儿童保护评估社会工作者';
    expect(hasTraditional(text)).toBe(false);
    expect(toSimplified(text)).toBe(text);
  });

  it('when the text holds a traditional character, then it is converted', () => {
    expect(hasTraditional('長者')).toBe(true);
    expect(toSimplified('長者關懷')).toBe('长者关怀');
  });
});

describe('pinyinForms', () => {
  it('when a skill is spelt, then each word gives its syllables and initials, and the whole text joined', () => {
    const forms = pinyinForms('儿童保护评估').split(' ');
    expect(forms).toEqual(expect.arrayContaining(['ertong', 'et', 'baohu', 'ertongbaohupinggu', 'etbhpg']));
  });

  it('when a polyphone or a place name is spelt, then it reads as people say it', () => {
    expect(pinyinForms('银行').split(' ')).toContain('yinhang');
    expect(pinyinForms('闵行区').split(' ')).toContain('minhang');
    expect(pinyinForms('长者照护').split(' ')).toContain('zhangzhe');
  });

  it('when the text has no Chinese, then there is nothing to spell', () => {
    expect(pinyinForms('Excel')).toBe('');
  });
});
