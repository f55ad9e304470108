import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import {
  FileProblem,
  isEmptyRow,
  MAX_COLUMNS,
  type Pace,
  type ReadLimits,
  RowCounter,
  type RowSource,
} from './registry-file.js';

/**
 * The parser refuses a record longer than this many characters before holding more of it: a
 * missing closing quote or a file without line breaks would otherwise make one record of the
 * whole file. Generous for four cells of 500 characters and a few extra columns.
 */
const MAX_RECORD_CHARS = 64 * 1024;

/** Streams a CSV's rows from its chunks: the parser holds one record at a time, never the file. */
export function readCsvRows(
  chunks: AsyncIterable<Buffer>,
  fileBytes: number,
  limits: ReadLimits,
  pace: Pace = async () => undefined,
): RowSource {
  let read = 0;
  async function* counted() {
    for await (const chunk of chunks) {
      read += chunk.length;
      await pace();
      yield chunk;
    }
  }
  async function* rows() {
    const parser = parse({
      bom: true,
      relax_column_count: true,
      trim: true,
      skip_empty_lines: true,
      max_record_size: MAX_RECORD_CHARS,
      info: true,
    });
    const piped = pipeline(Readable.from(counted()), parser);
    // The pipeline's own rejection is reported through the parser's iterator below.
    piped.catch(() => undefined);
    const counter = new RowCounter(limits.maxRows);
    let lastLine = 1;
    try {
      for await (const item of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
        const row = item.info.lines;
        lastLine = row;
        const cells = item.record.slice(0, MAX_COLUMNS);
        if (isEmptyRow(cells)) continue;
        counter.count(row);
        const tooLong: number[] = [];
        cells.forEach((cell, i) => {
          if (cell.length > limits.maxCellChars) {
            tooLong.push(i);
            cells[i] = '';
          }
        });
        yield { row, cells, tooLong };
      }
    } catch (err) {
      if (err instanceof CsvError) {
        if (err.code === 'CSV_MAX_RECORD_SIZE') {
          throw new FileProblem(
            'cell_too_long',
            `a record after line ${lastLine} is longer than ${MAX_RECORD_CHARS} characters`,
            lastLine + 1,
          );
        }
        throw new FileProblem('unreadable_file', `not a readable CSV file near line ${lastLine + 1}`, lastLine + 1);
      }
      throw err;
    } finally {
      parser.destroy();
    }
  }
  return { rows: rows(), share: () => (fileBytes > 0 ? Math.min(1, read / fileBytes) : 1) };
}
