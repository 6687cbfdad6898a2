/**
 * Reading cost of a 100k-row 台账 as an Excel workbook against the same data as CSV (issue 9: at most 2×).
 * The workbook is written by SheetJS the way schools keep it: title and 填写须知 rows above the header, the
 * school's header words, real date and time cells, numbers as numbers, 工号 as text. Both are read through
 * the reading layer (bytes → table: decode/unzip, parse, header finder, kinds) and then the cell checks
 * (validate), as the check and the allocation page do. FILES_BENCH_ROWS changes the size.
 * Figures are medians of 3 runs; on a shared machine they are noisy.
 */
import { performance } from 'node:perf_hooks';
import * as XLSX from '@e965/xlsx';
import { defaultSettings, schoolCalendar, validateFile, readInput, type XlsxModule } from '../../src/lib/ledger/index.ts';
import { FILE_HEADERS, ledgerCells, ledgerDays, planSchool } from '../../src/lib/ledger/sample/index.ts';
import { toCsv } from '../../src/lib/ledger/export.ts';
import { csvToSheet, INSTRUCTIONS, workbookBytes } from '../fixtures/ledger/workbooks.ts';

const ROWS = Number(process.env.FILES_BENCH_ROWS ?? 100_000);
const settings = defaultSettings();
const semester = settings.semesters[0]!;
const schoolDays = schoolCalendar(settings, semester.start, semester.end).filter((d) => d.schoolDay).map((d) => d.date);

const school = planSchool({ seed: 1, schoolDays, periods: settings.periods, lessonMinutes: settings.lessonMinutes, semester: semester.name, rows: ROWS });
const cells: string[][] = [];
for (const day of ledgerDays(school)) for (const r of day) cells.push(ledgerCells(r));
const csv = toCsv(FILE_HEADERS.ledger, cells);
const csvBytes = new TextEncoder().encode(csv);
const xlsxFile = workbookBytes([['台账', csvToSheet(csv, { above: INSTRUCTIONS, schoolHeaders: true, typed: true })]]);
const xlsx = XLSX as unknown as XlsxModule;

function read(name: string, bytes: Uint8Array): { readMs: number; validateMs: number; rows: number; loaded: number; errors: number } {
  const t0 = performance.now();
  const [table] = readInput({ name, bytes }, { xlsx });
  const t1 = performance.now();
  const v = validateFile(name, table!.parsed, { kind: table!.kind!, headerRow: table!.headerRow ?? 1 });
  const t2 = performance.now();
  return { readMs: t1 - t0, validateMs: t2 - t1, rows: table!.parsed.records.length, loaded: v.rows.length, errors: v.findings.filter((f) => f.severity === 'error').length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
function measure(name: string, bytes: Uint8Array) {
  const runs = [0, 1, 2].map(() => {
    (globalThis as { gc?: () => void }).gc?.();
    return read(name, bytes);
  });
  const last = runs.at(-1)!;
  return { read: median(runs.map((r) => r.readMs)), validate: median(runs.map((r) => r.validateMs)), total: median(runs.map((r) => r.readMs + r.validateMs)), rows: last.rows, loaded: last.loaded, errors: last.errors };
}

const c = measure('台账.csv', csvBytes);
const x = measure('台账.xlsx', xlsxFile);
const ms = (v: number) => `${Math.round(v)} ms`;
const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
console.log(`台账 ${ROWS.toLocaleString('en-US')} rows requested, ${cells.length.toLocaleString('en-US')} generated (Node ${process.version}, median of 3; shared CPU, noisy)\n`);
console.log('| file | size | read (bytes → table) | cell checks | total | rows read | rows loaded | errors |');
console.log('|---|---|---|---|---|---|---|---|');
console.log(`| CSV | ${mb(csvBytes.length)} | ${ms(c.read)} | ${ms(c.validate)} | ${ms(c.total)} | ${c.rows} | ${c.loaded} | ${c.errors} |`);
console.log(`| .xlsx (title rows, school headers, typed cells) | ${mb(xlsxFile.length)} | ${ms(x.read)} | ${ms(x.validate)} | ${ms(x.total)} | ${x.rows} | ${x.loaded} | ${x.errors} |`);
console.log(`\n.xlsx ÷ CSV: read ${(x.read / c.read).toFixed(2)}×, read + cell checks ${(x.total / c.total).toFixed(2)}× (target ≤ 2×).`);
if (x.rows !== c.rows || x.loaded !== c.loaded) {
  console.log('MISMATCH: the workbook did not read as the same rows as the CSV.');
  process.exit(1);
}
