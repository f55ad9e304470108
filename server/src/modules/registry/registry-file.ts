import { type CertificateLevelCode, certificateLevels, type RegistryErrorCode } from '@shsw/shared';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

export interface RegistryRow {
  row: number;
  name: string;
  number: string;
  level: CertificateLevelCode;
  year: number;
}

export interface RowError {
  row: number;
  column: string;
  code: RegistryErrorCode;
  message: string;
}

const headerAliases: Record<string, 'name' | 'number' | 'level' | 'year'> = {
  name: 'name',
  姓名: 'name',
  number: 'number',
  certificate_number: 'number',
  证书编号: 'number',
  证书号: 'number',
  level: 'level',
  证书等级: 'level',
  等级: 'level',
  级别: 'level',
  year: 'year',
  取得年份: 'year',
  年份: 'year',
  取证年份: 'year',
};

const levelAliases = new Map<string, CertificateLevelCode>(
  certificateLevels.flatMap((l) => [
    [l.code, l.code],
    [l.label.zh, l.code],
    [l.label.en.toLowerCase(), l.code],
  ]),
);

/** Reads a CSV or XLSX registry file into raw rows of strings (header row first). */
export async function readTable(bytes: Buffer, mediaType: string): Promise<string[][]> {
  if (mediaType === 'text/csv') {
    return parse(bytes, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true }) as string[][];
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: string[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      values[col - 1] = cell.text.trim();
    });
    rows.push(Array.from(values, (v) => v ?? ''));
  });
  return rows;
}

/**
 * Validates every row and reports every problem with its row number (the header is row 1).
 * Rows are only usable when the whole file is clean.
 */
export function validateRows(
  table: string[][],
  thisYear = new Date().getFullYear(),
): { rows: RegistryRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const [header, ...body] = table;
  if (!header) return { rows: [], errors: [{ row: 1, column: '', code: 'empty_file', message: 'the file is empty' }] };
  const columns = header.map((h) => headerAliases[h.trim().toLowerCase()] ?? headerAliases[h.trim()]);
  for (const needed of ['name', 'number', 'level', 'year'] as const) {
    if (!columns.includes(needed))
      errors.push({ row: 1, column: needed, code: 'missing_column', message: `missing column "${needed}"` });
  }
  if (errors.length > 0) return { rows: [], errors };
  const at = (cells: string[], key: string) => (cells[columns.indexOf(key as never)] ?? '').trim();

  const rows: RegistryRow[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, i) => {
    const rowNo = i + 2;
    const name = at(cells, 'name');
    const number = at(cells, 'number').normalize('NFKC').replace(/\s+/g, '').toUpperCase();
    const levelText = at(cells, 'level');
    const yearText = at(cells, 'year');
    const before = errors.length;
    if (!name || name.length > 50)
      errors.push({
        row: rowNo,
        column: 'name',
        code: 'name_required',
        message: 'a name of 1–50 characters is required',
      });
    if (!/^[A-Z0-9-]{4,40}$/.test(number)) {
      errors.push({
        row: rowNo,
        column: 'number',
        code: 'number_format',
        message: 'letters, digits and hyphens, 4–40 characters',
      });
    } else if (seen.has(number)) {
      errors.push({
        row: rowNo,
        column: 'number',
        code: 'duplicate_number',
        message: `duplicate of row ${seen.get(number)}`,
      });
    }
    const level = levelAliases.get(levelText) ?? levelAliases.get(levelText.toLowerCase());
    if (!level)
      errors.push({
        row: rowNo,
        column: 'level',
        code: 'unknown_level',
        message: `unknown level "${levelText.slice(0, 30)}"`,
      });
    const year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 2008 || year > thisYear) {
      errors.push({ row: rowNo, column: 'year', code: 'year_range', message: `a year from 2008 to ${thisYear}` });
    }
    if (!seen.has(number)) seen.set(number, rowNo);
    if (errors.length === before && level) rows.push({ row: rowNo, name, number, level, year });
  });
  if (body.length === 0)
    errors.push({ row: 2, column: '', code: 'no_rows', message: 'the file has a header but no rows' });
  return { rows, errors };
}
