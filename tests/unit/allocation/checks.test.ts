import { describe, expect, it } from 'vitest';
import { ALLOCATION_CHECKS, ALLOCATION_CHECK_IDS, checkById, formatCheck, type AllocationCheckId } from '../../../src/lib/allocation/checks.ts';
import { aggregateSessions, allocate, finding } from '../../../src/lib/allocation/model.ts';
import { draftToScenario, emptyDraft } from '../../../src/lib/allocation/draft.ts';
import { runScheme } from '../../../src/lib/allocation/steps.ts';
import { SchemeSchema, type StepInput } from '../../../src/lib/allocation/scheme.ts';
import { sevenFactorScheme } from '../../../src/lib/allocation/presets.ts';
import { DEFAULT_COEFFICIENTS, DEFAULT_SHARES } from '../../../src/lib/allocation/defaults.ts';
import type { Coefficients, Score, Session } from '../../../src/lib/allocation/schema.ts';

const session = (staffId: string, over: Partial<Session> = {}): Session => ({
  staffId, name: `教师${staffId}`, period: '第一时段', serviceType: '作业辅导', category: '', role: '主讲', students: 30, hours: 1, ...over,
});
const two = aggregateSessions([session('1', { hours: 2 }), session('2', { role: '助教', period: '第二时段', students: 50 })]);
const scores = (e: number, s: number): Score[] => two.map((p) => ({ staffId: p.staffId, name: p.name, effect: e, satisfaction: s }));

/** The checks the form reports as text at a field (draft.ts), each with string params only. */
const FORM_CHECKS = ['allocation.fund-valid', 'allocation.coefficient-range'] as const;

