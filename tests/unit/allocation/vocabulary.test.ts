/**
 * The calculator speaks the 台账's vocabulary (src/lib/policy/vocabulary.ts) under its one name: a session
 * takes exactly the words of those lists, and the allocation schema does not re-export them under another.
 */
import { describe, expect, it } from 'vitest';
import * as schema from '../../../src/lib/allocation/schema.ts';
import { ACTIVITY_CATEGORIES, PERIOD_NAMES, ROLES, SERVICE_TYPES, STAFF_TYPES } from '../../../src/lib/policy/vocabulary.ts';

const session = { staffId: '00001', name: '王丽', period: '第一时段', serviceType: '素质教育', category: '体育', role: '主讲', students: 30, hours: 1 };
const accepts = (change: Record<string, string>) => schema.SessionSchema.safeParse({ ...session, ...change }).success;

describe('allocation vocabulary', () => {
  it('a session takes every word of the policy lists and nothing else', () => {
    for (const period of PERIOD_NAMES) expect(accepts({ period })).toBe(true);
    for (const serviceType of SERVICE_TYPES) expect(accepts({ serviceType })).toBe(true);
    for (const category of ACTIVITY_CATEGORIES) expect(accepts({ category })).toBe(true);
    for (const role of ROLES) expect(accepts({ role })).toBe(true);
    for (const staffType of STAFF_TYPES) expect(accepts({ staffType })).toBe(true);
    expect(accepts({ period: '第四时段' })).toBe(false);
    expect(accepts({ role: '班主任' })).toBe(false);
    expect(accepts({ category: '补课' })).toBe(false);
    expect(accepts({ staffType: '家长' })).toBe(false);
  });

  it('the allocation schema exports no second name for a policy list; its content keys are 作业辅导 and the categories', () => {
    const lists = [PERIOD_NAMES, SERVICE_TYPES, ACTIVITY_CATEGORIES, ROLES, STAFF_TYPES] as readonly unknown[];
    expect(Object.entries(schema).filter(([, v]) => lists.includes(v)).map(([k]) => k)).toEqual([]);
    expect(schema.CONTENTS).toEqual(['作业辅导', ...ACTIVITY_CATEGORIES]);
  });
});
