import { memo, useState } from 'react';
import { explainLines, type AllocationResult, type LineFactors, type PersonAllocation } from '../../lib/allocation/model.ts';
import { formatYuan, signedYuan } from '../../lib/allocation/money.ts';
import { approxYuan, round4 } from '../../lib/allocation/report.ts';
import { PAGED, RESULTS_UI as U, personWorking } from '../../lib/allocation/ui-text.ts';
import { formatHundredths } from '../../lib/ledger/summaries/summarize.ts';
import { GridTable, type GridColumn } from '../shared/GridTable.tsx';

interface Props {
  result: AllocationResult;
}

const C = U.columns;

const deltaClass = (fen: number) => (fen > 0 ? 'is-gain' : fen < 0 ? 'is-loss' : undefined);

function Delta({ fen }: { fen: number }) {
  return <span className={deltaClass(fen)}>{signedYuan(fen)}</span>;
}

export const ResultsTable = memo(function ResultsTable({ result }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const columns: GridColumn<PersonAllocation>[] = [
    { key: 'staffId', header: C.staffId, cell: (p) => p.staffId },
    { key: 'name', header: C.name, cell: (p) => p.name },
    { key: 'hours', header: C.hours, num: true, cell: (p) => formatHundredths(p.hundredths) },
    { key: 'weighted', header: C.weightedHours, num: true, cell: (p) => round4(p.weightedHours) },
    { key: 'scores', header: C.scores, num: true, cell: (p) => (p.effect === null ? '—' : `${p.effect} / ${p.satisfaction}`) },
    { key: 'performance', header: C.performance, num: true, cell: (p) => round4(p.performance) },
    { key: 'workload', header: C.workloadPart, num: true, cell: (p) => approxYuan(p.workloadPartFen) },
    { key: 'performancePart', header: C.performancePart, num: true, cell: (p) => approxYuan(p.performancePartFen) },
    { key: 'exact', header: C.exact, num: true, cell: (p) => approxYuan(p.exactFen) },
    {
      key: 'amount',
      header: C.amount,
      num: true,
      cellClass: () => 'amount',
      testId: 'amount',
      cell: (p) => (
        <>
          {formatYuan(p.amountFen)}
          {p.remainderFen > 0 ? <small title={U.remainderTitle}> (+{formatYuan(p.remainderFen)})</small> : null}
        </>
      ),
    },
    { key: 'head', header: C.againstHead, num: true, cell: (p) => <Delta fen={p.amountFen - p.equalPerHeadFen} /> },
    { key: 'hour', header: C.againstHour, num: true, cell: (p) => <Delta fen={p.amountFen - p.equalPerHourFen} /> },
    {
      key: 'working',
      header: C.working,
      cell: (p) => (
        <button type="button" className="alloc-link" aria-expanded={open === p.staffId} onClick={() => setOpen(open === p.staffId ? null : p.staffId)}>
          {open === p.staffId ? U.collapse : U.expand}
        </button>
      ),
    },
  ];
  return (
    <div className="alloc-results-table">
      <GridTable
        className="alloc-table"
        testId="results"
        caption={U.caption}
        rows={result.people}
        paged={PAGED}
        rowKey={(p) => p.staffId}
        rowAttributes={(p) => ({ 'data-staff-id': p.staffId })}
        columns={columns}
        after={(p) =>
          open === p.staffId ? (
            <tr className="alloc-detail">
              <td colSpan={columns.length}>
                <PersonDetail person={p} result={result} />
              </td>
            </tr>
          ) : null
        }
        foot={
          <tr>
            <th scope="row" colSpan={2}>
              {U.total(result.people.length)}
            </th>
            <td className="num">{formatHundredths(result.totalHundredths)}</td>
            <td className="num">{round4(result.totalWeightedHours)}</td>
            <td colSpan={5}></td>
            <td className="num amount" data-testid="total">
              {formatYuan(result.paidFen)}
            </td>
            <td colSpan={3}></td>
          </tr>
        }
      />
    </div>
  );
});

const D = U.detailColumns;
const LINE_COLUMNS: GridColumn<LineFactors>[] = [
  { key: 'period', header: D.period, cell: (l) => l.period },
  { key: 'content', header: D.content, cell: (l) => l.content },
  { key: 'role', header: D.role, cell: (l) => l.role },
  { key: 'tier', header: D.tier, cell: (l) => l.tier },
  { key: 'hours', header: D.hours, num: true, cell: (l) => formatHundredths(l.hundredths) },
  { key: 'periodCoefficient', header: D.periodCoefficient, num: true, cell: (l) => l.periodCoefficient },
  { key: 'contentCoefficient', header: D.contentCoefficient, num: true, cell: (l) => l.contentCoefficient },
  { key: 'roleCoefficient', header: D.roleCoefficient, num: true, cell: (l) => l.roleCoefficient },
  { key: 'tierCoefficient', header: D.tierCoefficient, num: true, cell: (l) => l.tierCoefficient },
  { key: 'weightedHours', header: D.weightedHours, num: true, cell: (l) => round4(l.weightedHours) },
];

function PersonDetail({ person: p, result }: { person: PersonAllocation; result: AllocationResult }) {
  return (
    <div className="alloc-person-detail">
      <GridTable className="alloc-table" caption={U.detailCaption(p.name || p.staffId)} rows={explainLines(p.lines, result.coefficients)} columns={LINE_COLUMNS} />
      <ul>
        {personWorking(p, result).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
