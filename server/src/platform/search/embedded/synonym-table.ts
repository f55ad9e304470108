import { tokenize } from './tokenizer.js';

/** Query words, tokenized the same way as documents, joined into one lookup key. */
function keyOf(terms: readonly string[]): string {
  return terms.join(' ');
}

function termsOf(text: string): string[] {
  return tokenize(text).tokens.map((t) => t.term);
}

/**
 * Synonyms as word sequences: a key of up to three words maps to phrases whose words must appear
 * next to each other. One-way, as declared (Meilisearch's semantics).
 */
export class SynonymTable {
  static readonly MAX_KEY_WORDS = 3;
  private readonly map = new Map<string, string[][]>();

  constructor(synonyms: Readonly<Record<string, readonly string[]>>) {
    for (const [key, values] of Object.entries(synonyms)) {
      const keyTerms = termsOf(key);
      if (keyTerms.length === 0 || keyTerms.length > SynonymTable.MAX_KEY_WORDS) continue;
      const phrases = this.map.get(keyOf(keyTerms)) ?? [];
      for (const value of values) {
        const terms = termsOf(value);
        if (terms.length > 0 && keyOf(terms) !== keyOf(keyTerms)) phrases.push(terms);
      }
      this.map.set(keyOf(keyTerms), phrases);
    }
  }

  /** Phrases standing for the query words `words[from..to)`. */
  lookup(words: readonly string[], from: number, to: number): readonly string[][] {
    return this.map.get(keyOf(words.slice(from, to))) ?? [];
  }
}
