import type yauzl from 'yauzl';
import {
  FileProblem,
  isEmptyRow,
  MAX_COLUMNS,
  type Pace,
  type ReadLimits,
  RowCounter,
  type RowSource,
  type SheetRow,
} from './registry-file.js';
import { localName, parseXml, type XmlTag } from './registry-xml.js';
import { Budget, entryBytes, openZip } from './registry-zip.js';

/** Distinct texts kept for the sheet's lookups; a registry of 200,000 rows has fewer than a million. */
const MAX_SHARED_STRINGS = 1_000_000;

/** A shared text over the cell limit: kept as a marker, reported where a row uses it. */
const TOO_LONG = null;

type SharedStrings = (string | typeof TOO_LONG)[];

/** Collects everything a pass over one small part yields (the workbook and its relationships). */
async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

const resolvePart = (target: string) =>
  target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`.replace(/[^/]+\/\.\.\//g, '');

/** Where the first sheet and the shared strings are, from the workbook and its relationships. */
async function locateParts(zip: yauzl.ZipFile, parts: Map<string, yauzl.Entry>, budget: Budget) {
  const workbook = parts.get('xl/workbook.xml');
  const rels = parts.get('xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) throw new FileProblem('unreadable_file', 'not an XLSX workbook');
  let firstSheetRel: string | undefined;
  await collect(
    parseXml<never>(
      entryBytes(zip, workbook, budget),
      {
        open: (tag) => {
          if (tag.name !== 'sheet' || firstSheetRel !== undefined) return;
          const key = Object.keys(tag.attributes).find((k) => k.includes(':') && localName(k) === 'id');
          firstSheetRel = key ? tag.attributes[key] : undefined;
        },
        close: () => undefined,
        text: () => undefined,
      },
      () => [],
      () => 0,
    ),
  );
  const targets = new Map<string, string>();
  let sharedStrings: string | undefined;
  await collect(
    parseXml<never>(
      entryBytes(zip, rels, budget),
      {
        open: (tag: XmlTag) => {
          if (tag.name !== 'Relationship') return;
          const { Id: id, Target: target, Type: type } = tag.attributes;
          if (!target) return;
          if (id) targets.set(id, resolvePart(target));
          if (type?.endsWith('/sharedStrings')) sharedStrings = resolvePart(target);
        },
        close: () => undefined,
        text: () => undefined,
      },
      () => [],
      () => 0,
    ),
  );
  const sheet = parts.get((firstSheetRel && targets.get(firstSheetRel)) ?? 'xl/worksheets/sheet1.xml');
  if (!sheet) throw new FileProblem('unreadable_file', 'the workbook has no sheet');
  return { sheet, sharedStrings: parts.get(sharedStrings ?? 'xl/sharedStrings.xml') };
}

/** The shared text table: each `<si>`'s `<t>` runs joined (phonetic runs left out), over-long ones marked. */
async function readSharedStrings(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  budget: Budget,
  maxCellChars: number,
): Promise<SharedStrings> {
  const table: SharedStrings = [];
  let current = '';
  let tooLong = false;
  let inText = false;
  let phonetic = 0;
  const handlers = {
    open: (tag: XmlTag) => {
      if (tag.name === 'si') {
        current = '';
        tooLong = false;
      } else if (tag.name === 'rPh') phonetic += 1;
      else if (tag.name === 't' && phonetic === 0) inText = true;
    },
    close: (name: string) => {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'si') {
        if (table.length >= MAX_SHARED_STRINGS)
          throw new FileProblem('unpacked_too_large', `more than ${MAX_SHARED_STRINGS} distinct texts`);
        table.push(tooLong ? TOO_LONG : current);
      }
    },
    text: (text: string) => {
      if (!inText || tooLong) return;
      current += text;
      if (current.length > maxCellChars) {
        tooLong = true;
        current = '';
      }
    },
  };
  await collect(
    parseXml<never>(
      entryBytes(zip, entry, budget),
      handlers,
      () => [],
      () => 0,
    ),
  );
  return table;
}

/** Column index from a cell reference (`C12` → 2), or undefined without one. */
function columnOf(ref: string | undefined): number | undefined {
  if (!ref) return undefined;
  let col = 0;
  for (const ch of ref) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  return col > 0 ? col - 1 : undefined;
}

/** The first sheet's rows, streamed: only the current row's cells are held. */
function sheetRows(
  zip: yauzl.ZipFile,
  entry: yauzl.Entry,
  budget: Budget,
  shared: SharedStrings,
  limits: ReadLimits,
): AsyncGenerator<SheetRow> {
  const done: SheetRow[] = [];
  const counter = new RowCounter(limits.maxRows);
  let rowNo = 0;
  let inRow = false;
  let cells: string[] = [];
  let tooLong = new Set<number>();
  let col = -1;
  let type = '';
  let value = '';
  let valueTooLong = false;
  let inValue = false;
  let phonetic = 0;
  const handlers = {
    open: (tag: XmlTag) => {
      switch (tag.name) {
        case 'row':
          rowNo = Number(tag.attributes.r) || rowNo + 1;
          inRow = true;
          cells = [];
          tooLong = new Set();
          col = -1;
          break;
        case 'c':
          col = columnOf(tag.attributes.r) ?? col + 1;
          type = tag.attributes.t ?? 'n';
          value = '';
          valueTooLong = false;
          break;
        case 'v':
          inValue = true;
          break;
        case 't':
          if (type === 'inlineStr' && phonetic === 0) inValue = true;
          break;
        case 'rPh':
          phonetic += 1;
          break;
      }
    },
    close: (name: string) => {
      switch (name) {
        case 'v':
        case 't':
          inValue = false;
          break;
        case 'rPh':
          phonetic -= 1;
          break;
        case 'c': {
          if (col < 0 || col >= MAX_COLUMNS) break;
          let text: string | typeof TOO_LONG = value;
          if (valueTooLong) text = TOO_LONG;
          else if (type === 's') {
            const index = Number(value);
            text = Number.isInteger(index) && index >= 0 && index < shared.length ? (shared[index] ?? TOO_LONG) : '';
          } else if (type === 'b') text = value === '1' ? 'TRUE' : 'FALSE';
          if (text === TOO_LONG) {
            tooLong.add(col);
            cells[col] = '';
          } else cells[col] = text.trim();
          break;
        }
        case 'row': {
          inRow = false;
          const row = { row: rowNo, cells: Array.from(cells, (c) => c ?? ''), tooLong: [...tooLong] };
          if (isEmptyRow(row.cells) && row.tooLong.length === 0) break;
          counter.count(rowNo);
          done.push(row);
          break;
        }
      }
    },
    text: (text: string) => {
      if (!inValue || valueTooLong) return;
      value += text;
      if (value.length > limits.maxCellChars) {
        valueTooLong = true;
        value = '';
      }
    },
  };
  return parseXml<SheetRow>(
    entryBytes(zip, entry, budget),
    handlers,
    () => done.splice(0),
    () => (inRow ? rowNo : rowNo + 1),
  );
}

/**
 * Streams the first sheet of an XLSX without loading the workbook: the zip is unpacked part by
 * part (at most the limits' bytes, at most their ratio, counted as they inflate), the shared texts
 * are read into a table of at most a million short strings, then the sheet row by row.
 */
export function readXlsxRows(bytes: Buffer, limits: ReadLimits, pace: Pace = async () => undefined): RowSource {
  let total = 0;
  let budget: Budget | undefined;
  async function* rows(): AsyncGenerator<SheetRow> {
    const { zip, parts } = await openZip(bytes);
    try {
      budget = new Budget(limits, pace);
      const located = await locateParts(zip, parts, budget);
      total = budget.declared + located.sheet.uncompressedSize + (located.sharedStrings?.uncompressedSize ?? 0);
      const shared = located.sharedStrings
        ? await readSharedStrings(zip, located.sharedStrings, budget, limits.maxCellChars)
        : [];
      yield* sheetRows(zip, located.sheet, budget, shared, limits);
    } finally {
      zip.close();
    }
  }
  return { rows: rows(), share: () => (budget && total > 0 ? Math.min(1, budget.unpacked / total) : 0) };
}
