import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { SqlJsStatic, SqlValue } from 'sql.js';
import { BATCH, insertRows } from '../../../src/lib/ledger/engine/bulk-insert.ts';
import { sql } from './helpers.ts';

const COLUMNS = ['a', 'b', 'c'];

/** sql.js as another build might ship it: the Database class without the exported C functions. */
const withoutCApi = (SQL: SqlJsStatic) => ({ Database: SQL.Database }) as unknown as SqlJsStatic;

async function roundTrip(rows: SqlValue[][], useCApi = true, maxInterned?: number) {
  const SQL = await sql();
  const db = new SQL.Database();
  try {
    db.run('CREATE TEMP TABLE t (a, b, c)');
    const path = insertRows(useCApi ? SQL : withoutCApi(SQL), db, 't', COLUMNS, rows, maxInterned);
    const back = db.exec('SELECT a, b, c, typeof(a), typeof(b), typeof(c) FROM t ORDER BY rowid')[0]?.values ?? [];
    return { path, rows: back.map((r) => r.slice(0, 3)), types: back.map((r) => r.slice(3)) };
  } finally {
    db.close();
  }
}

describe('insertRows', () => {
  it('binds by pointer with the bundled sql.js (a sql.js upgrade that loses the C API fails here, not silently slower)', async () => {
    const rows = Array.from({ length: BATCH * 2 + 7 }, (_, i) => [`第${i % 5}组`, i, i % 3 === 0 ? null : '课后服务']);
    const out = await roundTrip(rows);
    expect(out.path).toBe('pointer');
    expect(out.rows).toEqual(rows);
  });

  it('keeps every kind of value exactly: text of any script, empty text, integers past 32 bits, fractions, null', async () => {
    const rows: SqlValue[][] = [
      ['', 0, null],
      ['00123', 2 ** 31, -1],
      ['中文、全角　空格', 2 ** 53 - 1, 1.5],
      ['😀 emoji 𠀀', -(2 ** 31), 0.1],
      ['a\u0000b', 123456789, 'line\nbreak'],
    ];
    const pointer = await roundTrip(rows);
    const plain = await roundTrip(rows, false);
    expect(pointer.path).toBe('pointer');
    expect(plain.path).toBe('sql.js');
    expect(pointer).toEqual({ ...plain, path: 'pointer' });
    expect(pointer.rows[1]).toEqual(['00123', 2 ** 31, -1]);
    expect(pointer.types[0]).toEqual(['text', 'integer', 'null']);
  });

  it('frees and re-encodes its strings when more than the cap are distinct, without changing what is stored', async () => {
    const rows = Array.from({ length: BATCH * 3 }, (_, i) => [`人${i}`, `组${i % 7}`, i]);
    const out = await roundTrip(rows, true, 10);
    expect(out.rows).toEqual(rows);
  });

  it('stores what sql.js itself stores, for any rows (property)', async () => {
    const value = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 6 }),
      fc.constantFrom('', '2024-09-02', '作业辅导'),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constant(null),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(value, value, value), { maxLength: BATCH + 30 }), async (rows) => {
        const pointer = await roundTrip(rows);
        const plain = await roundTrip(rows, false);
        expect(pointer.rows).toEqual(plain.rows);
        expect(pointer.types).toEqual(plain.types);
      }),
      { numRuns: 60 },
    );
  });
});
