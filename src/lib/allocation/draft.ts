/**
 * The page's form as typed: every number is kept as the text the user wrote, so a bad entry is
 * shown with its message and never replaced. `draftToScenario` turns a draft into a `Scenario`
 * (or messages keyed by field); the page autosaves the draft itself, so a reload loses nothing.
 */
import { z } from 'zod';
import { CONTENTS, SessionSchema, CoefficientSchema, ScoreSchema, FUND_MAX_FEN } from './schema.ts';
import { PERIOD_NAMES, ROLES, SERVICE_TYPES } from '../policy/vocabulary.ts';
import type { PersonWork } from './model.ts';
import type { Content, Period, Role, Score, Session } from './schema.ts';
import { ScenarioSchema, SCENARIO_FORMAT, defaultScenario, type Scenario } from './scenario.ts';
import { parseYuan, formatYuan } from './money.ts';
import { DRAFT_TEXT, SCHEMA_TEXT, formSaid, type FormField, type FormMessage, type FormReason } from './messages.ts';
import { SchemeDraftSchema } from './scheme-draft.ts';
import type { FieldErrors } from './form-text.ts';
import { readFormNumber } from '../units/numbers.ts';
import { PacketMetaSchema } from '../packet/schema.ts';

const Text = z.string();
const ScoreDraftSchema = z.object({ staffId: Text, name: Text, effect: Text, satisfaction: Text });

export const DraftSchema = z.object({
  semester: Text,
  fund: Text,
  period: z.record(z.enum(PERIOD_NAMES), Text),
  content: z.record(z.enum(CONTENTS), Text),
  role: z.record(z.enum(ROLES), Text),
  tiers: z.array(z.object({ min: Text, coefficient: Text })),
  workloadPercent: Text,
  effectPercent: Text,
  managementCapPercent: Text,
  sessions: z.array(SessionSchema),
  source: Text,
  scores: z.array(ScoreDraftSchema),
  /** The school's scheme (A) and the one it is compared with (B), as typed; absent in drafts saved before schemes. */
  schemeA: SchemeDraftSchema.optional(),
  schemeB: SchemeDraftSchema.optional(),
  /** What the school filled in for the semester packet. */
  packet: PacketMetaSchema.optional(),
});

export type Draft = z.infer<typeof DraftSchema>;
export type ScoreDraft = z.infer<typeof ScoreDraftSchema>;

export type { FieldErrors };

/** The form's messages as data, by field (the same keys as FieldErrors). */
export type FieldProblems = Record<string, FormMessage>;

/** A form that did not parse: each field's message as data (`problems`) and as its sentence (`errors`). */
export type FormRefused = { ok: false; problems: FieldProblems; errors: FieldErrors };

function refused(problems: FieldProblems): FormRefused {
  const errors: FieldErrors = {};
  for (const [key, p] of Object.entries(problems)) errors[key] = p.message;
  return { ok: false, problems, errors };
}

const text = (n: number) => String(n);

export function scenarioToDraft(s: Scenario): Draft {
  return {
    semester: s.semester,
    fund: formatYuan(s.fundFen),
    period: mapValues(s.coefficients.period, text),
    content: mapValues(s.coefficients.content, text),
    role: mapValues(s.coefficients.role, text),
    tiers: s.coefficients.studentTiers.map((t) => ({ min: text(t.min), coefficient: text(t.coefficient) })),
    workloadPercent: text(s.shares.workloadPercent),
    effectPercent: text(s.shares.effectPercent),
    managementCapPercent: text(s.shares.managementCapPercent),
    sessions: s.sessions,
    source: s.source,
    scores: s.scores.map(scoreToDraft),
  };
}

/** A new page: default coefficients, no sessions, and a fund still to be filled in. */
export function emptyDraft(): Draft {
  return { ...scenarioToDraft(defaultScenario()), fund: '' };
}

/** The default coefficients and shares as form text (the rest of a draft stays as typed). */
export function defaultCoefficientsDraft(): Pick<Draft, 'period' | 'content' | 'role' | 'tiers' | 'workloadPercent' | 'effectPercent' | 'managementCapPercent'> {
  const { period, content, role, tiers, workloadPercent, effectPercent, managementCapPercent } = scenarioToDraft(defaultScenario());
  return { period, content, role, tiers, workloadPercent, effectPercent, managementCapPercent };
}

