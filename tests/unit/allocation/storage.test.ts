import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { packSessions, unpackSessions } from '../../../src/lib/allocation/storage.ts';
import { CATEGORIES, PERIODS, ROLES } from '../../../src/lib/allocation/schema.ts';
import type { Session } from '../../../src/lib/allocation/schema.ts';

const arbSession: fc.Arbitrary<Session> = fc
  .record({
    staffId: fc.stringMatching(/^[0-9A-Z]{1,6}$/),
    name: fc.constantFrom('张三', '李四', ''),
    period: fc.constantFrom(...PERIODS),
    serviceType: fc.constantFrom('作业辅导' as const, '素质教育' as const),
    category: fc.constantFrom(...CATEGORIES),
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
      staffId: `T${String(i % 2000).padStart(5, '0')}`, name: '教师名字', period: PERIODS[i % 3]!, serviceType: '素质教育',
      category: CATEGORIES[i % 9]!, role: ROLES[i % 4]!, students: 10 + (i % 40), hours: 1.5,
    }));
    expect(packSessions(sessions).length).toBeLessThan(2_500_000);
  });

  it('anything else restores nothing', () => {
    expect(unpackSessions(null)).toBeNull();
    expect(unpackSessions('{oops')).toBeNull();
    expect(unpackSessions('{"v":1,"people":[],"lines":[[0,0,0,-1,0,1,100]]}')).toBeNull();
  });
});
