import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { PLAN_VERSION, PlanSchema, emptyPlan, gradesOf, periodName, reviewStatus } from '../../../src/lib/plan/schema.ts';
import { presetPlan, presetWouldOverwrite, PRESET_STAGES, schoolYearStart } from '../../../src/lib/plan/presets.ts';
import { describePath, PLAN_PATH_LABELS } from '../../../src/lib/plan/messages.ts';
import { describePath as describeFilePath } from '../../../src/lib/files/path.ts';
import { cleanPlan } from './fixtures.ts';

describe('PlanSchema', () => {
  it('fills every missing answer with an empty default, status 草稿 and 家长下班时间 17:30', () => {
    const plan = emptyPlan();
    expect(plan.version).toBe(PLAN_VERSION);
    expect(plan.review).toBeUndefined();
    expect(reviewStatus(plan)).toBe('draft');
    expect(plan.school.parentsOffWork).toBe('17:30');
    expect(plan.funding).toEqual({ allocation: '', disclosure: '', noFee: '' });
    expect(plan.external).toEqual({ used: false, selection: '', partners: [] });
  });

  it('refuses another format, another version and values outside the vocabulary', () => {
    expect(PlanSchema.safeParse({ format: 'kehou-allocation', version: PLAN_VERSION }).success).toBe(false);
    expect(PlanSchema.safeParse({ format: 'kehou-plan', version: 1 }).success).toBe(false);
    const bad = { ...cleanPlan(), review: { status: '通过' } };
    expect(PlanSchema.safeParse(bad).success).toBe(false);
    const badCell = cleanPlan();
    (badCell.timetable[0]!.cells[0] as { day: string }).day = '周六';
    expect(PlanSchema.safeParse(badCell).success).toBe(false);
  });

  it('covers every point of the plan: the clean fixture round-trips unchanged', () => {
    const plan = cleanPlan();
    expect(PlanSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
    for (const key of ['leadership', 'periods', 'timetable', 'consultation', 'content', 'venues', 'teachers', 'external', 'funding', 'quality', 'records', 'exclusions'])
      expect(plan).toHaveProperty(key);
  });

  it('any string answer survives a save and a load', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, venues) => {
        const plan = { ...emptyPlan(), venues, school: { ...emptyPlan().school, name } };
        expect(PlanSchema.parse(JSON.parse(JSON.stringify(plan)))).toEqual(plan);
      }),
    );
  });

  it('names grades the Shanghai way (5 + 4) and 时段 by position', () => {
    expect(gradesOf('小学')).toEqual(['一年级', '二年级', '三年级', '四年级', '五年级']);
    expect(gradesOf('初中')).toEqual(['六年级', '七年级', '八年级', '九年级']);
    expect(gradesOf('九年一贯制')).toHaveLength(9);
    expect([0, 1, 2, 3].map(periodName)).toEqual(['第一时段', '第二时段', '第三时段', '第4时段']);
  });

  it('presets give each stage its grades, 2–3 时段 and a timetable for every grade', () => {
    for (const stage of PRESET_STAGES) {
      const plan = presetPlan(stage);
      expect(plan.school.stage).toBe(stage);
      expect(plan.timetable.map((g) => g.grade)).toEqual(gradesOf(stage));
      expect(plan.periods.length).toBeGreaterThanOrEqual(2);
      expect(plan.periods.length).toBeLessThanOrEqual(3);
      expect(plan.periods.at(-1)!.end >= '17:30').toBe(true);
    }
    expect(presetPlan('小学').content.transition).toContain('幼小衔接');
    expect(presetPlan('初中').content.transition).toContain('小初衔接');
  });

  it('a preset keeps the school name, year and status already typed', () => {
    const current = cleanPlan();
    current.review = { status: 'returned', reason: '补充时段', reviewer: '王老师', date: '2025-09-10' };
    const plan = presetPlan('初中', current);
    expect(plan.school.name).toBe(current.school.name);
    expect(plan.review).toEqual(current.review);
    expect(presetPlan('初中', cleanPlan()).review).toBeUndefined();
  });

  it('a preset starts in the school year of the day it is filled in (September starts the year, Asia/Shanghai)', () => {
    expect(schoolYearStart(new Date('2026-11-29T12:00:00Z'))).toBe(2026);
    expect(schoolYearStart(new Date('2027-03-01T12:00:00Z'))).toBe(2026);
    expect(schoolYearStart(new Date('2026-08-31T15:59:00Z'))).toBe(2025); // 23:59 in Shanghai
    expect(schoolYearStart(new Date('2026-08-31T16:00:00Z'))).toBe(2026); // 00:00 on 1 September in Shanghai
    const plan = presetPlan('小学', undefined, new Date('2026-11-29T12:00:00Z'));
    expect(plan.school.schoolYear).toBe('2026学年');
    expect(plan.consultation.rounds.map((r) => r.date)).toEqual(['2026-08-25', '2027-02-20']);
    expect(plan.basis).toContain('《关于进一步做好本区义务教育课后服务工作的实施方案》(浦教义〔2022〕5号)');
  });

  it('a preset asks first only when it would replace something typed', () => {
    const plan = emptyPlan();
    plan.school.name = '明珠小学';
    plan.school.schoolYear = '2026学年';
    plan.school.stage = '初中';
    expect(presetWouldOverwrite(plan)).toBe(false);
    plan.leadership.leadingGroup.push({ name: '李明', position: '', duty: '' });
    expect(presetWouldOverwrite(plan)).toBe(true);
    expect(presetWouldOverwrite(presetPlan('小学'))).toBe(true);
    const typed = emptyPlan();
    typed.venues = '操场';
    expect(presetWouldOverwrite(typed)).toBe(true);
  });

  it('describes field paths in Chinese', () => {
    expect(describePath('external.partners.2.assistant')).toBe('校外人员与机构 › 第 3 行 › 本校助教');
    expect(describePath(['timetable', 0, 'cells', 4, 'activity'])).toBe('课后服务安排表 › 第 1 行 › 安排 › 第 5 行 › 活动');
    expect(describePath('funding.noFee')).toBe('收费规范');
    expect(describePath([])).toBe('整个文件');
  });

  it('a place on the page (第 N 行) and the same place in a file being loaded (第 N 项, every level) are two describers on purpose', () => {
    const path = ['external', 'partners', 2, 'assistant'];
    expect(describePath(path)).toBe('校外人员与机构 › 第 3 行 › 本校助教');
    expect(describeFilePath(path, PLAN_PATH_LABELS)).toBe('校外力量 › 校外人员与机构 › 第 3 项 › 本校助教');
    expect(describePath('funding.noFee')).toBe('收费规范');
    expect(describeFilePath(['funding', 'noFee'], PLAN_PATH_LABELS)).toBe('经费保障 › 收费规范');
  });
});
