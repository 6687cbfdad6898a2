/**
 * One worker of the review page's pool: checks one school at a time with the ledger engine and sends
 * back its result. Files arrive as File objects (backed by the disk, read here) or as bytes from a zip,
 * so the page itself never holds the district's data; the school's database is closed after its check.
 */
import '../zod-setup.ts';
import { checkSchool, failureText } from './check-school.ts';
import { loadSqlJs } from '../ledger/browser/sql-browser.ts';
import type { LedgerSettings } from '../ledger/settings.ts';
import type { SchoolResult } from './result.ts';

export type PoolRequest =
  | { type: 'warm'; id: number }
  | { type: 'check'; id: number; school: string; files: { name: string; data: Blob | Uint8Array }[]; settings: LedgerSettings };

export type PoolResponse = { type: 'warmed'; id: number } | { type: 'result'; id: number; result: SchoolResult };

self.onmessage = async (event: MessageEvent<PoolRequest>) => {
  const request = event.data;
  if (request.type === 'warm') {
    await loadSqlJs().catch(() => null);
    self.postMessage({ type: 'warmed', id: request.id } satisfies PoolResponse);
    return;
  }
  let result: SchoolResult;
  try {
    const files = await Promise.all(
      request.files.map(async (f) => ({ name: f.name, bytes: f.data instanceof Uint8Array ? f.data : new Uint8Array(await f.data.arrayBuffer()) })),
    );
    result = await checkSchool({ school: request.school, files, settings: request.settings }, await loadSqlJs());
  } catch (error) {
    result = { school: request.school, files: [], findings: [], figures: null, failed: failureText(error), ms: 0 };
  }
  self.postMessage({ type: 'result', id: request.id, result } satisfies PoolResponse);
};
