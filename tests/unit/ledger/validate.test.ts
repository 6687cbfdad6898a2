import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/lib/ledger/format/parse.ts';
import { validateFile } from '../../../src/lib/ledger/format/validate.ts';
import { said, type LedgerMessageCode, type LedgerMessageParams } from '../../../src/lib/ledger/messages.ts';

const sentence = <C extends LedgerMessageCode>(code: C, params: LedgerMessageParams<C>) => said(code, params).message;
import { MAX_CELL_CHARS } from '../../../src/lib/ledger/format/fields.ts';
import { headersOf } from '../../../src/lib/ledger/format/kinds.ts';
import type { Finding } from '../../../src/lib/ledger/types.ts';
import { fixtureSet } from './helpers.ts';

const CHINESE = /[\u4e00-\u9fff]/;
const LEDGER_HEADER = headersOf('ledger');

/** A valid 台账 row, keyed by header; `with` changes some cells. */
const BASE: Record<string, string> = {
  日期: '2024-11-01',
  时段: '第一时段',
  开始时间: '15:30',
  结束时间: '16:30',
  班级或活动: '一(1)班',
  服务类型: '作业辅导',
  活动类别: '',
  活动内容: '完成当日书面作业',
  场地: '一(1)班教室',
  参与学生人数: '25',
  工号: '00007',
  姓名: '谭红',
  人员类别: '本校教职工',
  职责: '主讲',
  课时数: '1.5',
};

const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const ledgerRow = (changes: Record<string, string> = {}) => LEDGER_HEADER.map((h) => csvCell(changes[h] ?? BASE[h]!)).join(',');
const ledgerCsv = (...rows: Record<string, string>[]) => [LEDGER_HEADER.join(','), ...rows.map((r) => ledgerRow(r))].join('\r\n') + '\r\n';
const validate = (text: string, file = 'ledger.csv') => validateFile(file, parseCsv(text));

/** The findings of a one-row 台账 with `changes`. */
function cellFindings(changes: Record<string, string>): Finding[] {
  return validate(ledgerCsv(changes)).findings;
}

describe('validateFile: file-level problems', () => {
  it('the clean fixtures validate without any finding, every row loaded', () => {
    for (const [name, text] of fixtureSet()) {
      const parsed = parseCsv(text);
      const v = validateFile(name, parsed);
      expect(v.findings, name).toEqual([]);
      expect(v.kind, name).not.toBeNull();
      expect(v.rows.length, name).toBe(parsed.records.length);
    }
  });

  it('no header', () => {
    const v = validate('\n\n');
    expect(v.kind).toBeNull();
    expect(v.findings).toEqual([expect.objectContaining({ rule: 'file.no-header', severity: 'error', file: 'ledger.csv', message: sentence('noHeader', {}) })]);
  });

  it('unknown header → file.unknown-kind on row 1, quoting the header', () => {
    const v = validate('序号,学生姓名,成绩\n1,张三,90\n', 'scores.csv');
    expect(v.kind).toBeNull();
    expect(v.rows).toEqual([]);
    expect(v.findings).toHaveLength(1);
    expect(v.findings[0]).toMatchObject({ rule: 'file.unknown-kind', severity: 'error', file: 'scores.csv', row: 1 });
    expect(v.findings[0]!.message).toContain('序号,学生姓名,成绩');
  });

  it('missing columns → file.missing-columns naming the kind and each missing column', () => {
    const header = LEDGER_HEADER.filter((h) => h !== '职责' && h !== '场地');
    const v = validate(header.join(',') + '\n' + header.map((h) => BASE[h]).join(',') + '\n');
    expect(v.kind).toBeNull();
    expect(v.findings).toHaveLength(1);
    const f = v.findings[0]!;
    expect(f).toMatchObject({ rule: 'file.missing-columns', severity: 'error', clause: '1.2.1', row: 1 });
    expect(f.message).toContain('课后服务工作台账');
    expect(f.message).toContain('场地');
    expect(f.message).toContain('职责');
  });

  it('a duplicate header → file.duplicate-columns naming the column and its positions', () => {
    const v = validate('月份,工号,姓名,总课时数,姓名\n2024-11,00001,曹俊杰,56.25,曹俊杰\n', 'monthly-disclosure.csv');
    expect(v.kind).toBeNull();
    expect(v.findings).toEqual([
      expect.objectContaining({ rule: 'file.duplicate-columns', severity: 'error', clause: '1.2.2', row: 1, column: '姓名', message: sentence('duplicateColumn', { header: '姓名', columns: [3, 5] }) }),
    ]);
  });

  it('a header duplicated only by surrounding spaces is still a duplicate', () => {
    const v = validate('班级或活动,学生人数, 学生人数 \n一(1)班,30,30\n', 'class-roster.csv');
    expect(v.findings.map((f) => f.rule)).toEqual(['file.duplicate-columns']);
  });

  it('an extra column is an info finding and the rows still load', () => {
    const v = validate('班级或活动,学生人数,班主任\n一(1)班,30,王老师\n', 'class-roster.csv');
    expect(v.kind).toBe('classRoster');
    expect(v.findings).toEqual([expect.objectContaining({ rule: 'file.extra-columns', severity: 'info', row: 1, message: sentence('extraColumns', { extra: ['班主任'] }) })]);
    expect(v.rows).toEqual([{ row: 2, value: { group: '一(1)班', students: 30 } }]);
  });

  it('reordered columns map cells by header, not by position', () => {
    const v = validate('学生人数,班级或活动\n30,一(1)班\n', 'class-roster.csv');
    expect(v.rows).toEqual([{ row: 2, value: { group: '一(1)班', students: 30 } }]);
  });

  it('ragged rows and unbalanced quotes become findings with their row, and those rows are not loaded', () => {
    const text = ledgerCsv({}) + '2024-11-01,第一时段\r\n' + ledgerRow({ 工号: '00008' }) + '\r\n"2024-11-04,第一时段\r\n';
    const v = validate(text);
    expect(v.findings.map((f) => [f.rule, f.row]).sort((a, b) => Number(a[1]) - Number(b[1]))).toEqual([
      ['file.ragged-row', 3],
      ['file.unbalanced-quotes', 5],
    ]);
    expect(v.findings.every((f) => CHINESE.test(f.message) && f.severity === 'error')).toBe(true);
    expect(v.rows.map((r) => r.row)).toEqual([2, 4]);
  });
});

