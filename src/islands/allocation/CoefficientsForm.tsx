import { CONTENTS } from '../../lib/allocation/schema.ts';
import { PERIOD_NAMES, ROLES } from '../../lib/policy/vocabulary.ts';
import { newTierDraft, type Draft, type FieldErrors } from '../../lib/allocation/draft.ts';
import { restPercent } from '../../lib/allocation/form-text.ts';
import { COEFFICIENTS_UI as U } from '../../lib/allocation/ui-text.ts';
import { Field } from './Field.tsx';

interface Props {
  draft: Draft;
  errors: FieldErrors;
  onChange: (update: (d: Draft) => Draft) => void;
}

/** The coefficients keyed by a word of the vocabulary: 时段, 内容, 职责. */
const GROUPS = [
  { group: 'period', legend: U.period, keys: PERIOD_NAMES },
  { group: 'content', legend: U.content, keys: CONTENTS },
  { group: 'role', legend: U.role, keys: ROLES },
] as const;

/** The three percentages of the form, each with what is left of 100 % where that means something. */
const SHARES = [
  { id: 'share-workload', key: 'workloadPercent', label: U.workloadPercent, rest: U.workloadRest },
  { id: 'share-effect', key: 'effectPercent', label: U.effectPercent, rest: U.effectRest },
  { id: 'share-management', key: 'managementCapPercent', label: U.managementCapPercent, rest: null },
] as const;

export function CoefficientsForm({ draft, errors, onChange }: Props) {
  const setIn = (group: 'period' | 'content' | 'role', key: string, value: string) => onChange((d) => ({ ...d, [group]: { ...d[group], [key]: value } }));
  const setTier = (i: number, key: 'min' | 'coefficient', value: string) =>
    onChange((d) => ({ ...d, tiers: d.tiers.map((t, n) => (n === i ? { ...t, [key]: value } : t)) }));

  return (
    <div className="alloc-coefficients">
      {GROUPS.map(({ group, legend, keys }) => (
        <fieldset key={group}>
          <legend>{legend}</legend>
          {keys.map((k) => (
            <Field key={k} id={`coef-${group}-${k}`} label={k} value={(draft[group] as Record<string, string>)[k]!} error={errors[`${group}.${k}`]} onChange={(v) => setIn(group, k, v)} size={5} />
          ))}
        </fieldset>
      ))}
      <fieldset>
        <legend>{U.tiers}</legend>
        {errors.tiers ? <p className="alloc-error">{errors.tiers}</p> : null}
        {draft.tiers.map((t, i) => (
          <div className="alloc-tier" key={i}>
            <Field id={`tier-${i}-min`} label={U.tierMin(i + 1)} value={t.min} error={errors[`tiers.${i}.min`]} onChange={(v) => setTier(i, 'min', v)} inputMode="numeric" size={4} />
            <Field id={`tier-${i}-coefficient`} label={U.tierCoefficient} value={t.coefficient} error={errors[`tiers.${i}.coefficient`]} onChange={(v) => setTier(i, 'coefficient', v)} size={5} />
            {draft.tiers.length > 1 ? (
              <button type="button" className="alloc-link" onClick={() => onChange((d) => ({ ...d, tiers: d.tiers.filter((_, n) => n !== i) }))}>
                {U.removeTier(i + 1)}
              </button>
            ) : null}
          </div>
        ))}
        <button type="button" onClick={() => onChange((d) => ({ ...d, tiers: [...d.tiers, newTierDraft()] }))}>
          {U.addTier}
        </button>
      </fieldset>
      <fieldset>
        <legend>{U.shares}</legend>
        {SHARES.map(({ id, key, label, rest }) => (
          <Field
            key={key}
            id={id}
            label={label}
            value={draft[key]}
            error={errors[key]}
            onChange={(v) => onChange((d) => ({ ...d, [key]: v }))}
            inputMode="numeric"
            size={4}
            hint={rest ? rest(restPercent(draft[key])) : undefined}
          />
        ))}
      </fieldset>
    </div>
  );
}
