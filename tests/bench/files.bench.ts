/**
 * Reading cost of a 100k-row 台账 as an Excel workbook against the same data as CSV (issue 9: at most 2×).
 * The workbook is written by SheetJS the way schools keep it: title and 填写须知 rows above the header, the
 * school's header words, real date and time cells, numbers as numbers, 工号 as text. Each is read through
 * the reading layer (bytes → table: decode/unzip, parse, header finder, kinds) and then the cell checks
 * (validate), as the check and the allocation page do: the CSV, the .xlsx through the fast reader
 * (files/xlsx-fast.ts) and the same .xlsx through SheetJS. FILES_BENCH_ROWS changes the size.
 * Each reader runs in its own Node process (files in tests/bench/out/), so its peak memory is its own:
 * "peak RSS added" is the process's peak resident size minus its size just before the first read.
 * Each process reads 3 times (its median counts); the CSV and fast-reader processes alternate for
 * FILES_BENCH_ROUNDS rounds (default 3), so a burst of load on a shared machine hits both, and the ratio is
 * the median of the rounds' ratios. Figures on a shared machine are still noisy.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import * as XLSX from '@e965/xlsx';
import * as fflate from 'fflate';
import { defaultSettings, schoolCalendar, validateFile, readInput, type XlsxModule } from '../../src/lib/ledger/index.ts';
import { FILE_HEADERS, ledgerCells, ledgerDays, planSchool } from '../../src/lib/ledger/sample/index.ts';
import { toCsv } from '../../src/lib/ledger/summaries/export.ts';
import { csvToSheet, INSTRUCTIONS, workbookBytes } from '../fixtures/ledger/workbooks.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.join(here, 'out');
const ROWS = Number(process.env.FILES_BENCH_ROWS ?? 100_000);

type Variant = 'csv' | 'fast' | 'sheetjs';
interface Result {
  read: number;
  validate: number;
  total: number;
  rows: number;
  loaded: number;
  errors: number;
  engine: string;
  peakMB: number;
  /** The grid as read (rows × cells), to compare the two .xlsx readers. */
  digest: string;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** One reader in this process: 3 reads, the median times, the peak memory added. */
function child(variant: Variant, file: string): Result {
  const bytes = new Uint8Array(readFileSync(file));
  const name = variant === 'csv' ? '台账.csv' : '台账.xlsx';
  const xlsx: XlsxModule = { read: XLSX.read as unknown as XlsxModule['read'], SSF: XLSX.SSF, ...(variant === 'fast' ? { fflate } : {}) };
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  const runs = [0, 1, 2].map(() => {
    (globalThis as { gc?: () => void }).gc?.();
    const t0 = performance.now();
    const [table] = readInput({ name, bytes }, { xlsx });
    const t1 = performance.now();
    const v = validateFile(name, table!.parsed, { kind: table!.kind!, headerRow: table!.headerRow ?? 1 });
    const t2 = performance.now();
    let hash = 0;
    for (const r of table!.parsed.records) for (const c of r.cells) for (let i = 0; i < c.length; i++) hash = (hash * 31 + c.charCodeAt(i)) | 0;
    return { readMs: t1 - t0, validateMs: t2 - t1, rows: table!.parsed.records.length, loaded: v.rows.length, errors: v.findings.filter((f) => f.severity === 'error').length, engine: table!.engine ?? 'csv', digest: `${table!.parsed.records.length}:${hash}` };
  });
  const last = runs.at(-1)!;
  return {
    read: median(runs.map((r) => r.readMs)),
    validate: median(runs.map((r) => r.validateMs)),
    total: median(runs.map((r) => r.readMs + r.validateMs)),
    rows: last.rows,
    loaded: last.loaded,
    errors: last.errors,
    engine: last.engine,
    peakMB: (process.resourceUsage().maxRSS * 1024 - before) / 1024 / 1024,
    digest: last.digest,
  };
}

