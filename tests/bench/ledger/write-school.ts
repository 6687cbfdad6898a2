/**
 * Streams a generated school to CSV files on disk, one school day at a time, so that a million
 * 台账 rows never sit in memory as objects (only the per-person-month summary does).
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { companionFiles, FILE_HEADERS, FILE_NAMES, ledgerCells, ledgerDays, planSchool, type FileName, type GenerateOptions, type LedgerRecord } from '../../../src/lib/ledger/sample/index.ts';
import { BOM, csvLine, toCsv } from '../../../src/lib/ledger/export.ts';
import { createSummaryAccumulator } from '../../../src/lib/ledger/summarize.ts';

export interface WrittenSchool {
  dir: string;
  ledgerRows: number;
  /** Rows given a row-level break (findings-heavy run). */
  brokenRows: number;
  files: { kind: FileName; path: string; rows: number }[];
}

/**
 * Row-level breaks for a findings-heavy run, taken in turn: an invalid 职责 (cell.invalid), 刷题 in the
 * content (ledger.forbidden-content), 课时 longer than the session (ledger.hours-exceed-duration).
 * Applied before the summaries are made, so the other files stay consistent with the 台账.
 */
const ROW_BREAKS: ((r: LedgerRecord) => LedgerRecord)[] = [
  (r) => ({ ...r, role: '主持人' }),
  (r) => ({ ...r, content: `${r.content}(刷题)` }),
  (r) => ({ ...r, hours: String(Number(r.hours) + 3) }),
];

/** `defectiveShare`: that share of 台账 rows (every n-th row) gets one of the row-level breaks. */
export function writeSchool(dir: string, options: GenerateOptions, defectiveShare = 0): WrittenSchool {
  const every = defectiveShare > 0 ? Math.max(1, Math.round(1 / defectiveShare)) : 0;
  let broken = 0;
  mkdirSync(dir, { recursive: true });
  const school = planSchool(options);
  const summary = createSummaryAccumulator();
  const ledgerPath = path.join(dir, FILE_NAMES.ledger);
  const fd = openSync(ledgerPath, 'w');
  let rows = 0;
  try {
    writeSync(fd, BOM + csvLine(FILE_HEADERS.ledger));
    for (const day of ledgerDays(school)) {
      let chunk = '';
      day.forEach((row, i) => {
        const r = every && (rows + i + 1) % every === 0 ? ROW_BREAKS[broken++ % ROW_BREAKS.length]!(row) : row;
        summary.add(r);
        chunk += csvLine(ledgerCells(r));
      });
      rows += day.length;
      writeSync(fd, chunk);
    }
  } finally {
    closeSync(fd);
  }
  const files: WrittenSchool['files'] = [{ kind: 'ledger', path: ledgerPath, rows }];
  for (const [kind, cells] of Object.entries(companionFiles(school, summary)) as [FileName, string[][]][]) {
    const file = path.join(dir, FILE_NAMES[kind]);
    const fdc = openSync(file, 'w');
    writeSync(fdc, toCsv(FILE_HEADERS[kind], cells));
    closeSync(fdc);
    files.push({ kind, path: file, rows: cells.length });
  }
  return { dir, ledgerRows: rows, brokenRows: broken, files };
}
