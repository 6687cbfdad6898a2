/**
 * Tables out as an Excel workbook, beside the CSV writer: for the findings, 月度汇总/工作量公示, 学期公示 and
 * 报酬统计. Every cell is text except the columns that hold quantities (课时, 天数, 金额, 行), which are numbers
 * so Excel can sum them; 工号 is always text (00012 keeps its zeros) and no cell is ever a formula. Column
 * widths follow the content (a Chinese character counts two), the header row gets a filter.
 * SheetJS is loaded on first use: pages pay for it only when someone exports.
 */
export interface SheetSpec {
  /** Sheet name (Excel allows 31 characters and no []:*?/\). */
  name: string;
  header: readonly string[];
  rows: readonly (readonly string[])[];
}

/** Columns written as numbers when the cell is a plain decimal. */
export const NUMERIC_HEADERS: ReadonlySet<string> = new Set(['课时数', '总课时数', '参与天数', '参与学生人数', '学生人数', '拟发放报酬', '报酬金额', '行']);

const NUMBER = /^-?\d{1,13}(\.\d+)?$/;

/** How wide a text shows in Excel's units: CJK and full-width characters count two. */
export function displayWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

export const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, '').slice(0, 31) || 'Sheet1';

interface XlsxWriter {
  utils: {
    book_new: () => unknown;
    book_append_sheet: (book: unknown, sheet: unknown, name: string) => void;
    encode_cell: (c: { r: number; c: number }) => string;
    encode_range: (r: { s: { r: number; c: number }; e: { r: number; c: number } }) => string;
  };
  write: (book: unknown, options: Record<string, unknown>) => unknown;
}

/** The sheets as the bytes of an .xlsx file. */
export async function xlsxBytes(sheets: readonly SheetSpec[]): Promise<Uint8Array> {
  const XLSX = (await import('@e965/xlsx')) as unknown as XlsxWriter;
  const book = XLSX.utils.book_new();
  for (const s of sheets) {
    const sheet: Record<string, unknown> = {};
    const numeric = s.header.map((h) => NUMERIC_HEADERS.has(h));
    const widths = s.header.map((h) => displayWidth(h));
    const put = (r: number, c: number, value: string) => {
      if (value === '') return;
      sheet[XLSX.utils.encode_cell({ r, c })] = r > 0 && numeric[c] && NUMBER.test(value) ? { t: 'n', v: Number(value) } : { t: 's', v: value };
      widths[c] = Math.max(widths[c] ?? 0, displayWidth(value));
    };
    s.header.forEach((h, c) => put(0, c, h));
    s.rows.forEach((row, r) => row.forEach((cell, c) => put(r + 1, c, cell)));
    const last = { r: s.rows.length, c: Math.max(0, s.header.length - 1) };
    sheet['!ref'] = XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: last });
    sheet['!cols'] = widths.map((w) => ({ wch: Math.min(60, Math.max(6, w + 2)) }));
    sheet['!autofilter'] = { ref: XLSX.utils.encode_range({ s: { r: 0, c: 0 }, e: { r: 0, c: last.c } }) };
    XLSX.utils.book_append_sheet(book, sheet, sheetName(s.name));
  }
  return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx', compression: true }) as ArrayBuffer);
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
