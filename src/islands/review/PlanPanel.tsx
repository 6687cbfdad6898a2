import { useState } from 'react';
import { citation, clauseHref } from '../../lib/policy/clauses.ts';
import { SEVERITY_LABELS, SEVERITY_ORDER } from '../../lib/policy/severity.ts';
import { describePath } from '../../lib/plan/messages.ts';
import { decide, REVIEW_STATUS_LABELS, reviewedPlanJson, type ReviewedPlan } from '../../lib/review/index.ts';
import { download } from '../download.ts';

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
  if (!plan) return <p data-testid="plan-panel">该校没有方案文件(一校一方案 JSON)。把方案文件放进该校的文件夹,或与各校文件一起载入。</p>;

  const set = (status: 'filed' | 'returned') => {
    const next = decide(plan, { status, reason, reviewer, date: today() });
    if (typeof next === 'string') return setProblem(next);
    setProblem(null);
    onChange(next);
  };
  const fileName = `${school}-一校一方案-${REVIEW_STATUS_LABELS[plan.review.status]}.json`;
  return (
    <section className="review-plan" aria-labelledby="review-plan-title" data-testid="plan-panel">
      <h3 id="review-plan-title">一校一方案(审核备案,通知 一(一)、二(一))</h3>
      <p>
        文件「{plan.file}」· 状态 <strong data-testid="plan-status">{REVIEW_STATUS_LABELS[plan.review.status]}</strong>
        {plan.review.date ? `(${plan.review.date}${plan.review.reviewer ? `,${plan.review.reviewer}` : ''})` : ''}
        {plan.review.reason ? ` · 理由:${plan.review.reason}` : ''}
      </p>
      <p>
        方案检查:
        {SEVERITY_ORDER.map((s) => (
          <span key={s} className={`ledger-badge is-${s}`}>
            {SEVERITY_LABELS[s]} {plan.counts[s]}
          </span>
        ))}
      </p>
      {plan.findings.length > 0 && (
        <details>
          <summary>方案检查结果({plan.findings.length} 条)</summary>
          <ul>
            {plan.findings.map((f, i) => (
              <li key={i} data-severity={f.severity}>
                [{SEVERITY_LABELS[f.severity]}] 「{describePath(f.path)}」{f.message} <a href={clauseHref(f.clause, f.paragraph)}>{citation(f.clause, f.paragraph)}</a>
              </li>
            ))}
          </ul>
        </details>
      )}
      <fieldset className="review-decision">
        <legend>审核</legend>
        <label>
          审核人 <input value={reviewer} onChange={(e) => setReviewer(e.currentTarget.value)} data-testid="plan-reviewer" />
        </label>
        <label>
          理由(退回时必填) <textarea value={reason} rows={2} onChange={(e) => setReason(e.currentTarget.value)} data-testid="plan-reason" />
        </label>
        <div>
          <button type="button" onClick={() => set('filed')}>
            设为已备案
          </button>{' '}
          <button type="button" onClick={() => set('returned')}>
            退回
          </button>{' '}
          <button type="button" onClick={() => download(fileName, reviewedPlanJson(plan), 'application/json')} data-testid="plan-download">
            下载方案文件(含审核状态)
          </button>
        </div>
        {problem && (
          <p role="alert" className="ledger-problem">
            {problem}
          </p>
        )}
        <p className="review-hint">下载的文件可在“一校一方案”页面打开,审核状态与理由随文件保存。</p>
      </fieldset>
    </section>
  );
}
