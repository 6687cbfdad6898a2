import { memo, useState } from 'react';
import type { Comparison, SchemeSide } from '../../lib/allocation/compare.ts';
import { FACTORS, deltaBars } from '../../lib/allocation/compare.ts';
import { COMPARE_TEXT as T, schemeBasisLabel } from '../../lib/allocation/messages.ts';
import { displayYuan, formatYuan } from '../../lib/allocation/money.ts';
import { formatHundredths } from '../../lib/ledger/summaries/summarize.ts';
import { FindingList } from './Field.tsx';
import { DeltaChart } from './DeltaChart.tsx';

const PAGE = 100;

function Checks({ label, side }: { label: string; side: SchemeSide }) {
  const { result } = side;
  return (
    <div className="alloc-compare-checks" data-testid={`checks-${label}`}>
      <h4>
        方案 {label}「{side.scheme.name}」<span className="alloc-hint">({schemeBasisLabel(side.scheme.basis)})</span>
      </h4>
      <table className="alloc-table">
        <tbody>
          <tr>
            <th scope="row">{T.checks.uniform}</th>
            <td>{side.uniform ? T.checks.uniformYes : T.checks.uniformNo}</td>
          </tr>
          {FACTORS.map((f) => (
            <tr key={f}>
              <th scope="row">
                {T.checks.factors}:{f}
              </th>
              <td className={side.factors[f].length ? undefined : 'is-loss'}>{side.factors[f].length ? T.factorUsed(side.factors[f]) : T.factorUnused}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{T.checks.management}</th>
            <td>
              {side.managementPercent}%(上限 {side.scheme.managementCapPercent}%)
            </td>
          </tr>
          <tr>
            <th scope="row">{T.checks.reserve}</th>
            <td>
              {side.reservePercent}%{result.reserves.length ? `:${result.reserves.map((r) => `${r.label} ${formatYuan(r.amountFen)} 元`).join('、')}` : ''}
            </td>
          </tr>
          <tr>
            <th scope="row">{T.checks.unallocated}</th>
            <td>{formatYuan(result.unallocatedFen)} 元</td>
          </tr>
        </tbody>
      </table>
      <FindingList issues={result.warnings} testId={`warnings-${label}`} />
    </div>
  );
}

/** Two schemes side by side: per person amounts, the difference, a labelled chart and each scheme's checks. */
export const CompareView = memo(function CompareView({ comparison: c }: { comparison: Comparison }) {
  const same = c.people.length - c.gainers - c.losers;
  const summary = T.summary(c.b.scheme.name, c.a.scheme.name, c.gainers, c.losers, same);
  const { bars, omitted } = deltaBars(c.people);
  // A school of 2,000: the first rows at once, more on request, so a keystroke does not redraw them all.
  const [limit, setLimit] = useState(PAGE);
  return (
    <div className="alloc-compare" data-testid="compare">
      <p data-testid="compare-summary">{summary}</p>
      <figure className="alloc-chart">
        <DeltaChart bars={bars} title={T.chartTitle(c.b.scheme.name, c.a.scheme.name)} summary={summary} testId="compare-chart" />
        <figcaption>
          {T.chartTitle(c.b.scheme.name, c.a.scheme.name)}。{omitted ? T.omitted(omitted) : ''}
        </figcaption>
      </figure>
      <div className="alloc-compare-grid">
        <Checks label="A" side={c.a} />
        <Checks label="B" side={c.b} />
      </div>
      <table className="alloc-table" data-testid="compare-table">
        <caption>每人金额(元);差额 = B − A</caption>
        <thead>
          <tr>
            <th scope="col">工号</th>
            <th scope="col">姓名</th>
            <th scope="col">课时</th>
            <th scope="col">A:{c.a.scheme.name}</th>
            <th scope="col">B:{c.b.scheme.name}</th>
            <th scope="col">差额</th>
          </tr>
        </thead>
        <tbody>
          {c.people.slice(0, limit).map((p) => (
            <tr key={p.staffId}>
              <td>{p.staffId}</td>
              <td>{p.name}</td>
              <td className="num">{formatHundredths(p.hundredths)}</td>
              <td className="num">{formatYuan(p.aFen)}</td>
              <td className="num">{formatYuan(p.bFen)}</td>
              <td className={`num ${p.deltaFen > 0 ? 'is-gain' : p.deltaFen < 0 ? 'is-loss' : ''}`}>
                {p.deltaFen > 0 ? '+' : ''}
                {displayYuan(p.deltaFen)}
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              合计发放
            </th>
            <td className="num">{formatYuan(c.a.result.paidFen)}</td>
            <td className="num">{formatYuan(c.b.result.paidFen)}</td>
            <td className="num">{displayYuan(c.b.result.paidFen - c.a.result.paidFen)}</td>
          </tr>
        </tfoot>
      </table>
      {c.people.length > limit ? (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          {T.more(Math.min(PAGE, c.people.length - limit), c.people.length)}
        </button>
      ) : null}
    </div>
  );
});
