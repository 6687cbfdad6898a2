import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as XLSX from '@e965/xlsx';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkLedgerFiles, chooseKind, DEFAULT_MAX_BYTES, defaultSettings, loadXlsx, normalizeHeader, readInput, WORKBOOK_MAX_BYTES, type XlsxModule } from '../../../src/lib/ledger/index.ts';
import { said, type LedgerMessageCode, type LedgerMessageParams } from '../../../src/lib/ledger/messages.ts';
import { bytes, check, fixtureSet, FIXTURES, lines, sql } from './helpers.ts';

const sentence = <C extends LedgerMessageCode>(code: C, params: LedgerMessageParams<C>) => said(code, params).message;
import { csvToSheet, INSTRUCTIONS, SCHOOL_HEADERS, schoolWorkbook, workbookBytes } from '../../fixtures/ledger/workbooks.ts';

const xlsx = XLSX as unknown as XlsxModule;
const clean = fixtureSet();
const LEDGER = clean.get('ledger.csv')!;
const [HEADER, ...ROWS] = lines(LEDGER).filter(Boolean);
const csvRows = (name: string) => lines(clean.get(name)!).filter(Boolean).length - 1;

/** The 台账 with the school's header words instead of the template's. */
function schoolHeaders(text: string): string {
  const [head, ...rest] = lines(text);
  return [head!.replace(/^\uFEFF/, '').split(',').map((h) => SCHOOL_HEADERS[h] ?? h).join(','), ...rest].join('\r\n');
}

