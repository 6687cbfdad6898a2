import { useState } from 'react';
import { citation, clauseHref } from '../../lib/policy/clauses.ts';
import { SEVERITY_LABELS, SEVERITY_ORDER } from '../../lib/policy/severity.ts';
import { describePath } from '../../lib/plan/messages.ts';
import { decide, REVIEW_STATUS_LABELS, reviewedPlanJson, type ReviewedPlan } from '../../lib/review/index.ts';
import { download } from '../download.ts';
import { REVIEW_UI } from '../../lib/review/ui-text.ts';

const UI = REVIEW_UI.plan;

interface Props {
  school: string;
  plan: ReviewedPlan | null;
  onChange: (plan: ReviewedPlan) => void;
  today: () => string;
}

/** One school's plan: its checks, its status, and the reviewer's decision written back into the file. */
export function PlanPanel({ school, plan, onChange, today }: Props) {
  const [reason, setReason] = useState(plan?.review.reason ?? '');
  const [reviewer, setReviewer] = useState(plan?.review.reviewer ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  if (!plan) return <p data-testid="plan-panel">{UI.none}</p>;

  const set = (status: 'filed' | 'returned') => {
    const next = decide(plan, { status, reason, reviewer, date: today() });
    if (typeof next === 'string') return setProblem(next);
    setProblem(null);
    onChange(next);
  };
  const fileName = UI.fileName(school, REVIEW_STATUS_LABELS[plan.review.status]);
  return (
    <section className="review-plan" aria-labelledby="review-plan-title" data-testid="plan-panel">
      <h3 id="review-plan-title">{UI.title}</h3>
      <p>
        {UI.file(plan.file)}
        <strong data-testid="plan-status">{REVIEW_STATUS_LABELS[plan.review.status]}</strong>
        {UI.decided(plan.review.date, plan.review.reviewer)}
        {UI.reason(plan.review.reason)}
      </p>
      <p>
        {UI.checks}
        {SEVERITY_ORDER.map((s) => (
          <span key={s} className={`ledger-badge is-${s}`}>
            {SEVERITY_LABELS[s]} {plan.counts[s]}
          </span>
        ))}
      </p>
      {plan.findings.length > 0 && (
        <details>
          <summary>{UI.findings(plan.findings.length)}</summary>
          <ul>
            {plan.findings.map((f, i) => (
              <li key={i} data-severity={f.severity}>
                {UI.finding(SEVERITY_LABELS[f.severity], describePath(f.path), f.message)}<a href={clauseHref(f.clause, f.paragraph)}>{citation(f.clause, f.paragraph)}</a>
              </li>
            ))}
          </ul>
        </details>
      )}
      <fieldset className="review-decision">
        <legend>{UI.decision}</legend>
        <label>
          {UI.reviewer} <input value={reviewer} onChange={(e) => setReviewer(e.currentTarget.value)} data-testid="plan-reviewer" />
        </label>
        <label>
          {UI.reasonLabel} <textarea value={reason} rows={2} onChange={(e) => setReason(e.currentTarget.value)} data-testid="plan-reason" />
        </label>
        <div>
          <button type="button" onClick={() => set('filed')}>
            {UI.filed}
          </button>{' '}
          <button type="button" onClick={() => set('returned')}>
            {UI.returned}
          </button>{' '}
          <button type="button" onClick={() => download(fileName, reviewedPlanJson(plan), 'application/json')} data-testid="plan-download">
            {UI.download}
          </button>
        </div>
        {problem && (
          <p role="alert" className="ledger-problem">
            {problem}
          </p>
        )}
        <p className="review-hint">{UI.hint}</p>
      </fieldset>
    </section>
  );
}
