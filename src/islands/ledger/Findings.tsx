import { useEffect, useMemo, useRef, useState } from 'react';
import { SEVERITY_LABELS, SEVERITY_ORDER, type CheckReport, type Finding, type Severity } from '../../lib/ledger/index.ts';
import { describeRule, ruleHref, ruleInfo, ruleTitle } from '../../lib/ledger/catalogue.ts';
import { basisHref, basisText } from '../../lib/policy/basis-text.ts';
import type { OffendingRows } from '../../lib/ledger/browser/worker.ts';
import { FINDINGS_HEADER, findingsRows, findingsToCsv } from '../../lib/ledger/summaries/export.ts';
import { XLSX_MIME, xlsxBytes } from '../../lib/files/xlsx-write.ts';
import { citation, clauseHref } from '../../lib/policy/clauses.ts';
import { ClauseInPlace, RuleInPlace } from '../InPlace.tsx';
import { download, downloadBytes } from '../download.ts';
import { groupFindings } from '../../lib/ledger/summaries/group-findings.ts';
import { LEDGER_RULES } from '../../lib/ledger/engine/rules/index.ts';
import { LEDGER_UI } from '../../lib/ledger/ui-text.ts';
import { countBySeverity, filterChoices, filterFindings, groupSize, offendingRowKey, rowsRead } from '../../lib/ledger/summaries/findings-view.ts';

const UI = LEDGER_UI.findings;

const PAGE = 100;
const ruleById = new Map<string, (typeof LEDGER_RULES)[number]>(LEDGER_RULES.map((r) => [r.id, r]));

interface Props {
  report: CheckReport;
  rows: OffendingRows;
  /** Just checked: move focus to the results heading (not when results are restored on Back). */
  focusHeading?: boolean;
}

