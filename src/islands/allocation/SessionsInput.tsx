import { useState } from 'react';
import { CATEGORIES, PERIODS, ROLES, SERVICE_TYPES } from '../../lib/allocation/schema.ts';
import { sessionFromDraft, type Draft, type FieldErrors, type SessionDraft } from '../../lib/allocation/draft.ts';
import type { PersonWork } from '../../lib/allocation/model.ts';
import { formatHundredths } from '../../lib/ledger/summaries/summarize.ts';
import { Field } from './Field.tsx';

interface Props {
  draft: Draft;
  people: readonly PersonWork[];
  onChange: (update: (d: Draft) => Draft) => void;
}

const EMPTY: SessionDraft = { staffId: '', name: '', period: '第一时段', serviceType: '作业辅导', category: '', role: '主讲', students: '', hours: '' };
const SHOWN = 50;

/** Sessions typed in one by one, and the list of what is loaded. */
export function SessionsInput({ draft, people, onChange }: Props) {
  const [row, setRow] = useState<SessionDraft>(EMPTY);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (key: keyof SessionDraft, value: string) => setRow((r) => ({ ...r, [key]: value }));
  const add = () => {
    const r = sessionFromDraft(row);
    if (!r.ok) return setErrors(r.errors);
    setErrors({});
    onChange((d) => ({ ...d, sessions: [...d.sessions, r.session], source: d.source || '手动录入' }));
    setRow((x) => ({ ...x, students: '', hours: '' }));
  };
  const select = (key: 'period' | 'serviceType' | 'category' | 'role', label: string, options: readonly string[], allowEmpty = false) => (
    <div className={`alloc-field${errors[key] ? ' has-error' : ''}`}>
      <label htmlFor={`session-${key}`}>{label}</label>
      <select id={`session-${key}`} value={row[key]} onChange={(e) => set(key, e.target.value)} aria-invalid={errors[key] ? true : undefined} aria-describedby={errors[key] ? `session-${key}-error` : undefined}>
        {allowEmpty ? <option value="">(无)</option> : null}
        {options.map((o) => (
          <option key={o}>{o}</option>
        ))}
      </select>
      {errors[key] ? (
        <p className="alloc-error" id={`session-${key}-error`} role="alert">
          {errors[key]}
        </p>
      ) : null}
    </div>
  );

  return (
    <div className="alloc-sessions">
      <details>
        <summary>手动录入一次服务</summary>
        <div className="alloc-session-form">
          <Field id="session-staffId" label="工号" value={row.staffId} error={errors.staffId} onChange={(v) => set('staffId', v)} inputMode="text" size={8} />
          <Field id="session-name" label="姓名" value={row.name} error={errors.name} onChange={(v) => set('name', v)} inputMode="text" size={6} />
          {select('period', '时段', PERIODS)}
          {select('serviceType', '服务类型', SERVICE_TYPES)}
          {select('category', '活动类别', CATEGORIES, true)}
          {select('role', '职责', ROLES)}
          <Field id="session-students" label="参与学生人数" value={row.students} error={errors.students} onChange={(v) => set('students', v)} inputMode="numeric" size={4} />
          <Field id="session-hours" label="课时数" value={row.hours} error={errors.hours} onChange={(v) => set('hours', v)} size={4} />
          <button type="button" onClick={add}>
            添加这次服务
          </button>
        </div>
      </details>
      {draft.sessions.length > 0 ? (
        <details>
          <summary>
            查看服务记录({draft.sessions.length} 条汇总记录,{people.length} 人)
          </summary>
          <p>同一人时段、内容、职责、学生人数都相同的服务合并为一条,课时相加;测算只需要这些。</p>
          <table className="alloc-table">
            <thead>
              <tr>
                <th scope="col">工号</th>
                <th scope="col">姓名</th>
                <th scope="col">时段</th>
                <th scope="col">内容</th>
                <th scope="col">职责</th>
                <th scope="col">学生人数</th>
                <th scope="col">课时</th>
                <th scope="col">操作</th>
              </tr>
            </thead>
            <tbody>
              {draft.sessions.slice(0, SHOWN).map((s, i) => (
                <tr key={i}>
                  <td>{s.staffId}</td>
                  <td>{s.name}</td>
                  <td>{s.period}</td>
                  <td>{s.serviceType === '作业辅导' ? '作业辅导' : `素质教育 · ${s.category}`}</td>
                  <td>{s.role}</td>
                  <td>{s.students}</td>
                  <td>{formatHundredths(Math.round(s.hours * 100))}</td>
                  <td>
                    <button type="button" className="alloc-link" onClick={() => onChange((d) => ({ ...d, sessions: d.sessions.filter((_, n) => n !== i) }))}>
                      删除
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {draft.sessions.length > SHOWN ? <p>只列出前 {SHOWN} 条。</p> : null}
        </details>
      ) : null}
    </div>
  );
}
