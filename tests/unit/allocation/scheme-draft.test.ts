import { describe, expect, it } from 'vitest';
import { draftToScheme, newStep, schemeToDraft } from '../../../src/lib/allocation/scheme-draft.ts';
import { hourlyRateScheme, ruralTieredScheme, sevenFactorScheme } from '../../../src/lib/allocation/presets.ts';
import { DEFAULT_COEFFICIENTS } from '../../../src/lib/allocation/defaults.ts';
import { STEP_KINDS } from '../../../src/lib/allocation/scheme.ts';

describe('scheme form', () => {
  it.each([sevenFactorScheme(), hourlyRateScheme(), ruralTieredScheme()])('a preset goes into the form and back unchanged ($name)', (scheme) => {
    expect(draftToScheme(schemeToDraft(scheme), scheme.coefficients)).toEqual({ ok: true, scheme });
  });

  it('every new step of every kind is a valid step once its amounts are filled in', () => {
    for (const kind of STEP_KINDS) {
      const step = { ...newStep(kind), label: '一步', amount: '10', percent: '5', rates: newStep(kind).rates.map((r) => ({ ...r, base: '35' })) };
      const r = draftToScheme({ name: '试', basisKind: 'school', basisNote: '', managementCapPercent: '10', steps: [step] }, DEFAULT_COEFFICIENTS);
      expect(r.ok, `${kind}: ${JSON.stringify(r)}`).toBe(true);
    }
  });

  it('a bad entry keeps its text and gets a message at its field', () => {
    const d = schemeToDraft(ruralTieredScheme());
    d.steps[1]!.rates[0]!.floor = '三十五';
    d.steps[2]!.amount = '-800';
    d.steps[0]!.label = '';
    d.steps[0]!.percent = '120';
    const r = draftToScheme(d, DEFAULT_COEFFICIENTS);
    expect(r.ok ? {} : r.errors).toEqual({
      'steps.0.label': expect.stringContaining('请填写留存的名称'),
      'steps.0.percent': '「120」无效:须为 0–100 的数,最多 2 位小数。',
      'steps.1.rates.0.floor': '金额「三十五」无效:不是数字。请填写以元为单位、最多两位小数的金额。',
      'steps.2.amount': expect.stringContaining('金额不能为负数'),
    });
    expect(d.steps[1]!.rates[0]!.floor).toBe('三十五');
  });
});