/** A form check's wording as a pattern: every param stands for any text. */
function pattern(id: (typeof FORM_CHECKS)[number]): RegExp {
  const probe = new Proxy({}, { get: (_, key) => `\u0001${String(key)}\u0001` }) as never;
  const escaped = formatCheck(id, probe).replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\u0001\w+\u0001/g, '[\\s\\S]*?')}$`);
}

/** The checks that fired, from findings or from form messages (each form check's wording identifies it). */
function fired(found: readonly { check: AllocationCheckId }[] | readonly string[]): AllocationCheckId[] {
  if (found.every((f) => typeof f !== 'string')) return (found as { check: AllocationCheckId }[]).map((f) => f.check);
  return FORM_CHECKS.filter((id) => (found as string[]).some((m) => pattern(id).test(m)));
}

function allocated(over: Partial<Parameters<typeof allocate>[0]> = {}) {
  const r = allocate({ fundFen: 100_000, coefficients: DEFAULT_COEFFICIENTS, shares: DEFAULT_SHARES, people: two, scores: [], ...over });
  return fired(r.ok ? r.result.warnings : r.errors);
}
function schemed(steps: StepInput[], s: Score[] = [], coefficients: Coefficients = DEFAULT_COEFFICIENTS) {
  const r = runScheme({ scheme: SchemeSchema.parse({ name: '试', steps, coefficients }), fundFen: 100_000, people: two, scores: s });
  return fired(r.ok ? r.result.warnings : r.errors);
}
function drafted(over: Partial<ReturnType<typeof emptyDraft>>) {
  const r = draftToScenario({ ...emptyDraft(), semester: '2024-2025学年第一学期', fund: '1000', ...over });
  return fired(r.ok ? [] : Object.values(r.errors));
}
const varied: Coefficients = { ...DEFAULT_COEFFICIENTS, content: { ...DEFAULT_COEFFICIENTS.content, 体育: 1.2 } };

const CASES: Record<AllocationCheckId, { fires: () => AllocationCheckId[]; silent: () => AllocationCheckId[] }> = {
  'allocation.fund-valid': { fires: () => drafted({ fund: '-1' }), silent: () => drafted({}) },
  'allocation.coefficient-range': { fires: () => drafted({ period: { ...emptyDraft().period, 第二时段: '两倍' } }), silent: () => drafted({}) },
  'allocation.workload-positive': {
    fires: () => allocated({ people: aggregateSessions([session('1', { hours: 0 })]) }),
    silent: () => allocated(),
  },
  'allocation.scores-match-ledger': { fires: () => allocated({ scores: scores(90, 90).slice(1) }), silent: () => allocated({ scores: scores(90, 90) }) },
  'allocation.performance-positive': { fires: () => allocated({ scores: scores(0, 0) }), silent: () => allocated({ scores: scores(0, 10) }) },
  'allocation.not-uniform': {
    fires: () => allocated({ people: aggregateSessions([session('1'), session('2')]) }),
    silent: () => allocated(),
  },
  'allocation.management-share-cap': {
    fires: () => allocated({ people: aggregateSessions([session('1', { role: '值班管理' }), session('2')]) }),
    silent: () => allocated(),
  },
  'allocation.scheme-within-fund': {
    fires: () => schemed([{ kind: 'perPerson', amountFen: 60_000 }]),
    silent: () => schemed([{ kind: 'perPerson', amountFen: 50_000 }]),
  },
  'allocation.scheme-score-positive': {
    fires: () => schemed([{ kind: 'byScore', pool: { mode: 'rest' }, weight: 'person' }], scores(0, 0)),
    silent: () => schemed([{ kind: 'byScore', pool: { mode: 'rest' }, weight: 'person' }], scores(0, 1)),
  },
  'allocation.factors-considered': {
    fires: () => schemed([{ kind: 'remainder' }]),
    silent: () => schemed(sevenFactorScheme(varied).steps, [], varied),
  },
  'allocation.scheme-unallocated': {
    fires: () => schemed([{ kind: 'byWorkload', pool: { mode: 'percent', percent: 50 } }]),
    silent: () => schemed([{ kind: 'byWorkload', pool: { mode: 'percent', percent: 50 } }, { kind: 'remainder' }]),
  },
};

describe('every allocation check has a case where it fires and one where it stays silent', () => {
  it('the cases cover ALLOCATION_CHECKS exactly', () => {
    expect(Object.keys(CASES).sort()).toEqual(ALLOCATION_CHECKS.map((c) => c.id).sort());
  });
  for (const c of ALLOCATION_CHECKS) {
    it(`${c.id} fires`, () => expect(CASES[c.id].fires()).toContain(c.id));
    it(`${c.id} stays silent`, () => expect(CASES[c.id].silent()).not.toContain(c.id));
  }
});

describe('allocation findings are {check, params} with the wording in messages.ts', () => {
  it('the registry lists exactly the typed ids, in order', () => {
    expect(ALLOCATION_CHECKS.map((c) => c.id)).toEqual([...ALLOCATION_CHECK_IDS]);
  });

  it('a misspelt id or a wrong param does not compile', () => {
    // @ts-expect-error a check id the registry does not have
    expect(() => finding('allocation.fund-vaild', 'fund', { value: '1', reason: 'x' })).toThrow();
    // @ts-expect-error not-uniform names its scheme as 'head' or 'hour', not in words
    const words = finding('allocation.not-uniform', 'steps', { scheme: '按人平均' });
    expect(words.message).not.toContain('按人平均');
  });

  it('a finding carries its params as values, and its message is built from them', () => {
    const r = allocate({ fundFen: 100_000, coefficients: DEFAULT_COEFFICIENTS, shares: DEFAULT_SHARES, people: two, scores: [{ staffId: '9', name: '', effect: 1, satisfaction: 1 }] });
    expect(r.ok).toBe(false);
    const stranger = !r.ok ? r.errors.find((e) => e.check === 'allocation.scores-match-ledger' && e.params.kind === 'not-in-ledger') : undefined;
    expect(stranger?.params).toEqual({ kind: 'not-in-ledger', row: 1, staffId: '9', name: '' });
    expect(stranger?.message).toBe('评分第 1 条:工号 9(无姓名)不在台账中。请核对工号,或删除这条评分。');
    const uniform = finding('allocation.not-uniform', 'steps', { scheme: 'hour' });
    expect(uniform.message).toContain('「按课时平均」');
    expect(checkById('allocation.not-uniform').title).toBe('结果不同于简单划一');
  });
});