describe('validateFile: one finding per bad cell', () => {
  it('a valid row gives none and is normalised', () => {
    const v = validate(ledgerCsv({}));
    expect(v.findings).toEqual([]);
    expect(v.rows).toEqual([
      {
        row: 2,
        value: {
          date: '2024-11-01', period: '第一时段', start: 930, end: 990, group: '一(1)班', serviceType: '作业辅导', category: '',
          content: '完成当日书面作业', venue: '一(1)班教室', students: 25, staffId: '00007', name: '谭红', staffType: '本校教职工', role: '主讲', hours: 150,
        },
      },
    ]);
  });

  it.each([
    ['2024/9/2', '2024-09-02'],
    ['2024年9月2日', '2024-09-02'],
    ['2024-9-2', '2024-09-02'],
    [' 2024-11-01 ', '2024-11-01'],
    ['2024/12/31', '2024-12-31'],
    ['2024.11.01', '2024-11-01'],
    ['２０２４/１１/４', '2024-11-04'],
    ['2024/11/4 0:00', '2024-11-04'],
  ])('accepts the date %s as %s', (input, normalised) => {
    const v = validate(ledgerCsv({ 日期: input }));
    expect(v.findings).toEqual([]);
    expect((v.rows[0]!.value as { date: string }).date).toBe(normalised);
  });

  it.each(['24-11-01', '0999-11-01', '2101-01-01'])('rejects the date %s on 日期: the year must be 2000–2100', (input) => {
    expect(cellFindings({ 日期: input })).toEqual([
      { rule: 'cell.invalid', clause: '1.2.1', severity: 'error', file: 'ledger.csv', row: 2, column: '日期', ...said('dateYearRange', { value: input }) },
    ]);
  });

  it.each(['2024-02-30', '2024-13-01', '11/01/2024', '明天', '2024年11月'])('rejects the date %s on 日期', (input) => {
    expect(cellFindings({ 日期: input })).toEqual([
      { rule: 'cell.invalid', clause: '1.2.1', severity: 'error', file: 'ledger.csv', row: 2, column: '日期', ...said('invalidDate', { value: input }) },
    ]);
  });

  it.each([['开始时间', '25:00'], ['开始时间', '15.30'], ['结束时间', '16:60'], ['结束时间', '下午四点']])('rejects the time %s = %s', (column, input) => {
    expect(cellFindings({ [column]: input })).toEqual([expect.objectContaining({ column, row: 2, message: sentence('invalidTime', { value: input }) })]);
  });

  it('accepts 9:05 and a full-width colon', () => {
    expect(cellFindings({ 开始时间: '9:05' })).toEqual([]);
    const v = validate(ledgerCsv({ 开始时间: '15\uFF1A30' }));
    expect(v.findings).toEqual([]);
    expect((v.rows[0]!.value as { start: number }).start).toBe(15 * 60 + 30);
  });

  it('end not after start → one finding on 结束时间', () => {
    expect(cellFindings({ 结束时间: '15:00' })).toEqual([expect.objectContaining({ column: '结束时间', message: sentence('endBeforeStart', { start: '15:30', end: '15:00' }) })]);
    expect(cellFindings({ 结束时间: '15:30' })).toEqual([expect.objectContaining({ column: '结束时间', message: sentence('endBeforeStart', { start: '15:30', end: '15:30' }) })]);
  });

  it('素质教育 without 活动类别 → a finding on 活动类别; with one it is fine', () => {
    expect(cellFindings({ 服务类型: '素质教育' })).toEqual([expect.objectContaining({ column: '活动类别', message: sentence('categoryRequired', {}) })]);
    expect(cellFindings({ 服务类型: '素质教育', 活动类别: '体育' })).toEqual([]);
  });

  it.each(['-1', 'abc', '1.5课时', '1.555', ''])('rejects 课时数 %j', (input) => {
    const f = cellFindings({ 课时数: input });
    expect(f).toEqual([expect.objectContaining({ column: '课时数', row: 2 })]);
    expect(f[0]!.message).toBe(input ? sentence('invalidNumber', { value: input }) : sentence('required', { header: '课时数' }));
  });

  it.each(['0', '1', '1.5', '0.75', '2.50'])('accepts 课时数 %s', (input) => {
    expect(cellFindings({ 课时数: input })).toEqual([]);
  });

  it.each(['-3', '2.5', '二十'])('rejects 参与学生人数 %s', (input) => {
    expect(cellFindings({ 参与学生人数: input })).toEqual([expect.objectContaining({ column: '参与学生人数', message: sentence('invalidInteger', { value: input }) })]);
  });

  it('an enum cell outside its list names the allowed values', () => {
    const f = cellFindings({ 职责: '班主任' });
    expect(f).toEqual([expect.objectContaining({ column: '职责' })]);
    expect(f[0]!.message).toContain('主讲、助教、看护、值班管理');
  });

  it('several bad cells in one row → one finding each, in their columns', () => {
    const f = cellFindings({ 日期: '2024-02-30', 时段: '第四时段', 开始时间: '25:00', 参与学生人数: '2.5', 课时数: '-1', 姓名: '' });
    expect(f.map((x) => x.column).sort()).toEqual(['参与学生人数', '姓名', '开始时间', '日期', '时段', '课时数'].sort());
    expect(f.every((x) => x.row === 2 && x.rule === 'cell.invalid' && CHINESE.test(x.message))).toBe(true);
  });

  it('rows are numbered as a spreadsheet shows them, after multi-line cells and blank rows', () => {
    const text = ledgerCsv({ 活动内容: '第一行\n第二行\n第三行' }) + '\r\n' + ledgerRow({ 课时数: 'x' }) + '\r\n';
    expect(validate(text).findings).toEqual([expect.objectContaining({ row: 4, column: '课时数' })]);
  });

  it('IDs keep their leading zeros', () => {
    expect((validate(ledgerCsv({ 工号: '000123' })).rows[0]!.value as { staffId: string }).staffId).toBe('000123');
  });

  it('money: at most two decimals, as 分', () => {
    const pay = (amount: string) => validate(`学期,工号,姓名,总课时数,报酬金额\n2024-2025学年第一学期,00001,曹俊杰,56.25,${csvCell(amount)}\n`, 'pay-report.csv');
    expect(pay('4781.25').rows[0]!.value).toMatchObject({ amount: 478125, hours: 5625 });
    expect(pay('4781.250').rows[0]!.value).toMatchObject({ amount: 478125 });
    expect(pay('4781.255').findings).toEqual([expect.objectContaining({ column: '报酬金额', row: 2, message: sentence('invalidMoney', { value: '4781.255' }) })]);
    expect(pay('-5').findings).toEqual([expect.objectContaining({ column: '报酬金额', message: sentence('invalidMoney', { value: '-5' }) })]);
    expect(pay('¥100').findings).toHaveLength(1);
  });

  it('月度汇总: bad month and unreadable 参与日期 are findings on their columns', () => {
    const sum = (month: string, dates: string) => validate(`月份,工号,姓名,参与日期,参与天数,总课时数\n${month},00001,曹俊杰,${csvCell(dates)},2,3\n`, 'monthly-summary.csv');
    expect(sum('2024-11', '1、4').findings).toEqual([]);
    for (const list of ['1;4', '1,4', '1\uFF1B4', '1\uFF0C4', '2024-11-01\uFF0C2024-11-04', '1 4']) {
      const v = sum('2024-11', list);
      expect(v.findings, list).toEqual([]);
    }
    expect(sum('2024-13', '1、4').findings).toEqual([expect.objectContaining({ column: '月份', message: sentence('invalidMonth', { value: '2024-13' }) })]);
    expect(sum('2024-11', '1、31').findings).toEqual([expect.objectContaining({ column: '参与日期', message: sentence('invalidDates', { value: '1、31' }) })]);
  });

  it('校外人员名册: 核验 must be 是/否 and 违法信息查询 one of its three values', () => {
    const roster = (check: string, record: string) =>
      validate(`工号,姓名,人员类别,所属单位,学历证明核验,资格证书核验,违法信息查询,身心健康核验,审查日期\nW1,宋文,校外专业人员,中心,${check},是,${record},是,2024-10-18\n`, 'external-roster.csv');
    expect(roster('是', '无记录').findings).toEqual([]);
    expect(roster('Y', '没有').findings.map((f) => f.column)).toEqual(['学历证明核验', '违法信息查询']);
  });
});

