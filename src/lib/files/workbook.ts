/**
 * Excel workbooks (.xlsx, and legacy .xls where SheetJS reads it) → one grid of text cells per sheet.
 * The SheetJS module (`@e965/xlsx`, the maintained build with the security fixes) is passed in: callers
 * load it with a dynamic import only when a workbook arrives, so pages without one never fetch it.
 * Cells keep their meaning: a text 工号 keeps its leading zeros, a date cell becomes 2024-11-04 and a time
 * cell 15:30 (from the cell's number format, not from how Excel happens to display it), numbers their digits.
 */
import { serialToDate } from '../units/dates.ts';
import { fractionToMinutes, minutesToTime } from '../units/times.ts';

/** The parts of the SheetJS module this reader uses. */
export interface XlsxModule {
  read: (data: Uint8Array, options: Record<string, unknown>) => { SheetNames: string[]; Sheets: Record<string, unknown> };
  SSF: { is_date: (format: string) => boolean };
}

export interface SheetGrid {
  sheet: string;
  /** Rows as Excel numbers them (1-based), blank rows included. */
  rows: { row: number; cells: string[] }[];
}

/** Zip (xlsx) or OLE compound file (xls) signatures. */
export function isWorkbook(bytes: Uint8Array): boolean {
  return (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0);
}

interface Cell {
  t: 's' | 'n' | 'b' | 'd' | 'e' | 'z';
  v?: unknown;
  w?: string;
  z?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Does a date-like number format show a calendar date (y, d, e), rather than only a time of day? */
function formatHasDate(format: string): boolean {
  const bare = format.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '').replace(/general/gi, '');
  return /[yde]/i.test(bare);
}

function cellText(cell: Cell | undefined, isDate: (format: string) => boolean): string {
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
    case 'n': {
      const v = cell.v as number;
      if (cell.z && cell.z !== 'General' && isDate(cell.z)) {
        if (formatHasDate(cell.z)) {
          // A serial outside 2000–2100 is shown as the number, so the date check names it.
          return serialToDate(v) ?? String(v);
        }
        const minutes = fractionToMinutes(v);
        return minutes === null ? String(v) : minutesToTime(minutes);
      }
      // Shortest text that reads back as the same number (1.5, 60000, 0.1).
      return String(v);
    }
    default:
      return '';
  }
}

/** Every sheet of a workbook as text rows. Throws SheetJS's error for a damaged file (the caller words it). */
export function readWorkbook(XLSX: XlsxModule, bytes: Uint8Array): SheetGrid[] {
  const book = XLSX.read(bytes, { type: 'array', dense: true, cellNF: true, cellText: false, cellFormula: false, cellHTML: false, cellStyles: false });
  const memo = new Map<string, boolean>();
  const isDate = (format: string) => {
    let d = memo.get(format);
    if (d === undefined) memo.set(format, (d = XLSX.SSF.is_date(format)));
    return d;
  };
  return book.SheetNames.map((name) => {
    const sheet = book.Sheets[name] as { '!data'?: (Cell | undefined)[][] } | undefined;
    const data = sheet?.['!data'] ?? [];
    const rows: SheetGrid['rows'] = [];
    for (let r = 0; r < data.length; r++) {
      const line = data[r];
      const cells: string[] = [];
      if (line) for (let c = 0; c < line.length; c++) cells.push(cellText(line[c], isDate));
      while (cells.length > 0 && cells[cells.length - 1] === '') cells.pop();
      rows.push({ row: r + 1, cells });
    }
    return { sheet: name, rows };
  });
}

/** Loads SheetJS on first need (a separate chunk on the page; nothing for pages without a workbook). */
export async function loadXlsx(): Promise<XlsxModule> {
  return (await import('@e965/xlsx')) as unknown as XlsxModule;
}