export function Findings({ report, rows, focusHeading = false }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusHeading) heading.current?.focus();
  }, [report, focusHeading]);
  const [shown, setShown] = useState<Record<Severity, boolean>>({ error: true, warning: true, info: true });
  const [rule, setRule] = useState('');
  const [file, setFile] = useState('');
  const [text, setText] = useState('');

  const counts = useMemo(() => countBySeverity(report.findings), [report]);
  const { rules, files } = useMemo(() => filterChoices(report.findings), [report]);

  const visible = filterFindings(report.findings, { shown, rule, file, text });
  const groups = groupFindings(visible);

  const cite = { citation, href: (id: Finding['clause']) => new URL(clauseHref(id), location.origin).href, rule: describeRule };
  const exportCsv = () => download(UI.exportFile.csv, findingsToCsv(visible, cite));
  const exportXlsx = async () => downloadBytes(UI.exportFile.xlsx, await xlsxBytes([{ name: UI.exportFile.sheet, header: FINDINGS_HEADER, rows: findingsRows(visible, cite) }]), XLSX_MIME);

  return (
    <section className="ledger-findings" aria-labelledby="ledger-findings-title" data-testid="findings">
      <h2 id="ledger-findings-title" tabIndex={-1} ref={heading}>
        {UI.title}
      </h2>
      <p className="ledger-counts" data-testid="counts">
        {SEVERITY_ORDER.map((s) => (
          <span key={s} className={`ledger-badge is-${s}${counts[s] === 0 ? ' is-zero' : ''}`} data-severity={s}>
            {SEVERITY_LABELS[s]} {counts[s]}
          </span>
        ))}
        <span>{UI.checked(report.files.length, rowsRead(report.files))}</span>
      </p>
      {report.findings.length === 0 ? (
        <p className="ledger-clean">{UI.clean}</p>
      ) : (
        <>
          <fieldset className="ledger-filters">
            <legend>{UI.filter}</legend>
            {SEVERITY_ORDER.map((s) => (
              <label key={s}>
                <input type="checkbox" checked={shown[s]} onChange={(e) => setShown({ ...shown, [s]: e.currentTarget.checked })} />
                {SEVERITY_LABELS[s]}
              </label>
            ))}
            <label>
              {UI.rule}
              <select value={rule} onChange={(e) => setRule(e.currentTarget.value)}>
                <option value="">{UI.all}</option>
                {rules.map((r) => (
                  <option key={r} value={r}>
                    {ruleTitle(r)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {UI.file}
              <select value={file} onChange={(e) => setFile(e.currentTarget.value)}>
                <option value="">{UI.all}</option>
                {files.map((f) => (
                  <option key={f} value={f}>
                    {f || UI.noFile}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {UI.contains}
              <input type="search" value={text} onChange={(e) => setText(e.currentTarget.value)} />
            </label>
          </fieldset>
          <p>
            <button type="button" onClick={exportCsv}>
              {UI.exportCsv}
            </button>{' '}
            <button type="button" onClick={exportXlsx}>
              {UI.exportXlsx}
            </button>{' '}
            {UI.showing(visible.length, report.findings.length)}
          </p>
          {groups.map((group) => (
            <section key={group[0]} className={`ledger-severity is-${group[0]}`} data-severity={group[0]}>
              <h3>{UI.severityHeading(group[0], groupSize(group))}</h3>
              {group[1].map(([ruleId, byFile]) => (
                <RuleGroup key={ruleId} ruleId={ruleId} byFile={byFile} rows={rows} />
              ))}
            </section>
          ))}
        </>
      )}
    </section>
  );
}

function RuleGroup({ ruleId, byFile, rows }: { ruleId: string; byFile: [string, Finding[]][]; rows: OffendingRows }) {
  const first = byFile[0]![1][0]!;
  const basis = ruleInfo(ruleId)?.basis;
  const basisLink = basis && basisHref(basis);
  const rule = ruleById.get(ruleId);
  return (
    <section className="ledger-rule" data-rule={ruleId}>
      <div className="ledger-rule-head">
        <strong>{ruleTitle(ruleId)}</strong> <code>{ruleId}</code>{' '}
        {rule ? (
          <RuleInPlace title={rule.title} description={rule.description} clause={rule.clause} href={ruleHref(ruleId)} />
        ) : (
          <a href={ruleHref(ruleId)}>{UI.ruleLink}</a>
        )}{' '}
        <ClauseInPlace clause={first.clause} testId="clause-link" />
      </div>
      {basis && (
        <p className="ledger-rule-basis" data-testid="rule-basis">
          {UI.basis}{basisLink ? <a href={basisLink}>{basisText(basis)}</a> : basisText(basis)}
        </p>
      )}
      {byFile.map(([fileName, findings]) => (
        <FileFindings key={fileName} fileName={fileName} findings={findings} rows={rows} />
      ))}
    </section>
  );
}

function FileFindings({ fileName, findings, rows }: { fileName: string; findings: Finding[]; rows: OffendingRows }) {
  const [limit, setLimit] = useState(PAGE);
  return (
    <div className="ledger-file-findings">
      <h4>{UI.fileHeading(fileName || UI.acrossFiles, findings.length)}</h4>
      <ol>
        {findings.slice(0, limit).map((f, i) => {
          const key = offendingRowKey(f);
          const row = key === null ? undefined : rows[key];
          return (
            <li key={i} className="ledger-finding" data-rule={f.rule}>
              {f.row !== null && <span className="ledger-where">{UI.where(f.row, f.column)}</span>}
              {f.row === null && f.column && <span className="ledger-where">{UI.columnOnly(f.column)}</span>}
              {f.message}
              {row && (
                <div className="ledger-row" tabIndex={0} role="region" aria-label={UI.rowRegion(fileName, f.row!, ruleTitle(f.rule), f.column, i + 1)}>
                  <table>
                    <thead>
                      <tr>
                        {row.header.map((h, k) => (
                          <th key={k} scope="col" className={h === f.column ? 'is-hit' : undefined}>
                            {h}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      <tr>
                        {row.cells.map((c, k) => (
                          <td key={k} className={row.header[k] === f.column ? 'is-hit' : undefined}>
                            {c}
                          </td>
                        ))}
                      </tr>
                    </tbody>
                  </table>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {findings.length > limit && (
        <button type="button" onClick={() => setLimit(limit + PAGE * 5)}>
          {UI.more(Math.min(PAGE * 5, findings.length - limit), findings.length)}
        </button>
      )}
    </div>
  );
}
