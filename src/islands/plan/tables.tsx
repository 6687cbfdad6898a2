import { EXTERNAL_KINDS, MAX_PERIODS, SEMESTERS, periodName } from '../../lib/plan/schema.ts';
import type { Partner, Plan, Semester } from '../../lib/plan/schema.ts';
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

function Group({ form, path, legend, hint, children }: { form: Form; path: string; legend: string; hint?: string; children: React.ReactNode }) {
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

export function MembersTable({ form, group, legend }: { form: Form; group: 'leadingGroup' | 'workingGroup'; legend: string }) {
  const rows = form.plan.leadership[group];
  const path = `leadership.${group}`;
  return (
    <Group form={form} path={path} legend={legend} hint={group === 'leadingGroup' ? '组长一般由校长或党组织书记担任,请在职务或职责中写明“组长”。' : undefined}>
      <table className="plan-table">
        <thead>
          <tr>
            <th scope="col">姓名</th>
            <th scope="col">职务</th>
            <th scope="col">职责</th>
            <th scope="col"><span className="sr-only">操作</span></th>
          </tr>
        </thead>
        <tbody>
          {rows.map((_, i) => (
            <tr key={i}>
              <td><CellInput form={form} path={`${path}.${i}.name`} label={`${legend}第 ${i + 1} 行 姓名`} /></td>
              <td><CellInput form={form} path={`${path}.${i}.position`} label={`${legend}第 ${i + 1} 行 职务`} /></td>
              <td><CellInput form={form} path={`${path}.${i}.duty`} label={`${legend}第 ${i + 1} 行 职责`} wide /></td>
              <td><RemoveButton label={`删除${legend}第 ${i + 1} 行`} onClick={() => form.edit((d) => void d.leadership[group].splice(i, 1))} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={() => form.edit((d) => void d.leadership[group].push({ name: '', position: '', duty: '' }))}>
        添加成员
      </button>
    </Group>
  );
}

export function PeriodsTable({ form }: { form: Form }) {
  const periods = form.plan.periods;
  return (
    <Group form={form} path="periods" legend="服务时段" hint="通知要求灵活设置 2–3 个时段,时间写作 15:30 这样的 HH:MM。">
      <table className="plan-table">
        <thead>
          <tr>
            <th scope="col">时段</th>
            <th scope="col">开始时间</th>
            <th scope="col">结束时间</th>
            <th scope="col"><span className="sr-only">操作</span></th>
          </tr>
        </thead>
        <tbody>
          {periods.map((_, i) => (
            <tr key={i}>
              <th scope="row">{periodName(i)}</th>
              <td><CellInput form={form} path={`periods.${i}.start`} label={`${periodName(i)}开始时间`} placeholder="15:30" /></td>
              <td><CellInput form={form} path={`periods.${i}.end`} label={`${periodName(i)}结束时间`} placeholder="16:30" /></td>
              <td>
                <RemoveButton
                  label={`删除${periodName(i)}`}
                  onClick={() =>
                    form.edit((d) => {
                      d.periods.splice(i, 1);
                      // Later 时段 move up one place; their timetable cells follow them.
                      for (const g of d.timetable) g.cells = g.cells.filter((c) => c.period !== i).map((c) => (c.period > i ? { ...c, period: c.period - 1 } : c));
                    })
                  }
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        disabled={periods.length >= MAX_PERIODS}
        onClick={() => form.edit((d) => void d.periods.push({ start: d.periods.at(-1)?.end ?? '', end: '' }))}
      >
        添加时段
      </button>
    </Group>
  );
}

export function ConsultationTable({ form }: { form: Form }) {
  const rounds = form.plan.consultation.rounds;
  return (
    <Group form={form} path="consultation.rounds" legend="意愿征询安排" hint="原则上每学期至少开展一次课后服务意愿征询。">
      <table className="plan-table">
        <thead>
          <tr>
            <th scope="col">学期</th>
            <th scope="col">日期</th>
            <th scope="col">方式</th>
            <th scope="col"><span className="sr-only">操作</span></th>
          </tr>
        </thead>
        <tbody>
          {rounds.map((r, i) => (
            <tr key={i}>
              <td>
                <select
                  id={fieldId(`consultation.rounds.${i}.semester`)}
                  aria-label={`第 ${i + 1} 次征询 学期`}
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
              </td>
              <td><CellInput form={form} path={`consultation.rounds.${i}.date`} label={`第 ${i + 1} 次征询 日期`} placeholder="2025-09-05" /></td>
              <td><CellInput form={form} path={`consultation.rounds.${i}.method`} label={`第 ${i + 1} 次征询 方式`} wide /></td>
              <td><RemoveButton label={`删除第 ${i + 1} 次征询`} onClick={() => form.edit((d) => void d.consultation.rounds.splice(i, 1))} /></td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        onClick={() =>
          form.edit((d) => {
            const taken = new Set(d.consultation.rounds.map((r) => r.semester));
            d.consultation.rounds.push({ semester: SEMESTERS.find((s) => !taken.has(s)) ?? '第一学期', date: '', method: '' });
          })
        }
      >
        添加征询
      </button>
    </Group>
  );
}

const VETTING: readonly [keyof Partner['vetting'], string][] = [
  ['education', '学历证明'],
  ['certificate', '资格证书'],
  ['criminalRecord', '违法信息查询'],
  ['health', '品德与身心健康'],
];

function emptyPartner(): Partner {
  return {
    name: '',
    kind: '校外专业人员',
    organization: '',
    activity: '',
    vetting: { education: false, certificate: false, criminalRecord: false, health: false },
    assistant: '',
  };
}

export function PartnersTable({ form }: { form: Form }) {
  const partners = form.plan.external.partners;
  const set = (i: number, change: (p: Partner) => void) => form.edit((d: Plan) => change(d.external.partners[i]!));
  return (
    <Group form={form} path="external.partners" legend="校外人员与机构" hint="每位校外人员都须通过资格审查,并配备本校助教。">
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

export { Group };
