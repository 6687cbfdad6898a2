/**
 * Streams a generated school to CSV files on disk, one school day at a time, so that a million
 * 台账 rows never sit in memory as objects (only the per-person-month summary does).
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import { companionFiles, FILE_HEADERS, FILE_NAMES, ledgerCells, ledgerDays, planSchool, type FileName, type GenerateOptions } from '../../../src/lib/ledger/sample/index.ts';
import { BOM, csvLine, toCsv } from '../../../src/lib/ledger/export.ts';
import { createSummaryAccumulator } from '../../../src/lib/ledger/summarize.ts';

export interface WrittenSchool {
  dir: string;
  ledgerRows: number;
  files: { kind: FileName; path: string; rows: number }[];
}

export function writeSchool(dir: string, options: GenerateOptions): WrittenSchool {
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
      for (const r of day) {
        summary.add(r);
        chunk += csvLine(ledgerCells(r));
      }
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
  return { dir, ledgerRows: rows, files };
}
