import type { PlanFinding, Severity } from '../../lib/plan/checks.ts';
import { describePath } from '../../lib/plan/messages.ts';
import { ClauseLink, SEVERITY_LABELS } from './fields.tsx';

const ORDER: Severity[] = ['error', 'warning', 'info'];

/** Every finding, grouped by severity, each with its clause and a way to the field. */
export function Findings({ findings, onGo }: { findings: readonly PlanFinding[]; onGo: (path: string) => void }) {
  return (
    <section className="plan-findings" aria-labelledby="plan-findings-title" data-testid="plan-findings">
      <h2 id="plan-findings-title">对照通知检查</h2>
      <p className="plan-badges">
        {ORDER.map((s) => (
          <span key={s} className="plan-badge" data-severity={s}>
            {SEVERITY_LABELS[s]} {findings.filter((f) => f.severity === s).length}
          </span>
        ))}
      </p>
      {findings.length === 0 ? (
        <p>方案已覆盖通知要求的各项内容,没有发现问题。</p>
      ) : (
        <p className="plan-hint">有问题的方案也可以保存、预览和导出:问题处在预览和文件中标出,不会阻止导出。</p>
      )}
      {ORDER.map((s) => {
        const list = findings.filter((f) => f.severity === s);
        if (list.length === 0) return null;
        return (
          <details key={s} open={s !== 'info'} data-severity={s}>
            <summary>
              {SEVERITY_LABELS[s]}({list.length})
            </summary>
            <ul>
              {list.map((f, i) => (
                <li key={i} data-check={f.check} data-path={f.path}>
                  {f.message}
                  <span className="plan-finding-links">
                    <ClauseLink finding={f} />
                    <button type="button" className="plan-link" onClick={() => onGo(f.path)}>
                      转到「{describePath(f.path)}」
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
