import { STAGES, reviewStatus } from '../../lib/plan/schema.ts';
import type { Stage } from '../../lib/plan/schema.ts';
import { CATALOGUE } from '../../lib/plan/catalogue.ts';
import type { FieldSpec } from '../../lib/plan/catalogue.ts';
import { FIELD_HINTS, FIELD_LABELS, FIELD_PLACEHOLDERS, MESSAGES, UI } from '../../lib/plan/messages.ts';
import { PRESET_STAGES } from '../../lib/plan/presets.ts';
import { fieldId } from '../../lib/plan/steps.ts';
import type { Step } from '../../lib/plan/steps.ts';
import { TextArea, TextInput } from './fields.tsx';
import { ConsultationTable, MembersTable, PartnersTable, PeriodsTable } from './tables.tsx';
import { Timetable } from './Timetable.tsx';
import { ReviewBanner } from './ReviewStatus.tsx';
import type { Form } from './form.ts';

export interface StepActions {
  onPreset: (stage: Stage) => void;
  /** Marks the plan 已提交 with today's date and saves the file for the 学段中心. */
  onSubmit: () => void;
  onBackToDraft: () => void;
}

function Select<T extends string>({ id, label, value, options, onChange }: { id: string; label: string; value: T; options: readonly T[]; onChange: (v: T) => void }) {
  return (
    <div className="plan-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
    </div>
  );
}

function Presets({ onPreset }: { onPreset: (stage: Stage) => void }) {
  return (
    <div className="plan-presets" role="group" aria-labelledby="plan-presets-label">
      <p id="plan-presets-label">{UI.presetsIntro}</p>
      {PRESET_STAGES.map((s) => (
        <button key={s} type="button" onClick={() => onPreset(s)}>
          {UI.presetButton(s)}
        </button>
      ))}
    </div>
  );
}

function Review({ form, actions }: { form: Form; actions: StepActions }) {
  const status = reviewStatus(form.plan);
  return (
    <>
      <p>{MESSAGES.submitHint}</p>
      <ReviewBanner plan={form.plan} />
      {status === 'draft' && <p>{UI.currentDraft}</p>}
      <div className="plan-submit">
        <button type="button" id={fieldId('review')} onClick={actions.onSubmit}>
          {MESSAGES.submitButton}
        </button>
        {status === 'submitted' && (
          <button type="button" onClick={actions.onBackToDraft}>
            {MESSAGES.backToDraft}
          </button>
        )}
      </div>
      {status === 'returned' && <TextArea form={form} path="review.reason" label={FIELD_LABELS['review.reason']!} hint={FIELD_HINTS['review.reason']} rows={3} />}
    </>
  );
}

/** One field of the catalogue, drawn by its kind. */
function Field({ spec, form, actions }: { spec: FieldSpec; form: Form; actions: StepActions }) {
  const { plan, edit } = form;
  const { path } = spec;
  const label = FIELD_LABELS[path] ?? path;
  const hint = FIELD_HINTS[path];
  switch (spec.kind) {
    case 'text':
      return <TextInput form={form} path={path} label={label} hint={hint} placeholder={FIELD_PLACEHOLDERS[path]} />;
    case 'textarea':
      return <TextArea form={form} path={path} label={label} hint={hint} rows={spec.rows} placeholder={FIELD_PLACEHOLDERS[path]} />;
    case 'stage':
      return <Select id={fieldId(path)} label={label} value={plan.school.stage} options={STAGES} onChange={(v) => edit((d) => void (d.school.stage = v))} />;
    case 'members':
      return <MembersTable form={form} group={path === 'leadership.leadingGroup' ? 'leadingGroup' : 'workingGroup'} />;
    case 'periods':
      return <PeriodsTable form={form} />;
    case 'consultation':
      return <ConsultationTable form={form} />;
    case 'timetable':
      return <Timetable form={form} />;
    case 'partners':
      return <PartnersTable form={form} />;
    case 'external-used':
      return (
        <div className="plan-field">
          <label className="plan-check">
            <input
              id={fieldId(path)}
              type="checkbox"
              checked={plan.external.used}
              onChange={(e) => {
                const used = e.target.checked;
                edit((d) => void (d.external.used = used));
              }}
            />
            {UI.externalUsed}
          </label>
          {!plan.external.used && <p className="plan-hint">{UI.externalNotUsed}</p>}
        </div>
      );
    case 'review':
      return <Review form={form} actions={actions} />;
  }
}

/** The fields of a step, as the catalogue lists them. */
export function StepForm({ step, form, actions }: { step: Step; form: Form; actions: StepActions }) {
  const spec = CATALOGUE.find((s) => s.id === step.id);
  if (!spec) return null;
  return (
    <>
      {step.id === 'school' && <Presets onPreset={actions.onPreset} />}
      {spec.fields
        .filter((f) => !f.when || f.when(form.plan))
        .map((f) => (
          <Field key={f.path} spec={f} form={form} actions={actions} />
        ))}
    </>
  );
}
