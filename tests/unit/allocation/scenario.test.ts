import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { defaultScenario, parseScenarioJson, scenarioToJson, semesterForDate, semesterOfWork, standardFundFen } from '../../../src/lib/allocation/scenario.ts';
import { aggregateSessions } from '../../../src/lib/allocation/model.ts';
import { parseYuan, formatYuan, displayYuan } from '../../../src/lib/allocation/money.ts';
import { ALLOCATION_CHECKS } from '../../../src/lib/allocation/checks.ts';
import { isClauseId } from '../../../src/lib/policy/clauses.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/allocation/${name}`, import.meta.url), 'utf8');

describe('scenario files', () => {
  it('a saved scenario loads back unchanged', () => {
    const s = defaultScenario();
    s.fundFen = 1_234_567;
    s.scores = [{ staffId: '00001', name: '甲', effect: 90.5, satisfaction: 88 }];
    s.sessions = [{ staffId: '00001', name: '甲', period: '第二时段', serviceType: '素质教育', category: '体育', role: '主讲', students: 40, hours: 12.5 }];
    const back = parseScenarioJson('方案.json', scenarioToJson(s));
    expect(back).toEqual({ ok: true, value: s });
  });

  it('the clean fixture loads', () => {
    const r = parseScenarioJson('scenario-clean.json', fixture('scenario-clean.json'));
    expect(r.ok && r.value.fundFen).toBe(4_500_000);
  });

  it('a truncated file is refused with a Chinese message', () => {
    const r = parseScenarioJson('scenario-truncated.json', fixture('scenario-truncated.json'));
    expect(r).toEqual({ ok: false, messages: ['文件「scenario-truncated.json」不是有效的 JSON,没有载入。请选择本站导出的经费分配方案文件。'] });
  });

  it('an out-of-range coefficient is refused, naming the field', () => {
    const r = parseScenarioJson('scenario-coefficient-out-of-range.json', fixture('scenario-coefficient-out-of-range.json'));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.messages[0]).toBe('文件「scenario-coefficient-out-of-range.json」中「系数 › 时段系数 › 第二时段」(coefficients.period.第二时段)系数不能小于 0,没有载入。');
      expect(r.messages[1]).toContain('「占比 › 工作量占比」(shares.workloadPercent)不能大于 100');
    }
  });

  it('another JSON file is refused by its format alone', () => {
    const r = parseScenarioJson('other.json', '{"title":"一校一方案"}');
    expect(r).toEqual({ ok: false, messages: ['文件「other.json」没有注明文件格式(缺少 format),不是本站导出的经费分配方案文件,没有载入。请选择本站导出的经费分配方案文件。'] });
    const plan = parseScenarioJson('plan.json', '{"format":"kehou-plan","version":3}');
    expect(plan).toEqual({ ok: false, messages: ['文件「plan.json」是一校一方案文件,不是经费分配方案文件,没有载入。'] });
  });

  it('the standard fund is 85 元 per 课时', () => {
    const people = aggregateSessions([{ staffId: '1', name: '', period: '第一时段', serviceType: '作业辅导', category: '', role: '主讲', students: 1, hours: 3 }]);
    expect(standardFundFen(people)).toBe(255_00);
  });
});

describe('money', () => {
  it('reads amounts in 元 as whole 分', () => {
    expect(parseYuan('60000')).toEqual({ ok: true, fen: 6_000_000 });
    expect(parseYuan(' ¥60,000.5 ')).toEqual({ ok: true, fen: 6_000_050 });
    expect(parseYuan('60000元')).toEqual({ ok: true, fen: 6_000_000 });
    expect(parseYuan('-5')).toEqual({ ok: false, reason: '金额不能为负数' });
    expect(parseYuan('六万')).toEqual({ ok: false, reason: '不是数字' });
    expect(parseYuan('1.234')).toEqual({ ok: false, reason: '最多两位小数(精确到分)' });
    expect(parseYuan('')).toEqual({ ok: false, reason: '没有填写' });
  });

  it('formatting 分 as 元 and reading it back is the identity', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e12 }), (fen) => {
      const r = parseYuan(formatYuan(fen));
      return r.ok && r.fen === fen && parseYuan(displayYuan(fen)).ok;
    }));
  });
});

describe('ALLOCATION_CHECKS', () => {
  it('are data with unique ids, real clauses and Chinese text', () => {
    expect(new Set(ALLOCATION_CHECKS.map((c) => c.id)).size).toBe(ALLOCATION_CHECKS.length);
    for (const c of ALLOCATION_CHECKS) {
      expect(c.id).toMatch(/^allocation\.[a-z-]+$/);
      expect(isClauseId(c.clause)).toBe(true);
      expect(c.description).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('the default semester follows the date (school calendar)', () => {
  it('a date in term gives its semester; a date in a break the one that ended last', () => {
    expect(semesterForDate('2024-10-08')).toBe('2024-2025学年第一学期');
    expect(semesterForDate('2025-02-01')).toBe('2024-2025学年第一学期');
    expect(semesterForDate('2025-03-03')).toBe('2024-2025学年第二学期');
    expect(semesterForDate('2025-08-01')).toBe('2024-2025学年第二学期');
    expect(semesterForDate('2031-11-20')).toBe('2031-2032学年第一学期');
    expect(defaultScenario('2026-11-29').semester).toBe('2026-2027学年第一学期');
  });

  it('a 台账’s semester is the one most of its sessions fall in; none without dates', () => {
    const s = (date: string | undefined, count = 1) => ({ staffId: '1', name: '', period: '第一时段' as const, serviceType: '作业辅导' as const, category: '' as const, role: '主讲' as const, students: 1, hours: 1, date, count });
    expect(semesterOfWork(aggregateSessions([s('2025-01-10'), s('2025-03-03', 2)]))).toBe('2024-2025学年第二学期');
    expect(semesterOfWork(aggregateSessions([s(undefined)]))).toBeNull();
  });
});
