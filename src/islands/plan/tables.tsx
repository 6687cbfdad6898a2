import type { ReactNode } from 'react';
import { EXTERNAL_KINDS, SEMESTERS, periodName, MAX_PERIODS } from '../../lib/plan/schema.ts';
import type { Partner, Plan, Semester } from '../../lib/plan/schema.ts';
import { addConsultation, addPeriod, emptyPartner, removePeriod } from '../../lib/plan/edits.ts';
import { FIELD_HINTS, FIELD_LABELS, UI } from '../../lib/plan/messages.ts';
import { fieldId } from '../../lib/plan/steps.ts';
import { CellInput, Notes } from './fields.tsx';
import { findingsAt } from './form.ts';
import { GridTable } from '../shared/GridTable.tsx';
import type { Form } from './form.ts';

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="plan-remove" aria-label={label} title={label} onClick={onClick}>
      {UI.remove}
    </button>
  );
}

/** A group of controls for one field path, with the field's findings beneath. */
export function Group({ form, path, legend, hint, children }: { form: Form; path: string; legend: string; hint?: string; children: ReactNode }) {
  const id = fieldId(path);
  const found = findingsAt(form, path);
  return (
    <fieldset className="plan-group" id={id} tabIndex={-1} data-invalid={found.length > 0 || undefined} aria-describedby={found.length ? `${id}-notes` : undefined}>
      <legend>{legend}</legend>
      {hint && <p className="plan-hint">{hint}</p>}
      {children}
      <Notes id={`${id}-notes`} findings={found} />
    </fieldset>
  );
}

export interface Column<T> {
  header: string;
  cell: (row: T, i: number) => ReactNode;
  /** The row's name (a `th`), e.g. 第一时段. */
  rowHeader?: boolean;
  wide?: boolean;
}

/**
 * The one editable table of the plan builder: a row per item, a 删除 button per row and an 添加 button.
 * On a phone each row becomes a card whose cells carry their column's name (plan.css).
 */
export function EditableTable<T>({
  form,
  path,
  rows,
  columns,
  rowName,
  onRemove,
  onAdd,
  addLabel,
  addDisabled,
}: {
  form: Form;
  path: string;
  rows: readonly T[];
  columns: readonly Column<T>[];
  /** How a row is named in its 删除 button: 第 2 行, 第二时段. */
  rowName: (i: number) => string;
  onRemove: (draft: Plan, i: number) => void;
  onAdd: (draft: Plan) => void;
  addLabel: string;
  addDisabled?: boolean;
}) {
  const legend = FIELD_LABELS[path] ?? path;
  return (
    <Group form={form} path={path} legend={legend} hint={FIELD_HINTS[path]}>
      <GridTable
        className="plan-table plan-editable"
        cardLabels
        rows={rows}
        columns={columns.map((c) => ({ key: c.header, ...c }))}
        remove={{ header: UI.actions, text: UI.remove, label: (_, i) => UI.removeRow(legend + rowName(i)), onRemove: (i) => form.edit((d) => onRemove(d, i)), buttonClass: 'plan-remove', cellClass: 'plan-row-actions' }}
      />
      <button type="button" disabled={addDisabled} onClick={() => form.edit(onAdd)}>
        {addLabel}
      </button>
    </Group>
  );
}

export function MembersTable({ form, group }: { form: Form; group: 'leadingGroup' | 'workingGroup' }) {
  const path = `leadership.${group}`;
  const legend = FIELD_LABELS[path]!;
  const row = UI.row;
  return (
    <EditableTable
      form={form}
      path={path}
      rows={form.plan.leadership[group]}
      rowName={row}
      columns={[
        { header: UI.member.name, cell: (_, i) => <CellInput form={form} path={`${path}.${i}.name`} label={`${legend}${row(i)} ${UI.member.name}`} /> },
        { header: UI.member.position, cell: (_, i) => <CellInput form={form} path={`${path}.${i}.position`} label={`${legend}${row(i)} ${UI.member.position}`} /> },
        { header: UI.member.duty, wide: true, cell: (_, i) => <CellInput form={form} path={`${path}.${i}.duty`} label={`${legend}${row(i)} ${UI.member.duty}`} wide /> },
      ]}
      onRemove={(d, i) => void d.leadership[group].splice(i, 1)}
      onAdd={(d) => void d.leadership[group].push({ name: '', position: '', duty: '' })}
      addLabel={UI.member.add}
    />
  );
}

