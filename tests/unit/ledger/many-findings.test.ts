import { describe, expect, it } from 'vitest';
import { check } from './helpers.ts';
import { FINDINGS_PER_RULE } from '../../../src/lib/ledger/engine/run-rules.ts';

const HEADER = '日期,时段,开始时间,结束时间,班级或活动,服务类型,活动类别,活动内容,场地,参与学生人数,工号,姓名,人员类别,职责,课时数';
const ROWS = 5_000;

/** One row per (班级, day): distinct sessions, each breaking the rule under test. */
function ledger(role: string, hours: string): Map<string, string> {
  const lines = [HEADER];
  for (let i = 0; i < ROWS; i++) {
    const day = String((i % 20) + 4).padStart(2, '0');
    lines.push(`2024-11-${day},第一时段,15:30,16:30,班${Math.floor(i / 20)},作业辅导,,答疑,教室${i},30,T${i},教师${i},本校教职工,${role},${hours}`);
  }
  return new Map([['ledger.csv', lines.join('\r\n')]]);
}

describe('a check where every row has a finding', () => {
  it('lists the first 1,000 bad cells and counts the other 4,000', async () => {
    const report = await check(ledger('主持人', '1.5'));
    const cells = report.findings.filter((f) => f.rule === 'cell.invalid');
    expect(cells.filter((f) => f.row !== null)).toHaveLength(FINDINGS_PER_RULE);
    expect(cells.filter((f) => f.row === null).map((f) => f.message)).toEqual([expect.stringContaining('另有 4,000 条未列出')]);
    expect(cells.filter((f) => f.row !== null).map((f) => f.row)).toEqual(Array.from({ length: FINDINGS_PER_RULE }, (_, i) => i + 2));
  });

  it('lists the first 1,000 findings of a rule and counts the rest, so the report stays proportional', async () => {
    const report = await check(ledger('主讲', '9'));
    const hits = report.findings.filter((f) => f.rule === 'ledger.hours-exceed-duration');
    expect(hits).toHaveLength(FINDINGS_PER_RULE + 1);
    expect(hits.find((f) => f.row === null)?.message).toContain('另有 4,000 条未列出');
    expect(JSON.stringify(report).length).toBeLessThan(2_000_000);
  });
});
