import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { draftToScenario, emptyDraft, restoreDraft, scenarioToDraft, sessionFromDraft } from '../../../src/lib/allocation/draft.ts';
import { defaultScenario } from '../../../src/lib/allocation/scenario.ts';

const base = () => {
  const s = defaultScenario();
  s.fundFen = 6_000_000;
  return scenarioToDraft(s);
};

describe('the page form (draft)', () => {
  it('a scenario survives the form: scenario → draft → scenario', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e10 }), fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 100 }), (fen, milli, pct) => {
        const s = defaultScenario();
        s.fundFen = fen;
        s.coefficients.period['第三时段'] = milli / 1000;
        s.shares.workloadPercent = pct;
        const back = draftToScenario(scenarioToDraft(s));
        return back.ok && back.scenario.fundFen === fen && back.scenario.coefficients.period['第三时段'] === milli / 1000 && back.scenario.shares.workloadPercent === pct;
      }),
    );
  });

  it('puts a Chinese message at each bad field and keeps the text as typed', () => {
    const d = base();
    d.fund = '-100';
    d.period['第二时段'] = 'abc';
    d.role['助教'] = '12';
    d.tiers[1]!.min = '0';
    d.workloadPercent = '101';
    d.scores = [{ staffId: '001', name: '甲', effect: '优', satisfaction: '' }];
    const r = draftToScenario(d);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors.fund).toBe('经费总额「-100」无效:金额不能为负数。请填写以元为单位、最多两位小数的金额,例如 60000 或 60000.50。');
    expect(r.errors['period.第二时段']).toBe('时段系数(第二时段)「abc」无效:不是数字。');
    expect(r.errors['role.助教']).toBe('职责系数(助教)「12」无效:系数不能大于 10。');
    expect(r.errors['tiers.1.min']).toContain('须大于上一档的起始人数');
    expect(r.errors.workloadPercent).toContain('工作量占比「101」无效');
    expect(r.errors['scores.0.effect']).toBe('效果评分「优」:请填写 0–100 的分数。');
    expect(r.errors['scores.0.satisfaction']).toBe('满意度「」:没有填写。');
    expect(d.period['第二时段']).toBe('abc');
    // The same messages as data: a code and its params per field, the sentence rendered from them.
    expect(r.problems.fund).toMatchObject({ code: 'fundValid', params: { value: '-100', max: null } });
    expect(r.problems['period.第二时段']).toMatchObject({ code: 'coefficientRange', params: { field: { kind: 'period', name: '第二时段' }, value: 'abc', reason: 'notNumber' } });
    expect(r.problems['tiers.1.min']).toMatchObject({ code: 'coefficientRange', params: { field: { kind: 'tierMin', tier: 2 }, reason: 'tierIncreasing' } });
    expect(r.problems.workloadPercent).toMatchObject({ params: { field: { kind: 'share', key: 'workloadPercent' }, reason: 'percent' } });
    expect(r.problems['scores.0.satisfaction']).toMatchObject({ code: 'score', params: { field: 'satisfaction', value: '', reason: 'blank' } });
    for (const [key, p] of Object.entries(r.problems)) expect(r.errors[key]).toBe(p.message);
  });

  it('says at the fund field when the fund is out of range, not under a schema path no input shows', () => {
    const d = base();
    d.fund = '1,000,000,000';
    const r = draftToScenario(d);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(Object.keys(r.errors)).toEqual(['fund']);
    expect(r.errors.fund).toBe('经费总额「1,000,000,000」无效:经费超出可计算范围(最多 100000000.00 元)。请填写以元为单位、最多两位小数的金额,例如 60000 或 60000.50。');
  });

  it('accepts full-width digits as typed by a Chinese input method', () => {
    const d = base();
    d.period['第二时段'] = '１．５';
    const r = draftToScenario(d);
    expect(r.ok && r.scenario.coefficients.period['第二时段']).toBe(1.5);
  });

  it('restores an autosaved draft, and ignores anything else', () => {
    const d = base();
    d.fund = '六万';
    expect(restoreDraft(JSON.stringify(d))).toEqual(d);
    expect(restoreDraft('{"fund": 1}')).toBeNull();
    expect(restoreDraft('{broken')).toBeNull();
    expect(restoreDraft(null)).toBeNull();
  });

  it('a typed-in session is checked field by field', () => {
    const ok = sessionFromDraft({ staffId: '001', name: '甲', period: '第一时段', serviceType: '素质教育', category: '体育', role: '主讲', students: '30', hours: '1.5' });
    expect(ok.ok).toBe(true);
    const bad = sessionFromDraft({ staffId: '', name: '', period: '第一时段', serviceType: '素质教育', category: '', role: '主讲', students: '3.5', hours: 'x' });
    expect(bad.ok ? {} : bad.errors).toEqual({
      staffId: '工号:缺少工号。',
      students: '参与学生人数:参与学生人数须为整数。',
      hours: '课时数:课时数须为数字。',
    });
  });
});

describe('the fund as people type it', () => {
  it('6万, 6.5万元, ６００００ and 60,000 are amounts; 6,00 is refused with a reason', () => {
    const fen = (fund: string) => {
      const r = draftToScenario({ ...emptyDraft(), semester: '2024-2025学年第一学期', fund });
      return r.ok ? r.scenario.fundFen : r.errors.fund;
    };
    expect(fen('6万')).toBe(6_000_000);
    expect(fen('6.5万元')).toBe(6_500_000);
    expect(fen('６００００')).toBe(6_000_000);
    expect(fen('60,000')).toBe(6_000_000);
    expect(fen('6,00')).toMatch(/逗号/);
  });
});
