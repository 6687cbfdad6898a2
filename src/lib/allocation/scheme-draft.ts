/**
 * A scheme as the page's form holds it: every number is the text the user typed (money in 元), so a
 * bad entry keeps its text and gets a message at its field. `draftToScheme` turns it into a `Scheme`
 * (coefficients come from the page's coefficient form), or messages keyed `steps.2.amount`, `name`, ….
 */
import { z } from 'zod';
import { CONTENTS } from './schema.ts';
import { PERIOD_NAMES, ROLES, STAFF_TYPES } from '../policy/vocabulary.ts';
import type { Coefficients } from './schema.ts';
import { POOL_MODES, SchemeSchema, STEP_KINDS } from './scheme.ts';
import type { Rate, Scheme, Step, StepKind } from './scheme.ts';
import { formatYuan, parseYuan } from './money.ts';
import type { FieldErrors } from './form-text.ts';
import { readFormNumber } from '../units/numbers.ts';
import { SCHEME_FORM } from './messages.ts';

const Text = z.string().default('');
const RateDraftSchema = z.object({
  period: z.union([z.enum(PERIOD_NAMES), z.literal('')]).default(''),
  content: z.union([z.enum(CONTENTS), z.literal('')]).default(''),
  role: z.union([z.enum(ROLES), z.literal('')]).default(''),
  minStudents: Text,
  maxStudents: Text,
  base: Text,
  perStudent: Text,
  floor: Text,
  ceiling: Text,
});

export const StepDraftSchema = z.object({
  kind: z.enum(STEP_KINDS),
  label: Text,
  /** 留存: percent or fixed. */
  mode: z.enum(['percent', 'fixed']).default('percent'),
  percent: Text,
  /** 元: 留存 fixed, 按人固定, a pool's fixed or per-person sum. */
  amount: Text,
  unit: z.enum(['hour', 'session']).default('session'),
  rates: z.array(RateDraftSchema).default([]),
  capPerDay: Text,
  staffType: z.union([z.enum(STAFF_TYPES), z.literal('')]).default(''),
  role: z.union([z.enum(ROLES), z.literal('')]).default(''),
  poolMode: z.enum(POOL_MODES).default('rest'),
  effectPercent: z.string().default('50'),
  weight: z.enum(['person', 'workload']).default('workload'),
});

export const SchemeDraftSchema = z.object({
  name: Text,
  basisKind: z.enum(['default', 'school']).default('school'),
  basisNote: Text,
  managementCapPercent: z.string().default('10'),
  steps: z.array(StepDraftSchema).default([]),
});

export type RateDraft = z.infer<typeof RateDraftSchema>;
export type StepDraft = z.infer<typeof StepDraftSchema>;
export type SchemeDraft = z.infer<typeof SchemeDraftSchema>;

const yuan = (fen: number | null) => (fen === null ? '' : formatYuan(fen));
const num = (n: number) => String(n);

export function emptyRate(): RateDraft {
  return { period: '', content: '', role: '', minStudents: '0', maxStudents: '', base: '', perStudent: '0', floor: '0', ceiling: '' };
}

/** A new step of a kind, with the fields it needs set to something sensible. */
export function newStep(kind: StepKind): StepDraft {
  const base = StepDraftSchema.parse({ kind });
  if (kind === 'perSession') return { ...base, rates: [emptyRate()] };
  if (kind === 'byScore' || kind === 'byWorkload') return { ...base, poolMode: 'rest' };
  return base;
}

function rateToDraft(r: Rate): RateDraft {
  return {
    period: r.period,
    content: r.content,
    role: r.role,
    minStudents: num(r.minStudents),
    maxStudents: r.maxStudents === null ? '' : num(r.maxStudents),
    base: yuan(r.baseFen),
    perStudent: yuan(r.perStudentFen),
    floor: yuan(r.floorFen),
    ceiling: yuan(r.ceilingFen),
  };
}

export function stepToDraft(step: Step): StepDraft {
  const d = newStep(step.kind);
  d.label = step.label;
  switch (step.kind) {
    case 'reserve':
      return { ...d, mode: step.mode, percent: num(step.percent), amount: yuan(step.amountFen) };
    case 'perSession':
      return { ...d, unit: step.unit, rates: step.rates.map(rateToDraft), capPerDay: yuan(step.capPerDayFen) };
    case 'perPerson':
      return { ...d, amount: yuan(step.amountFen), staffType: step.staffType, role: step.role };
    case 'byScore':
      return { ...d, poolMode: step.pool.mode, percent: num(step.pool.percent), amount: yuan(step.pool.amountFen), effectPercent: num(step.effectPercent), weight: step.weight };
    case 'byWorkload':
      return { ...d, poolMode: step.pool.mode, percent: num(step.pool.percent), amount: yuan(step.pool.amountFen) };
    case 'remainder':
      return d;
  }
}

