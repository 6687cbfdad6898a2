import { useState } from 'react';
import { CONTENTS } from '../../lib/allocation/schema.ts';
import { PERIOD_NAMES, ROLES, STAFF_TYPES } from '../../lib/policy/vocabulary.ts';
import { POOL_MODES, STEP_KINDS, type StepKind } from '../../lib/allocation/scheme.ts';
import { emptyRate, newStep, type RateDraft, type SchemeDraft, type StepDraft } from '../../lib/allocation/scheme-draft.ts';
import type { FieldErrors } from '../../lib/allocation/form-text.ts';
import { POOL_MODE_LABELS, RATE_UNIT_LABELS, SCORE_WEIGHT_LABELS, STEP_KIND_LABELS, schemeBasisLabel } from '../../lib/allocation/messages.ts';
import { SCHEME_FIELDS as L } from '../../lib/allocation/ui-text.ts';
import type { PresetId } from '../../lib/allocation/presets.ts';
import { Field, SelectField } from './Field.tsx';

interface Props {
  /** `a` or `b`: prefixes every field id. */
  side: string;
  draft: SchemeDraft;
  errors: FieldErrors;
  onChange: (update: (d: SchemeDraft) => SchemeDraft) => void;
  presets: readonly { id: PresetId; name: string }[];
  onPreset: (id: PresetId) => void;
}

const any = (values: readonly string[]) => [['', L.any] as const, ...values.map((v) => [v, v] as const)];
const move = <T,>(xs: readonly T[], from: number, to: number): T[] => {
  const out = [...xs];
  const [x] = out.splice(from, 1);
  out.splice(to, 0, x!);
  return out;
};