export function scoreToDraft(s: Score): ScoreDraft {
  return { staffId: s.staffId, name: s.name, effect: text(s.effect), satisfaction: text(s.satisfaction) };
}

function mapValues<K extends string, A, B>(record: Record<K, A>, f: (a: A) => B): Record<K, B> {
  const out = {} as Record<K, B>;
  for (const k of Object.keys(record) as K[]) out[k] = f(record[k]);
  return out;
}

function firstMessage(schema: z.ZodType, value: unknown): string | null {
  const r = schema.safeParse(value);
  return r.success ? null : (r.error.issues[0]?.message ?? DRAFT_TEXT.invalid);
}

const PERCENT = z.number().int().min(0).max(100);

/** A draft → a valid scenario, or a message at each field that is wrong (1.1.5 allocation.coefficient-range / fund-valid). */
export function draftToScenario(d: Draft): { ok: true; scenario: Scenario } | FormRefused {
  const errors: FieldProblems = {};
  const coefficient = (key: string, field: FormField, raw: string): number => {
    const v = readFormNumber(raw);
    const m = raw.trim() === '' ? null : firstMessage(CoefficientSchema, v);
    const reason: FormReason | null = raw.trim() === '' ? 'blank' : m === null ? null : m === SCHEMA_TEXT.number ? 'notNumber' : { schema: m };
    if (reason) errors[key] = formSaid('coefficientRange', { field, value: raw, reason });
    return v;
  };
  const percent = (key: 'workloadPercent' | 'effectPercent' | 'managementCapPercent', raw: string): number => {
    const v = readFormNumber(raw);
    if (raw.trim() === '' || !PERCENT.safeParse(v).success) {
      errors[key] = formSaid('coefficientRange', { field: { kind: 'share', key }, value: raw, reason: 'percent' });
    }
    return v;
  };

  const fund = parseYuan(d.fund);
  if (!fund.ok) errors.fund = formSaid('fundValid', { value: d.fund, reason: fund.reason, max: null });

  const period = {} as Record<Period, number>;
  for (const p of PERIOD_NAMES) period[p] = coefficient(`period.${p}`, { kind: 'period', name: p }, d.period[p]);
  const content = {} as Record<Content, number>;
  for (const c of CONTENTS) content[c] = coefficient(`content.${c}`, { kind: 'content', name: c }, d.content[c]);
  const role = {} as Record<Role, number>;
  for (const r of ROLES) role[r] = coefficient(`role.${r}`, { kind: 'role', name: r }, d.role[r]);

  const studentTiers = d.tiers.map((t, i) => {
    const min = readFormNumber(t.min);
    const tierMin = (tier: number, reason: FormReason) => formSaid('coefficientRange', { field: { kind: 'tierMin', tier }, value: t.min, reason });
    if (!Number.isInteger(min) || min < 0) errors[`tiers.${i}.min`] = tierMin(i + 1, 'tierMinWhole');
    else if (i === 0 && min !== 0) errors[`tiers.${i}.min`] = tierMin(1, 'tierFirstFromZero');
    else if (i > 0 && !(min > readFormNumber(d.tiers[i - 1]!.min))) errors[`tiers.${i}.min`] = tierMin(i + 1, 'tierIncreasing');
    return { min, coefficient: coefficient(`tiers.${i}.coefficient`, { kind: 'tierCoefficient', tier: i + 1 }, t.coefficient) };
  });
  if (d.tiers.length === 0) errors.tiers = formSaid('noTiers', {});

  const shares = {
    workloadPercent: percent('workloadPercent', d.workloadPercent),
    effectPercent: percent('effectPercent', d.effectPercent),
    managementCapPercent: percent('managementCapPercent', d.managementCapPercent),
  };

  const scores: Score[] = [];
  d.scores.forEach((s, i) => {
    const candidate = { staffId: s.staffId, name: s.name, effect: readFormNumber(s.effect), satisfaction: readFormNumber(s.satisfaction) };
    const r = ScoreSchema.safeParse(candidate);
    if (r.success) return void scores.push(r.data);
    for (const issue of r.error.issues) {
      const field = String(issue.path[0]);
      const raw = field === 'effect' ? s.effect : field === 'satisfaction' ? s.satisfaction : s.staffId;
      errors[`scores.${i}.${field}`] = formSaid('score', { field, value: raw, reason: raw.trim() === '' ? 'blank' : { schema: issue.message } });
    }
  });

  if (!d.semester.trim()) errors.semester = formSaid('noSemester', {});

  if (Object.keys(errors).length) return refused(errors);
  const parsed = ScenarioSchema.safeParse({
    format: SCENARIO_FORMAT,
    version: 1,
    semester: d.semester,
    fundFen: fund.ok ? fund.fen : 0,
    coefficients: { period, content, role, studentTiers },
    shares,
    // Sessions were checked when they entered the draft (台账 reader, typed-in row, restore); checking
    // 100k of them again on every keystroke would make editing a coefficient sluggish.
    sessions: [],
    scores,
    source: d.source,
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.join('.');
      // The scenario's fundFen is the draft's fund field: the message belongs at that input.
      if (path === 'fundFen') {
        errors.fund = formSaid('fundValid', { value: d.fund, reason: issue.message, max: issue.code === 'too_big' ? formatYuan(FUND_MAX_FEN) : null });
      } else errors[path] = formSaid('schema', { message: issue.message });
    }
    return refused(errors);
  }
  return { ok: true, scenario: { ...parsed.data, sessions: d.sessions } };
}

