import { readLine, rulesLines } from '../../lib/ledger/summaries/read-report.ts';
import type { CheckReport } from '../../lib/ledger/index.ts';
import { LEDGER_UI } from '../../lib/ledger/ui-text.ts';

/** What was read, as what, and which rules ran: shown above the findings, so no check passes silently. */
export function ReadReport({ report }: { report: CheckReport }) {
  return (
    <section className="ledger-read" aria-labelledby="ledger-read-title" data-testid="read-report">
      <h2 id="ledger-read-title">{LEDGER_UI.read.title}</h2>
      <ul>
        {report.files.map((f, i) => {
          const line = readLine(f);
          return (
            <li key={i} data-file={f.name} data-sheet={f.sheet} className={line.ok ? undefined : 'ledger-problem'}>
              <strong>{line.place}</strong>:{line.summary}
              {line.details.map((d) => (
                <span key={d} className="ledger-read-note">
                  {d}
                </span>
              ))}
            </li>
          );
        })}
      </ul>
      {report.rules && (
        <ul data-testid="rules-run">
          {rulesLines(report.rules).map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      )}
    </section>
  );
}
