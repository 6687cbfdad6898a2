import { useState } from 'react';
import type { Session } from '../../lib/allocation/schema.ts';
import { ACTIVITY_CATEGORIES, PERIOD_NAMES, ROLES, SERVICE_TYPES } from '../../lib/policy/vocabulary.ts';
import { emptySessionDraft, sessionFromDraft, type Draft, type FieldErrors, type SessionDraft } from '../../lib/allocation/draft.ts';
import type { PersonWork } from '../../lib/allocation/model.ts';
import { SESSION_LABELS } from '../../lib/allocation/messages.ts';
import { SESSIONS_UI as U, sessionContent } from '../../lib/allocation/ui-text.ts';
import { formatHundredths } from '../../lib/ledger/summaries/summarize.ts';
import { GridTable } from '../shared/GridTable.tsx';
import { Field } from './Field.tsx';

interface Props {
  draft: Draft;
  people: readonly PersonWork[];
  onChange: (update: (d: Draft) => Draft) => void;
}

const SHOWN = 50;
const C = U.columns;

/** Sessions typed in one by one, and the list of what is loaded. */
export function SessionsInput({ draft, people, onChange }: Props) {
  const [row, setRow] = useState<SessionDraft>(emptySessionDraft);
  const [errors, setErrors] = useState<FieldErrors>({});
  const set = (key: keyof SessionDraft, value: string) => setRow((r) => ({ ...r, [key]: value }));
  const add = () => {
    const r = sessionFromDraft(row);
    if (!r.ok) return setErrors(r.errors);
    setErrors({});
    onChange((d) => ({ ...d, sessions: [...d.sessions, r.session], source: d.source || U.manualSource }));
    setRow((x) => ({ ...x, students: '', hours: '' }));
  };
  const select = (key: 'period' | 'serviceType' | 'category' | 'role', options: readonly string[], allowEmpty = false) => (
    <div className={`alloc-field${errors[key] ? ' has-error' : ''}`}>
      <label htmlFor={`session-${key}`}>{SESSION_LABELS[key]}</label>
      <select id={`session-${key}`} value={row[key]} onChange={(e) => set(key, e.target.value)} aria-invalid={errors[key] ? true : undefined} aria-describedby={errors[key] ? `session-${key}-error` : undefined}>
        {allowEmpty ? <option value="">{U.none}</option> : null}
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
  const text = (key: 'staffId' | 'name' | 'students' | 'hours', size: number, inputMode?: 'text' | 'numeric') => (
    <Field id={`session-${key}`} label={SESSION_LABELS[key]} value={row[key]} error={errors[key]} onChange={(v) => set(key, v)} inputMode={inputMode} size={size} />
  );

  return (
    <div className="alloc-sessions">
      <details>
        <summary>{U.typeIn}</summary>
        <div className="alloc-session-form">
          {text('staffId', 8, 'text')}
          {text('name', 6, 'text')}
          {select('period', PERIOD_NAMES)}
          {select('serviceType', SERVICE_TYPES)}
          {select('category', ACTIVITY_CATEGORIES, true)}
          {select('role', ROLES)}
          {text('students', 4, 'numeric')}
          {text('hours', 4)}
          <button type="button" onClick={add}>
            {U.add}
          </button>
        </div>
      </details>
      {draft.sessions.length > 0 ? (
        <details>
          <summary>{U.list(draft.sessions.length, people.length)}</summary>
          <p>{U.listHelp}</p>
          <GridTable<Session>
            className="alloc-table"
            rows={draft.sessions.slice(0, SHOWN)}
            columns={[
              { key: 'staffId', header: C.staffId, cell: (s) => s.staffId },
              { key: 'name', header: C.name, cell: (s) => s.name },
              { key: 'period', header: C.period, cell: (s) => s.period },
              { key: 'content', header: C.content, cell: sessionContent },
              { key: 'role', header: C.role, cell: (s) => s.role },
              { key: 'students', header: C.students, cell: (s) => s.students },
              { key: 'hours', header: C.hours, cell: (s) => formatHundredths(Math.round(s.hours * 100)) },
            ]}
            remove={{
              header: C.actions,
              text: U.remove,
              label: (s, i) => U.removeRow(i + 1, s.name || s.staffId),
              onRemove: (i) => onChange((d) => ({ ...d, sessions: d.sessions.filter((_, n) => n !== i) })),
              buttonClass: 'alloc-link',
              showHeader: true,
            }}
          />
          {draft.sessions.length > SHOWN ? <p>{U.shownOnly(SHOWN)}</p> : null}
        </details>
      ) : null}
    </div>
  );
}
