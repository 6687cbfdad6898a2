/**
 * One school through the ledger engine, exactly as `kehou check` runs it on that school's files alone,
 * plus its figures read from the same loaded tables. The database is closed when the check ends, so a
 * worker holds one school at a time whatever the size of the district.
 */
import type { SqlJsStatic } from 'sql.js';
import { checkLedgerFiles, type LedgerInput, type LedgerSettings } from '../ledger/index.ts';
import { readFigures, type SchoolFigures } from './figures.ts';
import type { SchoolResult } from './result.ts';
import { failureText as sharedFailureText } from '../errors.ts';
import { reviewText } from './messages.ts';

export interface SchoolInput {
  school: string;
  files: LedgerInput[];
  settings: LedgerSettings;
}

/** A UserError's message as it is (lib/errors.ts decides, not the text's script); anything else is unexpected. */
export function failureText(error: unknown): string {
  if (error instanceof RangeError) return reviewText('tooManyFindings', {});
  return sharedFailureText(error, (detail) => reviewText('schoolFailed', { detail }));
}

export async function checkSchool(input: SchoolInput, SQL: SqlJsStatic, now: () => number = () => performance.now()): Promise<SchoolResult> {
  const start = now();
  let figures: SchoolFigures | null = null;
  try {
    const report = await checkLedgerFiles(input.files, input.settings, { SQL, onLoaded: (db, loaded) => (figures = readFigures(db, loaded)) });
    return { school: input.school, files: report.files, findings: report.findings, rules: report.rules, figures, failed: null, ms: now() - start };
  } catch (error) {
    return { school: input.school, files: [], findings: [], figures: null, failed: failureText(error), ms: now() - start };
  }
}