describe('header words as schools write them', () => {
  it('normalises spaces, full-width characters, bracketed units and required marks', () => {
    expect(['课时数(节)', '课时数(节)', ' 课时数 ', '课时数*', '课 时 数', '【必填】课时数'].map(normalizeHeader)).toEqual(Array(6).fill('课时数'));
  });

  it('a 台账 with 教师工号/教师姓名/学生人数/课时/地点 is read as a 台账, not a 班级名册 (which would ignore 13 columns)', () => {
    const headers = HEADER!.replace(/^\uFEFF/, '').split(',').map((h) => SCHOOL_HEADERS[h] ?? h);
    const choice = chooseKind(headers);
    expect(choice.match?.kind).toBe('ledger');
    expect(choice.match?.missing).toEqual([]);
    expect(choice.match?.extra).toEqual([]);
  });

  it('a kind that would ignore most of the file\'s columns is refused, with an 错误', () => {
    const headers = ['班级或活动', '学生人数', '甲', '乙', '丙', '丁', '戊'];
    const choice = chooseKind(headers);
    expect(choice.match).toBeNull();
    expect(choice.refused?.kind).toBe('classRoster');
    const [table] = readInput({ name: 'x.csv', bytes: bytes(`${headers.join(',')}\n一(1)班,30,1,2,3,4,5\n`) });
    expect(table!.kind).toBeNull();
    expect(table!.findings).toEqual([expect.objectContaining({ rule: 'file.mostly-ignored', severity: 'error', file: 'x.csv', row: 1 })]);
  });

  it('a 台账 with synonym headers and a planted double booking is read as a 台账 and the clash is found', async () => {
    const planted = fixtureSet('person-double-booked');
    const expected = (await check(planted)).findings.filter((f) => f.rule === 'ledger.person-overlap');
    expect(expected.length).toBeGreaterThan(0);
    const report = await check(new Map([...planted].map(([n, t]) => [n, n === 'ledger.csv' ? schoolHeaders(t) : t])));
    expect(report.files.find((f) => f.name === 'ledger.csv')).toMatchObject({ kind: 'ledger', headerRow: 1, columns: expect.arrayContaining([{ header: '工号', from: '教师工号' }, { header: '课时数', from: '课时(节)' }]) });
    expect(report.findings.filter((f) => f.rule === 'ledger.person-overlap')).toEqual(expected);
  });

  it('a session written as one column (时间: 15:30-16:30) stands for 开始时间 and 结束时间', async () => {
    const [head, ...rest] = lines(LEDGER).filter(Boolean);
    const cells = (line: string) => line.match(/("[^"]*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
    const h = cells(head!.replace(/^\uFEFF/, ''));
    const s = h.indexOf('开始时间');
    const joined = [h.filter((_, i) => i !== s + 1).map((x, i) => (i === s ? '时间' : x)).join(','), ...rest.map((line) => {
      const c = cells(line);
      return [...c.slice(0, s), `${c[s]}-${c[s + 1]}`, ...c.slice(s + 2)].join(',');
    })].join('\n');
    const report = await check(new Map([...clean, ['ledger.csv', joined]]));
    expect(report.findings).toEqual([]);
    expect(report.files.find((f) => f.name === 'ledger.csv')?.columns).toEqual([{ header: '开始时间', from: '时间' }, { header: '结束时间', from: '时间' }]);
  });
});

describe('where the table starts and ends', () => {
  it('finds the header under any number of title, note and blank rows (up to 30), and keeps the rows Excel shows', () => {
    const noise = fc.oneof(fc.constant(''), fc.constant('某某小学课后服务工作台账(2024年11月)'), fc.constant('填写须知:'), fc.constant('"1、不能在该Excel表中删除列,日期请写 2024-11-04"'), fc.constant(',,,'));
    fc.assert(
      fc.property(fc.array(noise, { maxLength: 25 }), (above) => {
        const text = [...above, HEADER!.replace(/^\uFEFF/, ''), ROWS[0], ROWS[1]].join('\r\n');
        const [table] = readInput({ name: 'ledger.csv', bytes: bytes(text) });
        return table!.kind === 'ledger' && table!.headerRow === above.length + 1 && table!.parsed.records.map((r) => r.row).join() === `${above.length + 2},${above.length + 3}`;
      }),
      { numRuns: 60 },
    );
  });

  it('a title-row CSV: a bad cell is reported at the row Excel shows', async () => {
    const bad = ROWS[4]!.replace(',主讲,', ',主持,');
    const text = ['某某小学课后服务工作台账(2024年11月)', '', HEADER!.replace(/^\uFEFF/, ''), ...ROWS.slice(0, 4), bad, ...ROWS.slice(5)].join('\r\n');
    const report = await check(new Map([...clean, ['ledger.csv', text]]));
    expect(report.findings.filter((f) => f.file === 'ledger.csv')).toEqual([expect.objectContaining({ rule: 'cell.invalid', file: 'ledger.csv', row: 8, column: '职责' })]);
    expect(report.files.find((f) => f.name === 'ledger.csv')).toMatchObject({ headerRow: 3, rows: ROWS.length });
  });

  it('合计/小计 rows and a 制表人 footnote are left out with one 提示 each', () => {
    const text = ['月份,工号,姓名,总课时数', '2024-11,00001,曹俊杰,12', '2024-11,00002,唐欣然,8', '小计,,,20', '', '合 计,,,20', '制表人:王老师'].join('\n');
    const [table] = readInput({ name: 'disclosure.csv', bytes: bytes(text) });
    expect(table!.parsed.records.map((r) => r.row)).toEqual([2, 3]);
    expect(table!.skipped).toEqual([{ reason: 'total', rows: [4, 6] }, { reason: 'note', rows: [7] }]);
    expect(table!.findings).toEqual([
      expect.objectContaining({ rule: 'file.total-rows', severity: 'info', row: 4, message: sentence('totalRows', { rows: [4, 6] }) }),
      expect.objectContaining({ rule: 'file.note-rows', severity: 'info', row: 7 }),
    ]);
  });

  it('a header-only file is an 错误, never a green result', async () => {
    const report = await check(new Map([['ledger.csv', HEADER!]]));
    expect(report.findings).toEqual([expect.objectContaining({ rule: 'file.no-rows', severity: 'error', file: 'ledger.csv', row: 1 })]);
  });
});

describe('Excel workbooks', () => {
  it('a workbook over its own limit (40 MB, about the rows of a 100 MB CSV) is refused before it is opened, saying both limits', () => {
    expect(WORKBOOK_MAX_BYTES).toBeLessThan(DEFAULT_MAX_BYTES);
    const big = new Uint8Array(WORKBOOK_MAX_BYTES + 1);
    big.set([0x50, 0x4b, 0x03, 0x04]);
    let opened = false;
    const watching: XlsxModule = { ...(xlsx as XlsxModule), read: (...args) => ((opened = true), xlsx.read(...args)) };
    const [table] = readInput({ name: '全年台账.xlsx', bytes: big }, { xlsx: watching });
    expect(opened).toBe(false);
    expect(table!.findings[0]).toMatchObject({ rule: 'file.unreadable', code: 'workbookTooLarge' });
    expect(table!.findings[0]!.message).toContain('超过工作簿 40 MB 的上限');
    expect(table!.findings[0]!.message).toContain('CSV 文件的上限是 100 MB');
    // CSV files keep their own limit (a CSV is read by the CSV path, not held to the workbook's).
    expect(readInput({ name: '台账.csv', bytes: bytes(`${[...fixtureSet().get('ledger.csv')!.split('\n').slice(0, 3)].join('\n')}\n`) })[0]!.kind).toBe('ledger');
  });

  it('a workbook too large for memory is said to be too large, not damaged; any other failure is said as before', () => {
    const workbook = schoolWorkbook(fixtureSet());
    const failing = (error: Error): XlsxModule => ({ ...(xlsx as XlsxModule), read: () => { throw error; } });
    const [tooBig] = readInput({ name: '全年.xlsx', bytes: workbook }, { xlsx: failing(new RangeError('Invalid string length')) });
    expect(tooBig!.findings[0]).toMatchObject({ rule: 'file.unreadable', code: 'workbookTooBig' });
    expect(tooBig!.findings[0]!.message).toContain('单元格太多,浏览器内存不足');
    const [damaged] = readInput({ name: '坏.xlsx', bytes: workbook }, { xlsx: failing(new Error('bad zip')) });
    expect(damaged!.findings[0]).toMatchObject({ rule: 'file.unreadable', code: 'workbookUnreadable' });
  });

  it('the clean school as one workbook (title and 填写须知 rows, school headers, typed cells, a 合计 row): every sheet read, no finding beyond the 合计 提示', async () => {
    const report = await check([{ name: '课后服务.xlsx', bytes: schoolWorkbook(clean) }]);
    const ledger = report.files.find((f) => f.sheet === '台账');
    expect(ledger).toMatchObject({ name: '课后服务.xlsx', kind: 'ledger', encoding: null, headerRow: INSTRUCTIONS.length + 1, rows: ROWS.length, loaded: ROWS.length });
    expect(report.files.map((f) => f.kind).sort()).toEqual(['classRoster', 'externalRoster', 'ledger', 'monthlyDisclosure', 'monthlySummary', 'payReport', 'semesterDisclosure']);
    expect(report.findings.map((f) => [f.rule, f.sheet ?? null])).toEqual([
      ['file.other-sheets', null],
      ['file.total-rows', '月度汇总'],
    ]);
    expect(report.rules?.skipped).toEqual([]);
  });

  it('the workbook goes through the fast reader (the one loadXlsx gives the check), and the report is the same as through SheetJS alone', async () => {
    const input = { name: '课后服务.xlsx', bytes: schoolWorkbook(clean) };
    const tables = readInput(input, { xlsx: await loadXlsx() });
    expect(tables.map((t) => [t.sheet, t.engine])).toEqual(tables.map((t) => [t.sheet, 'fast']));
    expect(readInput(input, { xlsx }).map((t) => t.engine)).toEqual(tables.map(() => 'sheetjs'));
    const [viaFast, viaSheetJs] = await Promise.all([checkLedgerFiles([input], defaultSettings(), { SQL: await sql() }), checkLedgerFiles([input], defaultSettings(), { SQL: await sql(), xlsx })]);
    expect(viaFast.files).toEqual(viaSheetJs.files);
    expect(viaFast.findings).toEqual(viaSheetJs.findings);
  });

  it('a legacy .xls (Excel 97–2003, written by SheetJS as BIFF8) is read through SheetJS: the same rows, dates, times, numbers and 工号 as the CSV, at the rows Excel shows', async () => {
    const file = { name: '台账.xls', bytes: new Uint8Array(readFileSync(path.join(FIXTURES, 'legacy', '台账.xls'))) };
    const tables = readInput(file, { xlsx: await loadXlsx() });
    expect(tables.map((t) => [t.sheet, t.kind, t.headerRow, t.engine, t.findings])).toEqual([
      ['台账', 'ledger', INSTRUCTIONS.length + 1, 'sheetjs', []],
      ['班级名册', 'classRoster', 1, 'sheetjs', []],
    ]);
    const [csv] = readInput({ name: 'ledger.csv', bytes: bytes(LEDGER) });
    expect(tables[0]!.parsed.headers).toEqual(csv!.parsed.headers);
    expect(tables[0]!.parsed.records).toEqual(csv!.parsed.records.map((r) => ({ row: r.row + INSTRUCTIONS.length, cells: r.cells })));
    const report = await check([file, ...[...clean].filter(([n]) => n !== 'ledger.csv' && n !== 'class-roster.csv').map(([name, text]) => ({ name, bytes: bytes(text) }))]);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.files.filter((f) => f.name === '台账.xls').map((f) => [f.sheet, f.rows, f.loaded])).toEqual([
      ['台账', ROWS.length, ROWS.length],
      ['班级名册', csvRows('class-roster.csv'), csvRows('class-roster.csv')],
    ]);
  });

  it('a finding names the file and the sheet, at the row Excel shows', async () => {
    const planted = fixtureSet('person-double-booked');
    const csv = (await check(planted)).findings.filter((f) => f.rule === 'ledger.person-overlap');
    const report = await check([{ name: '台账.xlsx', bytes: schoolWorkbook(planted) }, ...[...planted].filter(([n]) => n !== 'ledger.csv').map(([name, text]) => ({ name, bytes: bytes(text) }))]);
    const found = report.findings.filter((f) => f.rule === 'ledger.person-overlap' && f.file === '台账.xlsx');
    expect(found.map((f) => [f.sheet, f.row])).toEqual(csv.map((f) => ['台账', f.row! + INSTRUCTIONS.length]));
  });

  it('text 工号 keep their leading zeros; a number 203 where others have 00203 is flagged', async () => {
    const roster = csvToSheet('工号,姓名,人员类别,所属单位,学历证明核验,资格证书核验,违法信息查询,身心健康核验,审查日期\n00203,王一,退休教师,,是,是,无记录,是,2024-09-01\n', { typed: true });
    roster['A2'] = { t: 'n', v: 203 };
    const ledgerText = `${HEADER}\n${ROWS[0]!.replace(/,0{0,4}\d+,([^,]+),本校教职工/, ',00203,王一,本校教职工')}`;
    const report = await check([{ name: '名册.xlsx', bytes: workbookBytes([['名册', roster]]) }, { name: 'ledger.csv', bytes: bytes(ledgerText) }]);
    expect(report.findings).toContainEqual(expect.objectContaining({ rule: 'cell.leading-zero', severity: 'warning', file: '名册.xlsx', sheet: '名册', row: 2, column: '工号', message: sentence('leadingZero', { id: '203', padded: '00203' }) }));
  });

  it('a damaged workbook is an 错误 that says so in Chinese', async () => {
    const broken = schoolWorkbook(clean).slice(0, 400);
    const report = await check([{ name: '坏.xlsx', bytes: broken }]);
    expect(report.findings).toEqual([expect.objectContaining({ rule: 'file.unreadable', severity: 'error', file: '坏.xlsx', message: sentence('workbookUnreadable', {}) })]);
  });
});

