import { memo } from 'react';
import type { AllocationResult } from '../../lib/allocation/model.ts';
import { formatYuan } from '../../lib/allocation/money.ts';
import { formatHundredths } from '../../lib/ledger/summarize.ts';

/** The 学期公示 table as it is posted (1.2.2), with the lines the 校长 and the 党组织 sign. */
export const DisclosurePrint = memo(function DisclosurePrint({ semester, result }: { semester: string; result: AllocationResult }) {
  return (
    <section id="allocation-print" className="alloc-print" aria-labelledby="allocation-print-title" data-testid="print-view">
      <h3 id="allocation-print-title">{semester}课后服务工作量及拟发放报酬公示</h3>
      <table className="alloc-table">
        <thead>
          <tr>
            <th scope="col">学期</th>
            <th scope="col">工号</th>
            <th scope="col">姓名</th>
            <th scope="col">总课时数</th>
            <th scope="col">拟发放报酬(元)</th>
          </tr>
        </thead>
        <tbody>
          {result.people.map((p) => (
            <tr key={p.staffId}>
              <td>{semester}</td>
              <td>{p.staffId}</td>
              <td>{p.name}</td>
              <td className="num">{formatHundredths(p.hundredths)}</td>
              <td className="num">{formatYuan(p.amountFen)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={3}>
              合计
            </th>
            <td className="num">{formatHundredths(result.totalHundredths)}</td>
            <td className="num">{formatYuan(result.paidFen)}</td>
          </tr>
        </tfoot>
      </table>
      <p>公示期间如有异议,请向学校课后服务工作小组反映。依据:浦教义〔2024〕10号 一(二)2 强化校内公示制度。</p>
      <div className="alloc-signatures">
        <p>
          校长签字:<span className="alloc-sign-line" aria-hidden="true"></span> 日期:<span className="alloc-sign-line is-short" aria-hidden="true"></span>
        </p>
        <p>
          党组织审核(盖章):<span className="alloc-sign-line" aria-hidden="true"></span> 日期:<span className="alloc-sign-line is-short" aria-hidden="true"></span>
        </p>
      </div>
    </section>
  );
});
