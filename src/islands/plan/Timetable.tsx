import { ACTIVITY_CATEGORIES, DAYS, SERVICE_TYPES, periodName } from '../../lib/plan/schema.ts';
import { takesCategory } from '../../lib/policy/vocabulary.ts';
import type { Cell, Day, Period, ServiceType } from '../../lib/plan/schema.ts';
import { GridTable, type GridColumn } from '../shared/GridTable.tsx';
import { addGrade, copyPreviousGrade, missingGrades, setCell } from '../../lib/plan/edits.ts';
import { UI } from '../../lib/plan/messages.ts';
import { fieldId } from '../../lib/plan/steps.ts';
import { CellInput } from './fields.tsx';
import { Group } from './tables.tsx';
import type { Form } from './form.ts';

/** One 时段 of one day: the 服务类型, and for a service its activity, 活动类别 and place. */
function DayCell({ form, gi, day, pi, where }: { form: Form; gi: number; day: Day; pi: number; where: string }) {
  const grade = form.plan.timetable[gi]!;
  const ci = grade.cells.findIndex((c) => c.day === day && c.period === pi);
  const cell = grade.cells[ci];
  return (
    <>
      <select
        aria-label={UI.timetable.type(where)}
        value={cell?.type ?? ''}
        onChange={(e) => {
          const type = e.target.value as ServiceType | '';
          form.edit((d) => setCell(d, gi, day, pi, (c) => (type === '' ? undefined : { day, period: pi, activity: '', category: '', place: '', ...c, type })));
        }}
      >
        <option value="">{UI.timetable.none}</option>
        {SERVICE_TYPES.map((t) => (
          <option key={t}>{t}</option>
        ))}
      </select>
      {cell && (
        <>
          <CellInput form={form} path={`timetable.${gi}.cells.${ci}.activity`} label={UI.timetable.activity(where)} placeholder={UI.timetable.activityPlaceholder} />
          {takesCategory(cell.type) && (
            <select
              aria-label={UI.timetable.category(where)}
              value={cell.category}
              onChange={(e) => {
                const category = e.target.value as Cell['category'];
                form.edit((d) => void (d.timetable[gi]!.cells[ci]!.category = category));
              }}
            >
              <option value="">{UI.timetable.categoryPlaceholder}</option>
              {ACTIVITY_CATEGORIES.map((c) => (
                <option key={c}>{c}</option>
              ))}
            </select>
          )}
          <CellInput form={form} path={`timetable.${gi}.cells.${ci}.place`} label={UI.timetable.place(where)} placeholder={UI.timetable.placePlaceholder} />
        </>
      )}
    </>
  );
}

function GradeTable({ form, gi }: { form: Form; gi: number }) {
  const grade = form.plan.timetable[gi]!;
  const name = grade.grade.trim() || UI.timetable.gradeName(gi);
  const periods = form.plan.periods;
  const cellAt = (day: Day, pi: number) => grade.cells.find((c) => c.day === day && c.period === pi);
  return (
    <Group form={form} path={`timetable.${gi}`} legend={UI.timetable.week(name)}>
      <div className="plan-grade-head">
        <label>
          {UI.timetable.gradeLabel}
          <CellInput form={form} path={`timetable.${gi}.grade`} label={UI.timetable.gradeInput(gi)} />
        </label>
        {gi > 0 && (
          <button
            type="button"
            onClick={() => form.edit((d) => copyPreviousGrade(d, gi))}
          >
            {UI.timetable.copyPrevious}
          </button>
        )}
        <button type="button" className="plan-remove" onClick={() => form.edit((d) => void d.timetable.splice(gi, 1))}>
          {UI.timetable.removeGrade(name)}
        </button>
      </div>
      {periods.length === 0 ? (
        <p className="plan-hint">{UI.timetable.noPeriods}</p>
      ) : (
        <div className="plan-scroll">
          <GridTable
            className="plan-table plan-timetable"
            rows={periods}
            columns={[
              {
                key: 'period',
                header: UI.timetable.period,
                rowHeader: true,
                cell: (p, pi) => (
                  <>
                    {periodName(pi)}
                    <br />
                    <span className="plan-hint">
                      {p.start}–{p.end}
                    </span>
                  </>
                ),
              },
              ...DAYS.map(
                (day): GridColumn<Period> => ({
                  key: day,
                  header: day,
                  cellData: (_, pi) => ({ 'data-type': cellAt(day, pi)?.type ?? '' }),
                  cell: (_, pi) => <DayCell form={form} gi={gi} day={day} pi={pi} where={`${name}${day}${periodName(pi)}`} />,
                }),
              ),
            ]}
          />
        </div>
      )}
    </Group>
  );
}

export function Timetable({ form }: { form: Form }) {
  const { timetable } = form.plan;
  const missing = missingGrades(form.plan);
  return (
    <div id={fieldId('timetable')} tabIndex={-1}>
      <p className="plan-hint">
        {UI.timetable.intro}
      </p>
      {timetable.map((_, gi) => (
        <GradeTable key={gi} form={form} gi={gi} />
      ))}
      <button
        type="button"
        onClick={() => form.edit(addGrade)}
      >
        {UI.timetable.addGrade(missing[0])}
      </button>
    </div>
  );
}
