/**
 * sql.js in the browser (a page or a Web Worker): loaded on first use and only once.
 * The wasm comes from the site itself via Vite's `?url`, so nothing is fetched from another host.
 * The address is made absolute: a worker started from a blob: URL (policed-worker.ts) has no base to resolve
 * `/_astro/…` against. Node code does not import this module; it passes `initSqlJs` from 'sql.js' to the engine instead.
 */
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import wasmUrl from 'sql.js/dist/sql-wasm.wasm?url';

let loading: Promise<SqlJsStatic> | null = null;

export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= initSqlJs({ locateFile: () => new URL(wasmUrl, self.location.origin).href }).catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
