import { useEffect, useMemo, useRef, useState } from 'react';
import { SEVERITY_LABELS, type CheckReport, type Finding, type Severity } from '../../lib/ledger/index.ts';
import { describeRule, ruleHref, ruleInfo, ruleTitle } from '../../lib/ledger/catalogue.ts';
import { basisHref, basisText } from '../../lib/policy/basis-text.ts';
import type { OffendingRows } from '../../lib/ledger/worker.ts';
import { FINDINGS_HEADER, findingsRows, findingsToCsv } from '../../lib/ledger/export.ts';
import { XLSX_MIME, xlsxBytes } from '../../lib/files/xlsx-write.ts';
import { citation, clauseHref } from '../../lib/policy/clauses.ts';
import { ClauseInPlace, RuleInPlace } from '../InPlace.tsx';
import { download, downloadBytes } from '../download.ts';
import { groupFindings } from '../../lib/ledger/group-findings.ts';
import { LEDGER_RULES } from '../../lib/ledger/rules/index.ts';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
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

  const counts = useMemo(() => {
    const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of report.findings) c[f.severity]++;
    return c;
  }, [report]);
  const rules = useMemo(() => [...new Set(report.findings.map((f) => f.rule))].sort(), [report]);
  const files = useMemo(() => [...new Set(report.findings.map((f) => f.file ?? ''))].sort(), [report]);

  const visible = report.findings.filter(
    (f) => shown[f.severity] && (!rule || f.rule === rule) && (!file || (f.file ?? '') === file) && (!text || f.message.includes(text)),
  );
  const groups = groupFindings(visible);

  const cite = { citation, href: (id: Finding['clause']) => new URL(clauseHref(id), location.origin).href, rule: describeRule };
  const exportCsv = () => download('台账自查结果.csv', findingsToCsv(visible, cite));
  const exportXlsx = async () => downloadBytes('台账自查结果.xlsx', await xlsxBytes([{ name: '检查结果', header: FINDINGS_HEADER, rows: findingsRows(visible, cite) }]), XLSX_MIME);

  return (
    <section className="ledger-findings" aria-labelledby="ledger-findings-title" data-testid="findings">
      <h2 id="ledger-findings-title" tabIndex={-1} ref={heading}>
        3. 检查结果
      </h2>
      <p className="ledger-counts" data-testid="counts">
        {SEVERITIES.map((s) => (
          <span key={s} className={`ledger-badge is-${s}${counts[s] === 0 ? ' is-zero' : ''}`} data-severity={s}>
            {SEVERITY_LABELS[s]} {counts[s]}
          </span>
        ))}
        <span>
          共检查 {report.files.length} 个文件、{report.files.reduce((n, f) => n + f.rows, 0)} 行
        </span>
      </p>
      {report.findings.length === 0 ? (
        <p className="ledger-clean">没有发现问题。</p>
      ) : (
        <>
          <fieldset className="ledger-filters">
            <legend>筛选</legend>
            {SEVERITIES.map((s) => (
              <label key={s}>
                <input type="checkbox" checked={shown[s]} onChange={(e) => setShown({ ...shown, [s]: e.currentTarget.checked })} />
                {SEVERITY_LABELS[s]}
              </label>
            ))}
            <label>
              规则
              <select value={rule} onChange={(e) => setRule(e.currentTarget.value)}>
                <option value="">全部</option>
                {rules.map((r) => (
                  <option key={r} value={r}>
                    {ruleTitle(r)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              文件
              <select value={file} onChange={(e) => setFile(e.currentTarget.value)}>
                <option value="">全部</option>
                {files.map((f) => (
                  <option key={f} value={f}>
                    {f || '(不属于单个文件)'}
                  </option>
                ))}
              </select>
            </label>
            <label>
              包含文字
              <input type="search" value={text} onChange={(e) => setText(e.currentTarget.value)} />
            </label>
          </fieldset>
          <p>
            <button type="button" onClick={exportCsv}>
              导出结果(CSV)
            </button>{' '}
            <button type="button" onClick={exportXlsx}>
              导出结果(Excel)
            </button>{' '}
            显示 {visible.length} / {report.findings.length} 条
          </p>
          {groups.map(([severity, byRule]) => (
            <section key={severity} className={`ledger-severity is-${severity}`} data-severity={severity}>
              <h3>
                {SEVERITY_LABELS[severity]}({byRule.reduce((n, [, byFile]) => n + byFile.reduce((m, [, fs]) => m + fs.length, 0), 0)})
              </h3>
              {byRule.map(([ruleId, byFile]) => (
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
          <a href={ruleHref(ruleId)}>规则说明</a>
        )}{' '}
        <ClauseInPlace clause={first.clause} testId="clause-link" />
      </div>
      {basis && (
        <p className="ledger-rule-basis" data-testid="rule-basis">
          依据:{basisLink ? <a href={basisLink}>{basisText(basis)}</a> : basisText(basis)}
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
      <h4>
        {fileName || '跨文件'}({findings.length})
      </h4>
      <ol>
        {findings.slice(0, limit).map((f, i) => {
          const row = f.file && f.row !== null ? rows[`${f.sheet ? `${f.file} › ${f.sheet}` : f.file}#${f.row}`] : undefined;
          return (
            <li key={i} className="ledger-finding" data-rule={f.rule}>
              {f.row !== null && <span className="ledger-where">第 {f.row} 行{f.column ? `「${f.column}」列` : ''}:</span>}
              {f.row === null && f.column && <span className="ledger-where">「{f.column}」列:</span>}
              {f.message}
              {row && (
                <div className="ledger-row" tabIndex={0} role="region" aria-label={`${fileName} 第 ${f.row} 行的内容(${ruleTitle(f.rule)}${f.column ? `,「${f.column}」列` : ''},第 ${i + 1} 条)`}>
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
          再显示 {Math.min(PAGE * 5, findings.length - limit)} 条(共 {findings.length} 条)
        </button>
      )}
    </div>
  );
}
