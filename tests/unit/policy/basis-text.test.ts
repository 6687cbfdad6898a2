/**
 * "本站默认" says "可在设置中修改" only where a setting really changes the check: the template's column names
 * (the 列对应 step), the semester and the holidays do; the rest of the file format and the plan builder's
 * validity checks do not, and must not promise it.
 */
import { describe, expect, it } from 'vitest';
import { basisText } from '../../../src/lib/policy/basis-text.ts';
import { FORMAT_CHECKS } from '../../../src/lib/ledger/format/format-checks.ts';
import { PLAN_CHECKS } from '../../../src/lib/plan/checks.ts';

const format = (id: string) => basisText(FORMAT_CHECKS.find((c) => c.id === id)!.basis);
const plan = (id: string) => basisText(PLAN_CHECKS.find((c) => c.id === id)!.basis);

describe('basisText promises a setting only where there is one', () => {
  it('column checks and the calendar defaults: 可在设置中修改', () => {
    for (const id of ['file.unknown-kind', 'file.missing-columns', 'file.mostly-ignored']) expect(format(id)).toBe('本站默认(本站标准模板)(可在设置中修改)');
    expect(format('settings.semester-inferred')).toBe('本站默认(按上海常规推定学期起止)(可在设置中修改)');
    expect(format('settings.holiday-data')).toContain('(可在设置中修改)');
  });

  it('the rest of the file format and the plan builder\'s own checks: the default named, no setting promised', () => {
    for (const id of ['file.unreadable', 'file.unbalanced-quotes', 'file.control-characters', 'file.ragged-row', 'file.no-rows', 'file.total-rows', 'file.other-sheets', 'cell.leading-zero'])
      expect(format(id)).toBe('本站默认(本站标准模板)');
    expect(plan('plan.group-head')).toBe('本站默认(领导小组注明组长是本站的建议,通知只要求建立健全领导小组。)');
    expect(plan('plan.period-times')).not.toContain('可在设置中修改');
  });

  it('descriptions of the reading checks match what is read today (.xlsx is read, the header may be below title rows)', () => {
    const description = (id: string) => FORMAT_CHECKS.find((c) => c.id === id)!.description;
    expect(description('file.unreadable')).not.toContain('.xlsx');
    expect(description('file.no-header')).not.toMatch(/第 1 行应是/);
  });
});
