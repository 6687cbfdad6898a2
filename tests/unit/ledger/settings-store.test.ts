import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src/lib/ledger/index.ts';
import { dropAside, loadStoredSettings, SETTINGS_ASIDE_KEY, SETTINGS_KEY, storeSettings, type KeyValueStore } from '../../../src/lib/ledger/settings-store.ts';

function memory(limit = Infinity): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => {
      if ([...data.values()].reduce((n, x) => n + x.length, 0) + v.length > limit) throw new DOMException('full', 'QuotaExceededError');
      data.set(k, v);
    },
    removeItem: (k) => void data.delete(k),
  };
}

describe('settings kept in the browser: nothing lost without a word', () => {
  it('reads back what it saved, silently', () => {
    const store = memory();
    const settings = { ...defaultSettings(), lessonMinutes: 45 };
    expect(storeSettings(store, settings)).toBeNull();
    expect(loadStoredSettings(store)).toEqual({ settings, notice: null, aside: null });
  });

  it('keeps unreadable settings aside, says so, and a second corruption does not overwrite the first copy', () => {
    const store = memory();
    store.setItem(SETTINGS_KEY, '{"lessonMinutes": 5}');
    const first = loadStoredSettings(store);
    expect(first.settings).toEqual(defaultSettings());
    expect(first.notice).toContain('无法读取');
    expect(first.notice).toContain('一课时分钟数');
    expect(first.aside).toBe('{"lessonMinutes": 5}');
    store.setItem(SETTINGS_KEY, '{broken');
    const second = loadStoredSettings(store);
    expect(second.aside).toBe('{"lessonMinutes": 5}');
    expect(store.data.get(SETTINGS_ASIDE_KEY)).toBe('{"lessonMinutes": 5}');
    // After a good save the copy is still offered until the user lets it go.
    storeSettings(store, defaultSettings());
    expect(loadStoredSettings(store)).toMatchObject({ notice: expect.stringContaining('仍保留'), aside: '{"lessonMinutes": 5}' });
    dropAside(store);
    expect(loadStoredSettings(store)).toEqual({ settings: defaultSettings(), notice: null, aside: null });
  });

  it('says when the unreadable copy could not be set aside (storage full): it will be overwritten on the next save', () => {
    const store = memory(12);
    store.data.set(SETTINGS_KEY, '{broken');
    const loaded = loadStoredSettings(store);
    expect(loaded).toMatchObject({ settings: defaultSettings(), aside: '{broken' });
    expect(loaded.notice).toBe('保存在本浏览器中的学校设置无法读取(内容不是有效的 JSON),本页暂用默认设置。另存没有成功:下次保存设置时原来的内容会被覆盖。');
    expect(store.data.has(SETTINGS_ASIDE_KEY)).toBe(false);
  });

  it('says when a save fails (storage full) or storage is blocked', () => {
    expect(storeSettings(memory(10), defaultSettings())).toContain('没能保存');
    expect(storeSettings(null, defaultSettings())).toContain('不允许');
    expect(loadStoredSettings(null).notice).toContain('不允许');
  });
});
