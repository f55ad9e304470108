import fs from 'node:fs';
import { registryImportLimits } from '@shsw/shared';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bureau } from '../factories/actors.js';
import { importRegistry, registryCsv } from '../factories/registry.js';
import { buildZip, repeat, sheetXml, workbookParts } from '../factories/xlsx.js';
import { startTestApp, type TestApp } from '../setup/test-app.js';
import type { TestClient } from '../setup/test-client.js';

let app: TestApp;
let b: TestClient;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '0' });
  b = await bureau(app);
});
afterAll(async () => {
  await app?.close();
});

const registryCount = () => mongoose.connection.collection('certificate_registry').countDocuments();
const chunkCount = () => mongoose.connection.collection('registry_import_chunks').countDocuments();
const codes = (job: { errors: { row: number; column: string; code: string }[] }) =>
  job.errors.map((e) => `${e.row}:${e.column}:${e.code}`);
const MB = 1024 * 1024;

/** Peak resident memory of this process (the app runs in it), reset to now; null where Linux cannot. */
function resetPeakRss(): number | null {
  try {
    fs.writeFileSync('/proc/self/clear_refs', '5');
    return peakRss();
  } catch {
    return null;
  }
}
const peakRss = () => Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1]) * 1024;

const header =
  '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const footer = '</sheetData></worksheet>';

describe('the limits of a registry file', () => {
  // First in the file, so the peak memory they measure is their own.
  const filler = Buffer.alloc(MB, 'A');
  /** A sheet whose second row's one cell is `mb` megabytes of one letter (a zip bomb of ~1,000:1). */
  const bombSheet = (mb: number) => [
    header,
    '<row r="1">',
    ...['name', 'number', 'level', 'year'].map((h) => `<c t="inlineStr"><is><t>${h}</t></is></c>`),
    '</row><row r="2"><c r="A2" t="inlineStr"><is><t>',
    ...repeat(filler, mb),
    `</t></is></c></row>${footer}`,
  ];

  it('when an XLSX of 250 KB says its sheet unpacks to 256 MB, then it is refused before anything is inflated', async () => {
    const bomb = await buildZip(workbookParts({ content: bombSheet(256) }));
    expect(bomb.length).toBeLessThan(MB);
    const peakBefore = resetPeakRss();
    const job = await importRegistry(b, bomb, 'bomb.xlsx');
    expect(job).toMatchObject({ status: 'failed', checkedRows: 0 });
    expect(codes(job)).toEqual(['0::unpacked_too_large']);
    if (peakBefore !== null) expect(peakRss() - peakBefore).toBeLessThan(150 * MB);
  });

  it('when an XLSX understates its sheet, whose one cell then inflates to hundreds of MB, then it fails as a too-long cell and memory stays bounded', async () => {
    // 20 MB declared (within the limits, at a ratio under 100); 256 MB in fact.
    const bomb = await buildZip(workbookParts({ content: bombSheet(256), declaredSize: 20 * MB }));
    const before = await registryCount();
    const peakBefore = resetPeakRss();
    const job = await importRegistry(b, bomb, 'bomb.xlsx');
    expect(job.status).toBe('failed');
    expect(codes(job)).toEqual(['2::cell_too_long']);
    expect(await registryCount()).toBe(before);
    // Unpacked whole, the cell alone is 256 MB (as a string, twice that): the reader holds 16 KB of it.
    if (peakBefore !== null) expect(peakRss() - peakBefore).toBeLessThan(150 * MB);
    expect(await chunkCount()).toBe(0);
  });

  it('when a sheet is compressed far more than any spreadsheet, then it is refused on the ratio before it is inflated', async () => {
    // One row of millions of identical short cells: 50 MB (under the size limit), ~1,000-fold.
    const cells = Buffer.from('<c><v>1</v></c>'.repeat(4096));
    const zip = await buildZip(
      workbookParts({ content: [header, '<row r="1">', ...repeat(cells, 850), `</row>${footer}`] }),
    );
    const job = await importRegistry(b, zip, 'dense.xlsx');
    expect(job).toMatchObject({ status: 'failed', checkedRows: 0 });
    expect(codes(job)).toEqual(['0::compression_too_high']);
  });

  it('when a zip understates a part that then inflates past it, then the file is refused as damaged as the bytes arrive', async () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => [
      '王五',
      `LIE-${String(i).padStart(5, '0')}`,
      'assistant',
      '2018',
    ]);
    const zip = await buildZip(
      workbookParts({ content: sheetXml([['name', 'number', 'level', 'year'], ...rows]), declaredSize: 1_000 }),
    );
    const before = await registryCount();
    const job = await importRegistry(b, zip, 'lie.xlsx');
    expect(job.status).toBe('failed');
    expect(job.errors.map((e) => e.code)).toEqual(['unreadable_file']);
    expect(await registryCount()).toBe(before);
  });

  it('when a cell is longer than 500 characters, then its row and column are reported with the other errors (CSV and XLSX)', async () => {
    const long = '长'.repeat(registryImportLimits.maxCellChars + 1);
    const csv = await importRegistry(
      b,
      `name,number,level,year\n${long},LONG-0001,assistant,2018\n王五,LONG-0002,master,2018\n`,
    );
    expect(csv.status).toBe('failed');
    expect(codes(csv)).toEqual(['2:name:cell_too_long', '3:level:unknown_level']);

    // In XLSX the long text is a shared string, used by the third row.
    const shared = ['name', 'number', 'level', 'year', '王五', 'LONG-0003', 'assistant', '2018', long];
    const sst = `<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${shared.map((s) => `<si><t>${s}</t></si>`).join('')}</sst>`;
    const ref = (row: number, cells: number[]) =>
      `<row r="${row}">${cells.map((s, i) => `<c r="${'ABCD'[i]}${row}" t="s"><v>${s}</v></c>`).join('')}</row>`;
    const zip = await buildZip(
      workbookParts(
        { content: [header, ref(1, [0, 1, 2, 3]), ref(2, [4, 5, 6, 7]), ref(3, [8, 5, 6, 7]), footer] },
        { content: [sst] },
      ),
    );
    const xlsx = await importRegistry(b, zip, 'long.xlsx');
    expect(xlsx.status).toBe('failed');
    expect(codes(xlsx)).toEqual(['3:name:cell_too_long', '3:number:duplicate_number']);
  });

  it('when a CSV has a record of 100 KB (no line breaks), then it is refused as a too-long cell without reading on', async () => {
    const job = await importRegistry(b, `name,number,level,year\n王五,${'X'.repeat(100 * 1024)},assistant,2018\n`);
    expect(job.status).toBe('failed');
    expect(job.errors.map((e) => e.code)).toEqual(['cell_too_long']);
  });

  it('when a file has more than 200,000 rows, then the import fails at the first row too many and nothing is written', async () => {
    const before = await registryCount();
    const csv = registryCsv(registryImportLimits.maxRows + 1, 'ROWS');
    const job = await importRegistry(b, csv, 'rows.csv');
    expect(job.status).toBe('failed');
    expect(codes(job)).toEqual([`${registryImportLimits.maxRows + 2}::too_many_rows`]);
    expect(await registryCount()).toBe(before);
    expect(await chunkCount()).toBe(0);
  });
});
