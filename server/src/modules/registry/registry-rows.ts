import {
  type CertificateLevelCode,
  certificateLevels,
  normaliseCertificateNumber,
  type RegistryErrorCode,
} from '@shsw/shared';
import { columnLetter, type SheetRow } from './registry-file.js';

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

type Column = 'name' | 'number' | 'level' | 'year';

const headerAliases: Record<string, Column> = {
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

/**
 * Checks a registry file row by row as it streams: the first row is the header, each later one
 * is checked on its own and against the numbers before it (when duplicates are tracked, which
 * holds one entry per number: the check pass does, the write pass after a clean check need not).
 */
export class RowChecker {
  private columns: (Column | undefined)[] = [];
  private readonly seen = new Map<string, number>();
  private sawHeader = false;
  dataRows = 0;

  get headerRead(): boolean {
    return this.sawHeader;
  }

  constructor(private readonly opts: { trackDuplicates: boolean; thisYear?: number }) {}

  /** Every problem of the row (empty when it is good) and, when good, the row to write. */
  check(sheetRow: SheetRow): { errors: RowError[]; row?: RegistryRow } {
    if (!this.sawHeader) {
      this.sawHeader = true;
      return { errors: this.header(sheetRow) };
    }
    this.dataRows += 1;
    return this.data(sheetRow);
  }

  /** Problems of the file as a whole, once every row has been read. */
  finish(): RowError[] {
    if (!this.sawHeader) return [{ row: 1, column: '', code: 'empty_file', message: 'the file is empty' }];
    if (this.dataRows === 0)
      return [{ row: 2, column: '', code: 'no_rows', message: 'the file has a header but no rows' }];
    return [];
  }

  private header({ row, cells }: SheetRow): RowError[] {
    this.columns = cells.map((h) => headerAliases[h.trim().toLowerCase()] ?? headerAliases[h.trim()]);
    const errors: RowError[] = [];
    for (const needed of ['name', 'number', 'level', 'year'] as const) {
      if (!this.columns.includes(needed))
        errors.push({ row, column: needed, code: 'missing_column', message: `missing column "${needed}"` });
    }
    return errors;
  }

  private data({ row: rowNo, cells, tooLong }: SheetRow): { errors: RowError[]; row?: RegistryRow } {
    const at = (key: Column) => (cells[this.columns.indexOf(key)] ?? '').trim();
    const errors: RowError[] = tooLong.map((i) => ({
      row: rowNo,
      column: this.columns[i] ?? columnLetter(i),
      code: 'cell_too_long' as const,
      message: 'a cell longer than the limit',
    }));
    const long = new Set(tooLong.map((i) => this.columns[i]));
    const name = at('name');
    const number = normaliseCertificateNumber(at('number').normalize('NFKC').replace(/\s+/g, '').toUpperCase());
    const levelText = at('level');
    const yearText = at('year');
    if (!long.has('name') && (!name || name.length > 50))
      errors.push({
        row: rowNo,
        column: 'name',
        code: 'name_required',
        message: 'a name of 1–50 characters is required',
      });
    if (long.has('number')) {
      // reported above
    } else if (!/^[A-Z0-9-]{4,40}$/.test(number)) {
      errors.push({
        row: rowNo,
        column: 'number',
        code: 'number_format',
        message: 'letters, digits and hyphens, 4–40 characters',
      });
    } else if (this.opts.trackDuplicates) {
      const earlier = this.seen.get(number);
      if (earlier !== undefined)
        errors.push({ row: rowNo, column: 'number', code: 'duplicate_number', message: `duplicate of row ${earlier}` });
      else this.seen.set(number, rowNo);
    }
    const level = levelAliases.get(levelText) ?? levelAliases.get(levelText.toLowerCase());
    if (!long.has('level') && !level)
      errors.push({
        row: rowNo,
        column: 'level',
        code: 'unknown_level',
        message: `unknown level "${levelText.slice(0, 30)}"`,
      });
    const thisYear = this.opts.thisYear ?? new Date().getFullYear();
    const year = Number(yearText);
    if (!long.has('year') && (!/^\d{4}$/.test(yearText) || year < 2008 || year > thisYear))
      errors.push({ row: rowNo, column: 'year', code: 'year_range', message: `a year from 2008 to ${thisYear}` });
    if (errors.length > 0 || !level) return { errors };
    return { errors, row: { row: rowNo, name, number, level, year } };
  }
}
