import { toCsv } from '../../files/csv-write.ts';
import { UserError } from '../../errors.ts';
import { headersOf } from '../format/kinds.ts';
import { formatYuan, normalizeDate } from '../format/fields.ts';
import { hoursToHundredths } from '../../units/numbers.ts';
import { readGrid } from '../format/read.ts';
import { parseGrid, type ParsedCsv } from '../format/parse.ts';

/**
 * 月度汇总, 工作量公示 and the semester totals, computed from 台账 rows (每日记录、按月统计, 1.2.1).
 * 课时 are summed in hundredths so that 0.1 + 0.2 is 0.3 and totals equal the ledger exactly.
 */

/** The four cells of a 台账 row that the summaries need, as text from the file. */
export interface LedgerHoursRow {
  date: string;
  staffId: string;
  name: string;
  hours: string;
}

/** One person's month as the 月度汇总 states it, computed from the 台账 (not a row read from a file: that is schemas.ts's `MonthlySummaryRow`). */
export interface PersonMonthSummary {
  month: string;
  staffId: string;
  name: string;
  dates: string[];
  days: number;
  hours: string;
}

/** One person's month as the 工作量公示 states it. */
export interface PersonMonthDisclosure {
  month: string;
  staffId: string;
  name: string;
  hours: string;
}

/** One person's semester total and pay, as 学期公示 and 报酬统计 state it. */
export interface PersonSemesterTotal {
  staffId: string;
  name: string;
  hours: string;
  /** 课时 × rate, in 元 with 2 decimals. */
  pay: string;
}

export const MONTHLY_SUMMARY_HEADER = headersOf('monthlySummary');
export const MONTHLY_DISCLOSURE_HEADER = headersOf('monthlyDisclosure');
export const DATE_SEPARATOR = '、';

// One date and 课时 reading for the whole engine: the summaries read cells as the checks do.
export { normalizeDate, hoursToHundredths };

/** 150 → `1.5`, 300 → `3`, 125 → `1.25`. */
export function formatHundredths(value: number): string {
  const whole = Math.trunc(value / 100);
  const frac = String(value % 100).padStart(2, '0').replace(/0+$/, '');
  return frac ? `${whole}.${frac}` : String(whole);
}


interface PersonMonth {
  month: string;
  staffId: string;
  name: string;
  dates: Set<string>;
  hundredths: number;
}

/**
 * Accumulates 台账 rows one at a time (so a generator or a parser can stream a million rows through it)
 * and yields the summaries in a stable order: month, then 工号.
 */
