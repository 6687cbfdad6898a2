import { useMemo, useState } from 'react';
import { ruleTitle } from '../../lib/ledger/catalogue.ts';
import { filterSummaries, REVIEW_STATUS_LABELS, REVIEW_STATUSES, reviewText, sortSummaries, type SchoolSummary, type SortKey, type TableFilter } from '../../lib/review/index.ts';
import { hoursText, perHourText, shareText, yuanText } from '../../lib/review/format.ts';
import { REVIEW_UI } from '../../lib/review/ui-text.ts';

const UI = REVIEW_UI.table;
const NONE = REVIEW_UI.none;
const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: 'school', label: UI.columns.school },
  { key: 'rows', label: UI.columns.rows },
  { key: null, label: UI.columns.months },
  { key: 'error', label: UI.columns.error },
  { key: 'warning', label: UI.columns.warning },
  { key: 'info', label: UI.columns.info },
  { key: null, label: UI.columns.topRules },
  { key: 'hours', label: UI.columns.hours },
  { key: 'payFen', label: UI.columns.payFen },
  { key: 'payPerHour', label: UI.columns.payPerHour },
  { key: 'externalShare', label: UI.columns.externalShare },
  { key: 'plan', label: UI.columns.plan },
];

const yuan = (fen: number | null) => (fen === null ? NONE : yuanText(fen));

interface Props {
  summaries: SchoolSummary[];
  selected: string | null;
  onSelect: (school: string) => void;
  /** Schools whose files have not been checked (yet, or since a cancel): their counts are not zeros. */
  unchecked?: ReadonlySet<string>;
  running?: boolean;
}

export function SchoolsTable({ summaries, selected, onSelect, unchecked = new Set(), running = false }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'school', descending: false });
  const [filter, setFilter] = useState<TableFilter>({ text: '', onlyErrors: false, plan: '' });
  const rows = useMemo(() => sortSummaries(filterSummaries(summaries, filter), sort.key, sort.descending), [summaries, filter, sort]);
  const sortBy = (key: SortKey) => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key !== 'school' }));
  return (
    <section className="review-schools" aria-labelledby="review-schools-title">
      <h2 id="review-schools-title">{UI.title}</h2>
      <fieldset className="review-filters">
        <legend>{UI.filter}</legend>
        <label>
          {UI.nameContains} <input type="search" value={filter.text} onChange={(e) => setFilter({ ...filter, text: e.currentTarget.value })} data-testid="filter-text" />
        </label>
        <label>
          <input type="checkbox" checked={filter.onlyErrors} onChange={(e) => setFilter({ ...filter, onlyErrors: e.currentTarget.checked })} /> {UI.onlyErrors}
        </label>
        <label>
          {UI.planStatus}
          <select value={filter.plan} onChange={(e) => setFilter({ ...filter, plan: e.currentTarget.value })}>
            <option value="">{UI.all}</option>
            {REVIEW_STATUSES.map((s) => (
              <option key={s} value={s}>
                {REVIEW_STATUS_LABELS[s]}
              </option>
            ))}
            <option value="none">{UI.noPlan}</option>
          </select>
        </label>
        <span>{UI.showing(rows.length, summaries.length)}</span>
      </fieldset>
      <div className="review-table-wrap" tabIndex={0} role="region" aria-label={UI.region}>
        <table className="review-table" data-testid="schools-table">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.label} scope="col" aria-sort={c.key && sort.key === c.key ? (sort.descending ? 'descending' : 'ascending') : undefined}>
                  {c.key ? (
                    <button type="button" onClick={() => sortBy(c.key!)}>
                      {c.label}
                      {sort.key === c.key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={s.school} className={s.school === selected ? 'is-selected' : undefined} data-school={s.school} data-unchecked={unchecked.has(s.school) ? (running ? 'checking' : 'cancelled') : undefined}>
                <th scope="row">
                  <button type="button" className="review-open" onClick={() => onSelect(s.school)} aria-pressed={s.school === selected}>
                    {s.school}
                  </button>
                  {s.failed && <div className="review-failed">{REVIEW_UI.tool.failed(s.failed)}</div>}
                </th>
                <td data-col="rows">{unchecked.has(s.school) ? reviewText(running ? 'checking' : 'notChecked', {}) : s.files ? s.rows.toLocaleString('zh-CN') : UI.noData}</td>
                <td>{UI.months(s.months)}</td>
                <td className={s.counts.error ? 'is-error' : undefined} data-col="error">
                  {unchecked.has(s.school) ? '—' : s.counts.error}
                </td>
                <td data-col="warning">{unchecked.has(s.school) ? '—' : s.counts.warning}</td>
                <td data-col="info">{unchecked.has(s.school) ? '—' : s.counts.info}</td>
                <td>
                  {s.topRules.map((r) => (
                    <div key={r.rule}>{UI.ruleCount(ruleTitle(r.rule), r.count)}</div>
                  ))}
                </td>
                <td>
                  {s.semesters.map((x) => (
                    <div key={x.name}>{UI.semester(x.name, hoursText(x.hours))}</div>
                  ))}
                </td>
                <td>
                  {s.semesters.map((x) => (
                    <div key={x.name}>{UI.semester(x.name, yuan(x.payFen))}</div>
                  ))}
                </td>
                <td>{s.payPerHour === null ? NONE : perHourText(s.payPerHour)}</td>
                <td>{s.externalShare === null ? NONE : shareText(s.externalShare)}</td>
                <td data-col="plan">
                  {s.plan ? (
                    <>
                      {REVIEW_STATUS_LABELS[s.plan.status]}
                      <div>{UI.planCounts(s.plan.counts.error, s.plan.counts.warning)}</div>
                    </>
                  ) : (
                    UI.noPlan
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
