import { describe, expect, it } from 'vitest';
import { buildPlan, hanNumber, runsText } from '../../../src/lib/plan/document.ts';
import type { Block } from '../../../src/lib/plan/document.ts';
import { emptyPlan } from '../../../src/lib/plan/schema.ts';
import { cleanPlan } from './fixtures.ts';

const headings = (blocks: Block[]) => blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.number + b.text : ''));

describe('buildPlan', () => {
  it('titles the plan after the school and year', () => {
    expect(buildPlan(cleanPlan()).title).toBe('上海市浦东新区明珠小学2025学年课后服务实施方案');
    expect(buildPlan(emptyPlan()).title).toBe('【学校名称】课后服务实施方案');
    expect(buildPlan(emptyPlan()).titleMark).toBe('todo');
    expect(buildPlan(cleanPlan()).titleMark).toBeUndefined();
  });

  it('numbers headings the 公文 way, restarting each level under its parent', () => {
    const h = headings(buildPlan(cleanPlan()).blocks);
    expect(h.slice(0, 6)).toEqual(['一、指导思想与依据', '二、工作目标与基本原则', '三、组织机构', '(一)课后服务工作领导小组', '(二)课后服务工作小组', '(三)行政值班']);
    expect(h).toContain('四、服务对象与意愿征询');
    expect(h[h.indexOf('四、服务对象与意愿征询') + 1]).toBe('(一)服务对象');
    expect(h).toContain('1.弹性工作制');
    expect(h).toContain('(二)校外力量');
    expect(h.at(-1)).toBe('十四、附件:课后服务安排表');
    expect(hanNumber(12)).toBe('十二');
  });

  it('leaves 校外力量 out when the school does not use it', () => {
    const plan = cleanPlan();
    plan.external.used = false;
    expect(headings(buildPlan(plan).blocks)).not.toContain('(二)校外力量');
  });

  it('marks an unanswered section 【待填写】 and a failing part with its findings, without dropping anything', () => {
    const plan = cleanPlan();
    plan.venues = '';
    plan.periods = [{ start: '15:30', end: '16:30' }];
    const doc = buildPlan(plan);
    const venues = doc.blocks.find((b) => b.kind === 'paragraph' && b.path === 'venues');
    expect(venues).toMatchObject({ mark: 'todo', runs: [{ text: '【待填写:场地安排】', mark: 'todo' }] });
    const periods = doc.blocks.find((b) => b.kind === 'paragraph' && b.path === 'periods');
    expect(periods?.kind === 'paragraph' && periods.mark).toBe('fail');
    expect(periods?.kind === 'paragraph' && periods.notes?.join()).toContain('2–3 个时段');
    expect(periods?.kind === 'paragraph' && runsText(periods.runs)).toContain('第一时段 15:30—16:30');
  });

  it('puts one table per grade in the annex: 时段 rows × 周一…周五', () => {
    const plan = cleanPlan();
    const tables = buildPlan(plan).blocks.filter((b) => b.kind === 'table' && b.path?.startsWith('timetable.'));
    expect(tables).toHaveLength(plan.timetable.length);
    const first = tables[0]!;
    if (first.kind !== 'table') throw new Error();
    expect(first.header).toEqual(['时段', '周一', '周二', '周三', '周四', '周五']);
    expect(first.rows).toHaveLength(plan.periods.length);
    expect(runsText(first.rows[1]![3]!)).toBe('素质教育:科创兴趣小组(创新实验室)');
  });

  it('keeps user text as text: markup is just characters in the model', () => {
    const plan = cleanPlan();
    plan.venues = '<script>alert(1)</script>';
    const b = buildPlan(plan).blocks.find((x) => x.kind === 'paragraph' && x.path === 'venues');
    expect(b?.kind === 'paragraph' && runsText(b.runs)).toBe('<script>alert(1)</script>');
  });
});
