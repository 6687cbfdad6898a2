import Papa from 'papaparse';
import { MESSAGES } from '../messages.ts';

export interface CsvRecord {
  /** The row a spreadsheet shows for this record: the header is row 1, and a quoted line break stays inside its row. */
  row: number;
  cells: string[];
}

export interface ParseProblem {
  row: number;
  message: string;
}

export interface ParsedCsv {
  headers: string[];
  records: CsvRecord[];
  problems: ParseProblem[];
}

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
}

/** CSV text → every row with its spreadsheet row number, cells exactly as written (no type coercion). */
export function parseGrid(input: string): CsvGrid {
  const { text, changed } = uniformRowEnds(input);
  const result = Papa.parse<string[]>(text, { delimiter: delimiterOf(text), skipEmptyLines: false, dynamicTyping: false, ...(changed ? { newline: '\n' as const } : {}) });
  const data = result.data;
  // A final newline leaves one empty record behind.
  if (data.length > 0 && data[data.length - 1]!.length === 1 && data[data.length - 1]![0] === '') data.pop();
  const quoteRows = new Set<number>();
  for (const error of result.errors) if (error.type === 'Quotes' && error.row !== undefined) quoteRows.add(error.row + 1);
  return { rows: data.map((cells, i) => ({ row: i + 1, cells })), quoteRows };
}

/**
 * The records of a grid below its header row (`headerAt`, an index into `grid.rows`). Ragged rows and
 * unbalanced quotes become problems with their row, not silent fixes. Blank rows are skipped but still
 * counted, as a spreadsheet counts them.
 */
export function recordsBelow(grid: CsvGrid, headerAt: number): ParsedCsv {
  const problems: ParseProblem[] = [...grid.quoteRows].sort((a, b) => a - b).map((row) => ({ row, message: MESSAGES.unbalancedQuotes() }));
  if (headerAt < 0 || headerAt >= grid.rows.length) return { headers: [], records: [], problems };
  const headers = grid.rows[headerAt]!.cells;
  const records: CsvRecord[] = [];
  for (let i = headerAt + 1; i < grid.rows.length; i++) {
    const { row, cells } = grid.rows[i]!;
    if (isBlank(cells)) continue;
    if (cells.length !== headers.length && !grid.quoteRows.has(row)) {
      // Trailing empty cells (Excel pads some rows) are harmless; anything else is reported.
      const trimmed = cells.length > headers.length && cells.slice(headers.length).every((c) => c.trim() === '');
      if (!trimmed) problems.push({ row, message: MESSAGES.raggedRow(cells.length, headers.length) });
    }
    records.push({ row, cells });
  }
  return { headers, records, problems };
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