export function schemeToDraft(s: Scheme): SchemeDraft {
  return { name: s.name, basisKind: s.basis.kind, basisNote: s.basis.note, managementCapPercent: num(s.managementCapPercent), steps: s.steps.map(stepToDraft) };
}

/** The draft as a scheme, with the page's coefficients; a message at each field that is wrong. */
export function draftToScheme(d: SchemeDraft, coefficients: Coefficients): { ok: true; scheme: Scheme } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const money = (key: string, raw: string, optional = false): number | null => {
    if (optional && raw.trim() === '') return null;
    const r = parseYuan(raw);
    if (!r.ok) {
      errors[key] = SCHEME_FORM.badMoney(raw, r.reason);
      return 0;
    }
    return r.fen;
  };
  const count = (key: string, raw: string, optional = false): number | null => {
    if (optional && raw.trim() === '') return null;
    const v = readFormNumber(raw);
    if (!Number.isInteger(v) || v < 0) errors[key] = SCHEME_FORM.badCount(raw);
    return v;
  };
  const percent = (key: string, raw: string, integer = false): number => {
    const v = readFormNumber(raw);
    if (!(v >= 0 && v <= 100) || (integer && !Number.isInteger(v)) || Math.abs(v * 100 - Math.round(v * 100)) > 1e-6) errors[key] = SCHEME_FORM.badPercent(raw, integer);
    return v;
  };
  const pool = (key: string, s: StepDraft) => ({
    mode: s.poolMode,
    percent: s.poolMode === 'percent' ? percent(`${key}.percent`, s.percent) : 0,
    amountFen: s.poolMode === 'fixed' || s.poolMode === 'perPerson' ? (money(`${key}.amount`, s.amount) ?? 0) : 0,
  });

  const steps = d.steps.map((s, i): unknown => {
    const key = `steps.${i}`;
    const label = s.label.trim();
    switch (s.kind) {
      case 'reserve':
        if (!label) errors[`${key}.label`] = SCHEME_FORM.reserveNeedsName;
        return {
          kind: s.kind,
          label,
          mode: s.mode,
          percent: s.mode === 'percent' ? percent(`${key}.percent`, s.percent) : 0,
          amountFen: s.mode === 'fixed' ? money(`${key}.amount`, s.amount) : 0,
        };
      case 'perSession':
        if (s.rates.length === 0) errors[`${key}.rates`] = SCHEME_FORM.needsRate;
        return {
          kind: s.kind,
          label,
          unit: s.unit,
          rates: s.rates.map((r, j) => {
            const at = `${key}.rates.${j}`;
            const min = count(`${at}.minStudents`, r.minStudents) ?? 0;
            const max = count(`${at}.maxStudents`, r.maxStudents, true);
            if (max !== null && max < min && !errors[`${at}.maxStudents`]) errors[`${at}.maxStudents`] = SCHEME_FORM.maxBelowMin;
            const floorFen = money(`${at}.floor`, r.floor) ?? 0;
            const ceilingFen = money(`${at}.ceiling`, r.ceiling, true);
            if (ceilingFen !== null && ceilingFen < floorFen && !errors[`${at}.ceiling`]) errors[`${at}.ceiling`] = SCHEME_FORM.ceilingBelowFloor;
            return { period: r.period, content: r.content, role: r.role, minStudents: min, maxStudents: max, baseFen: money(`${at}.base`, r.base), perStudentFen: money(`${at}.perStudent`, r.perStudent), floorFen, ceilingFen };
          }),
          capPerDayFen: money(`${key}.capPerDay`, s.capPerDay, true),
        };
      case 'perPerson':
        return { kind: s.kind, label, amountFen: money(`${key}.amount`, s.amount), staffType: s.staffType, role: s.role };
      case 'byScore':
        return { kind: s.kind, label, pool: pool(key, s), effectPercent: percent(`${key}.effectPercent`, s.effectPercent, true), weight: s.weight };
      case 'byWorkload':
        return { kind: s.kind, label, pool: pool(key, s) };
      case 'remainder':
        return { kind: s.kind, label };
    }
  });
  if (!d.name.trim()) errors.name = SCHEME_FORM.needsName;
  if (d.steps.length === 0) errors.steps = SCHEME_FORM.needsStep;
  const cap = percent('managementCapPercent', d.managementCapPercent, true);
  if (Object.keys(errors).length) return { ok: false, errors };
  const parsed = SchemeSchema.safeParse({ name: d.name, basis: { kind: d.basisKind, note: d.basisNote }, coefficients, managementCapPercent: cap, steps });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) errors[issue.path.join('.')] = issue.message;
    return { ok: false, errors };
  }
  return { ok: true, scheme: parsed.data };
}
