import type { ReactNode } from 'react';
import { SEVERITY_LABELS } from '../../lib/policy/severity.ts';
import type { AllocationFinding } from '../../lib/allocation/model.ts';
import { checkById } from '../../lib/allocation/checks.ts';
import { citation, clauseHref } from '../../lib/policy/clauses.ts';

interface Props {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  error?: string | undefined;
  hint?: ReactNode;
  inputMode?: 'decimal' | 'numeric' | 'text';
  size?: number;
  /** Label only for screen readers (inside a table whose headers already say it). */
  hiddenLabel?: boolean;
}

/** A text input that keeps exactly what was typed, with its message right below it. */
export function Field({ id, label, value, onChange, onBlur, error, hint, inputMode = 'decimal', size = 8, hiddenLabel = false }: Props) {
  const describedBy = [error ? `${id}-error` : '', hint ? `${id}-hint` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`alloc-field${error ? ' has-error' : ''}`}>
      <label htmlFor={id} className={hiddenLabel ? 'sr-only' : undefined}>
        {label}
      </label>
      <input
        id={id}
        name={id}
        type="text"
        inputMode={inputMode}
        size={size}
        value={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
      />
      {hint ? (
        <span className="alloc-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <p className="alloc-error" id={`${id}-error`} role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Messages of one area; `action` (e.g. an 撤销 button) follows them. */
export function Messages({ messages, kind = 'error', testId, action }: { messages: readonly string[]; kind?: 'error' | 'warning' | 'info'; testId?: string; action?: ReactNode }) {
  if (messages.length === 0 && !action) return null;
  return (
    <div className={`alloc-messages is-${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <ul>
        {messages.map((m, i) => (
          <li key={i}>{m}</li>
        ))}
      </ul>
      {action}
    </div>
  );
}

/** Check results with a link to the clause each check serves. */
export function FindingList({ issues, testId }: { issues: readonly AllocationFinding[]; testId?: string }) {
  if (issues.length === 0) return null;
  const kind = issues.some((i) => i.severity === 'error') ? 'error' : issues.some((i) => i.severity === 'warning') ? 'warning' : 'info';
  return (
    <div className={`alloc-messages is-${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      <ul>
        {issues.map((i, n) => {
          const clause = checkById(i.check).clause;
          return (
            <li key={n} data-check={i.check} data-severity={i.severity}>
              <strong>{SEVERITY_LABELS[i.severity]}</strong> {i.message}(<a href={clauseHref(clause)}>{citation(clause)}</a>)
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** A labelled select whose options are [value, label] pairs. */
export function SelectField<V extends string>({ id, label, value, options, onChange }: { id: string; label: ReactNode; value: V; options: readonly (readonly [V, string])[]; onChange: (value: V) => void }) {
  return (
    <div className="alloc-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={id} value={value} onChange={(e) => onChange(e.target.value as V)}>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </div>
  );
}
