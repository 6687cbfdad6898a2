import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addConsultation, addGrade, addPeriod, removePeriod, setCell } from '../../../src/lib/plan/edits.ts';
import { MAX_PERIODS } from '../../../src/lib/plan/schema.ts';
import { cleanPlan } from './fixtures.ts';

describe('plan edits', () => {
  it('removing a 时段 drops its cells and moves the later cells up one place', () => {
    const plan = cleanPlan();
    expect(plan.periods).toHaveLength(3);
    const thirdBefore = plan.timetable[0]!.cells.filter((c) => c.period === 2).map((c) => c.activity);
    removePeriod(plan, 1);
    expect(plan.periods).toHaveLength(2);
    for (const g of plan.timetable) expect(g.cells.every((c) => c.period < 2)).toBe(true);
    expect(plan.timetable[0]!.cells.filter((c) => c.period === 1).map((c) => c.activity)).toEqual(thirdBefore);
    expect(plan.timetable[0]!.cells.some((c) => c.type === '素质教育')).toBe(false);
  });

  it('for any 时段 removed, every remaining cell still points at an existing 时段 and none is lost', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1, max: 4 }), (index) => {
        const plan = cleanPlan();
        const before = plan.timetable.map((g) => g.cells.length);
        const inRemoved = plan.timetable.map((g) => g.cells.filter((c) => c.period === index).length);
        removePeriod(plan, index);
        plan.timetable.forEach((g, gi) => {
          expect(g.cells.every((c) => c.period >= 0 && c.period < plan.periods.length)).toBe(true);
          expect(g.cells.length).toBe(before[gi]! - (index >= 0 && index < 3 ? inRemoved[gi]! : 0));
        });
      }),
    );
  });

  it('adds 时段 up to the limit, each starting when the last ends', () => {
    const plan = cleanPlan();
    addPeriod(plan);
    expect(plan.periods.at(-1)).toEqual({ start: plan.periods.at(-2)!.end, end: '' });
    for (let i = 0; i < 10; i++) addPeriod(plan);
    expect(plan.periods).toHaveLength(MAX_PERIODS);
  });

  it('sets and clears a cell by day and 时段', () => {
    const plan = cleanPlan();
    const n = plan.timetable[0]!.cells.length;
    setCell(plan, 0, '周三', 1, () => undefined);
    expect(plan.timetable[0]!.cells).toHaveLength(n - 1);
    setCell(plan, 0, '周三', 1, (c) => c ?? { day: '周三', period: 1, type: '素质教育', activity: '机器人', category: '科学', place: '' });
    expect(plan.timetable[0]!.cells.find((c) => c.day === '周三' && c.period === 1)?.activity).toBe('机器人');
  });

  it('adds the next grade of the stage and the next semester of 意愿征询', () => {
    const plan = cleanPlan();
    plan.timetable = plan.timetable.slice(0, 2);
    addGrade(plan);
    expect(plan.timetable.map((g) => g.grade)).toEqual(['一年级', '二年级', '三年级']);
    plan.consultation.rounds = [];
    addConsultation(plan);
    addConsultation(plan);
    expect(plan.consultation.rounds.map((r) => r.semester)).toEqual(['第一学期', '第二学期']);
  });
});