export function createSummaryAccumulator() {
  const byKey = new Map<string, PersonMonth>();
  const skipped: { index: number; reason: 'date' | 'hours' | 'staffId' }[] = [];
  let index = 0;

  function add(row: LedgerHoursRow): void {
    index++;
    const date = normalizeDate(row.date);
    const hundredths = hoursToHundredths(row.hours);
    const staffId = row.staffId.trim();
    if (date === null) return void skipped.push({ index, reason: 'date' });
    if (hundredths === null) return void skipped.push({ index, reason: 'hours' });
    if (!staffId) return void skipped.push({ index, reason: 'staffId' });
    const month = date.slice(0, 7);
    const key = `${month}\u0000${staffId}`;
    let entry = byKey.get(key);
    if (!entry) {
      entry = { month, staffId, name: row.name.trim(), dates: new Set(), hundredths: 0 };
      byKey.set(key, entry);
    }
    entry.dates.add(date);
    entry.hundredths += hundredths;
  }

  function sorted(): PersonMonth[] {
    return [...byKey.values()].sort((a, b) =>
      a.month === b.month ? compareText(a.staffId, b.staffId) : compareText(a.month, b.month),
    );
  }

  function monthly(): PersonMonthSummary[] {
    return sorted().map((e) => {
      const dates = [...e.dates].sort();
      return { month: e.month, staffId: e.staffId, name: e.name, dates, days: dates.length, hours: formatHundredths(e.hundredths) };
    });
  }

  function disclosure(): PersonMonthDisclosure[] {
    return sorted().map((e) => ({ month: e.month, staffId: e.staffId, name: e.name, hours: formatHundredths(e.hundredths) }));
  }

  /** Semester totals per person; `ratePerHour` in 元 (up to 2 decimals), pay rounded half up to the 分. */
  function semester(ratePerHour: number): PersonSemesterTotal[] {
    const rateFen = Math.round(ratePerHour * 100);
    const byPerson = new Map<string, { staffId: string; name: string; hundredths: number }>();
    for (const e of sorted()) {
      const p = byPerson.get(e.staffId) ?? { staffId: e.staffId, name: e.name, hundredths: 0 };
      p.hundredths += e.hundredths;
      byPerson.set(e.staffId, p);
    }
    return [...byPerson.values()]
      .sort((a, b) => compareText(a.staffId, b.staffId))
      .map((p) => ({
        staffId: p.staffId,
        name: p.name,
        hours: formatHundredths(p.hundredths),
        pay: formatYuan(Math.floor((p.hundredths * rateFen + 50) / 100)),
      }));
  }

  return { add, monthly, disclosure, semester, skipped: () => skipped, rows: () => index };
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function summarizeLedger(rows: Iterable<LedgerHoursRow>) {
  const acc = createSummaryAccumulator();
  for (const row of rows) acc.add(row);
  return acc;
}

export function monthlySummaryCells(rows: readonly PersonMonthSummary[]): string[][] {
  return rows.map((r) => [r.month, r.staffId, r.name, r.dates.join(DATE_SEPARATOR), String(r.days), r.hours]);
}

export function disclosureCells(rows: readonly PersonMonthDisclosure[]): string[][] {
  return rows.map((r) => [r.month, r.staffId, r.name, r.hours]);
}

/**
 * The summary-relevant cells of parsed 台账 records keyed by their Chinese headers
 * (日期, 工号, 姓名, 课时数), as the page and the command get them from the parser.
 */
export function ledgerHoursFromRecords(records: Iterable<Record<string, string | undefined>>): Iterable<LedgerHoursRow> {
  return (function* () {
    for (const r of records) {
      yield { date: r['日期'] ?? '', staffId: r['工号'] ?? '', name: r['姓名'] ?? '', hours: r['课时数'] ?? '' };
    }
  })();
}

export const SUMMARY_COLUMNS = ['日期', '工号', '姓名', '课时数'] as const;

export interface LedgerSummaryFiles {
  /** 月度汇总 and 工作量公示 as CSV text (UTF-8 with BOM). */
  monthly: string;
  disclosure: string;
  rows: number;
  /** The same two tables as cells, for the .xlsx export. */
  tables: { monthly: string[][]; disclosure: string[][] };
  /** Spreadsheet row numbers (header = 1) of rows left out because 日期, 工号 or 课时数 was unreadable. */
  skippedRows: number[];
}

/**
 * The two monthly files a school publishes, from a 台账 read by the reading layer (headers in the template's
 * words, rows numbered as a spreadsheet shows them). Throws a Chinese message when a column is missing.
 */
export function summarizeLedgerTable(parsed: ParsedCsv): LedgerSummaryFiles {
  const at = SUMMARY_COLUMNS.map((c) => parsed.headers.findIndex((h) => h.trim() === c));
  const missing = SUMMARY_COLUMNS.filter((_, i) => at[i]! < 0);
  if (missing.length) {
    throw new UserError(`这个文件不是课后服务工作台账:缺少「${missing.join('」「')}」列。请用台账模板的表头后重试。`);
  }
  const [d, s, n, h] = at as [number, number, number, number];
  const acc = summarizeLedger(parsed.records.map((r) => ({ date: r.cells[d] ?? '', staffId: r.cells[s] ?? '', name: r.cells[n] ?? '', hours: r.cells[h] ?? '' })));
  const monthly = monthlySummaryCells(acc.monthly());
  const disclosure = disclosureCells(acc.disclosure());
  return {
    monthly: toCsv(MONTHLY_SUMMARY_HEADER, monthly),
    disclosure: toCsv(MONTHLY_DISCLOSURE_HEADER, disclosure),
    tables: { monthly, disclosure },
    rows: acc.rows(),
    skippedRows: acc.skipped().map((k) => parsed.records[k.index - 1]!.row),
  };
}

/** The same from a decoded 台账 CSV: read through the one parser and header finder (title rows, school headers). */
export function summarizeLedgerCsv(text: string): LedgerSummaryFiles {
  const table = readGrid('台账', null, null, parseGrid(text));
  if (table.kind !== 'ledger') return summarizeLedgerTable({ headers: table.fileHeaders, records: [], problems: [] });
  return summarizeLedgerTable(table.parsed);
}
