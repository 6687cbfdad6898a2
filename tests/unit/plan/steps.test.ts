import { describe, expect, it } from 'vitest';
import { STEPS, fieldId, progress, stepOf } from '../../../src/lib/plan/steps.ts';
import { checkPlan } from '../../../src/lib/plan/checks.ts';
import { FIELD_LABELS, UI } from '../../../src/lib/plan/messages.ts';
import { cleanPlan } from './fixtures.ts';

describe('form steps', () => {
  it('lead every finding to the step that shows its field', () => {
    const at = (path: string) => STEPS[stepOf(path)]!.id;
    expect(at('school.name')).toBe('school');
    expect(at('school.parentsOffWork')).toBe('time');
    expect(at('periods.1.end')).toBe('time');
    expect(at('timetable.3.cells.2.activity')).toBe('timetable');
    expect(at('external.partners.0.vetting')).toBe('external');
    expect(at('funding.noFee')).toBe('funding');
    expect(at('review.reason')).toBe('finish');
  });

  it('every top-level field of the plan belongs to a step', () => {
    const top = Object.keys(FIELD_LABELS).filter((k) => !k.includes('.') && k !== 'format' && k !== 'version');
    for (const k of top) expect(STEPS.some((s) => s.fields.some((f) => f === k || f.startsWith(k + '.'))), k).toBe(true);
  });

  it('counts what is left per step', () => {
    const plan = cleanPlan();
    plan.venues = '';
    plan.funding.noFee = '';
    plan.quality = '评估';
    const p = progress(checkPlan(plan));
    const of = (id: string) => p[STEPS.findIndex((s) => s.id === id)]!;
    expect(of('venues')).toEqual({ error: 0, warning: 0, info: 1 });
    expect(of('funding')).toEqual({ error: 0, warning: 1, info: 1 });
    expect(of('management')).toEqual({ error: 0, warning: 1, info: 0 });
    expect(of('school')).toEqual({ error: 0, warning: 0, info: 0 });
  });

  it('gives each field a DOM id without dots', () => {
    expect(fieldId('external.partners.0.assistant')).toBe('plan-field-external-partners-0-assistant');
  });
});

describe('a step’s state in the step list', () => {
  it('is 完成 when nothing is found, else the counts by severity, most serious first', () => {
    expect(UI.stepState({ error: 0, warning: 0, info: 0 })).toBe('✓ 完成');
    expect(UI.stepState({ error: 2, warning: 0, info: 1 })).toBe('2 错误 · 1 提示');
    expect(UI.stepState({ error: 0, warning: 3, info: 0 })).toBe('3 警告');
  });
});
