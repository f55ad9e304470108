import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import { FileProblem, type Pace, passThrough, type ReadLimits } from './registry-file.js';

/** Below this many unpacked bytes a part's compression ratio is not judged (tiny parts compress oddly). */
const RATIO_FLOOR_BYTES = 1024 * 1024;
/** Entries of a workbook's zip looked at; Excel writes about a dozen. */
const MAX_ENTRIES = 10_000;

/** Unpacked bytes so far in one pass over the workbook, against the limits. */
export class Budget {
  unpacked = 0;
  declared = 0;
  constructor(
    readonly limits: ReadLimits,
    readonly pace: Pace,
  ) {}

  /** Refuses a part whose declared size alone breaks a limit, before unpacking any of it. */
  declare(entry: yauzl.Entry): void {
    this.declared += entry.uncompressedSize;
    if (this.declared > this.limits.maxUnpackedBytes) throw this.tooLarge();
    if (
      entry.uncompressedSize > RATIO_FLOOR_BYTES &&
      entry.uncompressedSize / Math.max(1, entry.compressedSize) > this.limits.maxCompressionRatio
    ) {
      throw this.ratio();
    }
  }

  /** Counts bytes as they are inflated: a zip's declared sizes can lie. */
  take(entry: yauzl.Entry, inflated: number, added: number): void {
    this.unpacked += added;
    if (this.unpacked > this.limits.maxUnpackedBytes) throw this.tooLarge();
    if (inflated > RATIO_FLOOR_BYTES && inflated / Math.max(1, entry.compressedSize) > this.limits.maxCompressionRatio)
      throw this.ratio();
  }

  private tooLarge() {
    return new FileProblem(
      'unpacked_too_large',
      `the workbook unpacks to more than ${Math.round(this.limits.maxUnpackedBytes / 1024 / 1024)} MB`,
    );
  }

  private ratio() {
    return new FileProblem(
      'compression_too_high',
      `a part of the workbook is compressed more than ${this.limits.maxCompressionRatio}-fold`,
    );
  }
}

/** One part of the zip, inflated piece by piece against the budget. */
export async function* entryBytes(zip: yauzl.ZipFile, entry: yauzl.Entry, budget: Budget): AsyncGenerator<Buffer> {
  if (entry.isEncrypted()) throw new FileProblem('unreadable_file', 'the workbook is encrypted');
  budget.declare(entry);
  let stream: Readable | undefined;
  let inflated = 0;
  try {
    stream = await zip.openReadStreamPromise(entry);
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      budget.take(entry, inflated, chunk.length);
      await budget.pace();
      yield chunk;
    }
  } catch (err) {
    if (passThrough(err)) throw err;
    // Inflating failed, or produced more than the entry declared (yauzl checks as bytes arrive).
    throw new FileProblem('unreadable_file', 'the workbook is damaged');
  } finally {
    stream?.destroy();
  }
}

/** The zip's directory: the workbook's XML parts by name (nothing is inflated yet). */
export async function openZip(bytes: Buffer): Promise<{ zip: yauzl.ZipFile; parts: Map<string, yauzl.Entry> }> {
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(bytes, {
      lazyEntries: true,
      autoClose: false,
      validateEntrySizes: true,
      strictFileNames: false,
    });
  } catch {
    throw new FileProblem('unreadable_file', 'not a readable XLSX file');
  }
  const parts = new Map<string, yauzl.Entry>();
  let seen = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      seen += 1;
      if (seen > MAX_ENTRIES) throw new FileProblem('unreadable_file', 'not a workbook: too many parts');
      if (/^xl\/.*\.(xml|rels)$/.test(entry.fileName)) parts.set(entry.fileName, entry);
    }
  } catch (err) {
    zip.close();
    if (err instanceof FileProblem) throw err;
    throw new FileProblem('unreadable_file', 'not a readable XLSX file');
  }
  return { zip, parts };
}