export function PeriodsTable({ form }: { form: Form }) {
  return (
    <EditableTable
      form={form}
      path="periods"
      rows={form.plan.periods}
      rowName={periodName}
      columns={[
        { header: UI.period.name, rowHeader: true, cell: (_, i) => periodName(i) },
        { header: UI.period.start, cell: (_, i) => <CellInput form={form} path={`periods.${i}.start`} label={`${periodName(i)}${UI.period.start}`} placeholder="15:30" /> },
        { header: UI.period.end, cell: (_, i) => <CellInput form={form} path={`periods.${i}.end`} label={`${periodName(i)}${UI.period.end}`} placeholder="16:30" /> },
      ]}
      onRemove={removePeriod}
      onAdd={addPeriod}
      addLabel={UI.period.add}
      addDisabled={form.plan.periods.length >= MAX_PERIODS}
    />
  );
}

export function ConsultationTable({ form }: { form: Form }) {
  const row = UI.round.row;
  return (
    <EditableTable
      form={form}
      path="consultation.rounds"
      rows={form.plan.consultation.rounds}
      rowName={UI.row}
      columns={[
        {
          header: UI.round.semester,
          cell: (r, i) => (
            <select
              id={fieldId(`consultation.rounds.${i}.semester`)}
              aria-label={`${row(i)} ${UI.round.semester}`}
              value={r.semester}
              onChange={(e) => {
                const value = e.target.value as Semester;
                form.edit((d) => void (d.consultation.rounds[i]!.semester = value));
              }}
            >
              {SEMESTERS.map((s) => (
                <option key={s}>{s}</option>
              ))}
            </select>
          ),
        },
        { header: UI.round.date, cell: (_, i) => <CellInput form={form} path={`consultation.rounds.${i}.date`} label={`${row(i)} ${UI.round.date}`} placeholder="2026-09-05" /> },
        { header: UI.round.method, wide: true, cell: (_, i) => <CellInput form={form} path={`consultation.rounds.${i}.method`} label={`${row(i)} ${UI.round.method}`} wide /> },
      ]}
      onRemove={(d, i) => void d.consultation.rounds.splice(i, 1)}
      onAdd={addConsultation}
      addLabel={UI.round.add}
    />
  );
}

const VETTING = Object.entries(UI.partner.vettingItems) as [keyof Partner['vetting'], string][];

/** 校外人员 are cards rather than table rows: each has five answers and four vetting marks. */
export function PartnersTable({ form }: { form: Form }) {
  const partners = form.plan.external.partners;
  const set = (i: number, change: (p: Partner) => void) => form.edit((d: Plan) => change(d.external.partners[i]!));
  return (
    <Group form={form} path="external.partners" legend={FIELD_LABELS['external.partners']!} hint={FIELD_HINTS['external.partners']}>
      {partners.map((p, i) => {
        const row = UI.partner.row(i);
        const vettingPath = `external.partners.${i}.vetting`;
        return (
          <div className="plan-partner" key={i} id={fieldId(`external.partners.${i}`)}>
            <div className="plan-partner-row">
              <label>
                {UI.partner.name}
                <CellInput form={form} path={`external.partners.${i}.name`} label={`${row} ${UI.partner.name}`} />
              </label>
              <label>
                {UI.partner.kind}
                <select
                  id={fieldId(`external.partners.${i}.kind`)}
                  value={p.kind}
                  onChange={(e) => {
                    const value = e.target.value as Partner['kind'];
                    set(i, (x) => void (x.kind = value));
                  }}
                >
                  {EXTERNAL_KINDS.map((k) => (
                    <option key={k}>{k}</option>
                  ))}
                </select>
              </label>
              <label>
                {UI.partner.organization}
                <CellInput form={form} path={`external.partners.${i}.organization`} label={`${row} ${UI.partner.organization}`} />
              </label>
              <label>
                {UI.partner.activity}
                <CellInput form={form} path={`external.partners.${i}.activity`} label={`${row} ${UI.partner.activity}`} />
              </label>
              <label>
                {UI.partner.assistant}
                <CellInput form={form} path={`external.partners.${i}.assistant`} label={`${row} ${UI.partner.assistant}`} />
              </label>
            </div>
            <fieldset className="plan-vetting" id={fieldId(vettingPath)} tabIndex={-1}>
              <legend>{UI.partner.vetting(row)}</legend>
              {VETTING.map(([key, label]) => (
                <label key={key} className="plan-check">
                  <input
                    type="checkbox"
                    checked={p.vetting[key]}
                    onChange={(e) => {
                      const checked = e.target.checked;
                      set(i, (x) => void (x.vetting[key] = checked));
                    }}
                  />
                  {label}
                </label>
              ))}
            </fieldset>
            <RemoveButton label={UI.partner.remove(row)} onClick={() => form.edit((d) => void d.external.partners.splice(i, 1))} />
          </div>
        );
      })}
      <button type="button" onClick={() => form.edit((d) => void d.external.partners.push(emptyPartner()))}>
        {UI.partner.add}
      </button>
    </Group>
  );
}
