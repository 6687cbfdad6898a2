import { CONTENTS, PERIODS, ROLES } from '../../lib/allocation/schema.ts';
import type { Draft, FieldErrors } from '../../lib/allocation/draft.ts';
import { restPercent } from '../../lib/allocation/form-text.ts';
import { COEFFICIENTS_UI as U } from '../../lib/allocation/ui-text.ts';
import { Field } from './Field.tsx';

interface Props {
  draft: Draft;
  errors: FieldErrors;
  onChange: (update: (d: Draft) => Draft) => void;
}

export function CoefficientsForm({ draft, errors, onChange }: Props) {
  const setIn = <K extends 'period' | 'content' | 'role'>(group: K, key: keyof Draft[K], value: string) =>
    onChange((d) => ({ ...d, [group]: { ...d[group], [key]: value } }));
  const setTier = (i: number, key: 'min' | 'coefficient', value: string) =>
    onChange((d) => ({ ...d, tiers: d.tiers.map((t, n) => (n === i ? { ...t, [key]: value } : t)) }));

  return (
    <div className="alloc-coefficients">
      <fieldset>
        <legend>{U.period}</legend>
        {PERIODS.map((p) => (
          <Field key={p} id={`coef-period-${p}`} label={p} value={draft.period[p]} error={errors[`period.${p}`]} onChange={(v) => setIn('period', p, v)} size={5} />
        ))}
      </fieldset>
      <fieldset>
        <legend>{U.content}</legend>
        {CONTENTS.map((c) => (
          <Field key={c} id={`coef-content-${c}`} label={c} value={draft.content[c]} error={errors[`content.${c}`]} onChange={(v) => setIn('content', c, v)} size={5} />
        ))}
      </fieldset>
      <fieldset>
        <legend>{U.role}</legend>
        {ROLES.map((r) => (
          <Field key={r} id={`coef-role-${r}`} label={r} value={draft.role[r]} error={errors[`role.${r}`]} onChange={(v) => setIn('role', r, v)} size={5} />
        ))}
      </fieldset>
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
        <button type="button" onClick={() => onChange((d) => ({ ...d, tiers: [...d.tiers, { min: '', coefficient: '1' }] }))}>
          {U.addTier}
        </button>
      </fieldset>
      <fieldset>
        <legend>{U.shares}</legend>
        <Field
          id="share-workload"
          label={U.workloadPercent}
          value={draft.workloadPercent}
          error={errors.workloadPercent}
          onChange={(v) => onChange((d) => ({ ...d, workloadPercent: v }))}
          inputMode="numeric"
          size={4}
          hint={U.workloadRest(restPercent(draft.workloadPercent))}
        />
        <Field
          id="share-effect"
          label={U.effectPercent}
          value={draft.effectPercent}
          error={errors.effectPercent}
          onChange={(v) => onChange((d) => ({ ...d, effectPercent: v }))}
          inputMode="numeric"
          size={4}
          hint={U.effectRest(restPercent(draft.effectPercent))}
        />
        <Field
          id="share-management"
          label={U.managementCapPercent}
          value={draft.managementCapPercent}
          error={errors.managementCapPercent}
          onChange={(v) => onChange((d) => ({ ...d, managementCapPercent: v }))}
          inputMode="numeric"
          size={4}
        />
      </fieldset>
    </div>
  );
}
