import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv, type ParsedCsv } from '../../../src/lib/ledger/format/parse.ts';
import { csvLine, toCsv } from '../../../src/lib/ledger/summaries/export.ts';
import { said } from '../../../src/lib/ledger/messages.ts';
import { FIXTURES } from './helpers.ts';

const SPECTRUM = path.join(FIXTURES, 'csv-spectrum');
const spectrumCases = readdirSync(path.join(SPECTRUM, 'csvs'))
  .filter((f) => f.endsWith('.csv'))
  .map((f) => f.replace(/\.csv$/, ''));

const asObjects = (parsed: ParsedCsv) =>
  parsed.records.map((r) => Object.fromEntries(parsed.headers.map((h, i) => [h, r.cells[i] ?? ''])));

const isBlankRow = (cells: readonly string[]) => cells.every((c) => c.trim() === '');

describe('parseCsv: the csv-spectrum suite', () => {
  it('has all eleven cases', () => {
    expect(spectrumCases).toHaveLength(11);
  });

  it.each(spectrumCases)('%s.csv equals %s.json', (name) => {
    const text = readFileSync(path.join(SPECTRUM, 'csvs', `${name}.csv`), 'utf8');
    const expected = JSON.parse(readFileSync(path.join(SPECTRUM, 'json', `${name}.json`), 'utf8')) as Record<string, string>[];
    const parsed = parseCsv(text);
    expect(parsed.problems).toEqual([]);
    expect(asObjects(parsed)).toEqual(expected);
  });
});

describe('parseCsv: rows as a spreadsheet numbers them', () => {
  it('header is row 1, the first record row 2', () => {
    const p = parseCsv('工号,姓名\n00001,曹俊杰\n00002,唐欣然\n');
    expect(p.headers).toEqual(['工号', '姓名']);
    expect(p.records).toEqual([
      { row: 2, cells: ['00001', '曹俊杰'] },
      { row: 3, cells: ['00002', '唐欣然'] },
    ]);
  });

  it('a quoted cell with line breaks keeps its record in one row, and the next record is the next row', () => {
    const text = '班级或活动,活动内容,学生人数\r\n一(1)班,"第一行\r\n第二行\r\n第三行",30\r\n二(1)班,阅读,28\r\n三(1)班,"a\nb",27\r\n';
    const p = parseCsv(text);
    expect(p.problems).toEqual([]);
    expect(p.records.map((r) => r.row)).toEqual([2, 3, 4]);
    expect(p.records[0]!.cells).toEqual(['一(1)班', '第一行\r\n第二行\r\n第三行', '30']);
    expect(p.records[2]!.cells[1]).toBe('a\nb');
  });

  it('numbers rows right in a file that mixes CRLF, LF and CR row ends; line breaks in quoted cells stay as written', () => {
    const text = '工号,姓名,备注\r\n00001,张三,a\n00002,李四,"多\r\n行"\r00003,王五,"b\nc"\r\n00004,赵六,d\n';
    const p = parseCsv(text);
    expect(p.problems).toEqual([]);
    expect(p.records).toEqual([
      { row: 2, cells: ['00001', '张三', 'a'] },
      { row: 3, cells: ['00002', '李四', '多\r\n行'] },
      { row: 4, cells: ['00003', '王五', 'b\nc'] },
      { row: 5, cells: ['00004', '赵六', 'd'] },
    ]);
    // Excel's own mix (CRLF rows, LF inside cells) reads as before.
    expect(parseCsv('a,b\r\n"x\ny",1\r\n2,3\r\n').records).toEqual([
      { row: 2, cells: ['x\ny', '1'] },
      { row: 3, cells: ['2', '3'] },
    ]);
  });

  it('skips blank rows but counts them (also rows of empty cells and spaces)', () => {
    const p = parseCsv('a,b\n1,2\n\n,\n  , \n3,4\n');
    expect(p.records).toEqual([
      { row: 2, cells: ['1', '2'] },
      { row: 6, cells: ['3', '4'] },
    ]);
    expect(p.problems).toEqual([]);
  });

  it('blank rows before the header are counted too', () => {
    const p = parseCsv('\n\na,b\n1,2\n');
    expect(p.headers).toEqual(['a', 'b']);
    expect(p.records).toEqual([{ row: 4, cells: ['1', '2'] }]);
  });

  it('reports ragged rows with their row, and keeps the record', () => {
    const p = parseCsv('a,b,c\n1,2\n1,2,3,4\n1,2,3\n');
    expect(p.problems).toEqual([
      { row: 2, rule: 'file.ragged-row', ...said('raggedRow', { found: 2, expected: 3 }) },
      { row: 3, rule: 'file.ragged-row', ...said('raggedRow', { found: 4, expected: 3 }) },
    ]);
    expect(p.records.map((r) => r.row)).toEqual([2, 3, 4]);
  });

  it('accepts trailing empty cells that Excel pads', () => {
    const p = parseCsv('a,b\n1,2,,\n3,4,\n');
    expect(p.problems).toEqual([]);
  });

  it('reports an unbalanced quote on the row where it starts', () => {
    const p = parseCsv('a,b\n1,2\n"3,4\n5,6\n');
    // A quote never closed: the row it starts on and every line after it were not read, and it says how many.
    expect(p.problems).toEqual([{ row: 3, rule: 'file.unbalanced-quotes', ...said('unterminatedQuote', { row: 3, lines: 2 }) }]);
    expect(p.unread).toEqual({ row: 3, lines: 2 });
    expect(p.problems[0]!.message).toContain('第 3 行起 2 行在未闭合的引号内,未检查');
    // No second, ragged-row report for the same row.
    expect(p.problems.filter((x) => x.row === 3)).toHaveLength(1);
  });

  it('reports a stray quote after a quoted cell', () => {
    const p = parseCsv('a,b\n1,2\n3,"4"x\n5,6\n');
    expect(p.problems.map((x) => x.row)).toContain(3);
    expect(p.problems.every((x) => x.rule === 'file.unbalanced-quotes')).toBe(true);
  });

  it('an unbalanced quote after a multi-line record is on the right row', () => {
    const p = parseCsv('a,b\n"x\ny\nz",1\n2,3\n"4,5\n');
    expect(p.records.slice(0, 2).map((r) => r.row)).toEqual([2, 3]);
    expect(p.problems).toEqual([{ row: 4, rule: 'file.unbalanced-quotes', ...said('unbalancedQuotes', {}) }]);
  });
});

