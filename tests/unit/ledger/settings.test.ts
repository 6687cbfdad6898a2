import { describe, expect, it } from 'vitest';
import { acceptsSetting, LedgerSettingsSchema, settingLimits } from '../../../src/lib/ledger/settings.ts';

describe('the settings form reads its limits from the schema', () => {
  it('gives the schema bounds of 一课时分钟数 and 校外人员占比', () => {
    expect(settingLimits('lessonMinutes')).toEqual({ min: 10, max: 120 });
    expect(settingLimits('externalShareMax')).toEqual({ min: 0, max: 100 });
  });

  it('accepts exactly what the schema accepts: whole minutes inside the bounds, never a missing value', () => {
    const { min, max } = settingLimits('lessonMinutes');
    for (const n of [min, 40, max]) expect(acceptsSetting('lessonMinutes', n), String(n)).toBe(true);
    for (const n of [min - 1, max + 1, 40.5, Number.NaN, undefined, '40']) expect(acceptsSetting('lessonMinutes', n), String(n)).toBe(false);
    expect(LedgerSettingsSchema.shape.lessonMinutes.safeParse(max + 1).success).toBe(false);
  });
});