describe('one bad row never changes other rows\' checks', () => {
  it('adding one invalid row never removes a finding from other rows', async () => {
    const planted = fixtureSet('person-double-booked');
    const base = (await check(planted)).findings.filter((f) => f.row !== null && f.file === 'ledger.csv');
    const key = (f: { rule: string; row: number | null; column: string | null }) => `${f.rule}#${f.row}#${f.column}`;
    const badDate = fc.constantFrom('0999-11-01', '2999-01-01', '24-11-01', '2024-02-30', '明天', '');
    await fc.assert(
      fc.asyncProperty(badDate, fc.constantFrom('25:00', '15:30', 'x'), async (date, start) => {
        const text = planted.get('ledger.csv')!.replace(/\r?\n?$/, '\r\n') + `${date},第一时段,${start},16:30,一(1)班,作业辅导,,答疑,一(1)班教室,25,00007,谭红,本校教职工,主讲,1.5\r\n`;
        const after = new Set((await check(new Map([...planted, ['ledger.csv', text]]))).findings.map(key));
        return base.every((f) => after.has(key(f)));
      }),
      { numRuns: 6 },
    );
  });
});

describe('the school\'s own column names (the mapping step, saved in its settings)', () => {
  it('a column the synonyms do not know is read under the name the settings give it, as kehou check --settings does', async () => {
    const text = LEDGER.replace('课时数', '计量');
    const without = await check(new Map([['ledger.csv', text]]));
    expect(without.files[0]).toMatchObject({ kind: null });
    expect(without.findings).toEqual([expect.objectContaining({ rule: 'file.missing-columns', message: sentence('missingColumns', { kind: 'ledger', missing: ['课时数'] }) })]);
    const settings = { ...defaultSettings(), columns: { ledger: { 课时数: '计量' } } };
    const report = await check(new Map([['ledger.csv', text]]), settings);
    expect(report.files[0]).toMatchObject({ kind: 'ledger', columns: [{ header: '课时数', from: '计量' }] });
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });
});
