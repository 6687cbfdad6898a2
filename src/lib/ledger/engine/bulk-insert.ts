/**
 * Multi-row inserts for sql.js, with each distinct string encoded once.
 *
 * sql.js binds a string by measuring it, allocating wasm memory, encoding it to UTF-8 and freeing it
 * after the step: 1.1 million times for a 100k-row 台账, although its text repeats (dates, 时段,
 * names, 活动内容). Here each distinct string is encoded once per table and bound by pointer through
 * the C functions sql.js exports (`_sqlite3_bind_text` …), which cuts the 台账 insert by about
 * two thirds. Where that API is not there (another sql.js build), `stmt.run` is used as before.
 */
import type { Database, SqlJsStatic, SqlValue, Statement } from 'sql.js';

/** The part of sql.js's exported C API used here (all listed in sql.js's exported functions). */
interface CApi {
  _sqlite3_bind_text(stmt: number, pos: number, text: number, bytes: number, destructor: number): number;
  _sqlite3_bind_int(stmt: number, pos: number, value: number): number;
  _sqlite3_bind_double(stmt: number, pos: number, value: number): number;
  _sqlite3_bind_blob(stmt: number, pos: number, blob: number, bytes: number, destructor: number): number;
  _sqlite3_sql(stmt: number): number;
  _free(ptr: number): void;
  stringToNewUTF8(text: string): number;
  lengthBytesUTF8(text: string): number;
  UTF8ToString(ptr: number): string;
}

const SQLITE_OK = 0;
/** SQLITE_STATIC: the text stays where it is until the statement is reset; SQLite does not copy it. */
const STATIC = 0;
/** Rows per INSERT statement. */
export const BATCH = 200;
/** Encoded strings kept at most, so a file whose every cell differs does not hold a second copy of itself. */
const MAX_INTERNED = 100_000;

function cApi(SQL: SqlJsStatic): CApi | null {
  const api = SQL as unknown as Partial<CApi>;
  const needed: (keyof CApi)[] = ['_sqlite3_bind_text', '_sqlite3_bind_int', '_sqlite3_bind_double', '_sqlite3_bind_blob', '_sqlite3_sql', '_free', 'stringToNewUTF8', 'lengthBytesUTF8', 'UTF8ToString'];
  return needed.every((name) => typeof api[name] === 'function') ? (api as CApi) : null;
}

/**
 * The C statement behind a sql.js Statement. sql.js keeps it as the object's first own property under
 * a minified name, so it is found by asking SQLite for the statement's SQL text, never assumed.
 */
function statementPointer(api: CApi, stmt: Statement, sql: string): number | null {
  for (const value of Object.values(stmt)) {
    if (typeof value === 'number' && value > 1024) {
      try {
        if (api.UTF8ToString(api._sqlite3_sql(value)) === sql) return value;
      } catch {
        return null;
      }
    }
  }
  return null;
}

export type InsertPath = 'pointer' | 'sql.js';

/** Inserts `rows` (each with `columns.length` values) into `table`; says which path it took. */
export function insertRows(SQL: SqlJsStatic, db: Database, table: string, columns: string[], rows: SqlValue[][], maxInterned = MAX_INTERNED): InsertPath {
  const one = `(${columns.map(() => '?').join(',')})`;
  const sqlFor = (n: number) => `INSERT INTO ${table} (${columns.join(',')}) VALUES ${Array(n).fill(one).join(',')}`;
  const api = cApi(SQL);
  const interned = new Map<string, [ptr: number, bytes: number]>();
  const forget = () => {
    if (!api) return;
    for (const [ptr] of interned.values()) api._free(ptr);
    interned.clear();
  };
  let path: InsertPath = 'sql.js';

  const runBatch = (stmt: Statement, ptr: number | null, from: number, to: number) => {
    if (!api || ptr === null) {
      stmt.run(rows.slice(from, to).flat());
      return;
    }
    path = 'pointer';
    let pos = 1;
    for (let i = from; i < to; i++) {
      const row = rows[i]!;
      for (let c = 0; c < columns.length; c++, pos++) {
        const value = row[c] ?? null;
        let rc: number;
        if (typeof value === 'string') {
          let text = interned.get(value);
          if (!text) interned.set(value, (text = [api.stringToNewUTF8(value), api.lengthBytesUTF8(value)]));
          rc = api._sqlite3_bind_text(ptr, pos, text[0], text[1], STATIC);
        } else if (typeof value === 'number') {
          rc = value === (value | 0) ? api._sqlite3_bind_int(ptr, pos, value) : api._sqlite3_bind_double(ptr, pos, value);
        } else if (value === null) {
          rc = api._sqlite3_bind_blob(ptr, pos, 0, 0, STATIC); // a NULL pointer binds NULL, as sql.js does
        } else {
          throw new TypeError(`insertRows: ${table} row ${i + 1} column ${c + 1}: a value of a type SQLite cannot bind`);
        }
        if (rc !== SQLITE_OK) throw new Error(`insertRows: ${table} bind failed (${rc})`);
      }
    }
    stmt.step();
    stmt.reset(); // clears the bindings, so the interned strings may be freed after this
    if (interned.size > maxInterned) forget();
  };

  const fullSql = sqlFor(BATCH);
  const full = rows.length >= BATCH ? db.prepare(fullSql) : null;
  try {
    let i = 0;
    if (full) {
      const ptr = api ? statementPointer(api, full, fullSql) : null;
      for (; i + BATCH <= rows.length; i += BATCH) runBatch(full, ptr, i, i + BATCH);
    }
    if (i < rows.length) {
      const restSql = sqlFor(rows.length - i);
      const rest = db.prepare(restSql);
      try {
        runBatch(rest, api ? statementPointer(api, rest, restSql) : null, i, rows.length);
      } finally {
        rest.free();
      }
    }
  } finally {
    full?.free();
    forget();
  }
  return path;
}