/** A draft saved by an earlier visit, or null when there is none or it is not a draft. */
export function restoreDraft(json: string | null): Draft | null {
  if (!json) return null;
  try {
    const r = DraftSchema.safeParse(JSON.parse(json));
    return r.success ? r.data : null;
  } catch {
    return null;
  }
}

/** A typed-in session row as text, before it joins the sessions. */
export interface SessionDraft {
  staffId: string;
  name: string;
  period: string;
  serviceType: string;
  category: string;
  role: string;
  students: string;
  hours: string;
}


export function sessionFromDraft(s: SessionDraft): { ok: true; session: Session } | FormRefused {
  const r = SessionSchema.safeParse({ ...s, students: readFormNumber(s.students), hours: readFormNumber(s.hours) });
  if (r.success) return { ok: true, session: r.data };
  const errors: FieldProblems = {};
  for (const issue of r.error.issues) {
    const key = String(issue.path[0]);
    if (!errors[key]) errors[key] = formSaid('session', { field: key, message: issue.message });
  }
  return refused(errors);
}

/** A blank typed-in session: the first 时段, 服务类型 and 职责 of the vocabulary, nothing else filled in. */
export function emptySessionDraft(): SessionDraft {
  return { staffId: '', name: '', period: PERIOD_NAMES[0], serviceType: SERVICE_TYPES[0], category: '', role: ROLES[0], students: '', hours: '' };
}

/** Blank or zero: the 台账's standard fund may be filled in without overwriting anything typed. */
export function fundIsBlank(text: string): boolean {
  const r = parseYuan(text);
  return text.trim() === '' || (r.ok && r.fen === 0);
}

/** Who in the 台账 has no score row yet, and how many score rows name someone not in the 台账. */
export function scoreCoverage(scores: readonly ScoreDraft[], people: readonly PersonWork[]): { unscored: PersonWork[]; strangers: number; inLedger: ReadonlySet<string> } {
  const scored = new Set(scores.map((s) => s.staffId));
  const inLedger = new Set(people.map((p) => p.staffId));
  return { unscored: people.filter((p) => !scored.has(p.staffId)), strangers: scores.filter((s) => !inLedger.has(s.staffId)).length, inLedger };
}

/** Score rows for everyone in the 台账 who has none, blank for the user to fill in. */
export function blankScores(people: readonly PersonWork[]): ScoreDraft[] {
  return people.map((p) => ({ staffId: p.staffId, name: p.name, effect: '', satisfaction: '' }));
}

/** A new 学生人数 tier as typed: its start still to fill in, coefficient 1 (no change until the school sets one). */
export function newTierDraft(): Draft['tiers'][number] {
  return { min: '', coefficient: '1' };
}

/** The form's errors as the page shows them: a blank 经费 or 学期 the user has not been to yet is not an error yet (the page opens without red). */
export function errorsToShow(errors: FieldErrors, d: Pick<Draft, 'fund' | 'semester'>, visited: ReadonlySet<string>): FieldErrors {
  const unvisitedBlank = (key: string) => (key === 'fund' || key === 'semester') && d[key].trim() === '' && !visited.has(key);
  return Object.fromEntries(Object.entries(errors).filter(([key]) => !unvisitedBlank(key)));
}
