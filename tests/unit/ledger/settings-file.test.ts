import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultSettings } from '../../../src/lib/ledger/index.ts';
import { checkSettings, readSettingsFile, settingPath, settingsToJson } from '../../../src/lib/ledger/settings-file.ts';

describe('settings file', () => {
  it('reads back exactly what it wrote, for any valid change of the defaults (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 120 }),
        fc.option(fc.integer({ min: 0, max: 10 ** 9 }), { nil: undefined }),
        fc.array(fc.tuple(fc.date({ min: new Date('2024-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }), fc.option(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== ''), { nil: undefined })), { maxLength: 5 }),
        (lessonMinutes, fundFen, days) => {
          const nonSchoolDays = days.map(([d, reason]) => ({ date: d.toISOString().slice(0, 10), ...(reason === undefined ? {} : { reason }) }));
          const settings = { ...defaultSettings(), lessonMinutes, fundFen, nonSchoolDays };
          const read = readSettingsFile('s.json', settingsToJson(settings));
          expect(read).toEqual({ ok: true, settings: JSON.parse(JSON.stringify(settings)), notes: [] });
        },
      ),
      { numRuns: 100 },
    );
  });

  it('reads a file written before 停开日 had reasons (dates alone), and the check treats those days as closed', () => {
    const old = JSON.parse(settingsToJson(defaultSettings()));
    old.nonSchoolDays = ['2024-11-15'];
    const read = readSettingsFile('旧设置.json', JSON.stringify(old));
    expect(read.ok && read.settings.nonSchoolDays).toEqual([{ date: '2024-11-15' }]);
  });

  it('accepts a BOM (a file saved by Notepad)', () => {
    expect(readSettingsFile('s.json', `\uFEFF${settingsToJson(defaultSettings())}`).ok).toBe(true);
  });

  it('says in Chinese which file and which setting is wrong, with the key as written in the file', () => {
    const bad = { ...defaultSettings(), semesters: [defaultSettings().semesters[0], { name: '下学期', start: '2025-02-17', end: '明年' }] };
    const read = readSettingsFile('学校设置.json', JSON.stringify(bad));
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.message).toContain('学校设置.json');
      expect(read.message).toContain('「学期 › 第 2 项 › 结束」(semesters.1.end)');
      expect(read.message).toContain('日期须写成 2024-09-02');
    }
  });

  it('refuses text that is not JSON, and JSON that is not a settings object, without throwing', () => {
    for (const text of ['', '{', 'lessonMinutes=40', '[]', '"x"', 'null', '42']) {
      const read = readSettingsFile('x.json', text);
      expect(read.ok, text).toBe(false);
      if (!read.ok) expect(read.message, text).toMatch(/^文件「x\.json」.*没有载入/);
    }
  });

  it('names nested settings the way the page labels them', () => {
    expect(settingPath(['periods', 0, 'start'])).toBe('时段 › 第 1 项 › 开始');
    expect(settingPath(['lessonMinutes'])).toBe('一课时分钟数');
    expect(checkSettings({ lessonMinutes: 5 })).toMatchObject({ ok: false, message: expect.stringContaining('「一课时分钟数」(lessonMinutes)') });
  });

  it('refuses {} and another tool\'s file by name, and still reads a file the page wrote before files named their format', () => {
    expect(readSettingsFile('x.json', '{}')).toMatchObject({ ok: false, message: expect.stringContaining('没有注明文件格式') });
    expect(readSettingsFile('方案.json', JSON.stringify({ format: 'kehou-allocation-scenario', version: 1 }))).toMatchObject({
      ok: false,
      message: expect.stringContaining('是经费分配方案文件,不是台账自查设置文件'),
    });
    const legacy = JSON.stringify(defaultSettings());
    expect(readSettingsFile('旧设置.json', legacy)).toEqual({ ok: true, settings: defaultSettings(), notes: [] });
    expect(JSON.parse(settingsToJson(defaultSettings()))).toMatchObject({ format: 'kehou-ledger-settings', version: 1 });
  });
});
