import { memo } from 'react';
import type { AllocationResult } from '../../lib/allocation/model.ts';
import { semesterCells } from '../../lib/allocation/io.ts';
import { formatYuan } from '../../lib/allocation/money.ts';
import { DISCLOSURE_UI as U } from '../../lib/allocation/ui-text.ts';
import { formatHundredths } from '../../lib/ledger/summaries/summarize.ts';
import { TextTable } from '../shared/GridTable.tsx';

/** The 学期公示 table as it is posted (1.2.2), with the lines the 校长 and the 党组织 sign. */
export const DisclosurePrint = memo(function DisclosurePrint({ semester, result }: { semester: string; result: AllocationResult }) {
  return (
    <section id="allocation-print" className="alloc-print" aria-labelledby="allocation-print-title" data-testid="print-view">
      <h3 id="allocation-print-title">{U.title(semester)}</h3>
      <TextTable
        className="alloc-table"
        header={U.columns}
        rows={semesterCells(semester, result)}
        rowKey={(r) => r[1]!}
        numbersFrom={3}
        foot={
          <tr>
            <th scope="row" colSpan={3}>
              {U.total}
            </th>
            <td className="num">{formatHundredths(result.totalHundredths)}</td>
            <td className="num">{formatYuan(result.paidFen)}</td>
          </tr>
        }
      />
      <p>{U.objection}</p>
      <div className="alloc-signatures">
        {[U.principal, U.party].map((who) => (
          <p key={who}>
            {who}
            <span className="alloc-sign-line" aria-hidden="true"></span>
            {U.date}
            <span className="alloc-sign-line is-short" aria-hidden="true"></span>
          </p>
        ))}
      </div>
    </section>
  );
});
