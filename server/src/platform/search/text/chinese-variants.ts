import * as OpenCC from 'opencc-js/t2cn';

/**
 * Traditional → simplified Chinese with OpenCC's tables (opencc-js, MIT; dictionaries Apache-2.0),
 * the `t` → `cn` direction only (109 kB). Phrase-aware (乾淨 → 干净, but 乾隆 stays), so it is applied
 * to whole texts, not characters. Most texts here are already simplified: a character set computed
 * once lets those pass without a conversion.
 */
let convert: ((text: string) => string) | null = null;
let traditional: Set<number> | null = null;

function converter(): (text: string) => string {
  const made = convert ?? OpenCC.Converter({ from: 't', to: 'cn' });
  convert = made;
  return made;
}

/** Code points the conversion changes on their own (computed once, ~30k characters, ~0.1 s). */
function traditionalChars(): Set<number> {
  if (traditional) return traditional;
  const conv = converter();
  const set = new Set<number>();
  const ranges: [number, number][] = [
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfaff],
  ];
  for (const [from, to] of ranges) {
    for (let cp = from; cp <= to; cp++) {
      const ch = String.fromCodePoint(cp);
      if (conv(ch) !== ch) set.add(cp);
    }
  }
  traditional = set;
  return set;
}

/** True when `text` holds a character OpenCC would convert to simplified. */
export function hasTraditional(text: string): boolean {
  const set = traditionalChars();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x3400 && set.has(c)) return true;
  }
  return false;
}

/** The simplified form of `text`; text without traditional characters comes back as it is. */
export function toSimplified(text: string): string {
  return hasTraditional(text) ? converter()(text) : text;
}
