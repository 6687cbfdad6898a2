import { memo } from 'react';
import type { ComparedPerson, Comparison, SchemeSide } from '../../lib/allocation/compare.ts';
import { FACTORS, deltaBars } from '../../lib/allocation/compare.ts';
import { schemeBasisLabel } from '../../lib/allocation/messages.ts';
import { CHART_UI, COMPARE_TEXT as T, COMPARE_UI as U, PAGED, reserveLines } from '../../lib/allocation/ui-text.ts';
import { displayYuan, formatYuan, signedYuan } from '../../lib/allocation/money.ts';
import { GridTable } from '../shared/GridTable.tsx';
import { formatHundredths } from '../../lib/ledger/summaries/summarize.ts';
import { FindingList } from './Field.tsx';
import { DeltaChart } from './DeltaChart.tsx';


function Checks({ label, side }: { label: string; side: SchemeSide }) {
  const { result } = side;
  return (
    <div className="alloc-compare-checks" data-testid={`checks-${label}`}>
      <h4>
        {U.scheme(label, side.scheme.name)}
        <span className="alloc-hint">{U.basis(schemeBasisLabel(side.scheme.basis))}</span>
      </h4>
      <table className="alloc-table">
        <tbody>
          <tr>
            <th scope="row">{T.checks.uniform}</th>
            <td>{side.uniform ? T.checks.uniformYes : T.checks.uniformNo}</td>
          </tr>
          {FACTORS.map((f) => (
            <tr key={f}>
              <th scope="row">{U.factor(T.checks.factors, f)}</th>
              <td className={side.factors[f].length ? undefined : 'is-loss'}>{side.factors[f].length ? T.factorUsed(side.factors[f]) : T.factorUnused}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{T.checks.management}</th>
            <td>{U.management(String(side.managementPercent), side.scheme.managementCapPercent)}</td>
          </tr>
          <tr>
            <th scope="row">{T.checks.reserve}</th>
            <td>{U.reserve(String(side.reservePercent), reserveLines(result.reserves))}</td>
          </tr>
          <tr>
            <th scope="row">{T.checks.unallocated}</th>
            <td>{U.yuan(formatYuan(result.unallocatedFen))}</td>
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
  return (
    <div className="alloc-compare" data-testid="compare">
      <p data-testid="compare-summary">{summary}</p>
      <figure className="alloc-chart">
        <DeltaChart bars={bars} title={T.chartTitle(c.b.scheme.name, c.a.scheme.name)} summary={summary} testId="compare-chart" />
        <figcaption>{CHART_UI.titled(T.chartTitle(c.b.scheme.name, c.a.scheme.name), omitted ? T.omitted(omitted) : '')}</figcaption>
      </figure>
      <div className="alloc-compare-grid">
        <Checks label="A" side={c.a} />
        <Checks label="B" side={c.b} />
      </div>
      <GridTable<ComparedPerson>
        className="alloc-table"
        testId="compare-table"
        caption={U.caption}
        rows={c.people}
        paged={PAGED}
        rowKey={(p) => p.staffId}
        columns={[
          { key: 'staffId', header: U.columns.staffId, cell: (p) => p.staffId },
          { key: 'name', header: U.columns.name, cell: (p) => p.name },
          { key: 'hours', header: U.columns.hours, num: true, cell: (p) => formatHundredths(p.hundredths) },
          { key: 'a', header: U.columns.a(c.a.scheme.name), num: true, cell: (p) => formatYuan(p.aFen) },
          { key: 'b', header: U.columns.b(c.b.scheme.name), num: true, cell: (p) => formatYuan(p.bFen) },
          { key: 'delta', header: U.columns.delta, num: true, cellClass: (p) => (p.deltaFen > 0 ? 'is-gain' : p.deltaFen < 0 ? 'is-loss' : undefined), cell: (p) => signedYuan(p.deltaFen) },
        ]}
        foot={
          <tr>
            <th scope="row" colSpan={3}>
              {U.totalPaid}
            </th>
            <td className="num">{formatYuan(c.a.result.paidFen)}</td>
            <td className="num">{formatYuan(c.b.result.paidFen)}</td>
            <td className="num">{displayYuan(c.b.result.paidFen - c.a.result.paidFen)}</td>
          </tr>
        }
      />
    </div>
  );
});
