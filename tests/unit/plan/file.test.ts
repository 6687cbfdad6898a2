import { describe, expect, it } from 'vitest';
import { planFileName, readPlanFile, withReview } from '../../../src/lib/plan/file.ts';
import { planToJson, v2ToV3, PlanV2Schema } from '../../../src/lib/plan/migrate.ts';
import { PLAN_VERSION, PlanSchema } from '../../../src/lib/plan/schema.ts';
import { REVIEW_STATUS_LABELS } from '../../../src/lib/plan/messages.ts';
import { cleanPlan, fixtureText } from './fixtures.ts';

/** The clean plan as a version 2 file wrote it: the status in Chinese under `status`. */
function asV2(status: { state: string; reason: string; date: string }) {
  const { review: _review, ...rest } = cleanPlan();
  return { ...rest, version: 2, status };
}

describe('the review status of a plan file', () => {
  it('labels each status as the school and the 学段中心 say it', () => {
    expect(REVIEW_STATUS_LABELS).toEqual({ draft: '草稿', submitted: '已提交', filed: '已备案', returned: '退回' });
  });

  it('a version 2 status becomes the review record; a plain 草稿 leaves no review field', () => {
    const returned = v2ToV3(PlanV2Schema.parse(asV2({ state: '退回', reason: '补充审查记录', date: '2025-09-10' })));
    expect(PlanSchema.parse(returned).review).toEqual({ status: 'returned', reason: '补充审查记录', date: '2025-09-10' });
    const submitted = PlanSchema.parse(v2ToV3(PlanV2Schema.parse(asV2({ state: '已提交', reason: '', date: '' }))));
    expect(submitted.review).toEqual({ status: 'submitted' });
    const draft = PlanSchema.parse(v2ToV3(PlanV2Schema.parse(asV2({ state: '草稿', reason: '', date: '' }))));
    expect('review' in draft).toBe(false);
    expect(draft).toEqual(cleanPlan());
  });

  it('readPlanFile reads a version 2 file through the migration and names the upgrade', () => {
    const r = readPlanFile(JSON.stringify(asV2({ state: '已备案', reason: '', date: '2025-10-01' })), '明珠小学.json');
    if (!r.ok) throw new Error(r.messages.join('\n'));
    expect(r.status).toBe('filed');
    expect(r.plan.version).toBe(PLAN_VERSION);
    expect(r.notes).toEqual([`这是第 2 版的一校一方案文件,已按第 ${PLAN_VERSION} 版读入;再次保存即为新版本。`]);
  });

  it('readPlanFile gives the status and the same findings the builder shows', () => {
    const r = readPlanFile(fixtureText('returned-plan.json'), 'returned-plan.json');
    if (!r.ok) throw new Error(r.messages.join('\n'));
    expect(r.status).toBe('returned');
    expect(r.plan.review?.reviewer).toBe('浦东新区学段中心 王老师');
    expect(r.findings).toEqual([]);
    const noReason = withReview(r.plan, { status: 'returned' });
    const again = readPlanFile(planToJson(noReason));
    expect(again.ok && again.findings.map((f) => f.rule)).toEqual(['plan.status-reason']);
  });

  it('a file without a review is a 草稿; damaged or foreign files give messages naming the file', () => {
    const r = readPlanFile(fixtureText('clean-plan.json'));
    expect(r.ok && r.status).toBe('draft');
    const bad = readPlanFile('{"format":"kehou-plan"', '坏文件.json');
    expect(bad).toEqual({ ok: false, messages: [expect.stringContaining('文件「坏文件.json」不是有效的 JSON')] });
    const foreign = readPlanFile(fixtureText('foreign-allocation-scenario.json'), 'x.json');
    expect(foreign.ok).toBe(false);
  });

  it('withReview keeps only what was given, trimmed, and round-trips through the file', () => {
    const plan = withReview(cleanPlan(), { status: 'filed', reason: ' ', reviewer: ' 王老师 ', date: '2026-11-28' });
    expect(plan.review).toEqual({ status: 'filed', reviewer: '王老师', date: '2026-11-28' });
    const r = readPlanFile(planToJson(plan));
    expect(r.ok && r.plan).toEqual(plan);
  });
});

describe('the exported files’ name', () => {
  it('is the document’s title, without characters a file name cannot hold', () => {
    const plan = cleanPlan();
    plan.school.name = ' 明珠小学/东校区 ';
    plan.school.schoolYear = '2025学年';
    expect(planFileName(plan, 'docx')).toBe('明珠小学_东校区2025学年课后服务实施方案.docx');
    plan.school.name = '';
    expect(planFileName(plan, 'md')).toBe('2025学年课后服务实施方案.md');
  });
});
