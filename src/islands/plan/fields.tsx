import type { ReactNode } from 'react';
import { citation, clauseHref } from '../../lib/policy/clauses.ts';
import type { Finding } from '../../lib/plan/checks.ts';
import { fieldId } from '../../lib/plan/steps.ts';
import { SEVERITY_LABELS } from '../../lib/policy/severity.ts';
import { UI } from '../../lib/plan/messages.ts';
import { BASIS_KIND_LABELS } from '../../lib/policy/basis.ts';
import { findingsAt, getAt, setAt } from './form.ts';
import type { Form } from './form.ts';


/** The finding's clause, and its basis when that is not the notice's own words (上海市规定, 本站默认…). */
export function ClauseLink({ finding }: { finding: Pick<Finding, 'clause' | 'paragraph' | 'basis'> }) {
  const link = <a href={clauseHref(finding.clause, finding.paragraph)}>{citation(finding.clause, finding.paragraph)}</a>;
  if (finding.basis.kind === 'notice') return link;
  return (
    <>
      {link} <span className="plan-basis">{UI.basis(BASIS_KIND_LABELS[finding.basis.kind])}</span>
    </>
  );
}

/** The messages under a control, each with its clause. */
export function Notes({ id, findings }: { id: string; findings: readonly Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <ul className="plan-notes" id={id}>
      {findings.map((f, i) => (
        <li key={i} data-severity={f.severity} data-check={f.rule}>
          <span className="plan-severity">{SEVERITY_LABELS[f.severity]}</span> {f.message}(<ClauseLink finding={f} />)
        </li>
      ))}
    </ul>
  );
}

interface TextProps {
  form: Form;
  path: string;
  label: string;
  hint?: ReactNode;
  rows?: number;
  placeholder?: string;
}

/** A free-text answer bound to its path, on one line or several: marked 待填写 when empty, with its findings beneath. */
function TextField({ form, path, label, hint, rows, placeholder }: TextProps) {
  const id = fieldId(path);
  const found = findingsAt(form, path, true);
  const unfinished = form.unanswered.has(path);
  const control = {
    id,
    value: String(getAt(form.plan, path) ?? ''),
    placeholder,
    'aria-invalid': found.length > 0 || undefined,
    'aria-describedby': found.length ? `${id}-notes` : undefined,
    onChange: (e: { target: { value: string } }) => {
      const value = e.target.value;
      form.edit((d) => setAt(d, path, value));
    },
  };
  return (
    <div className="plan-field" data-unfinished={unfinished || undefined} data-invalid={found.length > 0 || undefined}>
      <label htmlFor={id}>{label}</label>
      {unfinished && <span className="plan-todo">{UI.todo}</span>}
      {hint && <p className="plan-hint">{hint}</p>}
      {rows === undefined ? <input type="text" {...control} /> : <textarea rows={rows} {...control} />}
      <Notes id={`${id}-notes`} findings={found} />
    </div>
  );
}

export function TextArea({ rows = 4, ...props }: TextProps) {
  return <TextField {...props} rows={rows} />;
}

export function TextInput(props: Omit<TextProps, 'rows'>) {
  return <TextField {...props} />;
}

/** A text cell of an editable table: named by its row and column for screen readers. */
export function CellInput({ form, path, label, placeholder, wide }: { form: Form; path: string; label: string; placeholder?: string; wide?: boolean }) {
  const value = String(getAt(form.plan, path) ?? '');
  const missing = form.unanswered.has(path);
  const invalid = findingsAt(form, path, true).length > 0;
  return (
    <input
      id={fieldId(path)}
      type="text"
      className={wide ? 'plan-cell-wide' : undefined}
      aria-label={label}
      value={value}
      placeholder={placeholder ?? (missing ? UI.todo : undefined)}
      data-unfinished={missing || undefined}
      aria-invalid={invalid || undefined}
      onChange={(e) => {
        const next = e.target.value;
        form.edit((d) => setAt(d, path, next));
      }}
    />
  );
}
