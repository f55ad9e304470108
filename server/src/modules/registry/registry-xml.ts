import { SaxesParser } from 'saxes';
import { FileProblem, passThrough } from './registry-file.js';

/**
 * The most bytes allowed between two `<` in a part of the workbook. The XML parser holds a text
 * node, tag or attribute whole until it ends, so this bounds what it holds: a cell of 500
 * characters is at most ~5 KB even written as numeric character references, while a crafted sheet
 * whose one cell inflates to hundreds of megabytes stops here, after 16 KB.
 */
export const MAX_TOKEN_BYTES = 16 * 1024;

/** A tag's name without its namespace prefix (`x:row` → `row`): producers differ. */
export const localName = (name: string) => name.slice(name.indexOf(':') + 1);

export interface XmlTag {
  name: string;
  attributes: Record<string, string>;
}

export interface XmlHandlers {
  open(tag: XmlTag): void;
  close(name: string): void;
  text(text: string): void;
}

/**
 * Feeds a part of the workbook through a streaming XML parser, chunk by chunk, checking the bytes
 * between tags before the parser sees them. `after` runs after each chunk (to hand over what the
 * handlers collected); `row` says where a problem is reported.
 */
export async function* parseXml<T>(
  bytes: AsyncIterable<Buffer>,
  handlers: XmlHandlers,
  after: () => Iterable<T>,
  row: () => number,
): AsyncGenerator<T> {
  const parser = new SaxesParser({ xmlns: false, position: false });
  parser.on('opentag', (tag) =>
    handlers.open({ name: localName(tag.name), attributes: tag.attributes as Record<string, string> }),
  );
  parser.on('closetag', (tag) => handlers.close(localName(tag.name)));
  parser.on('text', (text) => handlers.text(text));
  parser.on('cdata', (text) => handlers.text(text));
  const decoder = new TextDecoder('utf-8');
  let sinceMarkup = 0;
  const guard = (chunk: Buffer) => {
    let from = 0;
    for (;;) {
      const at = chunk.indexOf(0x3c, from);
      const run = sinceMarkup + (at < 0 ? chunk.length : at) - from;
      if (run > MAX_TOKEN_BYTES) {
        throw new FileProblem(
          'cell_too_long',
          `more than ${MAX_TOKEN_BYTES} bytes in one cell or tag: far over the cell limit`,
          row(),
        );
      }
      if (at < 0) {
        sinceMarkup = run;
        return;
      }
      sinceMarkup = 0;
      from = at + 1;
    }
  };
  try {
    for await (const chunk of bytes) {
      guard(chunk);
      parser.write(decoder.decode(chunk, { stream: true }));
      yield* after();
    }
    parser.write(decoder.decode());
    parser.close();
    yield* after();
  } catch (err) {
    if (passThrough(err)) throw err;
    throw new FileProblem('unreadable_file', 'the workbook is not well-formed XML', row());
  }
}
