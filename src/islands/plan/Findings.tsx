import type { Finding } from '../../lib/plan/checks.ts';
import { FINDINGS_TEXT, UI, describePath } from '../../lib/plan/messages.ts';
import { SEVERITIES, SEVERITY_LABELS } from '../../lib/policy/severity.ts';
import { ClauseLink } from './fields.tsx';

/** Every finding, grouped by severity, each with its clause and a way to the field. */
export function Findings({ findings, onGo }: { findings: readonly Finding[]; onGo: (path: string) => void }) {
  return (
    <section className="plan-findings" aria-labelledby="plan-findings-title" data-testid="plan-findings">
      <h2 id="plan-findings-title">{FINDINGS_TEXT.heading}</h2>
      <p className="plan-badges">
        {SEVERITIES.map((s) => (
          <span key={s} className="plan-badge" data-severity={s}>
            {SEVERITY_LABELS[s]} {findings.filter((f) => f.severity === s).length}
          </span>
        ))}
      </p>
      {findings.length === 0 ? <p data-testid="plan-all-clear">{FINDINGS_TEXT.allClear}</p> : <p className="plan-hint">{FINDINGS_TEXT.notBlocking}</p>}
      {SEVERITIES.map((s) => {
        const list = findings.filter((f) => f.severity === s);
        if (list.length === 0) return null;
        return (
          <details key={s} open={s !== 'info'} data-severity={s}>
            <summary>
              {SEVERITY_LABELS[s]}({list.length})
            </summary>
            <ul>
              {list.map((f, i) => (
                <li key={i} data-check={f.rule} data-path={f.path}>
                  {f.message}
                  <span className="plan-finding-links">
                    <ClauseLink finding={f} />
                    <button type="button" className="plan-link" onClick={() => onGo(f.path)}>
                      {UI.goTo(describePath(f.path))}
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          </details>
        );
      })}
    </section>
  );
}
