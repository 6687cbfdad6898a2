import { ACTIVITY_CATEGORIES, DAYS, SERVICE_TYPES, periodName } from '../../lib/plan/schema.ts';
import type { Cell, ServiceType } from '../../lib/plan/schema.ts';
import { addGrade, copyPreviousGrade, missingGrades, setCell } from '../../lib/plan/edits.ts';
import { fieldId } from '../../lib/plan/steps.ts';
import { CellInput } from './fields.tsx';
import { Group } from './tables.tsx';
import type { Form } from './form.ts';

function GradeTable({ form, gi }: { form: Form; gi: number }) {
  const grade = form.plan.timetable[gi]!;
  const name = grade.grade.trim() || `第 ${gi + 1} 个年级`;
  const periods = form.plan.periods;
  return (
    <Group form={form} path={`timetable.${gi}`} legend={`${name}每周安排`}>
      <div className="plan-grade-head">
        <label>
          年级名称
          <CellInput form={form} path={`timetable.${gi}.grade`} label={`第 ${gi + 1} 个年级 名称`} />
        </label>
        {gi > 0 && (
          <button
            type="button"
            onClick={() => form.edit((d) => copyPreviousGrade(d, gi))}
          >
            复制上一年级的安排
          </button>
        )}
        <button type="button" className="plan-remove" onClick={() => form.edit((d) => void d.timetable.splice(gi, 1))}>
          删除{name}
        </button>
      </div>
      {periods.length === 0 ? (
        <p className="plan-hint">请先在「时段与意愿征询」中设置时段。</p>
      ) : (
        <div className="plan-scroll">
          <table className="plan-table plan-timetable">
            <thead>
              <tr>
                <th scope="col">时段</th>
                {DAYS.map((d) => (
                  <th scope="col" key={d}>
                    {d}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {periods.map((p, pi) => (
                <tr key={pi}>
                  <th scope="row">
                    {periodName(pi)}
                    <br />
                    <span className="plan-hint">
                      {p.start}–{p.end}
                    </span>
                  </th>
                  {DAYS.map((day) => {
                    const ci = grade.cells.findIndex((c) => c.day === day && c.period === pi);
                    const cell = grade.cells[ci];
                    const where = `${name}${day}${periodName(pi)}`;
                    return (
                      <td key={day} data-type={cell?.type ?? ''}>
                        <select
                          aria-label={`${where} 服务类型`}
                          value={cell?.type ?? ''}
                          onChange={(e) => {
                            const type = e.target.value as ServiceType | '';
                            form.edit((d) =>
                              setCell(d, gi, day, pi, (c) =>
                                type === '' ? undefined : { day, period: pi, activity: '', category: '', place: '', ...c, type },
                              ),
                            );
                          }}
                        >
                          <option value="">不安排</option>
                          {SERVICE_TYPES.map((t) => (
                            <option key={t}>{t}</option>
                          ))}
                        </select>
                        {cell && (
                          <>
                            <CellInput form={form} path={`timetable.${gi}.cells.${ci}.activity`} label={`${where} 活动内容`} placeholder="活动内容" />
                            {cell.type === '素质教育' && (
                              <select
                                aria-label={`${where} 活动类别`}
                                value={cell.category}
                                onChange={(e) => {
                                  const category = e.target.value as Cell['category'];
                                  form.edit((d) => void (d.timetable[gi]!.cells[ci]!.category = category));
                                }}
                              >
                                <option value="">类别</option>
                                {ACTIVITY_CATEGORIES.map((c) => (
                                  <option key={c}>{c}</option>
                                ))}
                              </select>
                            )}
                            <CellInput form={form} path={`timetable.${gi}.cells.${ci}.place`} label={`${where} 场地`} placeholder="场地" />
                          </>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
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
        按年级填写每周一至周五各时段的安排:每天都要有作业辅导和素质教育,每位学生每周至少参加一项素质教育活动。
      </p>
      {timetable.map((_, gi) => (
        <GradeTable key={gi} form={form} gi={gi} />
      ))}
      <button
        type="button"
        onClick={() => form.edit(addGrade)}
      >
        添加年级{missing[0] ? `(${missing[0]})` : ''}
      </button>
    </div>
  );
}
