import type { ReactNode } from 'react';
import { EXTERNAL_KINDS, SEMESTERS, periodName, MAX_PERIODS } from '../../lib/plan/schema.ts';
import type { Partner, Plan, Semester } from '../../lib/plan/schema.ts';
import { addConsultation, addPeriod, emptyPartner, removePeriod } from '../../lib/plan/edits.ts';
import { FIELD_HINTS, FIELD_LABELS } from '../../lib/plan/messages.ts';
import { fieldId } from '../../lib/plan/steps.ts';
import { CellInput, Notes } from './fields.tsx';
import { findingsAt } from './form.ts';
import type { Form } from './form.ts';

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button type="button" className="plan-remove" aria-label={label} title={label} onClick={onClick}>
      删除
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
      <table className="plan-table plan-editable">
        <thead>
          <tr>
            {columns.map((c) => (
              <th scope="col" key={c.header}>
                {c.header}
              </th>
            ))}
            <th scope="col">
              <span className="sr-only">操作</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th scope="row" key={c.header} data-label={c.header}>
                    {c.cell(row, i)}
                  </th>
                ) : (
                  <td key={c.header} data-label={c.header} data-wide={c.wide || undefined}>
                    {c.cell(row, i)}
                  </td>
                ),
              )}
              <td className="plan-row-actions">
                <RemoveButton label={`删除${legend}${rowName(i)}`} onClick={() => form.edit((d) => onRemove(d, i))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" disabled={addDisabled} onClick={() => form.edit(onAdd)}>
        {addLabel}
      </button>
    </Group>
  );
}

export function MembersTable({ form, group }: { form: Form; group: 'leadingGroup' | 'workingGroup' }) {
  const path = `leadership.${group}`;
  const legend = FIELD_LABELS[path]!;
  const row = (i: number) => `第 ${i + 1} 行`;
  return (
    <EditableTable
      form={form}
      path={path}
      rows={form.plan.leadership[group]}
      rowName={row}
      columns={[
        { header: '姓名', cell: (_, i) => <CellInput form={form} path={`${path}.${i}.name`} label={`${legend}${row(i)} 姓名`} /> },
        { header: '职务', cell: (_, i) => <CellInput form={form} path={`${path}.${i}.position`} label={`${legend}${row(i)} 职务`} /> },
        { header: '职责', wide: true, cell: (_, i) => <CellInput form={form} path={`${path}.${i}.duty`} label={`${legend}${row(i)} 职责`} wide /> },
      ]}
      onRemove={(d, i) => void d.leadership[group].splice(i, 1)}
      onAdd={(d) => void d.leadership[group].push({ name: '', position: '', duty: '' })}
      addLabel="添加成员"
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
        { header: '时段', rowHeader: true, cell: (_, i) => periodName(i) },
        { header: '开始时间', cell: (_, i) => <CellInput form={form} path={`periods.${i}.start`} label={`${periodName(i)}开始时间`} placeholder="15:30" /> },
        { header: '结束时间', cell: (_, i) => <CellInput form={form} path={`periods.${i}.end`} label={`${periodName(i)}结束时间`} placeholder="16:30" /> },
      ]}
      onRemove={removePeriod}
      onAdd={addPeriod}
      addLabel="添加时段"
      addDisabled={form.plan.periods.length >= MAX_PERIODS}
    />
  );
}

export function ConsultationTable({ form }: { form: Form }) {
  const row = (i: number) => `第 ${i + 1} 次征询`;
  return (
    <EditableTable
      form={form}
      path="consultation.rounds"
      rows={form.plan.consultation.rounds}
      rowName={(i) => `第 ${i + 1} 行`}
      columns={[
        {
          header: '学期',
          cell: (r, i) => (
            <select
              id={fieldId(`consultation.rounds.${i}.semester`)}
              aria-label={`${row(i)} 学期`}
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
        { header: '日期', cell: (_, i) => <CellInput form={form} path={`consultation.rounds.${i}.date`} label={`${row(i)} 日期`} placeholder="2026-09-05" /> },
        { header: '方式', wide: true, cell: (_, i) => <CellInput form={form} path={`consultation.rounds.${i}.method`} label={`${row(i)} 方式`} wide /> },
      ]}
      onRemove={(d, i) => void d.consultation.rounds.splice(i, 1)}
      onAdd={addConsultation}
      addLabel="添加征询"
    />
  );
}

const VETTING: readonly [keyof Partner['vetting'], string][] = [
  ['education', '学历证明'],
  ['certificate', '资格证书'],
  ['criminalRecord', '违法信息查询'],
  ['health', '品德与身心健康'],
];

/** 校外人员 are cards rather than table rows: each has five answers and four vetting marks. */
export function PartnersTable({ form }: { form: Form }) {
  const partners = form.plan.external.partners;
  const set = (i: number, change: (p: Partner) => void) => form.edit((d: Plan) => change(d.external.partners[i]!));
  return (
    <Group form={form} path="external.partners" legend={FIELD_LABELS['external.partners']!} hint={FIELD_HINTS['external.partners']}>
      {partners.map((p, i) => {
        const row = `第 ${i + 1} 位`;
        const vettingPath = `external.partners.${i}.vetting`;
        return (
          <div className="plan-partner" key={i} id={fieldId(`external.partners.${i}`)}>
            <div className="plan-partner-row">
              <label>
                姓名或机构
                <CellInput form={form} path={`external.partners.${i}.name`} label={`${row} 姓名或机构`} />
              </label>
              <label>
                类别
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
                所属单位
                <CellInput form={form} path={`external.partners.${i}.organization`} label={`${row} 所属单位`} />
              </label>
              <label>
                承担活动
                <CellInput form={form} path={`external.partners.${i}.activity`} label={`${row} 承担活动`} />
              </label>
              <label>
                本校助教
                <CellInput form={form} path={`external.partners.${i}.assistant`} label={`${row} 本校助教`} />
              </label>
            </div>
            <fieldset className="plan-vetting" id={fieldId(vettingPath)} tabIndex={-1}>
              <legend>{row}资格审查(已完成的打勾)</legend>
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
            <RemoveButton label={`删除${row}校外人员`} onClick={() => form.edit((d) => void d.external.partners.splice(i, 1))} />
          </div>
        );
      })}
      <button type="button" onClick={() => form.edit((d) => void d.external.partners.push(emptyPartner()))}>
        添加校外人员或机构
      </button>
    </Group>
  );
}
