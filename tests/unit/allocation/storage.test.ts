import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { loadSavedDraft, packSessions, saveDraft, saveSessions, unpackSessions } from '../../../src/lib/allocation/storage.ts';
import { ACTIVITY_CATEGORIES, PERIOD_NAMES, ROLES } from '../../../src/lib/policy/vocabulary.ts';
import type { Session } from '../../../src/lib/allocation/schema.ts';

const arbSession: fc.Arbitrary<Session> = fc
  .record({
    staffId: fc.stringMatching(/^[0-9A-Z]{1,6}$/),
    name: fc.constantFrom('张三', '李四', ''),
    period: fc.constantFrom(...PERIOD_NAMES),
    serviceType: fc.constantFrom('作业辅导' as const, '素质教育' as const),
    category: fc.constantFrom(...ACTIVITY_CATEGORIES),
    role: fc.constantFrom(...ROLES),
    students: fc.integer({ min: 0, max: 200 }),
    hours: fc.integer({ min: 0, max: 100_000 }).map((h) => h / 100),
  })
  .map((s) => ({ ...s, category: s.serviceType === '作业辅导' ? ('' as const) : s.category }));

describe('autosave packing', () => {
  it('packed sessions unpack to the same sessions (names as first seen per 工号)', () => {
    fc.assert(
      fc.property(fc.array(arbSession, { maxLength: 50 }), (sessions) => {
        const firstName = new Map<string, string>();
        for (const s of sessions) if (!firstName.has(s.staffId)) firstName.set(s.staffId, s.name);
        expect(unpackSessions(packSessions(sessions))).toEqual(sessions.map((s) => ({ ...s, name: firstName.get(s.staffId) })));
      }),
    );
  });

  it('100k sessions pack into well under localStorage’s 5 million characters', () => {
    const sessions = Array.from({ length: 100_000 }, (_, i): Session => ({
      staffId: `T${String(i % 2000).padStart(5, '0')}`, name: '教师名字', period: PERIOD_NAMES[i % 3]!, serviceType: '素质教育',
      category: ACTIVITY_CATEGORIES[i % 9]!, role: ROLES[i % 4]!, students: 10 + (i % 40), hours: 1.5,
    }));
    expect(packSessions(sessions).length).toBeLessThan(2_500_000);
  });

  it('anything else restores nothing', () => {
    expect(unpackSessions(null)).toBeNull();
    expect(unpackSessions('{oops')).toBeNull();
    expect(unpackSessions('{"v":1,"people":[],"lines":[[0,0,0,-1,0,1,100]]}')).toBeNull();
  });
});

describe('autosave of dates, session counts and 人员类别 (needed by per-day caps and per-category steps)', () => {
  it('pack and unpack keep 日期, 次数 and 人员类别; version 1 text still restores', () => {
    const sessions: Session[] = [
      { staffId: '1', name: '甲', period: '第一时段', serviceType: '作业辅导', category: '', role: '主讲', students: 30, hours: 1.5, date: '2024-10-08', count: 3, staffType: '退休教师' },
      { staffId: '1', name: '甲', period: '第二时段', serviceType: '作业辅导', category: '', role: '主讲', students: 30, hours: 1, date: '2024-10-09' },
      { staffId: '2', name: '乙', period: '第二时段', serviceType: '作业辅导', category: '', role: '看护', students: 30, hours: 1 },
    ];
    expect(unpackSessions(packSessions(sessions))).toEqual(sessions.map((s) => (s.staffId === '1' ? { ...s, staffType: '退休教师' } : s)));
    expect(unpackSessions('{"v":1,"people":[["1","甲"]],"lines":[[0,0,0,-1,0,30,150]]}')).toEqual([
      { staffId: '1', name: '甲', period: '第一时段', serviceType: '作业辅导', category: '', role: '主讲', students: 30, hours: 1.5 },
    ]);
  });
});

describe('the page’s autosave (storage.ts, not the component)', () => {
  const store = () => {
    const m = new Map<string, string>();
    return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
  };

  it('a saved draft and its sessions come back; a damaged one starts afresh and says so', () => {
    const s = store();
    const { draft } = loadSavedDraft(s);
    const edited = { ...draft, fund: '1234', sessions: [{ staffId: '1', name: '', period: '第一时段' as const, serviceType: '作业辅导' as const, category: '' as const, role: '主讲' as const, students: 1, hours: 1 }] };
    expect(saveDraft(s, edited)).toBeNull();
    expect(saveSessions(s, edited.sessions)).toBeNull();
    expect(loadSavedDraft(s)).toEqual({ draft: edited, problem: null });
    s.setItem('kehou.allocation.draft.v1', '{"broken":');
    expect(loadSavedDraft(s).problem).toBe('unreadable');
  });

  it('a browser that refuses to store is reported, never thrown', () => {
    const refusing = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); }, removeItem: () => undefined };
    expect(saveDraft(refusing, loadSavedDraft(store()).draft)).toBe('unavailable');
    expect(saveSessions(refusing, [])).toBe('sessionsTooLarge');
  });
});
