import Papa from 'papaparse';
import { said, type Said } from '../messages.ts';
import { unneutralize } from '../../files/csv-write.ts';

export interface CsvRecord {
  /** The row a spreadsheet shows for this record: the header is row 1, and a quoted line break stays inside its row. */
  row: number;
  cells: string[];
}

export type ParseProblem = {
  row: number;
  /** The format check it is (format-checks.ts). */
  rule: 'file.unbalanced-quotes' | 'file.ragged-row' | 'file.control-characters';
} & Said;

export interface ParsedCsv {
  headers: string[];
  records: CsvRecord[];
  problems: ParseProblem[];
  /** A quote left open took the lines after it into one cell: from `row` on, `lines` lines were not read as rows (the first such place). */
  unread?: { row: number; lines: number } | null;
}

/** Control characters other than tab and line ends: never typed into a cell, they come from a damaged or binary file. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL_NAMES: Record<number, string> = { 0: 'NUL', 0x1b: 'ESC', 0x7f: 'DEL' };
const controlName = (c: string) => CONTROL_NAMES[c.charCodeAt(0)] ?? `0x${c.charCodeAt(0).toString(16).padStart(2, '0').toUpperCase()}`;


/** Tab only when the header line (its quoted cells, which may hold line breaks or tabs, left out) has tabs and no comma. */
function delimiterOf(text: string): string {
  const head = text.slice(0, 64 * 1024).replace(/"[^"]*"/g, '');
  const firstLine = head.slice(0, head.search(/\r?\n|\r|$/));
  return !firstLine.includes(',') && firstLine.includes('\t') ? '\t' : ',';
}

const isBlank = (cells: string[]) => cells.every((c) => c.trim() === '');

/**
 * papaparse takes the first line end it sees (CRLF, LF or CR) as the only one, so in a file that mixes
 * them (rows pasted from another file, edited by hand) a row ending in another kind merges with the next
 * and every later row is numbered one too low. Such a file gets `\n` at every row end outside quotes;
 * line breaks inside a quoted cell stay as written. A file with one kind of row end is left alone.
 */
export function uniformRowEnds(text: string): { text: string; changed: boolean } {
  const crlf = text.includes('\r\n');
  const cr = /\r(?!\n)/.test(text);
  const lf = /(?<!\r)\n/.test(text);
  if (Number(crlf) + Number(cr) + Number(lf) < 2) return { text, changed: false };
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) quoted = !quoted;
    else if (c === 13 /* \r */ && !quoted) {
      parts.push(text.slice(start, i), '\n');
      if (text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return { text: parts.join(''), changed: true };
}

/** Every row of a CSV file as a spreadsheet numbers them (blank rows included), and the rows with an unbalanced quote. */
export interface CsvGrid {
  rows: CsvRecord[];
  quoteRows: Set<number>;
  /** Of the quote rows, those whose quote took the line ends after it into one cell: row → lines not read. */
  swallowed?: Map<number, number>;
  /** Some cell holds a control character (checked per row only then). */
  control?: boolean;
}

/** CSV text → every row with its spreadsheet row number, cells exactly as written (no type coercion). */
export function parseGrid(input: string): CsvGrid {
  const { text, changed } = uniformRowEnds(input);
  const result = Papa.parse<string[]>(text, { delimiter: delimiterOf(text), skipEmptyLines: false, dynamicTyping: false, ...(changed ? { newline: '\n' as const } : {}) });
  const data = result.data;
  // A final newline leaves one empty record behind.
  if (data.length > 0 && data[data.length - 1]!.length === 1 && data[data.length - 1]![0] === '') data.pop();
  const quoteRows = new Set<number>();
  const swallowed = new Map<number, number>();
  for (const error of result.errors) {
    if (error.type !== 'Quotes' || error.row === undefined || quoteRows.has(error.row + 1)) continue;
    quoteRows.add(error.row + 1);
    // A quote left open takes the line ends after it into its cell: those lines were never read as rows.
    let lines = 1;
    for (const cell of data[error.row] ?? []) for (let i = cell.indexOf('\n'); i !== -1 && i < cell.length - 1; i = cell.indexOf('\n', i + 1)) lines++;
    if (lines > 1) swallowed.set(error.row + 1, lines);
  }
  // Our own exports put ' before a formula trigger ('-00101); read back, the cell is what was written.
  const neutralized = /(^|[,\t"\uFEFF])'+[=+\-@\t\r]/m.test(text);
  return {
    rows: data.map((cells, i) => ({ row: i + 1, cells: neutralized ? cells.map(unneutralize) : cells })),
    quoteRows,
    swallowed,
    control: CONTROL.test(text),
  };
}

/**
 * The records of a grid below its header row (`headerAt`, an index into `grid.rows`). Ragged rows, unbalanced
 * quotes and control characters become problems with their row, not silent fixes; a quote that swallowed the
 * lines after it says how many were not read. Blank rows are skipped but still counted, as a spreadsheet counts them.
 */
export function recordsBelow(grid: CsvGrid, headerAt: number): ParsedCsv {
  let unread: ParsedCsv['unread'] = null;
  const problems: ParseProblem[] = [...grid.quoteRows]
    .sort((a, b) => a - b)
    .map((row) => {
      const lines = grid.swallowed?.get(row);
      if (!lines) return { row, rule: 'file.unbalanced-quotes' as const, ...said('unbalancedQuotes', {}) };
      unread ??= { row, lines };
      return { row, rule: 'file.unbalanced-quotes' as const, ...said('unterminatedQuote', { row, lines }) };
    });
  if (headerAt < 0 || headerAt >= grid.rows.length) return { headers: [], records: [], problems, unread };
  const headers = grid.rows[headerAt]!.cells;
  const records: CsvRecord[] = [];
  for (let i = headerAt + 1; i < grid.rows.length; i++) {
    const { row, cells } = grid.rows[i]!;
    if (isBlank(cells)) continue;
    if (cells.length !== headers.length && !grid.quoteRows.has(row)) {
      // Trailing empty cells (Excel pads some rows) are harmless; anything else is reported.
      const trimmed = cells.length > headers.length && cells.slice(headers.length).every((c) => c.trim() === '');
      if (!trimmed) problems.push({ row, rule: 'file.ragged-row', ...said('raggedRow', { found: cells.length, expected: headers.length }) });
    }
    if (grid.control && !grid.quoteRows.has(row)) {
      const at = cells.findIndex((c) => CONTROL.test(c));
      if (at !== -1) problems.push({ row, rule: 'file.control-characters', ...said('controlCharacter', { column: headers[at]?.trim() || null, position: at + 1, name: controlName(CONTROL.exec(cells[at]!)![0]) }) });
    }
    records.push({ row, cells });
  }
  return { headers, records, problems, unread };
}

/**
 * CSV text → header + records, every cell a string exactly as written (no type coercion:
 * `00123` stays `00123`). The header is the first non-blank row (the reading layer, table.ts,
 * finds it below title rows instead).
 */
export function parseCsv(input: string): ParsedCsv {
  const grid = parseGrid(input);
  return recordsBelow(grid, grid.rows.findIndex((r) => !isBlank(r.cells)));
}
