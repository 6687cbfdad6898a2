/**
 * The one CSV writer of every export (findings, 月度汇总/工作量公示, 学期公示/报酬统计, 评分, review tables,
 * the semester packet, templates and samples). Files are written as Excel reads them: UTF-8 with a BOM,
 * CRLF line ends, RFC 4180 quoting. Every cell a spreadsheet would run as a formula (starting with = + - @,
 * tab or CR: OWASP's list) gets a `'` in front, always; a number in a column of figures stays a number
 * (−12.50 in 差额 is not a formula). Reading the tool's own files takes the `'` off again (`unneutralize`).
 */
export const BOM = '\uFEFF';

export interface CsvOptions {
  /** Start with a UTF-8 BOM so that Excel picks UTF-8 (default true). */
  bom?: boolean;
  /** Headers of columns of figures, besides those `isFigureHeader` recognises. */
  numeric?: readonly string[];
  /** Formulas are always neutralised; accepted for callers written when this was a choice. */
  neutralizeFormulas?: boolean;
}

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
// A formula trigger, or one already behind quotes ('=…): the latter gets one more, so reading back is exact.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
/** `'` put in front of a formula trigger by this writer. */
const NEUTRALIZED = /^'+[=+\-@\t\r]/;

/** Headers that name a figure: 课时数, 总课时数, 参与天数, 参与学生人数, 报酬金额, 拟发放报酬, 效果评分, 差额(元)… */
export const isFigureHeader = (header: string): boolean => /(数|金额|报酬|评分|满意度|系数|合计|差额|占比|元)([(（][^)）]*[)）])?$/.test(header.trim());

export function csvCell(value: string, numeric = false): string {
  const text = FORMULA_START.test(value) && !(numeric && PLAIN_NUMBER.test(value)) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record with its CRLF; for streaming a large file line by line. `numeric[i]`: column i holds figures. */
export function csvLine(cells: readonly string[], numeric: readonly boolean[] = []): string {
  return cells.map((c, i) => csvCell(c, numeric[i] ?? false)).join(',') + '\r\n';
}

/** Which columns of a header hold figures. */
export function figureColumns(header: readonly string[], extra: readonly string[] = []): boolean[] {
  return header.map((h) => isFigureHeader(h) || extra.includes(h));
}

export function toCsv(header: readonly string[], rows: Iterable<readonly string[]>, options: CsvOptions = {}): string {
  const numeric = figureColumns(header, options.numeric);
  const parts = [options.bom === false ? '' : BOM, csvLine(header)];
  for (const row of rows) parts.push(csvLine(row, numeric));
  return parts.join('');
}

/** A cell as read back: the `'` this writer put before a formula trigger is taken off ('-00101 → -00101). */
export const unneutralize = (cell: string): string => (cell.charCodeAt(0) === 39 /* ' */ && NEUTRALIZED.test(cell) ? cell.slice(1) : cell);