if (process.env.FILES_BENCH_CHILD) {
  const [variant, file] = process.env.FILES_BENCH_CHILD.split('|') as [Variant, string];
  console.log(JSON.stringify(child(variant, file)));
} else {
  const settings = defaultSettings();
  const semester = settings.semesters[0]!;
  const schoolDays = schoolCalendar(settings, semester.start, semester.end).filter((d) => d.schoolDay).map((d) => d.date);
  const school = planSchool({ seed: 1, schoolDays, periods: settings.periods, lessonMinutes: settings.lessonMinutes, semester: semester.name, rows: ROWS });
  const cells: string[][] = [];
  for (const day of ledgerDays(school)) for (const r of day) cells.push(ledgerCells(r));
  const csv = toCsv(FILE_HEADERS.ledger, cells);
  mkdirSync(out, { recursive: true });
  const csvFile = path.join(out, `files-ledger-${ROWS}.csv`);
  const xlsxFile = path.join(out, `files-ledger-${ROWS}.xlsx`);
  writeFileSync(csvFile, csv);
  writeFileSync(xlsxFile, workbookBytes([['台账', csvToSheet(csv, { above: INSTRUCTIONS, schoolHeaders: true, typed: true })]]));

  const run = (variant: Variant, file: string): Result => {
    const r = spawnSync(process.execPath, ['--expose-gc', fileURLToPath(import.meta.url)], { env: { ...process.env, FILES_BENCH_CHILD: `${variant}|${file}` }, encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(`${variant}: ${r.stderr}`);
    return JSON.parse(r.stdout.trim().split('\n').at(-1)!) as Result;
  };
  const rounds = Math.max(1, Number(process.env.FILES_BENCH_ROUNDS ?? 3));
  const cs: Result[] = [];
  const fs: Result[] = [];
  for (let i = 0; i < rounds; i++) {
    cs.push(run('csv', csvFile));
    fs.push(run('fast', xlsxFile));
  }
  const s = run('sheetjs', xlsxFile);
  /** The round whose figure is the median (its other figures come with it). */
  const mid = (rs: Result[], key: 'read' | 'total') => [...rs].sort((a, b) => a[key] - b[key])[Math.floor(rs.length / 2)]!;
  const c = { ...mid(cs, 'read'), total: mid(cs, 'total').total, peakMB: median(cs.map((r) => r.peakMB)) };
  const f = { ...mid(fs, 'read'), total: mid(fs, 'total').total, peakMB: median(fs.map((r) => r.peakMB)) };
  const readRatio = median(cs.map((r, i) => fs[i]!.read / r.read));
  const totalRatio = median(cs.map((r, i) => fs[i]!.total / r.total));
  const ms = (v: number) => `${Math.round(v)} ms`;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const size = (file: string) => mb(readFileSync(file).length);
  console.log(`台账 ${ROWS.toLocaleString('en-US')} rows requested, ${cells.length.toLocaleString('en-US')} generated (Node ${process.version}; each reader in its own process, median of 3 reads; CSV and fast reader over ${rounds} alternating rounds; shared CPU, noisy)\n`);
  console.log('| file | size | read (bytes → table) | cell checks | total | peak RSS added | rows read | rows loaded | errors |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  const line = (label: string, file: string, r: Result) => console.log(`| ${label} | ${size(file)} | ${ms(r.read)} | ${ms(r.validate)} | ${ms(r.total)} | ${r.peakMB.toFixed(0)} MB | ${r.rows} | ${r.loaded} | ${r.errors} |`);
  line('CSV', csvFile, c);
  line(`.xlsx, fast reader (engine: ${f.engine})`, xlsxFile, f);
  line(`.xlsx, SheetJS (engine: ${s.engine})`, xlsxFile, s);
  console.log(`\n.xlsx ÷ CSV, fast reader: read ${readRatio.toFixed(2)}×, read + cell checks ${totalRatio.toFixed(2)}× (target ≤ 2×; median of the ${rounds} rounds' ratios: read ${cs.map((r, i) => (fs[i]!.read / r.read).toFixed(2)).join(', ')}).`);
  console.log(`.xlsx ÷ CSV, SheetJS:     read ${(s.read / c.read).toFixed(2)}×, read + cell checks ${(s.total / c.total).toFixed(2)}×.`);
  console.log(`Fast reader ÷ SheetJS: read ${(f.read / s.read).toFixed(2)}×.`);
  const mismatch = [fs.some((r) => r.digest !== fs[0]!.digest) ? 'the fast reader read differently between rounds' : '', f.rows !== c.rows || f.loaded !== c.loaded ? 'the fast reader did not read the same rows as the CSV' : '', s.rows !== c.rows || s.loaded !== c.loaded ? 'SheetJS did not read the same rows as the CSV' : '', f.digest !== s.digest ? 'the fast reader and SheetJS read different cells' : '', f.engine !== 'fast' ? `the fast reader fell back to ${f.engine}` : ''].filter(Boolean);
  if (mismatch.length > 0) {
    console.log(`MISMATCH: ${mismatch.join('; ')}.`);
    process.exit(1);
  }
}
