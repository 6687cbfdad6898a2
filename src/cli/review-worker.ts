/**
 * One of `kehou review`'s worker threads: takes one school at a time, reads its files from disk (or gets
 * the bytes of a zip's entries), checks it as `kehou check` would and sends back the result. Only that
 * school's files and database are in memory while it runs.
 */
import { readFile } from 'node:fs/promises';
import { parentPort } from 'node:worker_threads';
import initSqlJs from 'sql.js';
import { checkSchool, failureText, type SchoolResult } from '../lib/review/index.ts';
import type { LedgerSettings } from '../lib/ledger/index.ts';

export interface SchoolTask {
  school: string;
  files: { name: string; path?: string; bytes?: Uint8Array }[];
  settings: LedgerSettings;
}

const port = parentPort!;
const SQL = initSqlJs();

port.on('message', async (task: SchoolTask) => {
  let result: SchoolResult;
  try {
    const files = await Promise.all(task.files.map(async (f) => ({ name: f.name, bytes: f.bytes ?? new Uint8Array(await readFile(f.path!)) })));
    result = await checkSchool({ school: task.school, files, settings: task.settings }, await SQL);
  } catch (error) {
    result = { school: task.school, files: [], findings: [], figures: null, failed: failureText(error), ms: 0 };
  }
  port.postMessage(result);
});
