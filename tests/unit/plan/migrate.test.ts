import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { migrate, planFileSizeProblem, planToJson, readPlanJson } from '../../../src/lib/plan/migrate.ts';
import { PLAN_VERSION } from '../../../src/lib/plan/schema.ts';
import { checkPlan } from '../../../src/lib/plan/checks.ts';
import { cleanPlan, fixtureText } from './fixtures.ts';

function read(name: string) {
  return readPlanJson(name, fixtureText(name));
}

describe('reading a saved plan', () => {
  it('a saved plan reads back equal: save then open is the identity', () => {
    const plan = cleanPlan();
    const r = readPlanJson('方案.json', planToJson(plan));
    expect(r).toEqual({ ok: true, plan, notes: [] });
  });

  it('a saved file with a BOM (as Windows Notepad writes) still opens', () => {
    const r = readPlanJson('方案.json', '\uFEFF' + planToJson(cleanPlan()));
    expect(r.ok).toBe(true);
  });

  it('upgrades a version 1 file: lines become members, 时段, timetable cells, rounds by semester and vetting', () => {
    const r = read('v1-plan.json');
    if (!r.ok) throw new Error(r.messages.join('\n'));
    const plan = r.plan;
    expect(plan.version).toBe(PLAN_VERSION);
    expect(r.notes).toEqual([`这是第 1 版的一校一方案文件,已按第 ${PLAN_VERSION} 版读入;再次保存即为新版本。`]);
    expect(plan.review).toEqual({ status: 'returned', reason: '第三时段结束时间早于家长下班时间' });
    expect(plan.school).toMatchObject({ name: '上海市浦东新区海滨初级中学', stage: '初中', schoolYear: '2024学年', grades: ['六年级', '七年级'] });
    expect(plan.leadership.leadingGroup[0]).toEqual({ name: '周平', position: '校长', duty: '组长,全面负责课后服务' });
    expect(plan.leadership.workingGroup[1]).toEqual({ name: '钱丽', position: '', duty: '' });
    expect(plan.periods).toEqual([
      { start: '16:00', end: '17:00' },
      { start: '17:00', end: '18:00' },
    ]);
    expect(plan.timetable[0]!.cells).toEqual([
      { day: '周一', period: 0, type: '作业辅导', activity: '作业辅导与答疑', category: '', place: '' },
      { day: '周一', period: 1, type: '素质教育', activity: '篮球', category: '', place: '' },
    ]);
    expect(plan.consultation.rounds.map((x) => [x.semester, x.date])).toEqual([
      ['第一学期', '2024-09-02'],
      ['第二学期', '2025/2/17'],
    ]);
    expect(plan.external.used).toBe(true);
    expect(plan.external.partners[0]).toMatchObject({
      name: '孙教练',
      assistant: '郑伟',
      vetting: { education: true, certificate: true, criminalRecord: true, health: true },
    });
    expect(plan.funding.allocation).toContain('学生满意度');
    // What version 1 did not ask is now marked unfinished, not invented.
    expect(plan.teachers.flexibleHours).toBe('');
    expect(checkPlan(plan).some((f) => f.rule === 'plan.unanswered' && f.path === 'teachers.flexibleHours')).toBe(true);
  });

  it('a damaged file: a Chinese message naming the file, no plan', () => {
    const r = read('damaged-truncated.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.messages).toEqual([expect.stringContaining('文件「damaged-truncated.json」不是有效的 JSON')]);
  });

  it('a foreign file (an allocation scenario) is named as not a plan, without listing its fields', () => {
    const r = read('foreign-allocation-scenario.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.messages).toEqual([expect.stringContaining('是经费分配方案文件,不是一校一方案文件')]);
  });

  it('a newer version is refused with what to do', () => {
    const r = read('newer-version.json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.messages[0]).toContain('第 99 版');
  });

  it('a wrong value names the field in Chinese and keeps the current draft', () => {
    const r = read('bad-timetable-day.json');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.messages[0]).toContain('课后服务安排表 › 第 1 项 › 安排 › 第 1 项 › 星期');
      // The file layer speaks for the CLI too: nothing page-only such as 当前方案保持不变.
      expect(r.messages[0]).not.toContain('当前方案保持不变');
    }
  });

  it('any JSON value that is not a plan gives messages, never an exception', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const r = migrate('x.json', value);
        if (r.ok) expect(r.plan.format).toBe('kehou-plan');
        else expect(r.messages.length).toBeGreaterThan(0);
      }),
    );
    fc.assert(
      fc.property(fc.string(), (text) => {
        const r = readPlanJson('x.json', text);
        expect(r.ok).toBe(false);
      }),
    );
  });

  it('files carry a format name and version: {} and a nameless object are refused', () => {
    for (const text of ['{}', '{"school":{"name":"x"}}', '[]']) {
      const r = readPlanJson('x.json', text);
      expect(r.ok, text).toBe(false);
    }
    expect(planToJson(cleanPlan()).startsWith('{\n  "format": "kehou-plan",\n  "version": 3,')).toBe(true);
  });

  it('a file over the size limit is refused before it is parsed, with its size', () => {
    const huge = '{"format":"kehou-plan","version":3,"basis":"' + 'x'.repeat(2 * 1024 * 1024) + '"}';
    const r = readPlanJson('大文件.json', huge);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.messages[0]).toMatch(/「大文件.json」有 2\.0 MB,超过一校一方案文件 1\.0 MB 的上限/);
    expect(planFileSizeProblem('大文件.json', 5 * 1024 * 1024)).toContain('超过一校一方案文件');
    expect(planFileSizeProblem('方案.json', 200 * 1024)).toBeNull();
  });

  it('markup in a saved file is kept as the text it is', () => {
    const r = read('markup-in-text.json');
    expect(r.ok && r.plan.school.name).toBe("<script>alert('x')</script>实验小学");
  });
});
