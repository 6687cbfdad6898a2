import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { headersOf, KIND_ORDER, type FileKind } from '../../../src/lib/ledger/format/kinds.ts';
import { toCsv } from '../../../src/lib/ledger/summaries/export.ts';
import { defaultSettings } from '../../../src/lib/ledger/index.ts';
import type { CheckReport } from '../../../src/lib/ledger/types.ts';
import { bytes, check, fixtureSet } from './helpers.ts';

const CHINESE = /[\u4e00-\u9fff]/;

/** What every report must satisfy, whatever went in. */
function expectWellFormed(report: CheckReport, names: string[]) {
  expect(report.files.map((f) => f.name)).toEqual(names);
  for (const f of report.findings) {
    expect(['error', 'warning', 'info']).toContain(f.severity);
    expect(f.message).toMatch(CHINESE);
    expect(f.message.length).toBeLessThan(2000);
    if (f.row !== null) expect(f.row).toBeGreaterThanOrEqual(1);
    if (f.file !== null) expect(names).toContain(f.file);
  }
}

// Plausible values of each column, mixed with junk: the rules' SQL must cope with anything the
// zod layer lets through, and the zod layer with anything at all.
const VALUES: Record<string, string[]> = {
  日期: ['2024-11-01', '2024-11-02', '2024/11/4', '2024年11月5日', '2024-10-01', '2025-02-30'],
  月份: ['2024-11', '2024-10', '2024/11', '2024-13'],
  学期: ['2024-2025学年第一学期', '2024-2025学年第二学期', '第一学期'],
  时段: ['第一时段', '第二时段', '第三时段', '第四时段'],
  开始时间: ['15:30', '16:30', '07:30', '12:00', '17:30', '25:00'],
  结束时间: ['16:30', '17:30', '18:00', '15:00', '19:30'],
  班级或活动: ['一(1)班', '二(1)班', '篮球社团', "O'Brien \"班\""],
  服务类型: ['作业辅导', '素质教育', '看护'],
  活动类别: ['', '体育', '阅读', '美术'],
  活动内容: ['完成作业', '刷题', '午间看管', '晚自习', '讲授新课', ''],
  场地: ['一(1)班教室', '操场', ''],
  参与学生人数: ['0', '25', '30', '1000000', '2.5'],
  学生人数: ['30', '0', '-1'],
  工号: ['00001', '00002', 'W0001', 'W0002', "'; DROP TABLE ledger; --"],
  姓名: ['曹俊杰', '唐欣然', '宋文', ''],
  人员类别: ['本校教职工', '退休教师', '校外专业人员', '第三方机构人员', '家长'],
  职责: ['主讲', '助教', '看护', '值班管理', '班主任'],
  课时数: ['0', '1', '1.5', '99999', '-1'],
  总课时数: ['0', '1.5', '56.25', '999999999'],
  参与日期: ['1、4、5', '2024-11-01;2024-11-04', '32', ''],
  参与天数: ['0', '3', '21'],
  拟发放报酬: ['0', '85', '4781.25', '0.001'],
  报酬金额: ['0', '85', '4781.25', '999999999.99'],
  所属单位: ['中心', ''],
  学历证明核验: ['是', '否', '?'],
  资格证书核验: ['是', '否'],
  违法信息查询: ['无记录', '有记录', '未查询'],
  身心健康核验: ['是', '否'],
  审查日期: ['2024-10-18', '2024-11-20', 'x'],
};

const cellFor = (header: string) =>
  fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...(VALUES[header] ?? ['x'])) }, { weight: 1, arbitrary: fc.string({ maxLength: 6 }) });

const fileOf = (kind: FileKind) =>
  fc.array(fc.tuple(...headersOf(kind).map(cellFor)), { maxLength: 25 }).map((rows) => ({ kind, text: toCsv(headersOf(kind), rows) }));

describe('checkLedgerFiles: laws over the whole engine', () => {
  it('template files with random (valid and invalid) cells: never throws, every finding well-formed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.constantFrom(...KIND_ORDER), { minLength: 1, maxLength: 7 }).chain((kinds) => fc.tuple(...kinds.map(fileOf))), async (files) => {
        const names = files.map((f) => `${f.kind}.csv`);
        const report = await check(files.map((f, i) => ({ name: names[i]!, bytes: bytes(f.text) })));
        expectWellFormed(report, names);
        for (const [i, f] of files.entries()) expect(report.files[i]!.kind).toBe(f.kind);
      }),
      { numRuns: 60 },
    );
  });

  it('arbitrary bytes as a file beside the clean set: never throws, the clean files still checked', async () => {
    const clean = [...fixtureSet()].map(([name, text]) => ({ name, bytes: bytes(text) }));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 400 }), fc.string({ maxLength: 200 }).map(bytes)), async (junk) => {
        const inputs = [...clean, { name: 'junk.csv', bytes: junk }];
        const report = await check(inputs);
        expectWellFormed(report, inputs.map((i) => i.name));
        expect(report.files.filter((f) => f.name !== 'junk.csv').every((f) => f.kind !== null)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('a 1 MB cell in a 台账 goes through the whole check with a short message', async () => {
    const files = fixtureSet();
    const ledger = files.get('ledger.csv')!.split('\n');
    const header = headersOf('ledger');
    const row = header.map((h) => (h === '活动内容' ? '课'.repeat(1024 * 1024) : ''));
    // The fixture's lines end in CRLF (split on LF, each keeps its CR).
    ledger.splice(2, 0, toCsv(header, [row], { bom: false }).split('\r\n')[1]! + '\r');
    files.set('ledger.csv', ledger.join('\n'));
    const report = await check(files, defaultSettings());
    expectWellFormed(report, [...files.keys()]);
    const f = report.findings.filter((x) => x.file === 'ledger.csv' && x.row === 3);
    expect(f.map((x) => x.column)).toContain('活动内容');
    expect(f.find((x) => x.column === '活动内容')!.message).toContain('超过 2000 个字符');
  });

  it('a bare LF among CRLF line ends (files pasted together) ends its row like the others: same rows, same findings', async () => {
    const files = fixtureSet('duplicate-row');
    const clean = await check(files);
    const ledger = files.get('ledger.csv')!.split('\r\n');
    files.set('ledger.csv', ledger.slice(0, 3).join('\r\n') + '\n' + ledger.slice(3).join('\r\n'));
    const mixed = await check(files);
    expect(mixed.findings.length).toBeGreaterThan(0); // the planted duplicate, with its row number
    expect(mixed).toEqual(clean);
  });
});
