/**
 * Excel workbooks (.xlsx, and legacy .xls where SheetJS reads it) → one grid of text cells per sheet.
 * An .xlsx is read by xlsx-fast.ts (fflate and a hand-written scanner); anything it does not read itself
 * (.xls, an encrypted or strict file, a feature it does not know) is read by SheetJS (`@e965/xlsx`, the
 * maintained build with the security fixes), and both give the same grid. The modules are passed in: callers
 * load them with a dynamic import only when a workbook arrives (loadXlsx), so pages without one fetch neither.
 * Cells keep their meaning: a text 工号 keeps its leading zeros, a date cell becomes 2024-11-04 and a time
 * cell 15:30 (from the cell's number format, not from how Excel happens to display it), numbers their digits.
 */
import { numberKind, numberText } from './cell-format.ts';
import { isZip, readXlsxFast, XlsxFallback, type FallbackReason, type FflateModule, type SheetGrid } from './xlsx-fast.ts';
import { errorMessage } from '../errors.ts';

export type { SheetGrid } from './xlsx-fast.ts';

/** What loadXlsx gives: the parts of SheetJS this reader uses, and fflate for the fast .xlsx reader. */
export interface XlsxModule {
  read: (data: Uint8Array, options: Record<string, unknown>) => { SheetNames: string[]; Sheets: Record<string, unknown>; Workbook?: { WBProps?: { date1904?: boolean }; Sheets?: { Hidden?: number }[] } };
  SSF: { is_date: (format: string) => boolean };
  /** Without it every workbook is read by SheetJS. */
  fflate?: FflateModule;
}

export interface WorkbookRead {
  /** Which reader produced the grids. */
  engine: 'fast' | 'sheetjs';
  /** Why the fast reader handed the file to SheetJS (absent when it read it, or was not given fflate). */
  fallback?: { reason: FallbackReason | 'error'; detail: string };
  sheets: SheetGrid[];
}

/** Zip (xlsx) or OLE compound file (xls) signatures. */
export function isWorkbook(bytes: Uint8Array): boolean {
  return isZip(bytes) || (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0);
}

interface Cell {
  t: 's' | 'n' | 'b' | 'd' | 'e' | 'z';
  v?: unknown;
  w?: string;
  z?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

function cellText(cell: Cell | undefined, isDate: (format: string) => boolean, date1904: boolean): string {
  if (!cell || cell.v === undefined || cell.v === null) return '';
  switch (cell.t) {
    case 's':
      return String(cell.v);
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    case 'e':
      return cell.w ?? '#错误';
    case 'd': {
      const d = cell.v instanceof Date ? cell.v : new Date(String(cell.v));
      return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    }
    case 'n':
      return numberText(cell.v as number, numberKind(cell.z, isDate), date1904);
    default:
      return '';
  }
}

/** Every sheet through SheetJS. Throws SheetJS's error for a damaged file (the caller words it). */
export function readWithSheetJs(XLSX: XlsxModule, bytes: Uint8Array): SheetGrid[] {
  const book = XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellText: false, cellFormula: false, cellHTML: false, cellStyles: false });
  const memo = new Map<string, boolean>();
  const isDate = (format: string) => {
    let d = memo.get(format);
    if (d === undefined) memo.set(format, (d = XLSX.SSF.is_date(format)));
    return d;
  };
  // SheetJS keeps a 1904 workbook's serials as they are; numberText moves them to the 1900 system.
  const date1904 = book.Workbook?.WBProps?.date1904 === true;
  return book.SheetNames.map((name, i) => {
    const sheet = book.Sheets[name] as { '!data'?: (Cell | undefined)[][] } | undefined;
    const data = sheet?.['!data'] ?? [];
    const rows: SheetGrid['rows'] = [];
    for (let r = 0; r < data.length; r++) {
      const line = data[r];
      const cells: string[] = [];
      if (line) for (let c = 0; c < line.length; c++) cells.push(cellText(line[c], isDate, date1904));
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      rows.push({ row: r + 1, cells });
    }
    const hidden = book.Workbook?.Sheets?.[i]?.Hidden;
    return { sheet: name, hidden: hidden === 1 || hidden === 2 ? hidden : 0, rows };
  });
}

/**
 * Every sheet of a workbook as text rows: the fast reader when it can, else SheetJS (which throws its error
 * for a damaged file; the caller words it).
 */
export function readWorkbook(XLSX: XlsxModule, bytes: Uint8Array): WorkbookRead {
  if (!XLSX.fflate) return { engine: 'sheetjs', sheets: readWithSheetJs(XLSX, bytes) };
  try {
    return { engine: 'fast', sheets: readXlsxFast(XLSX.fflate, bytes) };
  } catch (e) {
    const fallback = e instanceof XlsxFallback ? { reason: e.reason, detail: e.message } : { reason: 'error' as const, detail: errorMessage(e) };
    return { engine: 'sheetjs', fallback, sheets: readWithSheetJs(XLSX, bytes) };
  }
}

/** Loads SheetJS and fflate on first need (separate chunks on the page; nothing for pages without a workbook). */
export async function loadXlsx(): Promise<XlsxModule> {
  const [sheetjs, fflate] = await Promise.all([import('@e965/xlsx'), import('fflate')]);
  return { read: sheetjs.read as unknown as XlsxModule['read'], SSF: sheetjs.SSF, fflate };
}
