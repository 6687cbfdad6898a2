import { useMemo, useState } from 'react';
import { ruleTitle } from '../../lib/ledger/catalogue.ts';
import { filterSummaries, REVIEW_STATUS_LABELS, REVIEW_TEXT, REVIEW_STATUSES, sortSummaries, type SchoolSummary, type SortKey, type TableFilter } from '../../lib/review/index.ts';


const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: 'school', label: '学校' },
  { key: 'rows', label: '读取行数' },
  { key: null, label: '覆盖月份' },
  { key: 'error', label: '错误' },
  { key: 'warning', label: '警告' },
  { key: 'info', label: '提示' },
  { key: null, label: '最多的三条规则' },
  { key: 'hours', label: '课时(各学期)' },
  { key: 'payFen', label: '报酬(元,各学期)' },
  { key: 'payPerHour', label: '元/课时' },
  { key: 'externalShare', label: '校外占比' },
  { key: 'plan', label: '方案' },
];

const hours = (h: number) => (h / 100).toFixed(2).replace(/\.?0+$/, '');
const yuan = (fen: number | null) => (fen === null ? '—' : (fen / 100).toFixed(2));
const months = (list: string[]) => (list.length === 0 ? '—' : list.length <= 2 ? list.join('、') : `${list[0]} 至 ${list[list.length - 1]}(${list.length} 个月)`);

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
      <h2 id="review-schools-title">各校结果</h2>
      <fieldset className="review-filters">
        <legend>筛选</legend>
        <label>
          校名包含 <input type="search" value={filter.text} onChange={(e) => setFilter({ ...filter, text: e.currentTarget.value })} data-testid="filter-text" />
        </label>
        <label>
          <input type="checkbox" checked={filter.onlyErrors} onChange={(e) => setFilter({ ...filter, onlyErrors: e.currentTarget.checked })} /> 只看有错误的学校
        </label>
        <label>
          方案状态
          <select value={filter.plan} onChange={(e) => setFilter({ ...filter, plan: e.currentTarget.value })}>
            <option value="">全部</option>
            {REVIEW_STATUSES.map((s) => (
              <option key={s} value={s}>
                {REVIEW_STATUS_LABELS[s]}
              </option>
            ))}
            <option value="none">无方案</option>
          </select>
        </label>
        <span>
          显示 {rows.length} / {summaries.length} 所
        </span>
      </fieldset>
      <div className="review-table-wrap" tabIndex={0} role="region" aria-label="各校结果表">
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
                  {s.failed && <div className="review-failed">检查未完成:{s.failed}</div>}
                </th>
                <td data-col="rows">{unchecked.has(s.school) ? (running ? REVIEW_TEXT.checking : REVIEW_TEXT.notChecked) : s.files ? s.rows.toLocaleString('zh-CN') : '无数据'}</td>
                <td>{months(s.months)}</td>
                <td className={s.counts.error ? 'is-error' : undefined} data-col="error">
                  {unchecked.has(s.school) ? '—' : s.counts.error}
                </td>
                <td data-col="warning">{unchecked.has(s.school) ? '—' : s.counts.warning}</td>
                <td data-col="info">{unchecked.has(s.school) ? '—' : s.counts.info}</td>
                <td>
                  {s.topRules.map((r) => (
                    <div key={r.rule}>
                      {ruleTitle(r.rule)}({r.count})
                    </div>
                  ))}
                </td>
                <td>
                  {s.semesters.map((x) => (
                    <div key={x.name}>{`${x.name || '学期外'}:${hours(x.hours)}`}</div>
                  ))}
                </td>
                <td>
                  {s.semesters.map((x) => (
                    <div key={x.name}>{`${x.name || '学期外'}:${yuan(x.payFen)}`}</div>
                  ))}
                </td>
                <td>{s.payPerHour === null ? '—' : s.payPerHour.toFixed(2)}</td>
                <td>{s.externalShare === null ? '—' : `${(s.externalShare * 100).toFixed(1)}%`}</td>
                <td data-col="plan">
                  {s.plan ? (
                    <>
                      {REVIEW_STATUS_LABELS[s.plan.status]}
                      <div>
                        错误 {s.plan.counts.error} · 警告 {s.plan.counts.warning}
                      </div>
                    </>
                  ) : (
                    '无方案'
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
