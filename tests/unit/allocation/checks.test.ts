import { describe, expect, it } from 'vitest';
import { ALLOCATION_CHECKS, checkById, type AllocationCheckId } from '../../../src/lib/allocation/checks.ts';
import { aggregateSessions, allocate } from '../../../src/lib/allocation/model.ts';
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

/** The checks that fired, from findings or from form messages (each check's wording identifies it). */
function fired(found: readonly { check: AllocationCheckId }[] | readonly string[]): AllocationCheckId[] {
  if (found.every((f) => typeof f !== 'string')) return (found as { check: AllocationCheckId }[]).map((f) => f.check);
  const pattern = (id: AllocationCheckId) => new RegExp(`^${checkById(id).message.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[\\s\\S]*?')}$`);
  return ALLOCATION_CHECKS.filter((c) => (found as string[]).some((m) => pattern(c.id).test(m))).map((c) => c.id);
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
