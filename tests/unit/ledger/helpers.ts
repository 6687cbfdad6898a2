import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { checkLedgerFiles, defaultSettings, type CheckReport, type LedgerInput, type LedgerSettings } from '../../../src/lib/ledger/index.ts';

export const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/ledger');
let SQL: Promise<SqlJsStatic> | undefined;
export const sql = () => (SQL ??= initSqlJs());

const encoder = new TextEncoder();
export const bytes = (text: string) => encoder.encode(text);

/** The clean school-month, with the files of `overlay` (a defect folder) put over it, plus extra texts. */
export function fixtureSet(overlay?: string, replace: Record<string, string> = {}): Map<string, string> {
  const files = new Map<string, string>();
  for (const name of readdirSync(path.join(FIXTURES, 'clean'))) files.set(name, readFileSync(path.join(FIXTURES, 'clean', name), 'utf8'));
  if (overlay) {
    const dir = path.join(FIXTURES, 'defects', overlay);
    if (existsSync(dir)) for (const name of readdirSync(dir)) files.set(name, readFileSync(path.join(dir, name), 'utf8'));
  }
  for (const [name, text] of Object.entries(replace)) files.set(name, text);
  return files;
}

export async function check(files: Map<string, string> | LedgerInput[], settings: LedgerSettings = defaultSettings()): Promise<CheckReport> {
  const inputs = Array.isArray(files) ? files : [...files].map(([name, text]) => ({ name, bytes: bytes(text) }));
  return checkLedgerFiles(inputs, settings, { SQL: await sql() });
}

/** Data lines of a CSV text (after the header), as a spreadsheet numbers them: [row, line]. */
export function lines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r?\n/);
}
