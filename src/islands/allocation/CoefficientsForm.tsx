import { CONTENTS, PERIODS, ROLES } from '../../lib/allocation/schema.ts';
import type { Draft, FieldErrors } from '../../lib/allocation/draft.ts';
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
        <legend>时段系数</legend>
        {PERIODS.map((p) => (
          <Field key={p} id={`coef-period-${p}`} label={p} value={draft.period[p]} error={errors[`period.${p}`]} onChange={(v) => setIn('period', p, v)} size={5} />
        ))}
      </fieldset>
      <fieldset>
        <legend>内容系数(作业辅导按服务类型,素质教育按活动类别)</legend>
        {CONTENTS.map((c) => (
          <Field key={c} id={`coef-content-${c}`} label={c} value={draft.content[c]} error={errors[`content.${c}`]} onChange={(v) => setIn('content', c, v)} size={5} />
        ))}
      </fieldset>
      <fieldset>
        <legend>职责系数</legend>
        {ROLES.map((r) => (
          <Field key={r} id={`coef-role-${r}`} label={r} value={draft.role[r]} error={errors[`role.${r}`]} onChange={(v) => setIn('role', r, v)} size={5} />
        ))}
      </fieldset>
      <fieldset>
        <legend>学生人数系数(按每次服务的参与学生人数分档)</legend>
        {errors.tiers ? <p className="alloc-error">{errors.tiers}</p> : null}
        {draft.tiers.map((t, i) => (
          <div className="alloc-tier" key={i}>
            <Field id={`tier-${i}-min`} label={`第 ${i + 1} 档:从(人)`} value={t.min} error={errors[`tiers.${i}.min`]} onChange={(v) => setTier(i, 'min', v)} inputMode="numeric" size={4} />
            <Field id={`tier-${i}-coefficient`} label="系数" value={t.coefficient} error={errors[`tiers.${i}.coefficient`]} onChange={(v) => setTier(i, 'coefficient', v)} size={5} />
            {draft.tiers.length > 1 ? (
              <button type="button" className="alloc-link" onClick={() => onChange((d) => ({ ...d, tiers: d.tiers.filter((_, n) => n !== i) }))}>
                删除第 {i + 1} 档
              </button>
            ) : null}
          </div>
        ))}
        <button type="button" onClick={() => onChange((d) => ({ ...d, tiers: [...d.tiers, { min: '', coefficient: '1' }] }))}>
          添加一档
        </button>
      </fieldset>
      <fieldset>
        <legend>占比与权重</legend>
        <Field
          id="share-workload"
          label="工作量占比(%)"
          value={draft.workloadPercent}
          error={errors.workloadPercent}
          onChange={(v) => onChange((d) => ({ ...d, workloadPercent: v }))}
          inputMode="numeric"
          size={4}
          hint={`其余 ${pctRest(draft.workloadPercent)} 按绩效分配`}
        />
        <Field
          id="share-effect"
          label="效果评分权重(%)"
          value={draft.effectPercent}
          error={errors.effectPercent}
          onChange={(v) => onChange((d) => ({ ...d, effectPercent: v }))}
          inputMode="numeric"
          size={4}
          hint={`满意度权重 ${pctRest(draft.effectPercent)}`}
        />
        <Field
          id="share-management"
          label="管理部分上限(% 经费)"
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

function pctRest(raw: string): string {
  const n = Number(raw.trim());
  return Number.isInteger(n) && n >= 0 && n <= 100 ? `${100 - n}%` : '—';
}