describe('validateFile: huge cells', () => {
  const MB = 1024 * 1024;

  it('a 1 MB text cell → the too-long message, short itself', () => {
    const big = '课'.repeat(MB);
    const f = cellFindings({ 活动内容: big });
    expect(f).toEqual([expect.objectContaining({ column: '活动内容', row: 2, message: sentence('tooLong', { header: '活动内容', length: MB, limit: MAX_CELL_CHARS }) })]);
    expect(f[0]!.message.length).toBeLessThan(200);
  });

  it('a 1 MB cell in a date, number or list column gives a short message too', () => {
    const big = '9'.repeat(MB);
    const f = cellFindings({ 日期: big, 课时数: big, 职责: big, 参与学生人数: big });
    expect(f.map((x) => x.column).sort()).toEqual(['参与学生人数', '日期', '职责', '课时数'].sort());
    for (const x of f) expect(x.message.length, x.column!).toBeLessThan(300);
  });

  it('a 1 MB header cell gives a short unknown-kind message', () => {
    const v = validate(`${'列'.repeat(MB)},b\n1,2\n`);
    expect(v.findings).toHaveLength(1);
    expect(v.findings[0]!.rule).toBe('file.unknown-kind');
    expect(v.findings[0]!.message.length).toBeLessThan(500);
  });

  it('a 1 MB extra header column gives a short info message', () => {
    const v = validate(`班级或活动,学生人数,${'备'.repeat(MB)}\n一(1)班,30,x\n`, 'class-roster.csv');
    expect(v.kind).toBe('classRoster');
    expect(v.findings).toEqual([expect.objectContaining({ rule: 'file.extra-columns' })]);
    expect(v.findings[0]!.message.length).toBeLessThan(500);
  });

  it('thousands of extra columns give a short info message that counts them', () => {
    const extra = Array.from({ length: 5000 }, (_, i) => `备注${i}`);
    const v = validate(`班级或活动,学生人数,${extra.join(',')}\n一(1)班,30\n`, 'class-roster.csv');
    expect(v.findings[0]!.rule).toBe('file.extra-columns');
    expect(v.findings[0]!.message).toContain('等 5000 列');
    expect(v.findings[0]!.message.length).toBeLessThan(500);
  });
});
