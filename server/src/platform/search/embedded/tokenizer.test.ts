import { describe, expect, it } from 'vitest';
import { HARD_SEPARATOR_GAP, normalizeTerm, queryTerms, tokenize } from './tokenizer.js';

describe('tokenize', () => {
  it('when text mixes Chinese and Latin, then Chinese is segmented into words and Latin is lower-cased', () => {
    expect(tokenize('医务社工Python数据分析').tokens.map((t) => t.term)).toEqual([
      '医务',
      '社工',
      'python',
      '数据',
      '分析',
    ]);
  });

  it('when a word is found, then its offsets point at the original text', () => {
    const text = '熟悉 Excel、SPSS';
    for (const t of tokenize(text).tokens) expect(normalizeTerm(text.slice(t.start, t.end))).toBe(t.term);
  });

  it('when a sentence ends, then the next word is a hard-separator gap away', () => {
    const positions = tokenize('养老 服务。社区 工作').tokens.map((t) => t.position);
    expect(positions).toEqual([0, 1, 1 + HARD_SEPARATOR_GAP, 2 + HARD_SEPARATOR_GAP]);
  });

  it('when Latin carries accents or full-width forms, then they fold to plain lower case', () => {
    expect(normalizeTerm('Café')).toBe('cafe');
    expect(normalizeTerm('ＰＹＴＨＯＮ')).toBe('python');
  });

  it('when punctuation, quotes or HTML surround words, then only the words are kept', () => {
    expect(queryTerms('"社工" OR <b>养老</b>')).toEqual(['社工', 'or', 'b', '养老', 'b']);
  });

  it('when a query has more than ten words, then only the first ten count', () => {
    expect(queryTerms('a b c d e f g h i j k l')).toHaveLength(10);
  });
});