describe('parseCsv: cells are text', () => {
  it('keeps IDs, numbers and booleans exactly as written', () => {
    const p = parseCsv('工号,课时数,x,y,z\n00123,1.50,TRUE,1e3, 0 \n');
    expect(p.records[0]!.cells).toEqual(['00123', '1.50', 'TRUE', '1e3', ' 0 ']);
  });

  it('reads a tab-separated file, and a CSV whose first quoted header cell holds a tab and a line break', () => {
    expect(parseCsv('a\tb\n1\t2\n').records[0]!.cells).toEqual(['1', '2']);
    const p = parseCsv('"x\ty\nz",b\r\n1,2\r\n');
    expect(p.headers).toEqual(['x\ty\nz', 'b']);
    expect(p.records).toEqual([{ row: 2, cells: ['1', '2'] }]);
  });

  it('an empty or blank text has no header', () => {
    expect(parseCsv('')).toEqual({ headers: [], records: [], problems: [], unread: null });
    expect(parseCsv('\n\r\n ,\n')).toEqual({ headers: [], records: [], problems: [], unread: null });
  });

  it('names a control character (NUL) and its row and column; other rows are read', () => {
    const p = parseCsv('工号,姓名\n001,王\u0000丽\n002,李明\n');
    expect(p.problems).toEqual([{ row: 2, rule: 'file.control-characters', ...said('controlCharacter', { column: '姓名', position: 2, name: 'NUL' }) }]);
    expect(p.records).toHaveLength(2);
  });
});

// Cells rich in what CSV must escape.
const cell = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom('a', 'Z', '0', ',', '"', '\r', '\n', '\t', ' ', '中', '文', '、', '\u3000', "'", '='), maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom('00123', '', ' ', '""', '"', ',', '\r\n', '2024-09-02', '课后服务') },
);

const table = fc.integer({ min: 2, max: 6 }).chain((width) =>
  fc.record({
    header: fc.array(cell, { minLength: width, maxLength: width }).filter((h) => !isBlankRow(h)),
    rows: fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 }),
  }),
);

describe('parseCsv: laws', () => {
  it('parseCsv(toCsv(table)) gives back the same cells, with non-blank rows numbered by position', () => {
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        const p = parseCsv(toCsv(header, rows, { bom: false }));
        expect(p.problems).toEqual([]);
        expect(p.headers).toEqual(header);
        const expected = rows.map((cells, i) => ({ row: i + 2, cells })).filter((r) => !isBlankRow(r.cells));
        expect(p.records).toEqual(expected);
      }),
      { numRuns: 600 },
    );
  });

  it('any mix of CRLF, LF and CR row ends gives the same records as CRLF alone', () => {
    const ends = fc.constantFrom('\r\n', '\n', '\r');
    fc.assert(
      fc.property(table, fc.array(ends, { minLength: 10, maxLength: 10 }), ({ header, rows }, rowEnds) => {
        const lines = [header, ...rows].map((cells, i) => csvLine(cells).replace(/\r\n$/, rowEnds[i % rowEnds.length]!));
        const p = parseCsv(lines.join(''));
        expect(p.problems).toEqual([]);
        expect(p.headers).toEqual(header);
        expect(p.records).toEqual(rows.map((cells, i) => ({ row: i + 2, cells })).filter((r) => !isBlankRow(r.cells)));
      }),
      { numRuns: 600 },
    );
  });

  it('a BOM at the start (as toCsv writes by default) does not reach the first header cell', () => {
    fc.assert(
      fc.property(table, ({ header, rows }) => {
        const p = parseCsv(toCsv(header, rows));
        expect(p.headers).toEqual(header);
        expect(p.records.map((r) => r.cells)).toEqual(rows.filter((r) => !isBlankRow(r)));
      }),
      { numRuns: 200 },
    );
  });

  it('never throws and terminates on arbitrary text; rows are increasing and at least 2', () => {
    const csvish = fc.string({ unit: fc.constantFrom('a', ',', '"', '\r', '\n', '\t', ' ', '中', '\uFEFF'), maxLength: 80 });
    fc.assert(
      fc.property(fc.oneof(csvish, fc.string({ unit: 'binary', maxLength: 200 })), (text) => {
        const p = parseCsv(text);
        const rows = p.records.map((r) => r.row);
        expect(rows.every((r, i) => r >= 2 && (i === 0 || r > rows[i - 1]!))).toBe(true);
        for (const problem of p.problems) {
          expect(problem.row).toBeGreaterThanOrEqual(1);
          expect(problem.message).toMatch(/[\u4e00-\u9fff]/);
        }
        for (const r of p.records) expect(r.cells.every((c) => typeof c === 'string')).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('a large text with a 1 MB quoted cell parses in one record', () => {
    const big = '课'.repeat(1024 * 1024);
    const p = parseCsv(`a,b\n1,"${big}"\n2,3\n`);
    expect(p.records.map((r) => r.row)).toEqual([2, 3]);
    expect(p.records[0]!.cells[1]!.length).toBe(big.length);
  });
});