/** One scheme as a list of steps: add, remove, reorder and edit each step's fields. */
export function SchemeEditor({ side, draft, errors, onChange, presets, onPreset }: Props) {
  const [kind, setKind] = useState<StepKind>('perSession');
  const setStep = (i: number, f: (s: StepDraft) => StepDraft) => onChange((d) => ({ ...d, steps: d.steps.map((s, n) => (n === i ? f(s) : s)) }));
  return (
    <div className="alloc-scheme" data-testid={`scheme-${side}`}>
      <div className="alloc-actions">
        <span>{L.presets}</span>
        {presets.map((p) => (
          <button key={p.id} type="button" onClick={() => onPreset(p.id)}>
            {p.name}
          </button>
        ))}
      </div>
      <div className="alloc-row">
        <Field id={`${side}-name`} label={L.name} value={draft.name} error={errors.name} onChange={(v) => onChange((d) => ({ ...d, name: v }))} inputMode="text" size={24} />
        <Field id={`${side}-cap`} label={L.managementCapPercent} value={draft.managementCapPercent} error={errors.managementCapPercent} onChange={(v) => onChange((d) => ({ ...d, managementCapPercent: v }))} size={4} />
      </div>
      <p className="alloc-hint">{L.basis(schemeBasisLabel({ kind: draft.basisKind, note: draft.basisNote }))}</p>
      {errors.steps ? <p className="alloc-error">{errors.steps}</p> : null}
      <ol className="alloc-steps">
        {draft.steps.map((s, i) => (
          <li key={i}>
            <fieldset>
              <legend>{L.stepLegend(i + 1, STEP_KIND_LABELS[s.kind])}</legend>
              <p className="alloc-hint">{L.stepHelp[s.kind]}</p>
              <StepFields id={`${side}-step-${i}`} at={`steps.${i}`} step={s} errors={errors} onChange={(f) => setStep(i, f)} />
              <div className="alloc-actions">
                {i > 0 ? (
                  <button type="button" className="alloc-link" onClick={() => onChange((d) => ({ ...d, steps: move(d.steps, i, i - 1) }))}>
                    {L.moveUp(i + 1)}
                  </button>
                ) : null}
                {i < draft.steps.length - 1 ? (
                  <button type="button" className="alloc-link" onClick={() => onChange((d) => ({ ...d, steps: move(d.steps, i, i + 1) }))}>
                    {L.moveDown(i + 1)}
                  </button>
                ) : null}
                <button type="button" className="alloc-link" onClick={() => onChange((d) => ({ ...d, steps: d.steps.filter((_, n) => n !== i) }))}>
                  {L.remove(i + 1)}
                </button>
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <div className="alloc-actions">
        <SelectField id={`${side}-new-kind`} label={L.newStepKind} value={kind} options={STEP_KINDS.map((k) => [k, STEP_KIND_LABELS[k]] as const)} onChange={setKind} />
        <button type="button" onClick={() => onChange((d) => ({ ...d, steps: [...d.steps, newStep(kind)] }))}>
          {L.addStep}
        </button>
      </div>
    </div>
  );
}

function StepFields({ id, at, step: s, errors, onChange }: { id: string; at: string; step: StepDraft; errors: FieldErrors; onChange: (f: (s: StepDraft) => StepDraft) => void }) {
  const set = <K extends keyof StepDraft>(key: K) => (value: StepDraft[K]) => onChange((x) => ({ ...x, [key]: value }));
  const text = (key: 'label' | 'percent' | 'amount' | 'capPerDay' | 'effectPercent', label: string, size = 8) => (
    <Field id={`${id}-${key}`} label={label} value={s[key]} error={errors[`${at}.${key}`]} onChange={set(key)} inputMode={key === 'label' ? 'text' : 'decimal'} size={size} />
  );
  const pool = () => (
    <>
      <SelectField id={`${id}-pool`} label={L.poolMode} value={s.poolMode} options={POOL_MODES.map((m) => [m, POOL_MODE_LABELS[m]] as const)} onChange={set('poolMode')} />
      {s.poolMode === 'percent' ? text('percent', L.percent, 5) : null}
      {s.poolMode === 'fixed' ? text('amount', L.amount) : null}
      {s.poolMode === 'perPerson' ? text('amount', L.perPersonAmount) : null}
    </>
  );
  return (
    <div className="alloc-row">
      {text('label', L.label, 14)}
      {s.kind === 'reserve' ? (
        <>
          <SelectField id={`${id}-mode`} label={L.reserveMode} value={s.mode} options={(['percent', 'fixed'] as const).map((m) => [m, L.reserveModes[m]] as const)} onChange={set('mode')} />
          {s.mode === 'percent' ? text('percent', L.percent, 5) : text('amount', L.amount)}
        </>
      ) : null}
      {s.kind === 'perPerson' ? (
        <>
          {text('amount', L.perPersonAmount)}
          <SelectField id={`${id}-staff-type`} label={L.staffType} value={s.staffType} options={any(STAFF_TYPES) as never} onChange={set('staffType')} />
          <SelectField id={`${id}-role`} label={L.role} value={s.role} options={any(ROLES) as never} onChange={set('role')} />
        </>
      ) : null}
      {s.kind === 'byWorkload' ? pool() : null}
      {s.kind === 'byScore' ? (
        <>
          {pool()}
          {text('effectPercent', L.effectPercent, 4)}
          <SelectField id={`${id}-weight`} label={L.weight} value={s.weight} options={(['workload', 'person'] as const).map((w) => [w, SCORE_WEIGHT_LABELS[w]] as const)} onChange={set('weight')} />
        </>
      ) : null}
      {s.kind === 'perSession' ? (
        <>
          <SelectField id={`${id}-unit`} label={L.unit} value={s.unit} options={(['session', 'hour'] as const).map((u) => [u, RATE_UNIT_LABELS[u]] as const)} onChange={set('unit')} />
          {text('capPerDay', L.capPerDay)}
          <RatesTable id={id} at={at} rates={s.rates} errors={errors} onChange={(rates) => onChange((x) => ({ ...x, rates: rates(x.rates) }))} />
        </>
      ) : null}
    </div>
  );
}

function RatesTable({ id, at, rates, errors, onChange }: { id: string; at: string; rates: RateDraft[]; errors: FieldErrors; onChange: (f: (r: RateDraft[]) => RateDraft[]) => void }) {
  const set = (j: number, key: keyof RateDraft, value: string) => onChange((rs) => rs.map((r, n) => (n === j ? { ...r, [key]: value } : r)));
  const money = ['minStudents', 'maxStudents', 'base', 'perStudent', 'floor', 'ceiling'] as const;
  return (
    <div className="alloc-rates">
      <p className="alloc-hint">{L.rateHelp}</p>
      {errors[`${at}.rates`] ? <p className="alloc-error">{errors[`${at}.rates`]}</p> : null}
      {rates.map((r, j) => (
        <div className="alloc-tier" key={j}>
          <SelectField id={`${id}-rate-${j}-period`} label={L.rate.period} value={r.period} options={any(PERIOD_NAMES) as never} onChange={(v) => set(j, 'period', v)} />
          <SelectField id={`${id}-rate-${j}-content`} label={L.rate.content} value={r.content} options={any(CONTENTS) as never} onChange={(v) => set(j, 'content', v)} />
          <SelectField id={`${id}-rate-${j}-role`} label={L.rate.role} value={r.role} options={any(ROLES) as never} onChange={(v) => set(j, 'role', v)} />
          {money.map((key) => (
            <Field key={key} id={`${id}-rate-${j}-${key}`} label={L.rate[key]} value={r[key]} error={errors[`${at}.rates.${j}.${key}`]} onChange={(v) => set(j, key, v)} size={5} />
          ))}
          {rates.length > 1 ? (
            <button type="button" className="alloc-link" onClick={() => onChange((rs) => rs.filter((_, n) => n !== j))}>
              {L.removeRate(j + 1)}
            </button>
          ) : null}
        </div>
      ))}
      <button type="button" onClick={() => onChange((rs) => [...rs, emptyRate()])}>
        {L.addRate}
      </button>
    </div>
  );
}
